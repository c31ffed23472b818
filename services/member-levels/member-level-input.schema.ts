/**
 * The one set of rules for a member level (member group) as an admin types it: the member levels
 * editor checks with this schema and the member group service parses with it (parseInput), so
 * both refuse the same values with the same message. Pure: zod only.
 */
import { z } from 'zod';
import { refuse } from '../validation/schema-issues';
import { requiredText } from '../validation/text-fields';
import { LEVEL_LIMITS as L } from './level-rules';

/** A whole number from `min` to `max`, `fallback` when not given; not-a-number is out of range, as the form's "abc" is. */
function intIn<F extends number | null>(min: number, max: number, fallback: F) {
  return z
    .unknown()
    .optional()
    .transform((value, ctx): number | F => {
      if (value === null || value === undefined) return fallback;
      return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : refuse(ctx, 'outOfRange', { min, max });
    });
}

/** Code 1–20, name 1–100, discount and top-up bonus 0–100 %, points 0–10,000 per 100, an optional spend threshold, its period 1–120 months. */
export const memberLevelSchema = z.object({
  code: requiredText(L.code),
  name: requiredText(L.name),
  sortOrder: intIn(-1_000_000, 1_000_000, 0),
  discountPercent: intIn(0, L.percentMax, 0),
  pointsPer100: intIn(0, L.pointsPer100Max, 0),
  topUpBonusPercent: intIn(0, L.percentMax, 0),
  upgradeSpendCents: intIn(0, L.spendCentsMax, null),
  upgradeWithinMonths: intIn(L.monthsMin, L.monthsMax, 12),
});
