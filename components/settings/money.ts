/**
 * Currency amounts typed by an admin ("12,000", "1500.5") as integer cents, and back. Pure: the
 * level rules store spend thresholds in cents, never as floats.
 */
export function parseMoneyToCents(text: string): number | null {
  const compact = text.trim().replace(/[,\s]/g, '').replace(/^\$|^HK\$/i, '');
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Cents as a plain editable amount: 150050 → "1500.50", 120000 → "1200". */
export function centsToMoneyText(cents: number): string {
  const whole = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0')}`;
}
