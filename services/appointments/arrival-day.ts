/**
 * The visit's day, in its branch's time zone: a member arrives (到達) on the day of the
 * appointment, so a visit three days ahead cannot be marked arrived by a slip of the finger on
 * the wrong board day. Her attendance is verified (驗證) from that day on, not before: the
 * manual keeps 驗證日期 apart from the visit, as a supervisor may verify the next morning.
 * Pure: dates only.
 */
import { invalidField } from '../errors/domain-error';

/** YYYY-MM-DD of an instant in a time zone. */
export function localDateIn(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** Whether an appointment starting at `startsAt` is today in `timeZone`, as of `now`. */
export function isArrivalDay(startsAt: Date, timeZone: string, now: Date): boolean {
  return localDateIn(startsAt, timeZone) === localDateIn(now, timeZone);
}

/** Throws BAD_USER_INPUT naming startsAt unless the appointment is today in its branch's time zone. */
export function checkArrivalDay(startsAt: Date, timeZone: string, now: Date): void {
  if (isArrivalDay(startsAt, timeZone, now)) return;
  throw invalidField('startsAt', 'notArrivalDay', { date: localDateIn(startsAt, timeZone), today: localDateIn(now, timeZone) });
}

/** Throws BAD_USER_INPUT naming startsAt when the appointment's day, in `timeZone`, is still to come. */
export function checkVerifyDay(startsAt: Date, timeZone: string, now: Date): void {
  const day = localDateIn(startsAt, timeZone);
  const today = localDateIn(now, timeZone);
  if (day <= today) return;
  throw invalidField('startsAt', 'verifyBeforeVisitDay', { date: day, today });
}
