/**
 * Stored value bought and paid back at the 預付 counter: a top-up (會員充值) is a prepaid sale
 * numbered per branch, paid by ordinary tenders, that credits what she paid plus her level's bonus
 * (kept apart as paid and bonus parts); a refund pays stored value back in money by permission.
 * Both go through the stored-value ledger in one transaction with their audit entry and are
 * idempotent by key. Members are reached only through the viewer's member scope.
 */
import { In, type DataSource, type EntityManager } from 'typeorm';
import { Branch, MemberGroup, PrepaidPayment, PrepaidSale, StoredValueEntry, TenderType } from '../../entities';
import { PrepaidSaleKind } from '../../entities/prepaid-sale.entity';
import { StoredValueEntryKind } from '../../entities/stored-value-entry.entity';
import { TenderKind } from '../../entities/tender-type.entity';
import { Permission } from '../admin/permission';
import { SystemSettingsService } from '../admin/system-settings.service';
import { recordAudit } from '../audit/audit-log.service';
import { requirePermission, type Viewer } from '../auth/viewer';
import { branchClosed, invalidField } from '../errors/domain-error';
import { inIdempotentTransaction, requestHashOf, withIdempotency } from '../idempotency/idempotency.service';
import { visibleMember } from '../sales/bill-pricing.service';
import { allocatePayments } from '../sales/bill-totals';
import { plainAmount } from '../sales/checkout.service';
import { allocateDocumentNumber } from '../sales/document-number.service';
import { parseInput } from '../validation/parse-input';
import { memberScopeFor, scopeAllowsBranch } from '../visibility/member-visibility';
import { topUpBonusCents } from './prepaid-rules';
import { refundStoredValueSchema, topUpSchema } from './top-up-input.schema';
import { postStoredValue } from './stored-value-ledger.service';

/** Tenders that are themselves prepaid value: paying a prepaid sale with them would buy stored value with stored value. */
const PREPAID_TENDER_KINDS: readonly TenderKind[] = [TenderKind.STORED_VALUE, TenderKind.PACKAGE];

export type SettledPayment = { tenderTypeId: number; amountCents: number; reference: string | null };

/** The branch money is taken at: open and within the viewer's reach (else a sale she could not open afterwards). */
export async function prepaidBranch(manager: EntityManager, viewer: Viewer, branchId: number): Promise<Branch> {
  const branch = await manager.findOneBy(Branch, { id: branchId });
  if (!branch) throw invalidField('branchId', 'notFound', { entity: 'branch' });
  if (branch.closedAt) throw branchClosed();
  if (!scopeAllowsBranch(memberScopeFor(viewer), branch.id)) throw invalidField('branchId', 'branchOutOfReach');
  return branch;
}

/** Active, ordinary tenders by id; a prepaid or inactive one is refused naming `fieldOf(i)`. */
export async function prepaidTenders(manager: EntityManager, tenderTypeIds: readonly number[], fieldOf: (i: number) => string): Promise<TenderType[]> {
  const ids = [...new Set(tenderTypeIds)];
  const found = new Map((ids.length ? await manager.findBy(TenderType, { id: In(ids) }) : []).map((t) => [t.id, t]));
  return tenderTypeIds.map((id, i) => {
    const tender = found.get(id);
    if (!tender?.active) throw invalidField(fieldOf(i), 'inactiveChoice');
    if (PREPAID_TENDER_KINDS.includes(tender.kind)) throw invalidField(fieldOf(i), 'tenderNotForPrepaid');
    return tender;
  });
}

/**
 * The payments of a prepaid sale settling `dueCents` exactly, as the cashier settles a bill: card
 * and transfer may not exceed what is still due, cash may and gives change.
 */
export async function settlePrepaidPayments(
  manager: EntityManager,
  payments: ReadonlyArray<{ tenderTypeId: number; amountCents: number; reference: string | null }>,
  dueCents: number,
  currencyDecimals: number,
): Promise<{ rows: SettledPayment[]; changeCents: number }> {
  const tenders = await prepaidTenders(manager, payments.map((p) => p.tenderTypeId), (i) => `payments.${i}.tenderTypeId`);
  const allocation = allocatePayments(payments.map((p, i) => ({ tenderedCents: p.amountCents, givesChange: Boolean(tenders[i].givesChange) })), dueCents);
  if (!allocation.ok) {
    const { field, reason, params } = allocation.refusal;
    throw invalidField(field, reason, 'dueCents' in params ? { due: plainAmount(params.dueCents, currencyDecimals) } : {});
  }
  return {
    changeCents: allocation.changeCents,
    rows: payments.map((p, i) => ({ tenderTypeId: p.tenderTypeId, amountCents: allocation.applied[i].appliedCents, reference: p.reference })),
  };
}

