/**
 * The one set of rules for an e-coupon type as staff type it (the coupon types editor checks with
 * it, the coupon service parses with it). Pure: zod only; whether the listed items exist is the
 * service's check.
 */
import { z } from 'zod';
import { isCalendarDate } from '../members/member-search-rules';
import { issueMessage, refuse } from '../validation/schema-issues';
import { filled, requiredText } from '../validation/text-fields';

export const COUPON_TYPE_LIMITS = {
  code: 20,
  name: 100,
  /** GraphQL's Int. */
  cents: 2_147_483_647,
  basisPoints: 10_000,
  validDays: 3_660,
  ids: 300,
} as const;

export const COUPON_DISCOUNT_KINDS = ['AMOUNT', 'PERCENT'] as const;

function wholeNumber(min: number, max: number) {
  return z.unknown().optional().transform((value, ctx): number | null => {
    if (value === null || value === undefined || value === '') return null;
    return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : refuse(ctx, 'outOfRange', { min, max });
  });
}

/** Ids as GraphQL sends them (strings) or numbers; none or an empty list is null ("all"). */
const idList = z.unknown().optional().transform((value, ctx): number[] | null => {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value)) return refuse(ctx, 'notAnOption');
  if (value.length > COUPON_TYPE_LIMITS.ids) return refuse(ctx, 'tooMany', { max: COUPON_TYPE_LIMITS.ids });
  const ids = value.map(Number);
  if (ids.some((id) => !Number.isSafeInteger(id) || id <= 0)) return refuse(ctx, 'invalidId');
  return ids.length ? [...new Set(ids)].sort((a, b) => a - b) : null;
});

const day = z
  .string()
  .nullish()
  .transform((value, ctx) => {
    const given = filled(value);
    if (given === null) return null;
    return isCalendarDate(given) ? given : refuse(ctx, 'invalidDate');
  });

const untouched = (fields: string[]) => ({ issues }: { issues: Array<{ path?: PropertyKey[] }> }) => !issues.some((issue) => fields.includes(String(issue.path?.[0])));

/**
 * Code 1–20 (no spaces) and name 1–100; AMOUNT needs cents off (≥ 1), PERCENT basis points
 * 1–10000 and an optional cap; a minimum spend (default 0); validity either a number of days from
 * issue (1–3660) or a fixed window with both days, the last not before the first.
 */
export const couponTypeSchema = z
  .object({
    code: requiredText(COUPON_TYPE_LIMITS.code).transform((value, ctx) => (/\s/.test(value) ? refuse(ctx, 'invalidOfferCode') : value.toUpperCase())),
    name: requiredText(COUPON_TYPE_LIMITS.name),
    discountKind: z
      .unknown()
      .optional()
      .transform((value, ctx) => ((COUPON_DISCOUNT_KINDS as readonly unknown[]).includes(value) ? (value as (typeof COUPON_DISCOUNT_KINDS)[number]) : refuse(ctx, 'notAnOption'))),
    amountCents: wholeNumber(1, COUPON_TYPE_LIMITS.cents),
    percentBasisPoints: wholeNumber(1, COUPON_TYPE_LIMITS.basisPoints),
    maxDiscountCents: wholeNumber(1, COUPON_TYPE_LIMITS.cents),
    minSpendCents: wholeNumber(0, COUPON_TYPE_LIMITS.cents).transform((value) => value ?? 0),
    productIds: idList,
    treatmentIds: idList,
    categoryIds: idList,
    departmentIds: idList,
    validDays: wholeNumber(1, COUPON_TYPE_LIMITS.validDays),
    validFrom: day,
    validTo: day,
    active: z
      .boolean()
      .nullish()
      .transform((value) => value ?? true),
  })
  .refine((t) => t.discountKind !== 'AMOUNT' || t.amountCents !== null, { path: ['amountCents'], message: issueMessage('required'), when: untouched(['discountKind', 'amountCents']) })
  .refine((t) => t.discountKind !== 'PERCENT' || t.percentBasisPoints !== null, {
    path: ['percentBasisPoints'],
    message: issueMessage('required'),
    when: untouched(['discountKind', 'percentBasisPoints']),
  })
  .refine((t) => t.validDays !== null || t.validFrom !== null, { path: ['validDays'], message: issueMessage('required'), when: untouched(['validDays', 'validFrom']) })
  .refine((t) => t.validDays !== null || t.validTo !== null, { path: ['validTo'], message: issueMessage('required'), when: untouched(['validDays', 'validTo']) })
  .refine((t) => t.validDays !== null || !t.validFrom || !t.validTo || t.validTo >= t.validFrom, {
    path: ['validTo'],
    message: issueMessage('dateRangeReversed'),
    when: untouched(['validDays', 'validFrom', 'validTo']),
  })
  .transform((t) => ({
    ...t,
    // One figure per kind and one kind of validity, so a type never carries a stale one it does not use.
    amountCents: t.discountKind === 'AMOUNT' ? t.amountCents : null,
    percentBasisPoints: t.discountKind === 'PERCENT' ? t.percentBasisPoints : null,
    maxDiscountCents: t.discountKind === 'PERCENT' ? t.maxDiscountCents : null,
    validFrom: t.validDays === null ? t.validFrom : null,
    validTo: t.validDays === null ? t.validTo : null,
  }));

export type CouponTypeInput = z.input<typeof couponTypeSchema>;
export type CouponTypeValues = z.output<typeof couponTypeSchema>;

/** Issuing and voiding: the reason a coupon is voided, 1–200 characters. */
export const couponVoidSchema = z.object({ reason: requiredText(200) });
