/**
 * The prepaid arithmetic, pure: a top-up's bonus by the level's rule, a discount package's
 * suggested value, a package's last valid day, an instalment schedule, and the revenue a use of a
 * package recognises. No framework imports; unit-tested on their own.
 */
import { addDays, addMonths, format, parseISO } from 'date-fns';

/** The bonus a top-up earns at the member's level (e.g. 10 % of 1,000 = 100), rounded down to the cent. */
export function topUpBonusCents(paidCents: number, bonusPercent: number): number {
  return Math.floor((paidCents * bonusPercent) / 100);
}

/** A discount package's suggested value (`003_*`): the linked services' prices added up, times ten. */
export function suggestedPackageValueCents(treatmentPricesCents: readonly number[]): number {
  return treatmentPricesCents.reduce((sum, price) => sum + price, 0) * 10;
}

/**
 * The last day a package sold on `soldOn` (YYYY-MM-DD) may be used: `months` later, the day before
 * (6 months from 7 Dec → 6 Jun). When that month has no such day (31 Aug + 6 months), the whole of
 * its last day counts: the member never loses a day to a short month.
 */
export function packageValidTo(soldOn: string, months: number): string {
  const sold = parseISO(soldOn);
  const later = addMonths(sold, months);
  return format(later.getDate() < sold.getDate() ? later : addDays(later, -1), 'yyyy-MM-dd');
}

export type ScheduledInstalment = { sequence: number; dueDate: string; amountCents: number };

/**
 * `count` instalments of `totalCents`, the first due on `firstDue` and each next a month later;
 * equal parts with the cents that do not divide on the first, so the schedule adds up exactly.
 */
export function instalmentSchedule(totalCents: number, count: number, firstDue: string): ScheduledInstalment[] {
  const part = Math.floor(totalCents / count);
  const first = totalCents - part * (count - 1);
  const start = parseISO(firstDue);
  return Array.from({ length: count }, (_, i) => ({
    sequence: i + 1,
    dueDate: format(addMonths(start, i), 'yyyy-MM-dd'),
    amountCents: i === 0 ? first : part,
  }));
}

/**
 * The revenue a use of `used` out of `remainingBefore` (sessions or cents) recognises from what is
 * still deferred: its proportional share, and all of it when the use empties the package, so the
 * uses of a package add up to its price to the cent.
 */
export function recognisedRevenueCents(deferredCents: number, remainingBefore: number, used: number): number {
  if (used >= remainingBefore) return deferredCents;
  return Math.round((deferredCents * used) / remainingBefore);
}

/** Whether an instalment is overdue on `today`: due before it and not paid in full. */
export function isOverdue(instalment: { dueDate: string; amountCents: number; paidCents: number }, today: string): boolean {
  return instalment.dueDate < today && instalment.paidCents < instalment.amountCents;
}
