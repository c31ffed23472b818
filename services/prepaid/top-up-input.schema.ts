/**
 * The one set of rules for what the front desk types at the 預付 counter: a top-up (會員充值) with
 * its payments, a stored-value refund, an instalment's payment. The counter's forms check with
 * these schemas and the services parse with them, so both refuse the same values with the same
 * message naming the same field ("payments.1.amountCents"). Pure: zod only.
 */
import { z } from 'zod';
import { paymentSchema } from '../sales/bill-input.schema';
import { refuse } from '../validation/schema-issues';
import { requiredText } from '../validation/text-fields';

export const PREPAID_LIMITS = {
  /** One top-up or refund moves at most this much (1,000,000.00): a typo guard that keeps paid + bonus inside GraphQL's Int. */
  amountCents: 100_000_000,
  payments: 10,
  reason: 200,
} as const;

const id = z.number().int().positive();

/** Whole cents in [1, PREPAID_LIMITS.amountCents]. */
const amountCents = z
  .unknown()
  .optional()
  .transform((value, ctx): number => {
    if (value === null || value === undefined) return refuse(ctx, 'required');
    return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= PREPAID_LIMITS.amountCents
      ? value
      : refuse(ctx, 'outOfRange', { min: 1, max: PREPAID_LIMITS.amountCents });
  });

const payments = z.array(paymentSchema).superRefine((list, ctx) => {
  if (list.length === 0) refuse(ctx, 'required');
  else if (list.length > PREPAID_LIMITS.payments) refuse(ctx, 'tooMany', { max: PREPAID_LIMITS.payments });
});

export const topUpSchema = z.object({
  memberId: id,
  branchId: id,
  /** What she pays; the level's bonus comes on top. */
  amountCents,
  payments,
});

export const refundStoredValueSchema = z.object({
  memberId: id,
  branchId: id,
  /** What is paid back to her, taken from her stored value. */
  amountCents,
  tenderTypeId: id,
  reason: requiredText(PREPAID_LIMITS.reason),
});

export const payInstalmentSchema = z.object({
  instalmentId: id,
  branchId: id,
  payments,
});

export type TopUpValues = z.output<typeof topUpSchema>;
export type RefundStoredValueValues = z.output<typeof refundStoredValueSchema>;
export type PayInstalmentValues = z.output<typeof payInstalmentSchema>;