export type TopUpQuote = { paidCents: number; bonusPercent: number; bonusCents: number; totalCents: number };

export type TopUpResult = { prepaidSaleId: number; entryId: number; changeCents: number };

const TOP_UP_SCOPE = 'topUp';
const REFUND_SCOPE = 'refundStoredValue';

export class TopUpService {
  constructor(private readonly ds: DataSource) {}

  private async levelBonusPercent(manager: EntityManager, groupId: number): Promise<number> {
    return (await manager.findOneBy(MemberGroup, { id: groupId }))?.topUpBonusPercent ?? 0;
  }

  /** What a top-up of `amountCents` gives her at her level now ("pay 1,000, get 1,100"); changes nothing. */
  async quote(viewer: Viewer, memberId: number, amountCents: unknown): Promise<TopUpQuote> {
    const values = parseInput(topUpSchema.pick({ amountCents: true }), { amountCents });
    const member = await visibleMember(this.ds.manager, viewer, memberId);
    const bonusPercent = await this.levelBonusPercent(this.ds.manager, member.groupId);
    const bonusCents = topUpBonusCents(values.amountCents, bonusPercent);
    return { paidCents: values.amountCents, bonusPercent, bonusCents, totalCents: values.amountCents + bonusCents };
  }

  /** 會員充值 (prepaid.topUp): a TOP_UP prepaid sale, its payments and the ledger credit of paid + bonus. Idempotent by key; audited. */
  async topUp(viewer: Viewer, input: { memberId: number; branchId: number; amountCents: unknown; payments: unknown; idempotencyKey: string }): Promise<TopUpResult> {
    requirePermission(viewer, Permission.PrepaidTopUp);
    const values = parseInput(topUpSchema, { memberId: input.memberId, branchId: input.branchId, amountCents: input.amountCents, payments: input.payments });
    const { currencyDecimals } = await new SystemSettingsService(this.ds).get();
    const requestHash = requestHashOf(values);
    return inIdempotentTransaction(this.ds, async (manager) => {
      const { resultId } = await withIdempotency(manager, TOP_UP_SCOPE, input.idempotencyKey, requestHash, viewer.staffId, async () => {
        const branch = await prepaidBranch(manager, viewer, values.branchId);
        const settled = await settlePrepaidPayments(manager, values.payments, values.amountCents, currencyDecimals);
        const member = await visibleMember(manager, viewer, values.memberId);
        const bonusCents = topUpBonusCents(values.amountCents, await this.levelBonusPercent(manager, member.groupId));
        const at = new Date();
        const sale = await this.insertSale(manager, viewer, {
          kind: PrepaidSaleKind.TOP_UP, memberId: member.id, branchId: branch.id, amountCents: values.amountCents, bonusCents, note: null, at,
        });
        await this.insertPayments(manager, viewer, sale, settled.rows, at);
        const entry = await postStoredValue(manager, {
          memberId: member.id,
          kind: StoredValueEntryKind.TOP_UP,
          amountCents: values.amountCents + bonusCents,
          paidCents: values.amountCents,
          bonusCents,
          at,
          branchId: branch.id,
          prepaidSaleId: sale.id,
          staffId: viewer.staffId,
        });
        await recordAudit(manager, {
          entityType: 'prepaidSale',
          entityId: sale.id,
          action: 'topUp',
          actorId: viewer.staffId,
          after: { number: sale.number, memberId: member.id, paidCents: values.amountCents, bonusCents, balanceAfterCents: entry.balanceAfterCents, payments: settled.rows },
        });
        return sale.id;
      });
      const entry = await manager.findOneByOrFail(StoredValueEntry, { prepaidSaleId: resultId });
      // The payments settled the amount exactly but for cash's change, so a replay works the change out from the same request.
      const changeCents = values.payments.reduce((sum, p) => sum + p.amountCents, 0) - values.amountCents;
      return { prepaidSaleId: resultId, entryId: entry.id, changeCents };
    });
  }

