import type { DataSource, EntityManager } from 'typeorm';
import { AppointmentSettings } from '../../entities';
import { invalidField } from '../errors/domain-error';
import { decodeCursor, encodeCursor } from '../pagination/cursor';
import { requirementFor } from './requirement.service';
import type { Slot } from './scheduling-types';
import { loadHoldingAppointments, loadSchedulingFrame } from './scheduling-world.service';
import { daysBetween, minutesOf, suggestSlots, type SlotCursor } from './slot-suggester';

type Db = DataSource | EntityManager;

/** Longest date range one search may cover (two months, e.g. "this month and next"). */
export const MAX_RANGE_DAYS = 62;
export const MAX_SLOTS_PER_PAGE = 50;
export const DEFAULT_SLOTS_PER_PAGE = 10;
const DEFAULT_STEP_MINUTES = 30;

export type SlotSearchInput = {
  branchId: number;
  treatmentId?: number | null;
  equipmentId?: number | null;
  minutes?: number | null;
  fromDate: string;
  toDate: string;
  windowStart?: string | null;
  windowEnd?: string | null;
  weekdays?: number[] | null;
  beauticianId?: number | null;
  first?: number | null;
  after?: string | null;
};

export type SlotSearchPage = { slots: Slot[]; hasMore: boolean; endCursor: string | null };

export const slotCursor = (slot: Slot): string => encodeCursor([slot.startsAt.getTime(), slot.beauticianId]);

function parseSlotCursor(after: string): SlotCursor {
  const [at, beauticianId] = decodeCursor(after, 2);
  if (typeof at !== 'number' || typeof beauticianId !== 'number') throw invalidField('after', 'invalidCursor');
  return { startsAt: new Date(at), beauticianId };
}

function checkTime(value: string, field: string): number {
  try {
    return minutesOf(value);
  } catch {
    throw invalidField(field, 'invalidTime');
  }
}

/**
 * Checks a search's input, naming the first bad field; returns the parts the suggester needs.
 * Pure, so the rules are tested without a database.
 */
export function parseSlotSearch(input: SlotSearchInput) {
  if (input.toDate < input.fromDate) throw invalidField('toDate', 'dateRangeReversed');
  if (daysBetween(input.fromDate, input.toDate).length > MAX_RANGE_DAYS) throw invalidField('toDate', 'rangeTooLong', { max: MAX_RANGE_DAYS });
  const windowStart = input.windowStart ?? '00:00';
  const windowEnd = input.windowEnd ?? '24:00';
  const start = checkTime(windowStart, 'windowStart');
  if (checkTime(windowEnd, 'windowEnd') <= start) throw invalidField('windowEnd', 'timeNotAfterStart');
  const weekdays = [...new Set(input.weekdays ?? [])];
  if (weekdays.some((d) => !Number.isInteger(d) || d < 0 || d > 6)) throw invalidField('weekdays', 'outOfRange', { min: 0, max: 6 });
  const first = input.first ?? DEFAULT_SLOTS_PER_PAGE;
  if (first < 1) throw invalidField('first', 'pageSizeTooSmall', { min: 1 });
  if (first > MAX_SLOTS_PER_PAGE) throw invalidField('first', 'pageSizeTooLarge', { max: MAX_SLOTS_PER_PAGE });
  const cursor = input.after ? parseSlotCursor(input.after) : null;
  return { windowStart, windowEnd, weekdays, first, cursor };
}

/**
 * Days in the first window of appointments read; each next window is a day longer (2, 3, 4, …
 * days: at most ten windows for 62 days, and a page found on day 15 reads about 20 days).
 */
const FIRST_WINDOW_DAYS = 2;

/**
 * Free slots at a branch for a treatment, equipment or a number of minutes: the input checked, the
 * requirement read, the branch's frame (hours, schedules, rooms, equipment) loaded once, and the
 * pure suggester run over windows of days — 2, then 3, 4, … — each with the appointments of its
 * days, until the page (and one slot more, for `hasMore`) is full or the range ends. A page
 * usually fills in the first days, so a search of a busy month reads a few days of appointments.
 * Windows split the range at local midnight; slots come in the order of one search over the whole
 * range (a zone whose clocks go back across midnight, at a branch open then, is the exception).
 * `now` comes from the caller's clock.
 */
export async function searchSlots(db: Db, input: SlotSearchInput, now: Date): Promise<SlotSearchPage> {
  const parsed = parseSlotSearch(input);
  const [{ requirement }, settings] = await Promise.all([
    requirementFor(db, { treatmentId: input.treatmentId, equipmentId: input.equipmentId, minutes: input.minutes }),
    db.getRepository(AppointmentSettings).findOneBy({ id: 1 }),
  ]);
  // Days before the cursor's (less two for time zones) hold no later slot: skip them.
  let fromDate = input.fromDate;
  if (parsed.cursor) {
    const dayBefore = new Date(parsed.cursor.startsAt.getTime() - 2 * 86_400_000).toISOString().slice(0, 10);
    if (dayBefore > fromDate) fromDate = dayBefore > input.toDate ? input.toDate : dayBefore;
  }
  // A closed branch offers no times (BRANCH_CLOSED): a booking there would be refused.
  const frame = await loadSchedulingFrame(db, input.branchId, fromDate, input.toDate, input.beauticianId != null ? [input.beauticianId] : undefined, { refuseClosed: true });
  if (input.beauticianId != null && !frame.beauticianIds.includes(input.beauticianId)) throw invalidField('beauticianId', 'notBeautician');

  const days = daysBetween(fromDate, input.toDate);
  // One slot beyond the page tells whether more follow.
  const wanted = parsed.first + 1;
  const slots: Slot[] = [];
  for (let first = 0, size = FIRST_WINDOW_DAYS; first < days.length && slots.length < wanted; first += size, size += 1) {
    const windowFrom = days[first];
    const windowTo = days[Math.min(first + size, days.length) - 1];
    const world = { ...frame, appointments: await loadHoldingAppointments(db, input.branchId, frame, windowFrom, windowTo) };
    const found = suggestSlots(
      {
        requirement,
        fromDate: windowFrom,
        toDate: windowTo,
        windowStart: parsed.windowStart,
        windowEnd: parsed.windowEnd,
        weekdays: parsed.weekdays,
        beauticianId: input.beauticianId ?? null,
        stepMinutes: settings?.slotStepMinutes ?? DEFAULT_STEP_MINUTES,
        limit: wanted - slots.length,
        after: null,
        cursor: parsed.cursor,
      },
      world,
      now,
    );
    slots.push(...found.slots);
  }
  const page = slots.slice(0, parsed.first);
  return { slots: page, hasMore: slots.length > parsed.first, endCursor: page.length > 0 ? slotCursor(page[page.length - 1]) : null };
}
