/**
 * How the front desk's one-box lookup reads what was typed. Pure, so the rule is unit-tested
 * apart from the database.
 */
import { normaliseCardNumber } from '../prepaid/member-card-input.schema';

export type LookupTerm =
  | { kind: 'phone'; digits: string }
  | { kind: 'text'; text: string }
  | { kind: 'none' };

/** Fewer digits than this would match a large share of all phone numbers. */
export const MIN_PHONE_DIGITS = 3;
export const LOOKUP_TERM_MAX = 50;

/**
 * Digits only (spaces, dashes, + and brackets ignored) → a phone prefix, when there are enough of
 * them; anything else → a member number or name prefix. Too short or blank → nothing to look up.
 */
export function parseLookupTerm(term: string): LookupTerm {
  const trimmed = term.trim();
  if (!trimmed) return { kind: 'none' };
  if (/^[\d\s+()-]+$/.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '');
    return digits.length >= MIN_PHONE_DIGITS ? { kind: 'phone', digits } : { kind: 'none' };
  }
  return { kind: 'text', text: trimmed };
}

/**
 * The card number a term could be (trimmed, in capitals, 4–30 letters or digits), matched exactly
 * in addition to the term's other readings: card numbers are often all digits, like phones.
 */
export function lookupCardNumber(term: string): string | null {
  return normaliseCardNumber(term);
}
