/**
 * Using, topping up and refunding a member's package, and reading packages through the viewer's
 * member scope: a session used (計次消費) at the counter or from the completion board, sessions
 * added by hand (增加計次), a package refunded with the money paid back. Each change goes through
 * the package ledger in one transaction with its idempotency key and audit entry.
 */
import { Brackets, type DataSource, type EntityManager } from 'typeorm';
import { Appointment, Instalment, MemberPackage, PackageEntry, PrepaidPayment, PrepaidSale, Treatment } from '../../entities';
import { MemberPackageStatus } from '../../entities/member-package.entity';
import { PackageEntryKind } from '../../entities/package-entry.entity';
import { PackageKind } from '../../entities/package-type.entity';
import { PrepaidSaleKind } from '../../entities/prepaid-sale.entity';
import type { Page } from '../../graphql/connection';
import { Permission } from '../admin/permission';
import { localDateIn } from '../appointments/arrival-day';
import { recordAudit } from '../audit/audit-log.service';
import { requirePermission, type Viewer } from '../auth/viewer';
import { DomainError, invalidField, packageNotUsable } from '../errors/domain-error';
import { inIdempotentTransaction, requestHashOf, withIdempotency } from '../idempotency/idempotency.service';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import { visibleMember } from '../sales/bill-pricing.service';
import { allocateDocumentNumber } from '../sales/document-number.service';
import { parseInput } from '../validation/parse-input';
import { addSessions, closePackage, lockPackage, packageRefusal, usePackage } from './package-ledger.service';
import { moneyTenders, prepaidBranch } from './package-sale.service';
import { plainCents } from './package-type-input.schema';
import { assertPrepaidPayable } from './prepaid-card-guard.service';
import { addSessionsSchema, refundPackageSchema, useSessionSchema, type AddSessionsInput, type RefundPackageInput } from './package-use-input.schema';

export const USE_SESSION_SCOPE = 'useSession';
export const ADD_SESSIONS_SCOPE = 'addSessions';
export const REFUND_PACKAGE_SCOPE = 'refundPackage';

/** Refusals about the treatment name the treatment; every other refusal names the package. */
const refusalField = (reason: string) => (reason === 'packageNotForTreatment' ? 'treatmentId' : 'memberPackageId');

/** The package, locked, of a member the viewer may see; one she may not see is "no such package". */
async function lockVisiblePackage(manager: EntityManager, viewer: Viewer, memberPackageId: number): Promise<MemberPackage> {
  const pkg = await lockPackage(manager, memberPackageId, 'memberPackageId');
  try {
    await visibleMember(manager, viewer, pkg.memberId);
  } catch (error) {
    if (error instanceof DomainError) throw packageNotUsable('memberPackageId', 'packageNotFound');
    throw error;
  }
  return pkg;
}

/** Money received for a prepaid sale, net of anything already paid back. */
async function paidForSale(manager: EntityManager, prepaidSaleId: number): Promise<number> {
  const row = await manager.createQueryBuilder(PrepaidPayment, 'p').select('COALESCE(SUM(p.amountCents), 0)', 'paid').where('p.prepaidSaleId = :prepaidSaleId', { prepaidSaleId }).getRawOne<{ paid: number | string }>();
  return Number(row?.paid ?? 0);
}

export type PackageFilter = { treatmentId?: number | null; kind?: PackageKind | null; usableOnly?: boolean };

