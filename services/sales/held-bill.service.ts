/**
 * Held bills (掛單): a cashier parks a bill and any terminal of the branch takes it up again
 * (解掛) or throws it away. A held bill reserves no stock — checkout checks stock when it sells.
 * Taking one up, or discarding it, is one guarded UPDATE (… WHERE resumedAt IS NULL): of two
 * terminals racing for the same bill exactly one wins, the other gets ALREADY_RESUMED.
 */
import { IsNull, type DataSource } from 'typeorm';
import { HeldBill } from '../../entities';
import { inReadCommittedTransaction } from '../../db/transaction';
import { recordAudit } from '../audit/audit-log.service';
import type { Viewer } from '../auth/viewer';
import { DomainError, ErrorCode, notFound } from '../errors/domain-error';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import { parseInput } from '../validation/parse-input';
import { holdBillSchema } from './bill-input.schema';
import { priceBill } from './bill-pricing.service';
import { CheckoutService, type BillDraftInput } from './checkout.service';

export type HoldBillInput = BillDraftInput & { label?: string | null; note?: string | null };

/** One line of a held bill as parked: what the cashier chose, with the price and name it had then. */
export type HeldBillLineDraft = {
  kind: 'PRODUCT' | 'TREATMENT';
  itemId: number;
  code: string;
  label: string;
  quantity: number;
  unitPriceCents: number;
  lineDiscountCents: number;
  staffId: number | null;
};

/** The JSON in held_bills.draft. */
export type HeldBillDraft = { customerName: string | null; note: string; lines: HeldBillLineDraft[]; offerCode?: string | null; couponCode?: string | null };

export function draftOf(bill: HeldBill): HeldBillDraft {
  return JSON.parse(bill.draft) as HeldBillDraft;
}

export const heldBillCursor = (bill: HeldBill) => encodeCursor([bill.id]);

export class HeldBillService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Parks a bill after pricing it as checkout would (the same refusals), so what is parked can be sold. */
  async hold(viewer: Viewer, input: HoldBillInput): Promise<HeldBill> {
    const values = parseInput(holdBillSchema, input);
    const settings = await new CheckoutService(this.ds).settings();
    return inReadCommittedTransaction(this.ds, async (manager) => {
      const bill = await priceBill(manager, viewer, values, settings, this.clock());
      const draft: HeldBillDraft = {
        customerName: bill.member ? null : values.customerName,
        note: values.note,
        // The code as typed: taken up again, the bill is checked against the offer as it is then.
        offerCode: values.offerCode,
        // Kept, not taken: the coupon is only used when the bill is checked out.
        couponCode: values.couponCode,
        lines: bill.lines.map((line) => ({
          kind: line.kind,
          itemId: line.itemId,
          code: line.code,
          label: line.description,
          quantity: line.quantity,
          unitPriceCents: line.unitPriceCents,
          lineDiscountCents: line.lineDiscountCents,
          staffId: line.staffId,
        })),
      };
      const row = {
        branchId: bill.branch.id,
        memberId: bill.member?.id ?? null,
        label: values.label,
        draft: JSON.stringify(draft),
        totalCents: bill.totals.totalCents,
        heldById: viewer.staffId,
      };
      const id = Number((await manager.insert(HeldBill, row)).identifiers[0].id);
      await recordAudit(manager, { entityType: 'held_bill', entityId: id, action: 'create', actorId: viewer.staffId, after: { ...row, draft } });
      return manager.findOneByOrFail(HeldBill, { id });
    });
  }

  /** The branch's parked bills, oldest first (the customer who waited longest comes first). */
  async list(branchId: number, page: { first: number; after?: string | null }): Promise<{ nodes: HeldBill[]; hasNextPage: boolean; totalCount: () => Promise<number> }> {
    const qb = this.ds
      .getRepository(HeldBill)
      .createQueryBuilder('h')
      .where('h.branchId = :branchId AND h.resumedAt IS NULL', { branchId })
      .orderBy('h.id', 'ASC')
      .take(page.first + 1);
    if (page.after) qb.andWhere('h.id > :afterId', { afterId: Number(decodeCursor(page.after, 1)[0]) });
    const rows = await qb.getMany();
    return {
      ...sliceWithLookahead(rows, page.first),
      totalCount: () => this.ds.getRepository(HeldBill).countBy({ branchId, resumedAt: IsNull() }),
    };
  }

  /** Takes a parked bill up; it leaves the list. A second resume (or one after a discard) is ALREADY_RESUMED. */
  resume(viewer: Viewer, id: number): Promise<HeldBill> {
    return this.takeUp(viewer, id, 'resume');
  }

  /** Throws a parked bill away: taken off the list like a resume, audited as a discard. */
  discard(viewer: Viewer, id: number): Promise<HeldBill> {
    return this.takeUp(viewer, id, 'discard');
  }

  private takeUp(viewer: Viewer, id: number, action: 'resume' | 'discard'): Promise<HeldBill> {
    return inReadCommittedTransaction(this.ds, async (manager) => {
      const now = this.clock();
      const result = await manager
        .createQueryBuilder()
        .update(HeldBill)
        .set({ resumedAt: now, resumedById: viewer.staffId })
        .where('id = :id AND resumedAt IS NULL', { id })
        .execute();
      const bill = await manager.findOneBy(HeldBill, { id });
      if (!bill) throw notFound('heldBill');
      if (!result.affected) throw new DomainError(ErrorCode.AlreadyResumed, 'alreadyResumed', {}, 'id');
      await recordAudit(manager, { entityType: 'held_bill', entityId: id, action, actorId: viewer.staffId, after: { resumedAt: now.toISOString() } });
      return bill;
    });
  }
}
