/**
 * The one set of rules for what staff type about points: a manual adjustment (快速積分) and the
 * loyalty settings. The forms check with these schemas and the services parse with them, so both
 * refuse the same values with the same message. Pure: zod only.
 */
import { z } from 'zod';
import { refuse } from '../validation/schema-issues';
import { requiredText } from '../validation/text-fields';

export const POINTS_LIMITS = {
  /** One adjustment moves at most this many points either way (a typo guard, far above any real gift or correction). */
  adjustPoints: 1_000_000,
  reason: 200,
  expiryMonths: 120,
  referralMonths: 120,
  shareBasisPoints: 10_000,
} as const;

/** A whole number in [min, max], from a number or the text a form field holds. */
function wholeNumber(min: number, max: number) {
  return z.unknown().transform((value, ctx): number => {
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max ? n : refuse(ctx, 'outOfRange', { min, max });
  });
}

/** Empty means "never" / "always" (null); else a whole number in [min, max]. */
function optionalWholeNumber(min: number, max: number) {
  return z.unknown().optional().transform((value, ctx): number | null => {
    if (value === null || value === undefined || value === '') return null;
    const n = typeof value === 'string' ? Number(value) : value;
    return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max ? n : refuse(ctx, 'outOfRange', { min, max });
  });
}

export const adjustPointsSchema = z.object({
  points: wholeNumber(-POINTS_LIMITS.adjustPoints, POINTS_LIMITS.adjustPoints).transform((n, ctx) => (n === 0 ? refuse(ctx, 'pointsNotZero') : n)),
  reason: requiredText(POINTS_LIMITS.reason),
});

export type AdjustPointsValues = z.output<typeof adjustPointsSchema>;

export const loyaltySettingsSchema = z.object({
  pointsExpiryMonths: optionalWholeNumber(1, POINTS_LIMITS.expiryMonths),
  referralShareBasisPoints: wholeNumber(0, POINTS_LIMITS.shareBasisPoints),
  referralMonths: optionalWholeNumber(1, POINTS_LIMITS.referralMonths),
  levelReviewDownwards: z.boolean(),
});

export type LoyaltySettingsValues = z.output<typeof loyaltySettingsSchema>;