export class PackageUseService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** A package of a member the viewer may see, else null. */
  async memberPackage(viewer: Viewer, id: number): Promise<MemberPackage | null> {
    const pkg = await this.ds.getRepository(MemberPackage).findOneBy({ id });
    if (!pkg) return null;
    await visibleMember(this.ds.manager, viewer, pkg.memberId);
    return pkg;
  }

  /**
   * A member's packages, newest first; `usableOnly` keeps those that can pay today (not refunded,
   * not expired, something left) and, with `treatmentId`, cover that treatment.
   */
  async memberPackages(viewer: Viewer, memberId: number, filter: PackageFilter, today: string): Promise<MemberPackage[]> {
    await visibleMember(this.ds.manager, viewer, memberId);
    const qb = this.ds.getRepository(MemberPackage).createQueryBuilder('p').where('p.memberId = :memberId', { memberId });
    if (filter.kind) qb.andWhere('p.kind = :kind', { kind: filter.kind });
    if (filter.usableOnly) {
      qb.andWhere('p.status = :active AND p.validTo >= :today', { active: MemberPackageStatus.ACTIVE, today });
      qb.andWhere(new Brackets((or) => or.where('p.sessionsRemaining > 0').orWhere('p.remainingCents > 0')));
    }
    const rows = await qb.orderBy('p.id', 'DESC').getMany();
    if (!filter.usableOnly) return rows;
    return rows.filter((pkg) => packageRefusal(pkg, { memberId, treatmentId: filter.treatmentId ?? null, today }) === null);
  }

  /** A package's entries, newest first (by id: the order it moved in). */
  async entries(memberPackageId: number, page: { first: number; after?: string | null }): Promise<Page<PackageEntry>> {
    const qb = this.ds.getRepository(PackageEntry).createQueryBuilder('e').where('e.memberPackageId = :memberPackageId', { memberPackageId });
    if (page.after) qb.andWhere('e.id < :afterId', { afterId: Number(decodeCursor(page.after, 1)[0]) });
    const rows = await qb.orderBy('e.id', 'DESC').limit(page.first + 1).getMany();
    return {
      ...sliceWithLookahead(rows, page.first),
      cursorOf: (entry) => encodeCursor([entry.id]),
      totalCount: () => this.ds.getRepository(PackageEntry).countBy({ memberPackageId }),
    };
  }

  /**
   * Uses one session of a session package for a treatment (計次消費), at the counter or from the
   * completion board (with the appointment). Refused while the member's card is locked, and when
   * the package is expired, used up, refunded or does not cover the treatment (PACKAGE_NOT_USABLE
   * naming `treatmentId` or `memberPackageId`). One appointment uses a package once.
   */
  async useSession(viewer: Viewer, input: { memberPackageId: number; treatmentId: number; appointmentId?: number | null; branchId: number; idempotencyKey: string }): Promise<PackageEntry> {
    requirePermission(viewer, Permission.PrepaidUseSessions);
    const values = parseInput(useSessionSchema, input);
    const { resultId } = await inIdempotentTransaction(this.ds, (manager) =>
      withIdempotency(manager, USE_SESSION_SCOPE, input.idempotencyKey, requestHashOf(values), viewer.staffId, async () => {
        const pkg = await lockVisiblePackage(manager, viewer, values.memberPackageId);
        if (pkg.kind !== PackageKind.SESSIONS) throw packageNotUsable('memberPackageId', 'packageNotSessions', { name: pkg.name });
        const branch = await prepaidBranch(manager, viewer, values.branchId);
        if (!(await manager.existsBy(Treatment, { id: values.treatmentId }))) throw invalidField('treatmentId', 'notFound', { entity: 'treatment' });
        if (values.appointmentId !== null) await this.checkAppointment(manager, values.appointmentId, pkg);
        await assertPrepaidPayable(manager, pkg.memberId, { field: 'memberPackageId', needsPin: false });

        const now = this.clock();
        const today = localDateIn(now, branch.timeZone);
        const refusal = packageRefusal(pkg, { memberId: pkg.memberId, treatmentId: values.treatmentId, today });
        if (refusal) throw packageNotUsable(refusalField(refusal), refusal, { name: pkg.name });
        const entry = await usePackage(manager, {
          memberPackageId: pkg.id,
          memberId: pkg.memberId,
          sessions: 1,
          treatmentId: values.treatmentId,
          appointmentId: values.appointmentId,
          today,
          field: 'memberPackageId',
          at: now,
          staffId: viewer.staffId,
          branchId: branch.id,
        });
        await recordAudit(manager, {
          entityType: 'member_package',
          entityId: pkg.id,
          action: 'useSession',
          actorId: viewer.staffId,
          after: { entryId: entry.id, treatmentId: values.treatmentId, appointmentId: values.appointmentId, sessionsAfter: entry.sessionsAfter, revenueCents: entry.revenueCents },
        });
        return entry.id;
      }),
    );
    return this.ds.manager.findOneByOrFail(PackageEntry, { id: resultId });
  }

  /** The appointment is the package holder's, and has not used this package already (a void gives a use back). */
  private async checkAppointment(manager: EntityManager, appointmentId: number, pkg: MemberPackage): Promise<void> {
    const appointment = await manager.findOneBy(Appointment, { id: appointmentId });
    if (!appointment || appointment.memberId !== pkg.memberId) throw invalidField('appointmentId', 'appointmentNotOfMember');
    const moved = await manager
      .createQueryBuilder(PackageEntry, 'e')
      .select('COALESCE(SUM(e.sessions), 0)', 'sessions')
      .where('e.memberPackageId = :id AND e.appointmentId = :appointmentId', { id: pkg.id, appointmentId })
      .getRawOne<{ sessions: number | string }>();
    if (Number(moved?.sessions ?? 0) < 0) throw invalidField('appointmentId', 'sessionAlreadyUsed');
  }

  /** 增加計次: adds sessions to a session package with a reason (prepaid.addSessions). */
  async addSessions(viewer: Viewer, input: AddSessionsInput & { memberPackageId: number; idempotencyKey: string }): Promise<PackageEntry> {
    requirePermission(viewer, Permission.PrepaidAddSessions);
    const values = parseInput(addSessionsSchema, { sessions: input.sessions, reason: input.reason });
    const request = { memberPackageId: input.memberPackageId, ...values };
    const { resultId } = await inIdempotentTransaction(this.ds, (manager) =>
      withIdempotency(manager, ADD_SESSIONS_SCOPE, input.idempotencyKey, requestHashOf(request), viewer.staffId, async () => {
        const pkg = await lockVisiblePackage(manager, viewer, input.memberPackageId);
        const entry = await addSessions(manager, { memberPackageId: pkg.id, sessions: values.sessions, reason: values.reason, field: 'memberPackageId', at: this.clock(), staffId: viewer.staffId, branchId: viewer.branchId });
        await recordAudit(manager, {
          entityType: 'member_package',
          entityId: pkg.id,
          action: 'addSessions',
          actorId: viewer.staffId,
          before: { sessionsTotal: pkg.sessionsTotal, sessionsRemaining: pkg.sessionsRemaining },
          after: { sessionsTotal: pkg.sessionsTotal + values.sessions, sessionsRemaining: entry.sessionsAfter, reason: values.reason, entryId: entry.id },
        });
        return entry.id;
      }),
    );
    return this.ds.manager.findOneByOrFail(PackageEntry, { id: resultId });
  }

  /**
   * Refunds a package (prepaid.refund): what is left is closed without revenue, the refund is a
   * PKG_REFUND prepaid sale for minus the money paid back (0 up to what was paid, naming
   * `amountCents`), paid out by one tender; instalments not yet paid are no longer owed.
   */
  async refund(viewer: Viewer, input: RefundPackageInput & { memberPackageId: number; branchId: number; idempotencyKey: string }): Promise<PrepaidSale> {
    requirePermission(viewer, Permission.PrepaidRefund);
    const values = parseInput(refundPackageSchema, { amountCents: input.amountCents, tenderTypeId: input.tenderTypeId, reason: input.reason });
    const request = { memberPackageId: input.memberPackageId, branchId: input.branchId, ...values };
    const { resultId } = await inIdempotentTransaction(this.ds, (manager) =>
      withIdempotency(manager, REFUND_PACKAGE_SCOPE, input.idempotencyKey, requestHashOf(request), viewer.staffId, async () => {
        const pkg = await lockVisiblePackage(manager, viewer, input.memberPackageId);
        if (pkg.status === MemberPackageStatus.REFUNDED) throw packageNotUsable('memberPackageId', 'packageRefunded', { name: pkg.name });
        const branch = await prepaidBranch(manager, viewer, input.branchId);
        await moneyTenders(manager, [{ tenderTypeId: values.tenderTypeId, field: 'tenderTypeId' }]);
        const paid = await paidForSale(manager, pkg.prepaidSaleId);
        if (values.amountCents > paid) throw invalidField('amountCents', 'refundAbovePaid', { paid: plainCents(paid) });

        const now = this.clock();
        const closed = await closePackage(manager, pkg.id, PackageEntryKind.REFUND, { at: now, staffId: viewer.staffId, branchId: branch.id, reason: values.reason });
        const sale = manager.create(PrepaidSale, {
          number: await allocateDocumentNumber(manager, branch.id, 'PREPAID'),
          kind: PrepaidSaleKind.PKG_REFUND,
          memberId: pkg.memberId,
          branchId: branch.id,
          amountCents: -values.amountCents,
          bonusCents: 0,
          instalmentCount: 1,
          staffId: viewer.staffId,
          note: values.reason,
          createdAt: now,
        });
        sale.id = Number((await manager.insert(PrepaidSale, sale)).identifiers[0].id);
        if (values.amountCents > 0) {
          await manager.insert(PrepaidPayment, { prepaidSaleId: sale.id, instalmentId: null, tenderTypeId: values.tenderTypeId, amountCents: -values.amountCents, reference: null, branchId: branch.id, staffId: viewer.staffId, createdAt: now });
        }
        // What the member has not paid yet of a refunded package is no longer owed.
        const open = await manager.createQueryBuilder(Instalment, 'i').where('i.prepaidSaleId = :id AND i.paidCents < i.amountCents', { id: pkg.prepaidSaleId }).getMany();
        for (const part of open) await manager.update(Instalment, { id: part.id }, { amountCents: part.paidCents });
        await recordAudit(manager, {
          entityType: 'member_package',
          entityId: pkg.id,
          action: 'refund',
          actorId: viewer.staffId,
          before: { status: pkg.status, sessionsRemaining: pkg.sessionsRemaining, remainingCents: pkg.remainingCents, deferredCents: pkg.deferredCents },
          after: {
            status: MemberPackageStatus.REFUNDED,
            refundSaleId: sale.id,
            number: sale.number,
            amountCents: values.amountCents,
            tenderTypeId: values.tenderTypeId,
            reason: values.reason,
            entryId: closed.id,
            instalmentsCancelled: open.map((part) => part.sequence),
          },
        });
        return sale.id;
      }),
    );
    return this.ds.manager.findOneByOrFail(PrepaidSale, { id: resultId });
  }
}
