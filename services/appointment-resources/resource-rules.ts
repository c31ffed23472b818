/**
 * Pure validation of the resources behind appointments: treatments, equipment, rooms, opening
 * hours, closed days, weekly schedules, schedule exceptions and the slot step. Every refusal names
 * the input field it concerns; the services add the checks that need the database (uniqueness,
 * existing equipment codes, beautician role).
 */
import { invalidField } from '../errors/domain-error';
import { optionalText, requiredText } from '../contact-settings/text-rules';

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

export function requireTime(field: string, value: string | null | undefined): string {
  const text = (value ?? '').trim();
  if (!text) throw invalidField(field, 'required');
  if (!isTime(text)) throw invalidField(field, 'invalidTime');
  return text;
}

function integerIn(field: string, value: number | null | undefined, min: number, max: number): number {
  if (value === null || value === undefined) throw invalidField(field, 'required');
  if (!Number.isInteger(value) || value < min || value > max) throw invalidField(field, 'outOfRange', { min, max });
  return value;
}

export function weekdayOf(field: string, value: number | null | undefined): number {
  return integerIn(field, value, 0, 6);
}

/** A start/end pair on one day: both valid HH:MM times and start strictly before end. */
export function timeRange(startField: string, start: string | null | undefined, endField: string, end: string | null | undefined): { start: string; end: string } {
  const s = requireTime(startField, start);
  const e = requireTime(endField, end);
  if (minutesOf(e) <= minutesOf(s)) throw invalidField(endField, 'timeNotAfterStart');
  return { start: s, end: e };
}

export type TreatmentInput = {
  code: string;
  name: string;
  series?: string | null;
  durationMinutes: number;
  bufferMinutes?: number | null;
  priceCents?: number | null;
  equipmentCode?: string | null;
  roomType?: string | null;
  active?: boolean | null;
};
export type TreatmentValues = {
  code: string;
  name: string;
  series: string | null;
  durationMinutes: number;
  bufferMinutes: number;
  priceCents: number;
  equipmentCode: string | null;
  roomType: string | null;
  active: boolean;
};

/** Code 1–20, name 1–100, series ≤ 50, duration 5–600 min, buffer 0–120 min, price ≥ 0 cents, room type ≤ 30; all trimmed. */
export function validateTreatment(input: TreatmentInput): TreatmentValues {
  const L = TREATMENT_LIMITS;
  return {
    code: requiredText('code', input.code, L.code),
    name: requiredText('name', input.name, L.name),
    series: optionalText('series', input.series, L.series),
    durationMinutes: integerIn('durationMinutes', input.durationMinutes, L.minDuration, L.maxDuration),
    bufferMinutes: integerIn('bufferMinutes', input.bufferMinutes ?? 0, 0, L.maxBuffer),
    priceCents: integerIn('priceCents', input.priceCents ?? 0, 0, Number.MAX_SAFE_INTEGER),
    equipmentCode: optionalText('equipmentCode', input.equipmentCode, L.equipmentCode),
    roomType: optionalText('roomType', input.roomType, L.roomType),
    active: input.active ?? true,
  };
}

export type EquipmentInput = { code: string; name: string; count?: number | null; active?: boolean | null };
export type EquipmentValues = { code: string; name: string; count: number; active: boolean };

/** Code 1–20, name 1–100, count 1–999 (default 1). */
export function validateEquipment(input: EquipmentInput): EquipmentValues {
  return {
    code: requiredText('code', input.code, EQUIPMENT_LIMITS.code),
    name: requiredText('name', input.name, EQUIPMENT_LIMITS.name),
    count: integerIn('count', input.count ?? 1, 1, EQUIPMENT_LIMITS.maxCount),
    active: input.active ?? true,
  };
}

export type RoomInput = { name: string; type: string; active?: boolean | null };
export type RoomValues = { name: string; type: string; active: boolean };

/** Name 1–50, type 1–30. */
export function validateRoom(input: RoomInput): RoomValues {
  return {
    name: requiredText('name', input.name, ROOM_LIMITS.name),
    type: requiredText('type', input.type, ROOM_LIMITS.type),
    active: input.active ?? true,
  };
}

export type BranchHoursDay = { weekday: number; opensAt: string; closesAt: string };

