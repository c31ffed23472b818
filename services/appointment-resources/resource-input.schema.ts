/**
 * The one set of rules for each input of the resources behind appointments as staff type them:
 * treatments, equipment, rooms, opening hours, closed days, weekly schedules, schedule exceptions
 * and the slot step. The settings editors check with these schemas and the services parse with
 * them (parseInput), so both refuse the same values with the same message; the services add the
 * checks that need the database (uniqueness, existing equipment codes, beautician role).
 * Pure: zod only.
 */
import { z } from 'zod';
import { isCalendarDate } from '../members/member-search-rules';
import { issueMessage, refuse, type IssueParams } from '../validation/schema-issues';
import { optionalText, requiredText } from '../validation/text-fields';
import { optionalId } from '../sales/sales-input-fields';
import {
  CLOSED_DAY_REASON_MAX, EQUIPMENT_LIMITS, EXCEPTION_NOTE_MAX, MAX_SCHEDULE_ROWS, ROOM_LIMITS, SLOT_STEP, TREATMENT_LIMITS,
  intervalsOverlap, isTime, minutesOf, type ExceptionKind,
} from './resource-rules';

/** A whole number from `min` to `max`; `fallback` when not given, else required. Not-a-number is out of range, as the form's "abc" is. */
function integerIn(min: number, max: number, fallback?: number) {
  return z.unknown().optional().transform((value, ctx): number => {
    if (value === null || value === undefined || value === '') return fallback ?? refuse(ctx, 'required');
    return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : refuse(ctx, 'outOfRange', { min, max });
  });
}

const active = z
  .boolean()
  .nullish()
  .transform((value) => value ?? true);

/** A list's refusals name the row's own field ("startTime"), as the API always has, not its place in the list. */
function refuseField(ctx: z.RefinementCtx, field: string, key: string, params?: IssueParams): never {
  ctx.addIssue({ code: 'custom', path: [field], message: issueMessage(key, params) });
  return z.NEVER;
}

type TimeText = string | null | undefined;

/** Both times HH:MM and the end after the start, or the first field that is not. */
function checkRange(start: TimeText, end: TimeText, fields: [string, string]): { field: string; key: string } | { start: string; end: string } {
  const s = (start ?? '').trim();
  const e = (end ?? '').trim();
  for (const [field, value] of [[fields[0], s], [fields[1], e]] as const) {
    if (!value) return { field, key: 'required' };
    if (!isTime(value)) return { field, key: 'invalidTime' };
  }
  return minutesOf(e) <= minutesOf(s) ? { field: fields[1], key: 'timeNotAfterStart' } : { start: s, end: e };
}

const L = TREATMENT_LIMITS;

/** The department rule of the catalogue (a positive id or none), for a value that was given. */
function parseDepartment(value: unknown, ctx: z.RefinementCtx): number | null {
  const parsed = optionalId.safeParse(value);
  return parsed.success ? parsed.data : refuse(ctx, 'notAnOption');
}

/** Code 1–20, name 1–100, series ≤ 50, duration 5–600 min, buffer 0–120 min, price ≥ 0 cents, room type ≤ 30; all trimmed. */
export const treatmentSchema = z.object({
  code: requiredText(L.code),
  name: requiredText(L.name),
  series: optionalText(L.series),
  durationMinutes: integerIn(L.minDuration, L.maxDuration),
  bufferMinutes: integerIn(0, L.maxBuffer, 0),
  priceCents: integerIn(0, Number.MAX_SAFE_INTEGER, 0),
  equipmentCode: optionalText(L.equipmentCode),
  roomType: optionalText(L.roomType),
  // Absent keeps the department (callers from before departments), null clears it.
  departmentId: z.unknown().optional().transform((value, ctx) => (value === undefined ? undefined : parseDepartment(value, ctx))),
  active,
});
export type TreatmentValues = z.output<typeof treatmentSchema>;

/** Code 1–20, name 1–100, count 1–999 (default 1). */
export const equipmentSchema = z.object({
  code: requiredText(EQUIPMENT_LIMITS.code),
  name: requiredText(EQUIPMENT_LIMITS.name),
  count: integerIn(1, EQUIPMENT_LIMITS.maxCount, 1),
  active,
});
export type EquipmentValues = z.output<typeof equipmentSchema>;

/** Name 1–50, type 1–30. */
export const roomSchema = z.object({
  name: requiredText(ROOM_LIMITS.name),
  type: requiredText(ROOM_LIMITS.type),
  active,
});
export type RoomValues = z.output<typeof roomSchema>;

