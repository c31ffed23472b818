/** The booking form's criteria and the date helpers behind it (pure, so they are unit-tested). */

/** What the staff member asked for (選擇護理 … 美容師), as the suggester's input needs it. */
export type BookingCriteria = {
  kind: 'treatment' | 'equipment' | 'minutes';
  treatmentId: string;
  equipmentId: string;
  minutes: string;
  fromDate: string;
  toDate: string;
  windowStart: string;
  windowEnd: string;
  weekdays: number[];
  branchId: string;
  beauticianId: string;
};

/** How many suggestions a page shows; 更多可用的時間 fetches the next page. */
export const SUGGESTION_PAGE_SIZE = 10;
export const DEFAULT_WINDOW = { start: '09:00', end: '22:00' } as const;
export const DEFAULT_RANGE_DAYS = 30;

/** YYYY-MM-DD of an instant in a time zone. */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** A YYYY-MM-DD date plus whole days (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The form's starting values: today … +30 days in the branch's zone, 09:00–22:00, any weekday, any beautician. */
export function defaultCriteria(branchId: string, timeZone: string, now: Date): BookingCriteria {
  const today = localDate(now, timeZone);
  return {
    kind: 'treatment',
    treatmentId: '',
    equipmentId: '',
    minutes: '',
    fromDate: today,
    toDate: addDays(today, DEFAULT_RANGE_DAYS),
    windowStart: DEFAULT_WINDOW.start,
    windowEnd: DEFAULT_WINDOW.end,
    weekdays: [],
    branchId,
    beauticianId: '',
  };
}

/** The one requirement the criteria name, as GraphQL input fields. */
export function requirementInput(criteria: BookingCriteria): { treatmentId?: string; equipmentId?: string; minutes?: number } {
  if (criteria.kind === 'treatment') return criteria.treatmentId ? { treatmentId: criteria.treatmentId } : {};
  if (criteria.kind === 'equipment') {
    return {
      ...(criteria.equipmentId ? { equipmentId: criteria.equipmentId } : {}),
      ...(criteria.minutes.trim() ? { minutes: Number(criteria.minutes) } : {}),
    };
  }
  return criteria.minutes.trim() ? { minutes: Number(criteria.minutes) } : {};
}

/** The suggester's input for the criteria and a page cursor. */
export function suggestionInput(criteria: BookingCriteria, after: string | null) {
  return {
    branchId: criteria.branchId,
    ...requirementInput(criteria),
    fromDate: criteria.fromDate,
    toDate: criteria.toDate,
    windowStart: criteria.windowStart,
    windowEnd: criteria.windowEnd,
    weekdays: criteria.weekdays,
    beauticianId: criteria.beauticianId || null,
    first: SUGGESTION_PAGE_SIZE,
    after,
  };
}

/** HH:MM of an instant in a time zone. */
export function localTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}

/** The instant a wall-clock date and time (YYYY-MM-DD, HH:MM) names in a time zone (the later reading when it repeats). */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const offsetAt = (instant: number) => {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    }).formatToParts(new Date(instant));
    const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - Math.floor(instant / 60_000) * 60_000;
  };
  // Two rounds settle the offset, also across a DST change between the guess and the answer.
  let guess = wall - offsetAt(wall);
  guess = wall - offsetAt(guess);
  return new Date(guess);
}
