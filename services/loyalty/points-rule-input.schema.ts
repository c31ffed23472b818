/**
 * The one set of rules for a points rule (積分規則) as staff type it: the points rules editor
 * checks with this schema and the service parses with it, so both refuse the same values with the
 * same message. Pure: zod only. Whether the listed branches, levels and items exist is the
 * service's check.
 */
import { z } from 'zod';
import { isCalendarDate } from '../members/member-search-rules';
import { issueMessage, refuse } from '../validation/schema-issues';
import { filled, requiredText } from '../validation/text-fields';

export const POINTS_RULE_LIMITS = {
  code: 20,
  name: 100,
  /** ×100 at most, in basis points. */
  multiplierBasisPoints: 1_000_000,
  pointsPer100: 10_000,
  priority: 9_999,
  ids: 500,
} as const;

export const POINTS_RULE_EFFECTS = ['MULTIPLY', 'REPLACE'] as const;

function wholeNumber(min: number, max: number) {
  return z.unknown().optional().transform((value, ctx): number | null => {
    if (value === null || value === undefined || value === '') return null;
    return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : refuse(ctx, 'outOfRange', { min, max });
  });
}

/** Ids as GraphQL sends them (strings) or as numbers; none (or an empty list) means "all". */
function idList(max: number = POINTS_RULE_LIMITS.ids, upTo: number = Number.MAX_SAFE_INTEGER) {
  return z.unknown().optional().transform((value, ctx): number[] | null => {
    if (value === null || value === undefined) return null;
    if (!Array.isArray(value)) return refuse(ctx, 'notAnOption');
    if (value.length > max) return refuse(ctx, 'tooMany', { max });
    const ids = value.map(Number);
    if (ids.some((id) => !Number.isSafeInteger(id) || id <= 0 || id > upTo)) return refuse(ctx, 'invalidId');
    return ids.length ? [...new Set(ids)].sort((a, b) => a - b) : null;
  });
}

const day = z
  .string()
  .nullish()
  .transform((value, ctx) => {
    const given = filled(value);
    if (given === null) return null;
    return isCalendarDate(given) ? given : refuse(ctx, 'invalidDate');
  });

/**
 * Code 1–20 (no spaces or ! @ $ # % ^ & *, as offer codes), name 1–100; the effect: MULTIPLY by a factor (basis points 1–1,000,000,
 * 20000 = ×2) or REPLACE the level's rate by points per 100 (0–10,000); priority 0–9999 (REPLACE
 * rules: the highest wins); the conditions (ids, ISO weekdays 1–7, birth month only, a period that
 * does not end before it starts).
 */
export const pointsRuleSchema = z
  .object({
    code: requiredText(POINTS_RULE_LIMITS.code).transform((value, ctx) => (/[\s!@$#%^&*]/.test(value) ? refuse(ctx, 'invalidOfferCode') : value)),
    name: requiredText(POINTS_RULE_LIMITS.name),
    active: z
      .boolean()
      .nullish()
      .transform((value) => value ?? true),
    effect: z
      .unknown()
      .optional()
      .transform((value, ctx) =>
        value === null || value === undefined ? 'MULTIPLY' : (POINTS_RULE_EFFECTS as readonly unknown[]).includes(value) ? (value as (typeof POINTS_RULE_EFFECTS)[number]) : refuse(ctx, 'notAnOption'),
      ),
    multiplierBasisPoints: wholeNumber(1, POINTS_RULE_LIMITS.multiplierBasisPoints),
    pointsPer100: wholeNumber(0, POINTS_RULE_LIMITS.pointsPer100),
    priority: wholeNumber(0, POINTS_RULE_LIMITS.priority),
    branchIds: idList(),
    memberGroupIds: idList(),
    productIds: idList(),
    treatmentIds: idList(),
    categoryIds: idList(),
    departmentIds: idList(),
    weekdays: idList(7, 7),
    birthdayMonthOnly: z
      .boolean()
      .nullish()
      .transform((value) => value ?? false),
    validFrom: day,
    validTo: day,
  })
  .refine((rule) => !rule.validFrom || !rule.validTo || rule.validTo >= rule.validFrom, {
    path: ['validTo'],
    message: issueMessage('dateRangeReversed'),
    when: ({ issues }) => !issues.some((issue) => issue.path?.[0] === 'validFrom' || issue.path?.[0] === 'validTo'),
  })
  .refine((rule) => rule.effect !== 'MULTIPLY' || rule.multiplierBasisPoints !== null, {
    path: ['multiplierBasisPoints'],
    message: issueMessage('required'),
    when: ({ issues }) => !issues.some((issue) => issue.path?.[0] === 'effect' || issue.path?.[0] === 'multiplierBasisPoints'),
  })
  .refine((rule) => rule.effect !== 'REPLACE' || rule.pointsPer100 !== null, {
    path: ['pointsPer100'],
    message: issueMessage('required'),
    when: ({ issues }) => !issues.some((issue) => issue.path?.[0] === 'effect' || issue.path?.[0] === 'pointsPer100'),
  })
  .transform((rule) => ({
    ...rule,
    // One figure per effect, so a rule never carries a stale one it does not use.
    multiplierBasisPoints: rule.effect === 'MULTIPLY' ? (rule.multiplierBasisPoints ?? 10_000) : 10_000,
    pointsPer100: rule.effect === 'REPLACE' ? (rule.pointsPer100 ?? 0) : 0,
    priority: rule.priority ?? 0,
  }));

export type PointsRuleInput = z.input<typeof pointsRuleSchema>;
export type PointsRuleValues = z.output<typeof pointsRuleSchema>;
