/**
 * The one set of rules for an offer (優惠) as staff type it: the offers editor checks with this
 * schema and the offer service parses with it, so both refuse the same values with the same
 * message. Pure: zod only. Whether the branches, groups and departments exist is the service's
 * check (it needs the database).
 */
import { z } from 'zod';
import { isCalendarDate } from '../members/member-search-rules';
import { issueMessage, refuse } from '../validation/schema-issues';
import { filled, optionalText, requiredText } from '../validation/text-fields';

export const OFFER_LIMITS = {
  code: 20,
  name: 100,
  altCode: 3,
  analysisCode: 20,
  /** Months before or after the birth month: 11 either way already covers the whole year. */
  birthdayMonths: 11,
  perMemberLimit: 9_999,
  prepaidExpiryMonths: 120,
  basisPoints: 10_000,
  /** GraphQL's Int. */
  cents: 2_147_483_647,
  ids: 500,
} as const;

export const OFFER_DISCOUNT_TYPES = ['INVOICE_PERCENT', 'ITEM_PERCENT', 'FIXED_PRICE'] as const;

/** Characters the seed asks users not to put in an offer code (請避免輸入 !, @, $, #, %, ^, &, * 空白). */
const FORBIDDEN_IN_CODE = /[\s!@$#%^&*]/;

const withoutForbidden = (value: string | null, ctx: z.RefinementCtx) => (value !== null && FORBIDDEN_IN_CODE.test(value) ? refuse(ctx, 'invalidOfferCode') : value);

function wholeNumber(min: number, max: number) {
  return z.unknown().optional().transform((value, ctx): number | null => {
    if (value === null || value === undefined || value === '') return null;
    return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : refuse(ctx, 'outOfRange', { min, max });
  });
}

/** Ids as GraphQL sends them (strings) or as numbers; none (or an empty list) means "all". */
const idList = z.unknown().optional().transform((value, ctx): number[] | null => {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value)) return refuse(ctx, 'notAnOption');
  if (value.length > OFFER_LIMITS.ids) return refuse(ctx, 'tooMany', { max: OFFER_LIMITS.ids });
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

/**
 * Code 1–20 and alternative code up to 3 (neither with spaces or !@$#%^&*), name 1–100, analysis
 * code up to 20; the conditions (ids, a birthday window of 0–11 months either side, a period that
 * does not end before it starts, uses per member 1–9999); the discount: a percentage (basis points
 * 0–10000; 0 records the sale under the analysis code without a discount) for the percent types, a price in cents for a fixed price; prepaid expiry 1–120 months.
 */
export const offerSchema = z
  .object({
    code: requiredText(OFFER_LIMITS.code).transform((value, ctx) => withoutForbidden(value, ctx) as string),
    name: requiredText(OFFER_LIMITS.name),
    altCode: optionalText(OFFER_LIMITS.altCode).transform(withoutForbidden),
    analysisCode: optionalText(OFFER_LIMITS.analysisCode),
    isMarketing: z
      .boolean()
      .nullish()
      .transform((value) => value ?? false),
    active: z
      .boolean()
      .nullish()
      .transform((value) => value ?? true),
    branchIds: idList,
    memberGroupIds: idList,
    interestGroupIds: idList,
    departmentIds: idList,
    birthdayMonthsBefore: wholeNumber(0, OFFER_LIMITS.birthdayMonths),
    birthdayMonthsAfter: wholeNumber(0, OFFER_LIMITS.birthdayMonths),
    validFrom: day,
    validTo: day,
    perMemberLimit: wholeNumber(1, OFFER_LIMITS.perMemberLimit),
    discountType: z
      .unknown()
      .optional()
      .transform((value, ctx) =>
        value === null || value === undefined ? 'INVOICE_PERCENT' : (OFFER_DISCOUNT_TYPES as readonly unknown[]).includes(value) ? (value as (typeof OFFER_DISCOUNT_TYPES)[number]) : refuse(ctx, 'notAnOption'),
      ),
    discountBasisPoints: wholeNumber(0, OFFER_LIMITS.basisPoints),
    fixedPriceCents: wholeNumber(0, OFFER_LIMITS.cents),
    prepaidExpiryMonths: wholeNumber(1, OFFER_LIMITS.prepaidExpiryMonths),
  })
  // Each checked as soon as its own fields are good, whatever else is wrong, so the form shows it with the rest.
  .refine((offer) => !offer.validFrom || !offer.validTo || offer.validTo >= offer.validFrom, {
    path: ['validTo'],
    message: issueMessage('dateRangeReversed'),
    when: ({ issues }) => !issues.some((issue) => issue.path?.[0] === 'validFrom' || issue.path?.[0] === 'validTo'),
  })
  .refine((offer) => offer.discountType !== 'FIXED_PRICE' || offer.fixedPriceCents !== null, {
    path: ['fixedPriceCents'],
    message: issueMessage('required'),
    when: ({ issues }) => !issues.some((issue) => issue.path?.[0] === 'discountType' || issue.path?.[0] === 'fixedPriceCents'),
  })
  .transform((offer) => ({
    ...offer,
    // One figure per discount type, so an offer never carries a stale one it does not use.
    discountBasisPoints: offer.discountType === 'FIXED_PRICE' ? 0 : (offer.discountBasisPoints ?? 0),
    fixedPriceCents: offer.discountType === 'FIXED_PRICE' ? offer.fixedPriceCents : null,
  }));

export type OfferInput = z.input<typeof offerSchema>;
export type OfferValues = z.output<typeof offerSchema>;
