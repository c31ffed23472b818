/**
 * The one set of rules for what a cashier types into a bill (lines, customer, payments, note):
 * the cashier page checks with these schemas and the checkout, quote and hold services parse
 * with them, so both refuse the same values with the same message naming the same field
 * ("lines.2.quantity"). Pure: zod only. Whether an item, a member or a staff member exists and
 * may be used is the service's check.
 */
import { z } from 'zod';
import { refuse } from '../validation/schema-issues';
import { blankableText, optionalText } from '../validation/text-fields';

export const BILL_LIMITS = {
  lines: 200,
  payments: 10,
  quantity: 9_999,
  /** GraphQL's Int: the largest amount one price, discount or payment may be, in cents. */
  cents: 2_147_483_647,
  customerName: 100,
  note: 500,
  label: 100,
  reference: 100,
  voidReason: 200,
  offerCode: 20,
  couponCode: 30,
  pin: 12,
} as const;

function wholeNumber(min: number, max: number, fallback?: number) {
  return z.unknown().optional().transform((value, ctx): number => {
    if (value === null || value === undefined) return fallback ?? refuse(ctx, 'required');
    return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : refuse(ctx, 'outOfRange', { min, max });
  });
}

const id = z.number().int().positive();

export const billLineSchema = z.object({
  kind: z.enum(['PRODUCT', 'TREATMENT']),
  itemId: id,
  quantity: wholeNumber(1, BILL_LIMITS.quantity),
  /** Null: the catalogue's price. */
  unitPriceCents: z
    .unknown()
    .optional()
    .transform((value, ctx): number | null => {
      if (value === null || value === undefined) return null;
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= BILL_LIMITS.cents ? value : refuse(ctx, 'outOfRange', { min: 0, max: BILL_LIMITS.cents });
    }),
  lineDiscountCents: wholeNumber(0, BILL_LIMITS.cents, 0),
  staffId: id.nullish().transform((value) => value ?? null),
  /** A session package of the member's (計次消費) paying for this treatment line: the line is then priced at 0. */
  memberPackageId: id.nullish().transform((value) => value ?? null),
});

const lines = z
  .array(billLineSchema)
  .superRefine((list, ctx) => {
    if (list.length === 0) refuse(ctx, 'noLines');
    else if (list.length > BILL_LIMITS.lines) refuse(ctx, 'tooMany', { max: BILL_LIMITS.lines });
  });

/** A bill being put together: what quoteBill prices and holdBill parks. */
export const billDraftSchema = z.object({
  branchId: id,
  memberId: id.nullish().transform((value) => value ?? null),
  customerName: optionalText(BILL_LIMITS.customerName),
  lines,
  /** The offer's code or alternative code typed at the cashier; blank for none. */
  offerCode: optionalText(BILL_LIMITS.offerCode),
  /** The e-coupon's code typed or scanned at the cashier; blank for none. */
  couponCode: optionalText(BILL_LIMITS.couponCode),
});

export const paymentSchema = z.object({
  tenderTypeId: id,
  amountCents: wholeNumber(1, BILL_LIMITS.cents),
  reference: optionalText(BILL_LIMITS.reference),
  /** The card's PIN, for a stored-value payment when her card has one. */
  pin: optionalText(BILL_LIMITS.pin),
  /** A PACKAGE payment: the member's discount package (VALUE) it spends. */
  memberPackageId: id.nullish().transform((value) => value ?? null),
});

export const checkoutSchema = billDraftSchema.extend({
  appointmentId: id.nullish().transform((value) => value ?? null),
  payments: z.array(paymentSchema).superRefine((list, ctx) => {
    if (list.length > BILL_LIMITS.payments) refuse(ctx, 'tooMany', { max: BILL_LIMITS.payments });
  }),
  note: blankableText(BILL_LIMITS.note),
});

export const holdBillSchema = billDraftSchema.extend({
  label: blankableText(BILL_LIMITS.label),
  note: blankableText(BILL_LIMITS.note),
});

export const voidReasonSchema = z.object({
  reason: z.string().transform((value, ctx) => {
    const trimmed = value.trim();
    if (!trimmed) return refuse(ctx, 'required');
    return trimmed.length > BILL_LIMITS.voidReason ? refuse(ctx, 'tooLong', { max: BILL_LIMITS.voidReason }) : trimmed;
  }),
});

export type BillLineValues = z.output<typeof billLineSchema>;
export type BillDraftValues = z.output<typeof billDraftSchema>;
export type CheckoutValues = z.output<typeof checkoutSchema>;
export type HoldBillValues = z.output<typeof holdBillSchema>;
