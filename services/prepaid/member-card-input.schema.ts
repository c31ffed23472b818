/**
 * The one set of rules for what staff type about member cards (會員卡): the card number (typed or
 * scanned), the PIN and the reason for locking or replacing. The panel's forms check with these
 * schemas and the service parses with them, so both refuse the same values with the same message.
 * Pure: zod only.
 */
import { z } from 'zod';
import { refuse } from '../validation/schema-issues';
import { requiredText } from '../validation/text-fields';

export const CARD_LIMITS = {
  cardNumberMin: 4,
  /** The column is varchar(30). */
  cardNumberMax: 30,
  pinMin: 4,
  pinMax: 6,
  reason: 200,
} as const;

const CARD_NUMBER = new RegExp(`^[A-Z0-9]{${CARD_LIMITS.cardNumberMin},${CARD_LIMITS.cardNumberMax}}$`);
const PIN = new RegExp(`^\\d{${CARD_LIMITS.pinMin},${CARD_LIMITS.pinMax}}$`);

/**
 * A card number as it is stored and matched: trimmed and in capitals (MariaDB's collation would
 * treat "ab12" and "AB12" as one number and SQLite as two; upper case makes both agree), or null
 * when it is not 4–30 letters or digits.
 */
export function normaliseCardNumber(raw: string): string | null {
  const value = raw.trim().toUpperCase();
  return CARD_NUMBER.test(value) ? value : null;
}

const cardNumber = z.unknown().transform((value, ctx): string => {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) return refuse(ctx, 'required');
  return normaliseCardNumber(text) ?? refuse(ctx, 'cardNumberInvalid', { min: CARD_LIMITS.cardNumberMin, max: CARD_LIMITS.cardNumberMax });
});

/** Blank or null means no PIN (null); else 4–6 digits. */
const optionalPin = z.unknown().optional().transform((value, ctx): string | null => {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return null;
  const text = typeof value === 'string' ? value.trim() : '';
  return PIN.test(text) ? text : refuse(ctx, 'pinInvalid', { min: CARD_LIMITS.pinMin, max: CARD_LIMITS.pinMax });
});

export const issueCardSchema = z.object({ cardNumber, pin: optionalPin });
export type IssueCardValues = z.output<typeof issueCardSchema>;

/** A null (or blank) PIN clears it. */
export const setPinSchema = z.object({ pin: optionalPin });
export type SetPinValues = z.output<typeof setPinSchema>;

export const lockCardSchema = z.object({ reason: requiredText(CARD_LIMITS.reason) });
export type LockCardValues = z.output<typeof lockCardSchema>;

/** The PIN is not carried over from the old card: it is set again here or later. */
export const replaceCardSchema = z.object({ cardNumber, pin: optionalPin, reason: requiredText(CARD_LIMITS.reason) });
export type ReplaceCardValues = z.output<typeof replaceCardSchema>;