/** At most one row per weekday, each opening before it closes; weekdays left out are closed. Sorted by weekday. */
export function validateBranchHours(days: BranchHoursDay[]): BranchHoursDay[] {
  const seen = new Set<number>();
  const out = days.map((day) => {
    const weekday = weekdayOf('weekday', day.weekday);
    if (seen.has(weekday)) throw invalidField('weekday', 'duplicateWeekday');
    seen.add(weekday);
    const { start, end } = timeRange('opensAt', day.opensAt, 'closesAt', day.closesAt);
    return { weekday, opensAt: start, closesAt: end };
  });
  return out.sort((a, b) => a.weekday - b.weekday);
}

export type ClosedDayInput = { date: string; reason?: string | null };

export function validateClosedDay(input: ClosedDayInput): { date: string; reason: string | null } {
  return { date: input.date, reason: optionalText('reason', input.reason, CLOSED_DAY_REASON_MAX) };
}

export type ScheduleDay = { weekday: number; startTime: string; endTime: string };

/** True when two same-day intervals [start, end) share a minute. */
export function intervalsOverlap(a: { startTime: string; endTime: string }, b: { startTime: string; endTime: string }): boolean {
  return minutesOf(a.startTime) < minutesOf(b.endTime) && minutesOf(b.startTime) < minutesOf(a.endTime);
}

/**
 * A weekly pattern at one branch: each interval starts before it ends, and intervals of the same
 * weekday do not overlap (a split shift is two intervals). Sorted by weekday and start.
 */
export function validateScheduleDays(days: ScheduleDay[]): ScheduleDay[] {
  if (days.length > MAX_SCHEDULE_ROWS) throw invalidField('days', 'tooMany', { max: MAX_SCHEDULE_ROWS });
  const out = days.map((day) => {
    const weekday = weekdayOf('weekday', day.weekday);
    const { start, end } = timeRange('startTime', day.startTime, 'endTime', day.endTime);
    return { weekday, startTime: start, endTime: end };
  });
  out.sort((a, b) => a.weekday - b.weekday || minutesOf(a.startTime) - minutesOf(b.startTime));
  for (let i = 1; i < out.length; i++) {
    if (out[i].weekday === out[i - 1].weekday && intervalsOverlap(out[i], out[i - 1])) throw invalidField('startTime', 'scheduleOverlap');
  }
  return out;
}

/** The first of `days` that overlaps one of `others` on the same weekday (the staff member's hours at other branches). */
export function firstClash(days: ScheduleDay[], others: ScheduleDay[]): ScheduleDay | null {
  return days.find((d) => others.some((o) => o.weekday === d.weekday && intervalsOverlap(d, o))) ?? null;
}

export type ExceptionKind = 'override' | 'leave';
export type ExceptionInput = { date: string; kind: ExceptionKind; startTime?: string | null; endTime?: string | null; note?: string | null };
export type ExceptionValues = { date: string; kind: ExceptionKind; startTime: string | null; endTime: string | null; note: string | null };

/**
 * An override needs its hours; leave is either the whole day (no times) or a part of it (both
 * times). Start before end whenever times are given.
 */
export function validateException(input: ExceptionInput): ExceptionValues {
  const { date } = input;
  const note = optionalText('note', input.note, EXCEPTION_NOTE_MAX);
  const start = (input.startTime ?? '').trim();
  const end = (input.endTime ?? '').trim();
  if (input.kind === 'leave' && !start && !end) return { date, kind: 'leave', startTime: null, endTime: null, note };
  const range = timeRange('startTime', start, 'endTime', end);
  return { date, kind: input.kind, startTime: range.start, endTime: range.end, note };
}

/** Two exceptions of one staff member on one day clash when their hours overlap; a whole day overlaps everything. */
export function exceptionsOverlap(a: { startTime: string | null; endTime: string | null }, b: { startTime: string | null; endTime: string | null }): boolean {
  if (!a.startTime || !a.endTime || !b.startTime || !b.endTime) return true;
  return intervalsOverlap({ startTime: a.startTime, endTime: a.endTime }, { startTime: b.startTime, endTime: b.endTime });
}

export function validateSlotStep(value: number | null | undefined): number {
  return integerIn('slotStepMinutes', value, SLOT_STEP.min, SLOT_STEP.max);
}
