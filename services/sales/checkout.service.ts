/**
 * The cashier's checkout (結帳): one READ COMMITTED transaction that
 *  1. claims the request's idempotency key (a retry gets the first invoice back, see
 *     services/idempotency),
 *  2. prices the bill (bill-pricing.service.ts: branch open, member in scope, items active, staff
 *     credited active, discounts within the line),
 *  3. checks the appointment (the member's, at this branch) and that the payments settle the total
 *     exactly, cash giving change (bill-totals.ts `allocatePayments`; stored value and packages
 *     never do), that her card allows her prepaid payments and session lines and what her
 *     discount packages may pay for (prepaid-at-sale.service.ts),
 *     and takes the member's use of the bill's offer, within its limit (offer-at-sale.service.ts),
 *     and the bill's e-coupon by a guarded UPDATE (services/loyalty/coupon-at-sale.service.ts),
 *  4. takes the branch's next invoice number (document-number.service.ts; gap-free),
 *  5. writes the invoice, its lines (code, name and department copied) and payments, moves the
 *     product lines' stock out (stock-ledger.service.ts; OUT_OF_STOCK refuses the whole sale),
 *     uses her packages' sessions and value and debits her stored value through the prepaid
 *     ledgers (a balance that no longer covers it refuses the whole sale), books the points the
 *     member earned (services/loyalty/points-earning.service.ts), and audits it.
 * Locks are taken in one order — idempotency key, the member's offer use, the coupon, the branch's sequence
 * row, stock levels by product id, her packages by id, her stored-value account, her points, her
 * member row — so concurrent sales queue instead of deadlocking (a package refunded to stored value
 * locks the package before the account, too). `quote` runs steps 2–3's pricing without writing anything.
 */
import { In, type DataSource, type EntityManager } from 'typeorm';
import { Appointment, Invoice, InvoiceLine, InvoicePayment, TenderType } from '../../entities';
import { InvoiceStatus } from '../../entities/invoice.entity';
import { TenderKind } from '../../entities/tender-type.entity';
import { StockMovementKind } from '../../entities/stock-movement.entity';
import { SystemSettingsService } from '../admin/system-settings.service';
import { localDateIn } from '../appointments/arrival-day';
import { recordAudit } from '../audit/audit-log.service';
import type { Viewer } from '../auth/viewer';
import { invalidField } from '../errors/domain-error';
import { inIdempotentTransaction, requestHashOf, withIdempotency } from '../idempotency/idempotency.service';
import { parseInput } from '../validation/parse-input';
import { billDraftSchema, checkoutSchema, type CheckoutValues } from './bill-input.schema';
import { priceBill, type PricedBill, type PricingSettings } from './bill-pricing.service';
import { allocatePayments } from './bill-totals';
import { allocateDocumentNumber } from './document-number.service';
import { moveStock } from './stock-ledger.service';
import { takeOfferUse } from '../offers/offer-at-sale.service';
import { recordCouponInvoice, takeCoupon } from '../loyalty/coupon-at-sale.service';
import { refreshSameDayPurchases } from '../contacts/same-day-purchases.service';
import { bookEarning, earningForBill } from '../loyalty/points-earning.service';
import type { Earning } from '../loyalty/points-earning';
import { upgradeAtCheckout } from '../member-levels/level-change.service';
import { checkPrepaidPayments, takePrepaid } from './prepaid-at-sale.service';

export type BillLineInput = {
  kind: 'PRODUCT' | 'TREATMENT';
  itemId: number;
  quantity: number;
  unitPriceCents?: number | null;
  lineDiscountCents?: number | null;
  staffId?: number | null;
  /** A session package of the member's paying for this treatment line (the line is priced at 0). */
  memberPackageId?: number | null;
};

export type BillDraftInput = { branchId: number; memberId?: number | null; customerName?: string | null; lines: BillLineInput[]; offerCode?: string | null; couponCode?: string | null };

export type CheckoutInput = BillDraftInput & {
  idempotencyKey: string;
  appointmentId?: number | null;
  payments: Array<{ tenderTypeId: number; amountCents: number; reference?: string | null; pin?: string | null; memberPackageId?: number | null }>;
  note?: string | null;
};

export const CHECKOUT_SCOPE = 'checkout';

/** An amount in the currency's units for a message ("12.30"), without a symbol so every language can place its own. */
export function plainAmount(cents: number, currencyDecimals: number): string {
  return (cents / 100).toFixed(Math.min(2, currencyDecimals));
}

