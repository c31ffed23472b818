import { tzOffset } from '@date-fns/tz';
import type { Requirement, SchedulingWorld, Slot, SuggestQuery } from './scheduling-types';

/**
 * The slot suggester: which (start, beautician, room, equipment) combinations are free. Pure — no
 * database, no clock (`now` is passed in) — so the booking service, the GraphQL resolver and the
 * oracle tests all judge a slot by the same rules.
 *
 * Local times. A wall-clock interval [a, b) on a branch-local day D means the set of instants whose
 * local date is D and whose local time of day lies in [a, b). On a DST day that set is computed per
 * UTC-offset segment, so a 09:00–18:00 day is 8 or 10 real hours long and an 01:30 that happens
 * twice is two instants. Candidate starts are the instants whose local time of day is a multiple of
 * the step (counted from local midnight): a wall time skipped by spring-forward is no candidate.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Wider than any UTC offset (−12 h … +14 h), so a local day's instants fall inside. */
const ZONE_MARGIN = 15 * HOUR;

export type SlotBusyReason = 'past' | 'closed' | 'notWorking' | 'beauticianBusy' | 'roomBusy' | 'equipmentBusy' | 'noRoom' | 'noEquipment';

/** A slot to check; null room / equipment mean "pick one if the requirement needs it". */
export type SlotChoice = { startsAt: Date; beauticianId: number; roomId: number | null; equipmentId: number | null };

/** On success, the room and equipment the slot would hold (the given ones, or the picked ones). */
export type SlotCheck = { free: true; roomId: number | null; equipmentId: number | null } | { free: false; reason: SlotBusyReason };

/** Cursor for "more times": the last slot returned. Its start alone is ambiguous when several beauticians share it. */
export type SlotCursor = { startsAt: Date; beauticianId: number };

type Interval = [number, number];

/** "HH:MM" (00:00–24:00) → minutes after midnight. */
export function minutesOf(hhmm: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new Error(`Not a HH:MM time: ${hhmm}`);
  const value = Number(m[1]) * 60 + Number(m[2]);
  if (Number(m[2]) > 59 || value > 24 * 60) throw new Error(`Not a HH:MM time: ${hhmm}`);
  return value;
}

