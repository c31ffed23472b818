/**
 * The limits, times and overlaps of the resources behind appointments (treatments, equipment,
 * rooms, opening hours, closed days, weekly schedules, schedule exceptions, the slot step), as
 * their input schemas (resource-input.schema.ts) and the services' database checks use them. Pure.
 */

export const TREATMENT_LIMITS = {
  code: 20, name: 100, series: 50, roomType: 30, equipmentCode: 20,
  minDuration: 5, maxDuration: 600, maxBuffer: 120,
} as const;
export const EQUIPMENT_LIMITS = { code: 20, name: 100, maxCount: 999 } as const;
export const ROOM_LIMITS = { name: 50, type: 30 } as const;
export const CLOSED_DAY_REASON_MAX = 100;
export const EXCEPTION_NOTE_MAX = 100;
export const SLOT_STEP = { min: 5, max: 120 } as const;
/** At most four intervals per weekday at one branch, so a weekly pattern stays a short, bounded list. */
export const MAX_SCHEDULE_ROWS = 28;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True for a wall-clock time HH:MM from 00:00 to 23:59. */
export function isTime(value: string): boolean {
  return TIME.test(value);
}

/** The forms' check of a day, the one the filters use: the API's LocalDate scalar refuses the same days. */
export { isCalendarDate as isDate } from '../members/member-search-rules';

/** Minutes since midnight of an HH:MM time. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

export type TreatmentInput = {
  code: string;
  name: string;
  series?: string | null;
  durationMinutes: number;
  bufferMinutes?: number | null;
  priceCents?: number | null;
  departmentId?: string | number | null;
  equipmentCode?: string | null;
  roomType?: string | null;
  active?: boolean | null;
};
export type EquipmentInput = { code: string; name: string; count?: number | null; active?: boolean | null };
export type RoomInput = { name: string; type: string; active?: boolean | null };
export type BranchHoursDay = { weekday: number; opensAt: string; closesAt: string };

export type ClosedDayInput = { date: string; reason?: string | null };

export type ScheduleDay = { weekday: number; startTime: string; endTime: string };

/** True when two same-day intervals [start, end) share a minute. */
export function intervalsOverlap(a: { startTime: string; endTime: string }, b: { startTime: string; endTime: string }): boolean {
  return minutesOf(a.startTime) < minutesOf(b.endTime) && minutesOf(b.startTime) < minutesOf(a.endTime);
}

/** The first of `days` that overlaps one of `others` on the same weekday (the staff member's hours at other branches). */
export function firstClash(days: ScheduleDay[], others: ScheduleDay[]): ScheduleDay | null {
  return days.find((d) => others.some((o) => o.weekday === d.weekday && intervalsOverlap(d, o))) ?? null;
}

export type ExceptionKind = 'override' | 'leave';
export type ExceptionInput = { date: string; kind: ExceptionKind; startTime?: string | null; endTime?: string | null; note?: string | null };
/** Two exceptions of one staff member on one day clash when their hours overlap; a whole day overlaps everything. */
export function exceptionsOverlap(a: { startTime: string | null; endTime: string | null }, b: { startTime: string | null; endTime: string | null }): boolean {
  if (!a.startTime || !a.endTime || !b.startTime || !b.endTime) return true;
  return intervalsOverlap({ startTime: a.startTime, endTime: a.endTime }, { startTime: b.startTime, endTime: b.endTime });
}
