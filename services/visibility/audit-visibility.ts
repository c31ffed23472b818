import { scopeAllowsSalesperson, type ContactScope } from './contact-visibility';

/** Audit actions on a member that name a campaign place and its salesperson. */
export const CAMPAIGN_PLACE_ACTIONS: readonly string[] = ['campaignAssigned', 'campaignReassigned'];

type Values = Record<string, unknown>;
type Entry = { action: string; before: string | null; after: string | null };

function parse(json: string | null): Values | null {
  if (!json) return null;
  const value: unknown = JSON.parse(json);
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Values) : null;
}

/**
 * An audit entry as a viewer with this contact scope may read it. Entries about a campaign place
 * tell whose contact a member is, which the contact scope decides (Member.campaigns hides the
 * same places): a salesperson outside the scope reads as null, and when no side of the entry is
 * inside it, the campaign too, so the entry says only that an assignment happened. Every other
 * entry is returned as it is.
 */
export function auditEntryForScope<T extends Entry>(entry: T, scope: ContactScope): T {
  if (scope.kind === 'all' || !CAMPAIGN_PLACE_ACTIONS.includes(entry.action)) return entry;
  const sides = [parse(entry.before), parse(entry.after)];
  const allowed = (side: Values | null) => side !== null && typeof side.salespersonId === 'number' && scopeAllowsSalesperson(scope, side.salespersonId);
  const anyAllowed = sides.some(allowed);
  const redact = (side: Values | null): string | null => {
    if (!side) return null;
    const shown: Values = { ...side };
    if ('salespersonId' in shown && !allowed(side)) shown.salespersonId = null;
    if ('campaignId' in shown && !anyAllowed) shown.campaignId = null;
    return JSON.stringify(shown);
  };
  return Object.assign(Object.create(Object.getPrototypeOf(entry)) as T, entry, { before: redact(sides[0]), after: redact(sides[1]) });
}