export class CheckoutService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async settings(): Promise<PricingSettings> {
    const { currencyDecimals, defaultLocale } = await new SystemSettingsService(this.ds).get();
    return { currencyDecimals, defaultLocale };
  }

  /** What the bill comes to and the points it earns, priced exactly as checkout will; nothing is written. */
  async quote(viewer: Viewer, input: BillDraftInput): Promise<PricedBill & { earning: Earning | null }> {
    const draft = parseInput(billDraftSchema, input);
    const now = this.clock();
    const bill = await priceBill(this.ds.manager, viewer, draft, await this.settings(), now);
    return { ...bill, earning: await earningForBill(this.ds.manager, bill, now) };
  }

  async checkout(viewer: Viewer, input: CheckoutInput): Promise<Invoice> {
    const values = parseInput(checkoutSchema, input);
    const settings = await this.settings();
    const requestHash = requestHashOf(values);
    const { resultId } = await inIdempotentTransaction(this.ds, (manager) =>
      withIdempotency(manager, CHECKOUT_SCOPE, input.idempotencyKey, requestHash, viewer.staffId, () => this.issue(manager, viewer, values, settings)),
    );
    return this.ds.manager.findOneByOrFail(Invoice, { id: resultId });
  }

  private async issue(manager: EntityManager, viewer: Viewer, values: CheckoutValues, settings: PricingSettings): Promise<number> {
    const now = this.clock();
    const bill = await priceBill(manager, viewer, values, settings, now);
    const { branch, member, offer, totals } = bill;
    if (values.appointmentId !== null) await this.checkAppointment(manager, values.appointmentId, bill);
    const payments = await this.settle(manager, values, totals.totalCents, settings);
    const today = localDateIn(now, branch.timeZone);
    const prepaid = await checkPrepaidPayments(manager, {
      values,
      tenders: payments.tenders,
      member,
      lines: bill.lines,
      lineTotals: totals.lines,
      today,
      currencyDecimals: settings.currencyDecimals,
    });
    // Before the invoice number: a refused use leaves the branch's sequence row unlocked sooner.
    if (offer && member) await takeOfferUse(manager, offer, member.id);
    if (bill.coupon) await takeCoupon(manager, bill.coupon.coupon, localDateIn(now, branch.timeZone), now);

    const number = await allocateDocumentNumber(manager, branch.id, 'INVOICE');
    const earning = await earningForBill(manager, bill, now);
    const invoice = {
      number,
      branchId: branch.id,
      memberId: member?.id ?? null,
      customerName: member ? null : values.customerName,
      appointmentId: values.appointmentId,
      status: InvoiceStatus.ISSUED,
      businessDate: today,
      issuedAt: now,
      cashierId: viewer.staffId,
      subtotalCents: totals.subtotalCents,
      discountCents: totals.discountCents,
      taxCents: totals.taxCents,
      roundingCents: totals.roundingCents,
      totalCents: totals.totalCents,
      productCents: totals.productCents,
      treatmentCents: totals.treatmentCents,
      offerId: offer?.id ?? null,
      analysisCode: offer?.analysisCode ?? null,
      offerDiscountCents: totals.offerDiscountCents,
      couponId: bill.coupon?.coupon.id ?? null,
      couponDiscountCents: totals.couponDiscountCents,
      changeCents: payments.changeCents,
      pointsEarned: earning?.points ?? 0,
      note: values.note,
    };
    const invoiceId = Number((await manager.insert(Invoice, invoice)).identifiers[0].id);
    await manager.insert(
      InvoiceLine,
      bill.lines.map((line, i) => ({
        invoiceId,
        position: i + 1,
        kind: line.kind as InvoiceLine['kind'],
        productId: line.kind === 'PRODUCT' ? line.itemId : null,
        treatmentId: line.kind === 'TREATMENT' ? line.itemId : null,
        departmentId: line.departmentId,
        code: line.code,
        description: line.description,
        quantity: line.quantity,
        unitPriceCents: line.unitPriceCents,
        lineDiscountCents: totals.lines[i].lineDiscountCents,
        memberDiscountCents: totals.lines[i].memberDiscountCents,
        offerDiscountCents: totals.lines[i].offerDiscountCents,
        couponDiscountCents: totals.lines[i].couponDiscountCents,
        taxCents: totals.lines[i].taxCents,
        totalCents: totals.lines[i].totalCents,
        pointsEarned: earning?.linePoints[i] ?? 0,
        staffId: line.staffId,
      })),
    );
    if (payments.rows.length) await manager.insert(InvoicePayment, payments.rows.map((p) => ({ ...p, invoiceId })));
    if (bill.coupon) await recordCouponInvoice(manager, bill.coupon.coupon.id, { id: invoiceId, branchId: branch.id, couponDiscountCents: totals.couponDiscountCents });
    await this.takeStock(manager, viewer, bill, invoiceId);
    await refreshSameDayPurchases(manager, invoice.memberId, [invoice.businessDate]);
    // After stock, before points: her packages and stored-value account come after the stock rows in the lock order.
    if (member) {
      await takePrepaid(manager, {
        memberId: member.id,
        invoiceId,
        branchId: branch.id,
        appointmentId: values.appointmentId,
        staffId: viewer.staffId,
        at: now,
        today,
        currencyDecimals: settings.currencyDecimals,
        lines: bill.lines,
        prepaid,
        appliedCents: payments.rows.map((p) => p.amountCents),
      });
    }
    // After stock and prepaid, before the level step: member_points comes after the stock rows in the lock order.
    if (member && earning) await bookEarning(manager, { id: invoiceId, branchId: branch.id, member }, earning, { staffId: viewer.staffId, at: now });
    // After the sale counts towards her spend (and after the points step: the member row is the last lock).
    if (member) await upgradeAtCheckout(manager, { memberId: member.id, invoiceId, staffId: viewer.staffId, now });
    await recordAudit(manager, {
      entityType: 'invoice',
      entityId: invoiceId,
      action: 'create',
      actorId: viewer.staffId,
      after: { ...invoice, issuedAt: now.toISOString(), lines: bill.lines.length, payments: payments.rows.map((p) => ({ tenderTypeId: p.tenderTypeId, amountCents: p.amountCents })) },
    });
    return invoiceId;
  }

  /** The appointment the invoice pays for: the same member's, at the same branch. */
  private async checkAppointment(manager: EntityManager, appointmentId: number, bill: PricedBill): Promise<void> {
    const appointment = await manager.findOneBy(Appointment, { id: appointmentId });
    if (!appointment || !bill.member || appointment.memberId !== bill.member.id || appointment.branchId !== bill.branch.id) {
      throw invalidField('appointmentId', 'appointmentNotOfBill');
    }
  }

  /** The payments as stored rows, or the refusal naming the payment (or `payments`) that does not settle the total. */
  private async settle(manager: EntityManager, values: CheckoutValues, totalCents: number, settings: PricingSettings) {
    const ids = [...new Set(values.payments.map((p) => p.tenderTypeId))];
    const tenders = new Map((ids.length ? await manager.findBy(TenderType, { id: In(ids) }) : []).map((t) => [t.id, t]));
    const given = values.payments.map((p, i) => {
      const tender = tenders.get(p.tenderTypeId);
      if (!tender?.active) throw invalidField(`payments.${i}.tenderTypeId`, 'inactiveChoice');
      // Stored value and packages are spent to the cent: never change.
      const prepaid = tender.kind === TenderKind.STORED_VALUE || tender.kind === TenderKind.PACKAGE;
      return { tenderedCents: p.amountCents, givesChange: Boolean(tender.givesChange) && !prepaid };
    });
    const allocation = allocatePayments(given, totalCents);
    if (!allocation.ok) {
      const { field, reason, params } = allocation.refusal;
      throw invalidField(field, reason, 'dueCents' in params ? { due: plainAmount(params.dueCents, settings.currencyDecimals) } : {});
    }
    return {
      tenders,
      changeCents: allocation.changeCents,
      rows: values.payments.map((p, i) => ({
        tenderTypeId: p.tenderTypeId,
        amountCents: allocation.applied[i].appliedCents,
        tenderedCents: p.amountCents,
        reference: p.reference,
      })),
    };
  }

  /** Product lines take their stock out, one move per product in id order (the lock order). */
  private async takeStock(manager: EntityManager, viewer: Viewer, bill: PricedBill, invoiceId: number): Promise<void> {
    const units = new Map<number, { quantity: number; allowNegative: boolean; label: string }>();
    for (const line of bill.lines) {
      if (line.kind !== 'PRODUCT') continue;
      const seen = units.get(line.itemId);
      units.set(line.itemId, { quantity: (seen?.quantity ?? 0) + line.quantity, allowNegative: line.allowNegativeStock, label: `${line.code} ${line.description}` });
    }
    for (const [productId, move] of [...units].sort(([a], [b]) => a - b)) {
      await moveStock(manager, {
        productId,
        branchId: bill.branch.id,
        kind: StockMovementKind.SALE,
        quantity: -move.quantity,
        allowNegative: move.allowNegative,
        itemLabel: move.label,
        invoiceId,
        staffId: viewer.staffId,
      });
    }
  }
}
