import { parseInput } from '../validation/parse-input';
import { campaignFieldsSchema } from './campaign-input.schema';

export { CAMPAIGN_LIMITS } from './campaign-input.schema';

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

/**
 * The campaign's values checked by the schema the form uses (campaign-input.schema.ts): code,
 * name, details and the active period. Whether the offer exists and is a marketing offer is the
 * service's check (it needs the database).
 */
export function validateCampaign(input: CampaignInput): CampaignValues {
  return { ...parseInput(campaignFieldsSchema, input), offerId: input.offerId ?? null, archived: input.archived ?? false };
}

/**
 * A search box value as a LIKE prefix pattern (used with ESCAPE '!', the same in SQLite and
 * MySQL): wildcards typed by the user match themselves.
 */
export function prefixPattern(search: string): string {
  return `${search.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}
