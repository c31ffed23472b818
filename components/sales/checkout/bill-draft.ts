import type { InvoiceLineKind } from '@/graphql/generated/graphql';
import type { BillLine, BillOffer } from '@/services/sales/bill-totals';

/**
 * The bill being rung up, as plain data and pure steps (no React, no requests), so the cashier's
 * rules are testable on their own: a scan of something already on the bill bumps its quantity
 * instead of adding a second line; lines keep the catalogue price unless the cashier types one;
 * the staff credited defaults to whoever the screen says (the signed-in staff, the visit's
 * beautician).
 */
/** The GraphQL enum's values (Product, Treatment). */
export type BillItemKind = InvoiceLineKind;

/** What the catalogue says about something sellable (a SellableItem). */
export type BillItem = {
  kind: BillItemKind;
  itemId: string;
  code: string;
  label: string;
  priceCents: number;
  taxRateBasisPoints: number;
  onHand: number | null;
  allowNegativeStock: boolean;
  /** Null when the item has none (or, for a held line no longer sellable, is not known). */
  departmentId: string | null;
};

export type DraftLine = {
  /** Stable across edits, for React keys and error placement. */
  key: string;
  item: BillItem;
  quantity: number;
  unitPriceCents: number;
  lineDiscountCents: number;
  staffId: string | null;
  /** A session package of the member's paying for this treatment line (計次消費): the line then comes to 0. */
  memberPackageId?: string | null;
};

export type DraftMember = { id: string; memberNo: string; displayName: string; phone: string | null; levelName: string; discountPercent: number };

/** A member found by card, phone or name, or a walk-in with an optional name. */
export type DraftCustomer = { kind: 'member'; member: DraftMember } | { kind: 'walkIn'; name: string };

export type BillDraft = {
  branchId: string;
  customer: DraftCustomer;
  lines: DraftLine[];
  /** The visit this bill pays for, when opened from the completion board. */
  appointmentId: string | null;
  note: string;
  /** The offer (優惠) the cashier applied, by its code; the server checks its conditions again on every price. */
  offerCode: string | null;
  /** The member's e-coupon (電子優惠券) code; the server checks it (hers, unused, within its days, its conditions) on every price. */
  couponCode: string | null;
};

export function emptyBill(branchId: string): BillDraft {
  return { branchId, customer: { kind: 'walkIn', name: '' }, lines: [], appointmentId: null, note: '', offerCode: null, couponCode: null };
}

let keys = 0;
/** A key no other line of this page has. */
export function newLineKey(): string {
  keys += 1;
  return `line-${keys}`;
}

/**
 * The bill with `item` added: one more of it when a line of the same item at its catalogue price
 * is already there (a second scan), else a new line at the catalogue price.
 */
export function addItem(bill: BillDraft, item: BillItem, staffId: string | null, quantity = 1): BillDraft {
  const same = bill.lines.find((line) => line.item.kind === item.kind && line.item.itemId === item.itemId && line.unitPriceCents === item.priceCents);
  if (same) return updateLine(bill, same.key, { quantity: same.quantity + quantity });
  const line: DraftLine = { key: newLineKey(), item, quantity, unitPriceCents: item.priceCents, lineDiscountCents: 0, staffId };
  return { ...bill, lines: [...bill.lines, line] };
}

export type LineChange = Partial<Pick<DraftLine, 'quantity' | 'unitPriceCents' | 'lineDiscountCents' | 'staffId' | 'memberPackageId'>>;

export function updateLine(bill: BillDraft, key: string, change: LineChange): BillDraft {
  return { ...bill, lines: bill.lines.map((line) => (line.key === key ? { ...line, ...change } : line)) };
}

export function removeLine(bill: BillDraft, key: string): BillDraft {
  return { ...bill, lines: bill.lines.filter((line) => line.key !== key) };
}

/** A product line asking for more than the branch holds, when the product may not go below zero. */
export function exceedsStock(line: DraftLine): boolean {
  return line.item.kind === 'PRODUCT' && !line.item.allowNegativeStock && line.item.onHand !== null && line.quantity > line.item.onHand;
}

/** The lines as BillLineInput: the unit price only when the cashier changed it, so the server prices the rest. */
export function lineInputs(bill: BillDraft) {
  return bill.lines.map((line) => ({
    kind: line.item.kind,
    itemId: line.item.itemId,
    quantity: line.quantity,
    unitPriceCents: line.unitPriceCents === line.item.priceCents ? null : line.unitPriceCents,
    lineDiscountCents: line.lineDiscountCents,
    staffId: line.staffId,
    ...(line.memberPackageId ? { memberPackageId: line.memberPackageId } : {}),
  }));
}

/** The customer part of BillDraftInput / CheckoutInput / HoldBillInput. */
export function customerInput(bill: BillDraft): { memberId: string | null; customerName: string | null } {
  if (bill.customer.kind === 'member') return { memberId: bill.customer.member.id, customerName: null };
  const name = bill.customer.name.trim();
  return { memberId: null, customerName: name || null };
}

/** The lines as the pure totals take them. */
export function totalsLines(bill: BillDraft): BillLine[] {
  return bill.lines.map((line) => ({
    kind: line.item.kind,
    quantity: line.quantity,
    // A session was paid for when the package was sold, as the server prices it.
    unitPriceCents: line.memberPackageId ? 0 : line.unitPriceCents,
    lineDiscountCents: line.memberPackageId ? 0 : line.lineDiscountCents,
    taxRateBasisPoints: line.item.taxRateBasisPoints,
    departmentId: line.item.departmentId === null ? null : Number(line.item.departmentId),
  }));
}

/** An offer as the picker lists it (BillOffer.offer), as the pure totals take it. */
export function billOfferOf(offer: { discountType: BillOffer['discountType']; discountBasisPoints: number; fixedPriceCents?: number | null; departmentIds?: readonly string[] | null }): BillOffer {
  return {
    discountType: offer.discountType,
    discountBasisPoints: offer.discountBasisPoints,
    fixedPriceCents: offer.fixedPriceCents ?? null,
    departmentIds: offer.departmentIds ? offer.departmentIds.map(Number) : null,
  };
}

export function memberDiscountPercent(bill: BillDraft): number {
  return bill.customer.kind === 'member' ? bill.customer.member.discountPercent : 0;
}
