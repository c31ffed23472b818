/**
 * The one set of rules for a campaign as staff type it: the campaign form checks with this schema
 * and the campaign service parses with it, so both refuse the same values with the same message.
 * Pure: zod only. Whether the offer exists and is a marketing offer is the service's check (it
 * needs the database).
 */
import { z } from 'zod';
import { isCalendarDate } from '../members/member-search-rules';
import { issueMessage, refuse } from '../validation/schema-issues';
import { filled, optionalText, requiredText } from '../validation/text-fields';

export const CAMPAIGN_LIMITS = { code: 50, name: 100, details: 5000 } as const;

/** A day of the active period, YYYY-MM-DD, or null. */
const day = z
  .string()
  .nullish()
  .transform((value, ctx) => {
    const given = filled(value);
    if (given === null) return null;
    return isCalendarDate(given) ? given : refuse(ctx, 'invalidDate');
  });

/**
 * Code 1–50 and name 1–100 (trimmed), details up to 5000, an optional active period of real days
 * that does not end before it starts.
 */
export const campaignFieldsSchema = z
  .object({
    code: requiredText(CAMPAIGN_LIMITS.code),
    name: requiredText(CAMPAIGN_LIMITS.name),
    details: optionalText(CAMPAIGN_LIMITS.details),
    startsOn: day,
    endsOn: day,
  })
  .refine((campaign) => !campaign.startsOn || !campaign.endsOn || campaign.endsOn >= campaign.startsOn, {
    path: ['endsOn'],
    message: issueMessage('dateRangeReversed'),
    // Checked as soon as both days are good, whatever else is wrong, so the form shows it with the rest.
    when: ({ issues }) => !issues.some((issue) => issue.path?.[0] === 'startsOn' || issue.path?.[0] === 'endsOn'),
  });