/** The UTC instant whose UTC reading is local midnight of `date` ("wall epoch" of the day). */
export function wallMidnight(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`Not a YYYY-MM-DD date: ${date}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== date) throw new Error(`Not a YYYY-MM-DD date: ${date}`);
  return ms;
}

const dateOfWall = (wallMs: number) => new Date(wallMs).toISOString().slice(0, 10);

/** Weekday (0 = Sunday) of a YYYY-MM-DD date. */
export const weekdayOf = (date: string) => new Date(wallMidnight(date)).getUTCDay();

/** The days from `from` to `to` inclusive, as YYYY-MM-DD. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = wallMidnight(from), end = wallMidnight(to); t <= end; t += DAY) out.push(dateOfWall(t));
  return out;
}

const offsetMs = (timeZone: string, t: number) => Math.round(tzOffset(timeZone, new Date(t)) * MINUTE);

/**
 * A time zone's UTC offsets over a span of instants, as maximal segments of one offset, found by
 * sampling every two hours and bisecting each change to the millisecond. Zones never change offset
 * twice within two hours, so no change is missed.
 */
export class ZoneClock {
  readonly segments: Array<{ start: number; end: number; offset: number }> = [];

  constructor(readonly timeZone: string, from: number, to: number) {
    if (Number.isNaN(tzOffset(timeZone, new Date(from)))) throw new Error(`Unknown time zone: ${timeZone}`);
    let start = from;
    let offset = offsetMs(timeZone, from);
    for (let probe = from; probe < to; ) {
      const next = Math.min(probe + 2 * HOUR, to);
      const nextOffset = offsetMs(timeZone, next);
      if (nextOffset !== offset) {
        let lo = probe;
        let hi = next;
        while (hi - lo > 1) {
          const mid = Math.floor((lo + hi) / 2);
          if (offsetMs(timeZone, mid) === offset) lo = mid;
          else hi = mid;
        }
        this.segments.push({ start, end: hi, offset });
        start = hi;
        offset = nextOffset;
      }
      probe = next;
    }
    this.segments.push({ start, end: to, offset });
  }

  /** Covering a local day with a margin, or a span of days. */
  static forDays(timeZone: string, fromDate: string, toDate: string): ZoneClock {
    return new ZoneClock(timeZone, wallMidnight(fromDate) - ZONE_MARGIN, wallMidnight(toDate) + DAY + ZONE_MARGIN);
  }

  private offsetAt(t: number): number {
    for (const seg of this.segments) if (t >= seg.start && t < seg.end) return seg.offset;
    return offsetMs(this.timeZone, t);
  }

  /** The local date (YYYY-MM-DD) and minute of day of an instant. */
  local(t: number): { date: string; minute: number } {
    const wall = t + this.offsetAt(t);
    return { date: dateOfWall(wall), minute: Math.floor((wall - Math.floor(wall / DAY) * DAY) / MINUTE) };
  }

  /** The instants of local day `date` whose time of day is in [a, b) minutes, merged and sorted. */
  dayInstants(date: string, a: number, b: number): Interval[] {
    const w0 = wallMidnight(date);
    const out: Interval[] = [];
    if (b <= a) return out;
    for (const seg of this.segments) {
      const lo = Math.max(seg.start, w0 + a * MINUTE - seg.offset);
      const hi = Math.min(seg.end, w0 + b * MINUTE - seg.offset);
      if (lo >= hi) continue;
      const last = out[out.length - 1];
      if (last && last[1] >= lo) last[1] = Math.max(last[1], hi);
      else out.push([lo, hi]);
    }
    return out;
  }

  /** The instants of local day `date` whose time of day is a multiple of `step` minutes, ascending. */
  gridStarts(date: string, step: number): number[] {
    const w0 = wallMidnight(date);
    const out: number[] = [];
    for (const seg of this.segments) {
      if (seg.end <= w0 - ZONE_MARGIN || seg.start >= w0 + DAY + ZONE_MARGIN) continue;
      for (let m = 0; m < 24 * 60; m += step) {
        const t = w0 + m * MINUTE - seg.offset;
        if (t >= seg.start && t < seg.end) out.push(t);
      }
    }
    return out;
  }
}

const within = (intervals: Interval[], s: number, e: number) => intervals.some(([a, b]) => a <= s && e <= b);

/** Union of wall-minute intervals, minus others; all sorted and disjoint. */
function minusIntervals(base: Interval[], removed: Interval[]): Interval[] {
  const merged: Interval[] = [];
  for (const [a, b] of [...base].sort((x, y) => x[0] - y[0])) {
    if (b <= a) continue;
    const last = merged[merged.length - 1];
    if (last && last[1] >= a) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  let out = merged;
  for (const [ra, rb] of removed) {
    const next: Interval[] = [];
    for (const [a, b] of out) {
      if (rb <= a || ra >= b) next.push([a, b]);
      else {
        if (a < ra) next.push([a, ra]);
        if (rb < b) next.push([rb, b]);
      }
    }
    out = next;
  }
  return out;
}

/** Busy time of one exclusive resource: merged, disjoint, sorted. */
class BusyLine {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(intervals: Interval[]) {
    intervals.sort((x, y) => x[0] - y[0]);
    for (const [a, b] of intervals) {
      if (b <= a) continue;
      const n = this.ends.length;
      if (n > 0 && this.ends[n - 1] >= a) this.ends[n - 1] = Math.max(this.ends[n - 1], b);
      else {
        this.starts.push(a);
        this.ends.push(b);
      }
    }
  }

  /** Whether any busy time overlaps [s, e). */
  overlaps(s: number, e: number): boolean {
    const i = firstGreater(this.ends, s);
    return i < this.ends.length && this.starts[i] < e;
  }
}

/** Appointments on one equipment row: how many overlap a span (each holds one unit). */
class CountLine {
  private readonly starts: number[];
  private readonly ends: number[];

  constructor(intervals: Interval[]) {
    this.starts = intervals.map((i) => i[0]).sort((x, y) => x - y);
    this.ends = intervals.map((i) => i[1]).sort((x, y) => x - y);
  }

  /** Appointments with start < e and end > s: those starting before e minus those already over by s. */
  overlapping(s: number, e: number): number {
    return firstAtLeast(this.starts, e) - firstGreater(this.ends, s);
  }
}

function firstGreater(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function firstAtLeast(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] >= x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

type WorldIndex = {
  beauticians: Map<number, BusyLine>;
  rooms: Map<number, BusyLine>;
  equipment: Map<number, CountLine>;
  schedules: Map<string, Interval[]>;
  exceptions: Map<string, SchedulingWorld['exceptions']>;
};

const EMPTY_LINE = new BusyLine([]);
const EMPTY_COUNT = new CountLine([]);
const indexes = new WeakMap<SchedulingWorld, WorldIndex>();

/** Per-resource sorted busy lines of a world, built once per world object (worlds are not mutated). */
function indexOf(world: SchedulingWorld): WorldIndex {
  const cached = indexes.get(world);
  if (cached) return cached;
  const group = (key: (a: SchedulingWorld['appointments'][number]) => number | null) => {
    const out = new Map<number, Interval[]>();
    for (const a of world.appointments) {
      const k = key(a);
      if (k == null) continue;
      let list = out.get(k);
      if (!list) out.set(k, (list = []));
      list.push([a.startsAt.getTime(), a.blockedUntil.getTime()]);
    }
    return out;
  };
  const schedules = new Map<string, Interval[]>();
  for (const s of world.schedules) {
    const key = `${s.staffId}|${s.weekday}`;
    const list = schedules.get(key) ?? [];
    list.push([minutesOf(s.startTime), minutesOf(s.endTime)]);
    schedules.set(key, list);
  }
  const exceptions = new Map<string, SchedulingWorld['exceptions']>();
  for (const x of world.exceptions) {
    const key = `${x.staffId}|${x.date}`;
    const list = exceptions.get(key) ?? [];
    list.push(x);
    exceptions.set(key, list);
  }
  const index: WorldIndex = {
    beauticians: new Map([...group((a) => a.beauticianId)].map(([k, v]) => [k, new BusyLine(v)])),
    rooms: new Map([...group((a) => a.roomId)].map(([k, v]) => [k, new BusyLine(v)])),
    equipment: new Map([...group((a) => a.equipmentId)].map(([k, v]) => [k, new CountLine(v)])),
    schedules,
    exceptions,
  };
  indexes.set(world, index);
  return index;
}

/**
 * A beautician's working hours at the branch on a day, in wall minutes: the weekly pattern, or the
 * day's overrides instead when there are any (an override without times — e.g. working at another
 * branch that day — means no hours here), minus leave (leave without times is the whole day).
 */
function workMinutes(index: WorldIndex, staffId: number, date: string): Interval[] {
  const exceptions = index.exceptions.get(`${staffId}|${date}`) ?? [];
  const overrides = exceptions.filter((x) => x.kind === 'override');
  const base: Interval[] = overrides.length > 0
    ? overrides.filter((x) => x.startTime && x.endTime).map((x) => [minutesOf(x.startTime!), minutesOf(x.endTime!)])
    : index.schedules.get(`${staffId}|${weekdayOf(date)}`) ?? [];
  const leave = exceptions.filter((x) => x.kind === 'leave');
  if (leave.some((x) => !x.startTime || !x.endTime)) return [];
  return minusIntervals(base, leave.map((x) => [minutesOf(x.startTime!), minutesOf(x.endTime!)]));
}

/** Opening hours of the branch on a day as wall minutes; empty when closed. */
function openMinutes(world: SchedulingWorld, date: string): Interval | null {
  if (world.closedDays.has(date)) return null;
  const hours = world.hours.get(weekdayOf(date));
  if (!hours) return null;
  const a = minutesOf(hours.opensAt);
  const b = minutesOf(hours.closesAt);
  return b > a ? [a, b] : null;
}

function dayWork(clock: ZoneClock, index: WorldIndex, cache: Map<string, Interval[]>, staffId: number, date: string): Interval[] {
  const key = `${staffId}|${date}`;
  let found = cache.get(key);
  if (!found) {
    found = workMinutes(index, staffId, date).flatMap(([a, b]) => clock.dayInstants(date, a, b));
    found.sort((x, y) => x[0] - y[0]);
    const merged: Interval[] = [];
    for (const iv of found) {
      const last = merged[merged.length - 1];
      if (last && last[1] >= iv[0]) last[1] = Math.max(last[1], iv[1]);
      else merged.push([iv[0], iv[1]]);
    }
    cache.set(key, (found = merged));
  }
  return found;
}

/**
 * Free slots for a query, earliest start first, then in the world's beautician order; at most
 * `query.limit`, continuing strictly after `cursor` ((start, beautician) — `query.after` alone
 * continues after every beautician at that start). `hasMore` says whether more slots follow.
 *
 * A slot's treatment [start, end) lies inside the daily window, the branch's opening hours (the
 * buffer may run past closing) and the beautician's working hours; [start, end + buffer) overlaps
 * no appointment of the beautician (at any branch) nor of the chosen room (the free room of the
 * needed type with the lowest id), and fewer appointments than the equipment's count.
 */
export function suggestSlots(
  query: SuggestQuery & { cursor?: SlotCursor | null },
  world: SchedulingWorld,
  now: Date,
): { slots: Slot[]; hasMore: boolean } {
  const { requirement: req } = query;
  const index = indexOf(world);
  const none = { slots: [], hasMore: false };
  const roomsOfType = req.roomType == null ? null : world.rooms.filter((r) => r.type === req.roomType).sort((x, y) => x.id - y.id);
  if (roomsOfType && roomsOfType.length === 0) return none;
  const equipment = req.equipmentCode == null ? null : world.equipment.find((e) => e.code === req.equipmentCode) ?? null;
  if (req.equipmentCode != null && (!equipment || equipment.count < 1)) return none;
  if (query.limit < 1 || query.stepMinutes < 1) return none;
  const beauticians = query.beauticianId != null ? [query.beauticianId] : world.beauticianIds;
  const rank = new Map(beauticians.map((id, i) => [id, i]));

  const cursorAt = query.cursor ? query.cursor.startsAt.getTime() : query.after ? query.after.getTime() : null;
  // After a bare time, every beautician at that time has been shown.
  const cursorRank = query.cursor ? rank.get(query.cursor.beauticianId) ?? Infinity : Infinity;
  const nowMs = now.getTime();
  const duration = req.durationMinutes * MINUTE;
  const buffer = req.bufferMinutes * MINUTE;
  const windowStart = minutesOf(query.windowStart);
  const windowEnd = minutesOf(query.windowEnd);
  const clock = ZoneClock.forDays(world.timeZone, query.fromDate, query.toDate);

  // Candidate starts of all days, sorted by instant (days can interleave around a DST change at midnight).
  const candidates: Array<{ s: number; date: string }> = [];
  for (const date of daysBetween(query.fromDate, query.toDate)) {
    if (query.weekdays.length > 0 && !query.weekdays.includes(weekdayOf(date))) continue;
    if (cursorAt != null && wallMidnight(date) + DAY + ZONE_MARGIN < cursorAt) continue;
    const open = openMinutes(world, date);
    if (!open) continue;
    const openAt = clock.dayInstants(date, open[0], open[1]);
    const windowAt = clock.dayInstants(date, windowStart, windowEnd);
    for (const s of clock.gridStarts(date, query.stepMinutes)) {
      if (s < nowMs || (cursorAt != null && s < cursorAt)) continue;
      if (within(openAt, s, s + duration) && within(windowAt, s, s + duration)) candidates.push({ s, date });
    }
  }
  candidates.sort((x, y) => x.s - y.s);

  const work = new Map<string, Interval[]>();
  const slots: Slot[] = [];
  for (const { s, date } of candidates) {
    const e = s + duration;
    const blockedEnd = e + buffer;
    if (equipment && (index.equipment.get(equipment.id) ?? EMPTY_COUNT).overlapping(s, blockedEnd) >= equipment.count) continue;
    let roomId: number | null = null;
    if (roomsOfType) {
      const room = roomsOfType.find((r) => !(index.rooms.get(r.id) ?? EMPTY_LINE).overlaps(s, blockedEnd));
      if (!room) continue;
      roomId = room.id;
    }
    for (let i = 0; i < beauticians.length; i++) {
      const b = beauticians[i];
      if (s === cursorAt && i <= cursorRank) continue;
      if (!within(dayWork(clock, index, work, b, date), s, e)) continue;
      if ((index.beauticians.get(b) ?? EMPTY_LINE).overlaps(s, blockedEnd)) continue;
      if (slots.length === query.limit) return { slots, hasMore: true };
      slots.push({ startsAt: new Date(s), endsAt: new Date(e), beauticianId: b, roomId, equipmentId: equipment?.id ?? null });
    }
  }
  return { slots, hasMore: false };
}

/**
 * Whether one slot is free for a requirement, and why not. The daily window, weekdays and the step
 * grid are search preferences and are not checked here; everything that makes a booking valid is.
 * A null room / equipment is picked as the suggester would; a given one must fit the requirement.
 * `ignoreAppointmentId` leaves out the appointment being moved.
 */
export function isSlotFree(
  slot: SlotChoice,
  requirement: Requirement,
  world: SchedulingWorld,
  now: Date,
  ignoreAppointmentId?: number,
): SlotCheck {
  const s = slot.startsAt.getTime();
  const e = s + requirement.durationMinutes * MINUTE;
  const blockedEnd = e + requirement.bufferMinutes * MINUTE;
  if (s < now.getTime()) return { free: false, reason: 'past' };
  const clock = new ZoneClock(world.timeZone, s - DAY - ZONE_MARGIN, s + 2 * DAY + ZONE_MARGIN);
  const { date } = clock.local(s);
  const open = openMinutes(world, date);
  if (!open || !within(clock.dayInstants(date, open[0], open[1]), s, e)) return { free: false, reason: 'closed' };

  const index = indexOf(world);
  if (!within(dayWork(clock, index, new Map(), slot.beauticianId, date), s, e)) return { free: false, reason: 'notWorking' };
  const others = world.appointments.filter((a) => a.id !== ignoreAppointmentId && a.startsAt.getTime() < blockedEnd && a.blockedUntil.getTime() > s);
  if (others.some((a) => a.beauticianId === slot.beauticianId)) return { free: false, reason: 'beauticianBusy' };

  let roomId: number | null = slot.roomId;
  if (roomId != null) {
    const room = world.rooms.find((r) => r.id === roomId);
    if (!room || (requirement.roomType != null && room.type !== requirement.roomType)) return { free: false, reason: 'noRoom' };
    if (others.some((a) => a.roomId === roomId)) return { free: false, reason: 'roomBusy' };
  } else if (requirement.roomType != null) {
    const rooms = world.rooms.filter((r) => r.type === requirement.roomType).sort((x, y) => x.id - y.id);
    if (rooms.length === 0) return { free: false, reason: 'noRoom' };
    const free = rooms.find((r) => !others.some((a) => a.roomId === r.id));
    if (!free) return { free: false, reason: 'roomBusy' };
    roomId = free.id;
  }

  let equipmentId: number | null = slot.equipmentId;
  if (equipmentId != null || requirement.equipmentCode != null) {
    const equipment = world.equipment.find((x) => (equipmentId != null ? x.id === equipmentId : x.code === requirement.equipmentCode));
    if (!equipment || (requirement.equipmentCode != null && equipment.code !== requirement.equipmentCode) || equipment.count < 1) {
      return { free: false, reason: 'noEquipment' };
    }
    if (others.filter((a) => a.equipmentId === equipment.id).length >= equipment.count) return { free: false, reason: 'equipmentBusy' };
    equipmentId = equipment.id;
  }
  return { free: true, roomId, equipmentId };
}