  /**
   * Pays stored value back in money (prepaid.refund): an SV_REFUND prepaid sale of minus the
   * amount, a payment out by the tender, and the ledger's REFUND debit, which refuses beyond her
   * balance (INSUFFICIENT_STORED_VALUE naming amountCents). Idempotent by key; audited.
   */
  async refund(viewer: Viewer, input: { memberId: number; branchId: number; amountCents: unknown; tenderTypeId: number; reason: unknown; idempotencyKey: string }): Promise<TopUpResult> {
    requirePermission(viewer, Permission.PrepaidRefund);
    const { idempotencyKey, ...request } = input;
    const values = parseInput(refundStoredValueSchema, request);
    const { currencyDecimals } = await new SystemSettingsService(this.ds).get();
    const requestHash = requestHashOf(values);
    return inIdempotentTransaction(this.ds, async (manager) => {
      const { resultId } = await withIdempotency(manager, REFUND_SCOPE, idempotencyKey, requestHash, viewer.staffId, async () => {
        const branch = await prepaidBranch(manager, viewer, values.branchId);
        const member = await visibleMember(manager, viewer, values.memberId);
        await prepaidTenders(manager, [values.tenderTypeId], () => 'tenderTypeId');
        const at = new Date();
        const sale = await this.insertSale(manager, viewer, {
          kind: PrepaidSaleKind.SV_REFUND, memberId: member.id, branchId: branch.id, amountCents: -values.amountCents, bonusCents: 0, note: values.reason, at,
        });
        await this.insertPayments(manager, viewer, sale, [{ tenderTypeId: values.tenderTypeId, amountCents: -values.amountCents, reference: null }], at);
        const entry = await postStoredValue(manager, {
          memberId: member.id,
          kind: StoredValueEntryKind.REFUND,
          amountCents: -values.amountCents,
          at,
          branchId: branch.id,
          prepaidSaleId: sale.id,
          reason: values.reason,
          staffId: viewer.staffId,
          field: 'amountCents',
          formatBalance: (cents) => plainAmount(cents, currencyDecimals),
        });
        await recordAudit(manager, {
          entityType: 'prepaidSale',
          entityId: sale.id,
          action: 'refundStoredValue',
          actorId: viewer.staffId,
          after: { number: sale.number, memberId: member.id, amountCents: -values.amountCents, tenderTypeId: values.tenderTypeId, reason: values.reason, balanceAfterCents: entry.balanceAfterCents },
        });
        return sale.id;
      });
      const entry = await manager.findOneByOrFail(StoredValueEntry, { prepaidSaleId: resultId });
      return { prepaidSaleId: resultId, entryId: entry.id, changeCents: 0 };
    });
  }

  private async insertSale(
    manager: EntityManager,
    viewer: Viewer,
    sale: { kind: PrepaidSaleKind; memberId: number; branchId: number; amountCents: number; bonusCents: number; note: string | null; at: Date },
  ): Promise<PrepaidSale> {
    const row = manager.create(PrepaidSale, {
      number: await allocateDocumentNumber(manager, sale.branchId, 'PREPAID'),
      kind: sale.kind,
      memberId: sale.memberId,
      branchId: sale.branchId,
      amountCents: sale.amountCents,
      bonusCents: sale.bonusCents,
      instalmentCount: 1,
      staffId: viewer.staffId,
      note: sale.note,
      createdAt: sale.at,
    });
    row.id = Number((await manager.insert(PrepaidSale, row)).identifiers[0].id);
    return row;
  }

  private async insertPayments(manager: EntityManager, viewer: Viewer, sale: PrepaidSale, rows: readonly SettledPayment[], at: Date): Promise<void> {
    await manager.insert(
      PrepaidPayment,
      rows.map((p) => ({ prepaidSaleId: sale.id, instalmentId: null, tenderTypeId: p.tenderTypeId, amountCents: p.amountCents, reference: p.reference, branchId: sale.branchId, staffId: viewer.staffId, createdAt: at })),
    );
  }
}