/** A calendar day YYYY-MM-DD; the API's LocalDate scalar already refuses others, the forms need this. */
const day = z.unknown().optional().transform((value, ctx): string => {
  if (value === null || value === undefined || value === '') return refuse(ctx, 'required');
  return isCalendarDate(value) ? value : refuse(ctx, 'invalidDate');
});

/** A day and a reason up to 100 characters. */
export const closedDaySchema = z.object({ date: day, reason: optionalText(CLOSED_DAY_REASON_MAX) });

const weekday = integerIn(0, 6);

type OpeningDay = { weekday: number; opensAt: string; closesAt: string };

/** At most one row per weekday, each opening before it closes; weekdays left out are closed. Sorted by weekday. */
export const branchHoursSchema = z
  .array(z.object({ weekday: z.unknown(), opensAt: z.string().nullish(), closesAt: z.string().nullish() }))
  .transform((days, ctx): OpeningDay[] => {
    const seen = new Set<number>();
    const out: OpeningDay[] = [];
    for (const row of days) {
      const parsed = weekday.safeParse(row.weekday);
      if (!parsed.success) return refuseField(ctx, 'weekday', 'outOfRange', { min: 0, max: 6 });
      if (seen.has(parsed.data)) return refuseField(ctx, 'weekday', 'duplicateWeekday');
      seen.add(parsed.data);
      const range = checkRange(row.opensAt, row.closesAt, ['opensAt', 'closesAt']);
      if ('key' in range) return refuseField(ctx, range.field, range.key);
      out.push({ weekday: parsed.data, opensAt: range.start, closesAt: range.end });
    }
    return out.sort((a, b) => a.weekday - b.weekday);
  });

type WorkingDay = { weekday: number; startTime: string; endTime: string };

/**
 * A weekly pattern at one branch: at most 28 intervals, each starting before it ends, and
 * intervals of the same weekday not overlapping (a split shift is two). Sorted by weekday and start.
 */
export const scheduleDaysSchema = z
  .array(z.object({ weekday: z.unknown(), startTime: z.string().nullish(), endTime: z.string().nullish() }))
  .transform((days, ctx): WorkingDay[] => {
    if (days.length > MAX_SCHEDULE_ROWS) return refuseField(ctx, 'days', 'tooMany', { max: MAX_SCHEDULE_ROWS });
    const out: WorkingDay[] = [];
    for (const row of days) {
      const parsed = weekday.safeParse(row.weekday);
      if (!parsed.success) return refuseField(ctx, 'weekday', 'outOfRange', { min: 0, max: 6 });
      const range = checkRange(row.startTime, row.endTime, ['startTime', 'endTime']);
      if ('key' in range) return refuseField(ctx, range.field, range.key);
      out.push({ weekday: parsed.data, startTime: range.start, endTime: range.end });
    }
    out.sort((a, b) => a.weekday - b.weekday || minutesOf(a.startTime) - minutesOf(b.startTime));
    for (let i = 1; i < out.length; i++) {
      if (out[i].weekday === out[i - 1].weekday && intervalsOverlap(out[i], out[i - 1])) return refuseField(ctx, 'startTime', 'scheduleOverlap');
    }
    return out;
  });

/** The API's enum (OVERRIDE, LEAVE) or the service's words for it (override, leave). */
const exceptionKind = z.unknown().optional().transform((value, ctx): ExceptionKind => {
  const kind = typeof value === 'string' ? value.toLowerCase() : '';
  return kind === 'leave' || kind === 'override' ? kind : refuse(ctx, 'notAnOption');
});

/**
 * An override needs its hours; leave is either the whole day (no times) or a part of it (both
 * times). Start before end whenever times are given; note up to 100 characters.
 */
export const exceptionSchema = z
  .object({ date: day, kind: exceptionKind, startTime: z.string().nullish(), endTime: z.string().nullish(), note: optionalText(EXCEPTION_NOTE_MAX) })
  .transform(({ date, kind, startTime, endTime, note }, ctx) => {
    if (kind === 'leave' && !startTime?.trim() && !endTime?.trim()) return { date, kind, startTime: null, endTime: null, note };
    const range = checkRange(startTime, endTime, ['startTime', 'endTime']);
    if ('key' in range) return refuseField(ctx, range.field, range.key);
    return { date, kind, startTime: range.start as string | null, endTime: range.end as string | null, note };
  });
export type ExceptionValues = z.output<typeof exceptionSchema>;

/** The grid of bookable times: 5–120 whole minutes. */
export const slotStepSchema = z.object({ slotStepMinutes: integerIn(SLOT_STEP.min, SLOT_STEP.max) });
