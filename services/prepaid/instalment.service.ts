/**
 * Instalments (分期付款) at the counter: taking what is due on one (prepaid.takeInstalments) and
 * the list of those outstanding or overdue. The schedule itself is written when a package is sold
 * on instalments (package sale service). Members are reached only through the viewer's member
 * scope: an instalment of a member she may not see does not exist for her.
 */
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Branch, Instalment, Member, PrepaidPayment } from '../../entities';
import { localDateIn } from '../appointments/arrival-day';
import { Permission } from '../admin/permission';
import { SystemSettingsService } from '../admin/system-settings.service';
import { recordAudit } from '../audit/audit-log.service';
import { requirePermission, type Viewer } from '../auth/viewer';
import { DomainError, ErrorCode, invalidField } from '../errors/domain-error';
import { inIdempotentTransaction, requestHashOf, withIdempotency } from '../idempotency/idempotency.service';
import { applyMemberScope } from '../members/member-query.service';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import { plainAmount } from '../sales/checkout.service';
import { parseInput } from '../validation/parse-input';
import { memberInScope, memberScopeFor } from '../visibility/member-visibility';
import { payInstalmentSchema } from './top-up-input.schema';
import { prepaidBranch, prepaidTenders } from './top-up.service';

export enum InstalmentStatusFilter {
  /** Not yet paid in full, due or not. */
  OUTSTANDING = 'OUTSTANDING',
  /** Due before the branch's today and not paid in full. */
  OVERDUE = 'OVERDUE',
}

export type InstalmentFilter = { status?: InstalmentStatusFilter | null; branchId?: number | null; memberId?: number | null };

export type InstalmentPage = { nodes: Instalment[]; hasNextPage: boolean; cursorOf: (row: Instalment) => string; totalCount: () => Promise<number> };

/**
 * Of payments adding up past `outstandingCents`, the index of the one that crosses it (the field a
 * refusal names), or null when they fit. Pure.
 */
export function paymentOverOutstanding(amounts: readonly number[], outstandingCents: number): number | null {
  let sum = 0;
  for (const [i, cents] of amounts.entries()) {
    sum += cents;
    if (sum > outstandingCents) return i;
  }
  return null;
}

const PAY_SCOPE = 'payInstalment';

const notFoundInstalment = () => new DomainError(ErrorCode.NotFound, 'notFound', { entity: 'instalment' }, 'instalmentId');

export class InstalmentService {
  constructor(private readonly ds: DataSource) {}

  /** The instalment when its member is one the viewer may see; else NOT_FOUND naming instalmentId. */
  private async visibleInstalment(manager: EntityManager, viewer: Viewer, instalmentId: number): Promise<Instalment> {
    const instalment = await manager.findOneBy(Instalment, { id: instalmentId });
    const member = instalment ? await manager.findOneBy(Member, { id: instalment.memberId }) : null;
    if (!instalment || !member || !memberInScope(memberScopeFor(viewer), member)) throw notFoundInstalment();
    return instalment;
  }

