/**
 * The one set of rules for a member-number sequence as an admin types it: the numbering editor
 * checks with this schema and the number sequence service parses with it (parseInput), so both
 * refuse the same values with the same message. Pure: zod only.
 */
import { z } from 'zod';
import { issueMessage, refuse } from '../validation/schema-issues';
import { blankableText } from '../validation/text-fields';
import { MEMBER_NO_MAX, SEQUENCE_LIMITS as L, WALK_IN_SCOPE, formatMemberNumber } from './member-number';

/** A whole number from `min` to `max`; not given or not a number is out of range, as the form's "abc" is. */
const intIn = (min: number, max: number) =>
  z
    .unknown()
    .optional()
    .transform((value, ctx): number => (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : refuse(ctx, 'outOfRange', { min, max })));

/** "walk-in" or "branch:<id>"; prefix of letters, digits and "-" (0–10); digits 1–10; next value 1 or more; the number at most 30 characters. */
export const numberSequenceSchema = z
  .object({
    scope: z
      .string()
      .transform((scope, ctx) => {
        const trimmed = scope.trim();
        return trimmed === WALK_IN_SCOPE || /^branch:[1-9]\d{0,9}$/.test(trimmed) ? trimmed : refuse(ctx, 'invalidScope');
      }),
    prefix: blankableText(L.prefix).transform((prefix, ctx) => (/^[A-Za-z0-9-]*$/.test(prefix) ? prefix : refuse(ctx, 'invalidPrefix'))),
    digits: intIn(L.digitsMin, L.digitsMax),
    nextValue: intIn(1, L.nextValueMax),
  })
  .transform((values, ctx) => {
    if (formatMemberNumber(values, values.nextValue).length <= MEMBER_NO_MAX) return values;
    ctx.addIssue({ code: 'custom', path: ['digits'], message: issueMessage('tooLong', { max: MEMBER_NO_MAX }) });
    return z.NEVER;
  });
