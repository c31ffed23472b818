import { TZDate } from '@date-fns/tz';

/** The date and time inputs' values ("YYYY-MM-DD", "HH:mm") of an instant in the salon's time zone. */
export function toDateTimeInputs(instant: Date, timeZone: string): { date: string; time: string } {
  const local = new TZDate(instant.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`,
    time: `${pad(local.getHours())}:${pad(local.getMinutes())}`,
  };
}

/** The instant a date and time typed in the salon's time zone stand for; null when either is missing or malformed. */
export function fromDateTimeInputs(date: string, time: string, timeZone: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hours, minutes] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hours > 23 || minutes > 59) return null;
  const local = new TZDate(year, month - 1, day, hours, minutes, 0, 0, timeZone);
  if (local.getDate() !== day || local.getMonth() !== month - 1) return null;
  return new Date(local.getTime());
}

/** Characters as the server counts them: one per code point. */
export function characterCount(text: string): number {
  return Array.from(text).length;
}