  /**
   * Takes a payment of an instalment (prepaid.takeInstalments): at most what is outstanding on it.
   * The guarded UPDATE (`paidCents + n <= amountCents`) is the check, so of two cashiers taking the
   * same instalment at once only one passes; the other is refused naming the payment with what is
   * still outstanding. Idempotent by key; audited.
   */
  async pay(viewer: Viewer, input: { instalmentId: number; branchId: number; payments: unknown; idempotencyKey: string }): Promise<Instalment> {
    requirePermission(viewer, Permission.PrepaidTakeInstalments);
    const values = parseInput(payInstalmentSchema, { instalmentId: input.instalmentId, branchId: input.branchId, payments: input.payments });
    const { currencyDecimals } = await new SystemSettingsService(this.ds).get();
    const requestHash = requestHashOf(values);
    const amounts = values.payments.map((p) => p.amountCents);
    const paidCents = amounts.reduce((sum, cents) => sum + cents, 0);
    const refuseOver = (outstandingCents: number) =>
      invalidField(`payments.${paymentOverOutstanding(amounts, outstandingCents) ?? 0}.amountCents`, 'exceedsOutstanding', { outstanding: plainAmount(outstandingCents, currencyDecimals) });
    return inIdempotentTransaction(this.ds, async (manager) => {
      const { resultId } = await withIdempotency(manager, PAY_SCOPE, input.idempotencyKey, requestHash, viewer.staffId, async () => {
        const branch = await prepaidBranch(manager, viewer, values.branchId);
        const instalment = await this.visibleInstalment(manager, viewer, values.instalmentId);
        await prepaidTenders(manager, values.payments.map((p) => p.tenderTypeId), (i) => `payments.${i}.tenderTypeId`);
        if (paidCents > instalment.amountCents - instalment.paidCents) throw refuseOver(instalment.amountCents - instalment.paidCents);
        const taken = await manager
          .createQueryBuilder()
          .update(Instalment)
          .set({ paidCents: () => `paidCents + ${paidCents}` })
          .where('id = :id AND paidCents + :paid <= amountCents', { id: instalment.id, paid: paidCents })
          .execute();
        if (!taken.affected) {
          const now = await manager.findOneByOrFail(Instalment, { id: instalment.id });
          throw refuseOver(now.amountCents - now.paidCents);
        }
        const at = new Date();
        await manager
          .createQueryBuilder()
          .update(Instalment)
          .set({ paidAt: at })
          .where('id = :id AND paidCents = amountCents AND paidAt IS NULL', { id: instalment.id })
          .execute();
        await manager.insert(
          PrepaidPayment,
          values.payments.map((p) => ({
            prepaidSaleId: instalment.prepaidSaleId, instalmentId: instalment.id, tenderTypeId: p.tenderTypeId, amountCents: p.amountCents, reference: p.reference, branchId: branch.id, staffId: viewer.staffId, createdAt: at,
          })),
        );
        const after = await manager.findOneByOrFail(Instalment, { id: instalment.id });
        await recordAudit(manager, {
          entityType: 'instalment',
          entityId: instalment.id,
          action: 'pay',
          actorId: viewer.staffId,
          before: { paidCents: instalment.paidCents },
          after: { paidCents: after.paidCents, paidAt: after.paidAt?.toISOString() ?? null, branchId: branch.id, payments: values.payments },
        });
        return instalment.id;
      });
      return manager.findOneByOrFail(Instalment, { id: resultId });
    });
  }

  /** Today at `branchId` (the viewer's branch when none): what "overdue" is judged against. */
  async todayAt(branchId: number): Promise<string> {
    const branch = await this.ds.getRepository(Branch).findOneBy({ id: branchId });
    return localDateIn(new Date(), branch?.timeZone ?? 'UTC');
  }

  /**
   * Instalments not yet paid in full of members the viewer may see, newest due first; OVERDUE keeps
   * those due before the branch's today. The branch filter is the branch that sold them.
   */
  async list(viewer: Viewer, filter: InstalmentFilter, page: { first: number; after?: string | null }): Promise<InstalmentPage> {
    const build = async () => {
      const qb = this.ds
        .getRepository(Instalment)
        .createQueryBuilder('i')
        .innerJoin(Member, 'm', 'm.id = i.memberId AND m.deletedAt IS NULL')
        .where('i.paidCents < i.amountCents');
      // The scope's condition reads only the joined member's columns.
      applyMemberScope(qb as unknown as SelectQueryBuilder<Member>, 'm', memberScopeFor(viewer));
      if (filter.memberId) qb.andWhere('i.memberId = :filterMemberId', { filterMemberId: filter.memberId });
      if (filter.branchId) qb.innerJoin('prepaid_sales', 's', 's.id = i.prepaidSaleId AND s.branchId = :saleBranchId', { saleBranchId: filter.branchId });
      if (filter.status === InstalmentStatusFilter.OVERDUE) qb.andWhere('i.dueDate < :today', { today: await this.todayAt(filter.branchId ?? viewer.branchId) });
      return qb;
    };
    const qb = await build();
    if (page.after) {
      const [dueDate, id] = decodeCursor(page.after, 2);
      qb.andWhere('(i.dueDate < :afterDue OR (i.dueDate = :afterDue AND i.id < :afterId))', { afterDue: String(dueDate), afterId: Number(id) });
    }
    const rows = await qb.orderBy('i.dueDate', 'DESC').addOrderBy('i.id', 'DESC').limit(page.first + 1).getMany();
    return {
      ...sliceWithLookahead(rows, page.first),
      cursorOf: (row) => encodeCursor([row.dueDate, row.id]),
      totalCount: async () => (await build()).getCount(),
    };
  }
}
