import { invalidField } from '../errors/domain-error';
import { isCalendarDate } from '../members/member-search-rules';
import { optionalText, requiredText } from '../contact-settings/text-rules';

export const CAMPAIGN_LIMITS = { code: 50, name: 100, details: 5000 } as const;

export type CampaignInput = {
  code: string;
  name: string;
  details?: string | null;
  offerId?: number | null;
  startsOn?: string | null;
  endsOn?: string | null;
  archived?: boolean | null;
};

export type CampaignValues = {
  code: string;
  name: string;
  details: string | null;
  offerId: number | null;
  startsOn: string | null;
  endsOn: string | null;
  archived: boolean;
};

function optionalDate(field: 'startsOn' | 'endsOn', value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  if (!isCalendarDate(text)) throw invalidField(field, 'invalidDate');
  return text;
}

/**
 * Code 1–50 and name 1–100 (trimmed), details up to 5000, an optional active period of real
 * YYYY-MM-DD dates that does not end before it starts. Whether the offer exists and is a
 * marketing offer is the service's check (it needs the database).
 */
export function validateCampaign(input: CampaignInput): CampaignValues {
  const startsOn = optionalDate('startsOn', input.startsOn);
  const endsOn = optionalDate('endsOn', input.endsOn);
  if (startsOn && endsOn && endsOn < startsOn) throw invalidField('endsOn', 'dateRangeReversed');
  return {
    code: requiredText('code', input.code, CAMPAIGN_LIMITS.code),
    name: requiredText('name', input.name, CAMPAIGN_LIMITS.name),
    details: optionalText('details', input.details, CAMPAIGN_LIMITS.details),
    offerId: input.offerId ?? null,
    startsOn,
    endsOn,
    archived: input.archived ?? false,
  };
}

/**
 * A search box value as a LIKE prefix pattern (used with ESCAPE '!', the same in SQLite and
 * MySQL): wildcards typed by the user match themselves.
 */
export function prefixPattern(search: string): string {
  return `${search.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}
