import { TZDate } from '@date-fns/tz';

/** The appointment views' query string: which branch and which local day. */
export type DayParams = { branch?: string | string[]; date?: string | string[] };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD. */
export function isLocalDate(value: unknown): value is string {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  if (!match) return false;
  const probe = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return probe.getUTCFullYear() === Number(match[1]) && probe.getUTCMonth() === Number(match[2]) - 1 && probe.getUTCDate() === Number(match[3]);
}

/** Today in a time zone, YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const local = new TZDate(now.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** A local date moved by whole days (calendar arithmetic, no time zone involved). */
export function shiftDate(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const moved = new Date(Date.UTC(y, m - 1, d + days));
  return moved.toISOString().slice(0, 10);
}

/** The query string the views share. */
export function dayQuery(branchId: string, date: string): string {
  return new URLSearchParams({ branch: branchId, date }).toString();
}

/** Minutes after local midnight of the day `date` at which an instant falls (negative before, > 1440 after). */
export function localMinutes(instant: Date, date: string, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const local = new TZDate(instant.getTime(), timeZone);
  const dayOffset = Math.round((Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()) - Date.UTC(y, m - 1, d)) / 86_400_000);
  // Wall-clock minutes, so the grid's 10:00 line is 10:00 even on a DST change day.
  return dayOffset * 1440 + local.getHours() * 60 + local.getMinutes();
}

/** The instant of a local wall-clock time (minutes after midnight) on a day in a time zone. */
export function instantAt(date: string, minutes: number, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, 0, 0, timeZone).getTime());
}

/** "HH:MM" ↔ minutes after midnight. */
export function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export function toHhmm(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
