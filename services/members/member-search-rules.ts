/**
 * Pure rules of the member search input, shared by the GraphQL input validation and its tests.
 */

/** True for a real calendar date written YYYY-MM-DD (so "2025-02-30" is refused). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** True unless both dates are given and the range ends before it starts (ISO dates compare as strings). */
export function isOrderedRange(from: string | null | undefined, to: string | null | undefined): boolean {
  if (!isCalendarDate(from) || !isCalendarDate(to)) return true;
  return from <= to;
}

/** What a typed phone filter may contain: digits and the separators people type ("9123 4567", "+852-9123"). */
export function isPhoneQuery(value: string): boolean {
  return /^[\d\s+()-]*$/.test(value);
}

/** A validation error path as the API reports it: array positions dropped ("customFields.0.value" → "customFields.value"). */
export function fieldPath(segments: string[]): string {
  return segments.filter((s) => !/^\d+$/.test(s)).join('.');
}
