import { TZDate } from '@date-fns/tz';
import { addDays, endOfWeek, startOfDay, startOfWeek } from 'date-fns';

/** Where a contact member's follow-up is (seed 004). */
export type FollowUpState = 'NOT_FOLLOWED' | 'FOLLOWING' | 'DUE_TODAY' | 'OVERDUE' | 'CLOSED';

export type FollowUpFields = { nextFollowUpAt: Date | null; followUpClosedAt: Date | null };

/** A half-open span of instants [start, end). */
export type Span = { start: Date; end: Date };

/** The salon's "today" in its time zone, as instants. */
export function daySpan(now: Date, timeZone: string): Span {
  const start = startOfDay(new TZDate(now.getTime(), timeZone));
  return { start: new Date(start.getTime()), end: new Date(addDays(start, 1).getTime()) };
}

/** The salon's week (Monday to Sunday) around `now`, as instants. */
export function weekSpan(now: Date, timeZone: string): Span {
  const local = new TZDate(now.getTime(), timeZone);
  const start = startOfWeek(local, { weekStartsOn: 1 });
  const end = addDays(startOfDay(endOfWeek(local, { weekStartsOn: 1 })), 1);
  return { start: new Date(start.getTime()), end: new Date(end.getTime()) };
}

/**
 * not followed (no next date) → following (next date after today) → due today → overdue (next
 * date before today) → closed ("end follow-up"). Days are the salon's, not the server's.
 */
export function followUpState(fields: FollowUpFields, now: Date, timeZone: string): FollowUpState {
  return followUpStateOn(fields, daySpan(now, timeZone));
}

/** followUpState for many rows of one day: the salon's `today` (daySpan) worked out once by the caller. */
export function followUpStateOn(fields: FollowUpFields, today: Span): FollowUpState {
  if (fields.followUpClosedAt) return 'CLOSED';
  if (!fields.nextFollowUpAt) return 'NOT_FOLLOWED';
  const at = fields.nextFollowUpAt.getTime();
  if (at < today.start.getTime()) return 'OVERDUE';
  if (at < today.end.getTime()) return 'DUE_TODAY';
  return 'FOLLOWING';
}
