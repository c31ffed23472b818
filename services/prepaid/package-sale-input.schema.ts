/**
 * The one set of rules for selling a package as the counter types it: the sell form checks with
 * it and the package sale service parses with it. Pure: zod only; what the type, the tenders and
 * the price allow is the service's check (and the form's, from the type it read).
 */
import { z } from 'zod';
import { BILL_LIMITS, paymentSchema } from '../sales/bill-input.schema';
import { refuse } from '../validation/schema-issues';
import { PACKAGE_TYPE_LIMITS, wholeNumberOrNull } from './package-type-input.schema';

export const PACKAGE_SALE_LIMITS = {
  /** 1 = paid at once; 2–24 monthly instalments (分期付款). */
  instalments: 24,
  payments: BILL_LIMITS.payments,
} as const;

const id = z.number().int().positive();

export const sellPackageSchema = z.object({
  memberId: id,
  branchId: id,
  packageTypeId: id,
  /** Null: the type's price. */
  priceCents: wholeNumberOrNull(1, PACKAGE_TYPE_LIMITS.cents),
  instalmentCount: wholeNumberOrNull(1, PACKAGE_SALE_LIMITS.instalments).transform((value) => value ?? 1),
  payments: z.array(paymentSchema).superRefine((list, ctx) => {
    if (list.length === 0) refuse(ctx, 'required');
    else if (list.length > PACKAGE_SALE_LIMITS.payments) refuse(ctx, 'tooMany', { max: PACKAGE_SALE_LIMITS.payments });
  }),
});

export type SellPackageInput = z.input<typeof sellPackageSchema>;
export type SellPackageValues = z.output<typeof sellPackageSchema>;

/** What the member pays now: the whole price, or on instalments the first one (the rest fall due monthly). */
export function dueNowCents(priceCents: number, schedule: ReadonlyArray<{ amountCents: number }> | null): number {
  return schedule ? schedule[0].amountCents : priceCents;
}
