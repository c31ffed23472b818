/**
 * A brute-force slot oracle: the suggester's rules applied one minute at a time, with local times
 * read from Intl.DateTimeFormat (not from the suggester's time-zone code) and every appointment
 * compared with every candidate. Slow and obviously correct; the property tests and the benchmark
 * hold the suggester to it.
 */
import type { Requirement, SchedulingWorld, Slot, SuggestQuery } from '../../services/appointments/scheduling-types';
import type { SlotCheck, SlotChoice, SlotCursor } from '../../services/appointments/slot-suggester';

const MINUTE = 60_000;

type Local = { date: string; minute: number; weekday: number };

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Local date, minute of day and weekday of an instant in a time zone, straight from Intl. */
export class LocalClock {
  private readonly cache = new Map<number, Local>();
  private readonly format: Intl.DateTimeFormat;

  constructor(timeZone: string) {
    let f = formatters.get(timeZone);
    if (!f) {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short', hourCycle: 'h23',
      });
      formatters.set(timeZone, f);
    }
    this.format = f;
  }

  at(t: number): Local {
    let found = this.cache.get(t);
    if (!found) {
      const parts = Object.fromEntries(this.format.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
      found = {
        date: `${parts.year}-${parts.month}-${parts.day}`,
        minute: Number(parts.hour) * 60 + Number(parts.minute),
        weekday: WEEKDAYS.indexOf(parts.weekday),
      };
      this.cache.set(t, found);
    }
    return found;
  }
}

const hm = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));

/** Is minute-of-day `m` of local day `date` (weekday `weekday`) a working minute of the beautician at the branch? */
function works(world: SchedulingWorld, staffId: number, date: string, weekday: number, m: number): boolean {
  const exceptions = world.exceptions.filter((x) => x.staffId === staffId && x.date === date);
  for (const x of exceptions) {
    if (x.kind === 'leave' && (x.startTime === null || x.endTime === null || (hm(x.startTime) <= m && m < hm(x.endTime)))) return false;
  }
  const overrides = exceptions.filter((x) => x.kind === 'override');
  if (overrides.length > 0) return overrides.some((x) => x.startTime !== null && x.endTime !== null && hm(x.startTime) <= m && m < hm(x.endTime));
  return world.schedules.some((s) => s.staffId === staffId && s.weekday === weekday && hm(s.startTime) <= m && m < hm(s.endTime));
}

function isOpen(world: SchedulingWorld, date: string, weekday: number, m: number): boolean {
  if (world.closedDays.has(date)) return false;
  const hours = world.hours.get(weekday);
  return !!hours && hm(hours.opensAt) <= m && m < hm(hours.closesAt);
}

/** Every whole minute of [s, e) satisfies `test` and lies on local day `date`. */
function everyMinute(clock: LocalClock, s: number, e: number, date: string, test: (l: Local) => boolean): boolean {
  for (let u = s; u < e; u += MINUTE) {
    const l = clock.at(u);
    if (l.date !== date || !test(l)) return false;
  }
  return true;
}

const overlaps = (a: { startsAt: Date; blockedUntil: Date }, s: number, e: number) => a.startsAt.getTime() < e && a.blockedUntil.getTime() > s;

function dateToUtcMidnight(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** All free slots of a query (ignoring limit and cursor), in order. `stopAfter` ends the scan early. */
export function oracleAllSlots(query: SuggestQuery, world: SchedulingWorld, now: Date, stopAfter = Infinity): Slot[] {
  const clock = new LocalClock(world.timeZone);
  const req = query.requirement;
  const beauticians = query.beauticianId != null ? [query.beauticianId] : world.beauticianIds;
  const slots: Slot[] = [];
  const from = dateToUtcMidnight(query.fromDate) - 15 * 60 * MINUTE;
  const to = dateToUtcMidnight(query.toDate) + 39 * 60 * MINUTE;
  for (let t = from; t < to && slots.length < stopAfter; t += MINUTE) {
    const l = clock.at(t);
    if (l.date < query.fromDate || l.date > query.toDate) continue;
    if (l.minute % query.stepMinutes !== 0) continue;
    if (query.weekdays.length > 0 && !query.weekdays.includes(l.weekday)) continue;
    if (t < now.getTime()) continue;
    const e = t + req.durationMinutes * MINUTE;
    const blockedEnd = e + req.bufferMinutes * MINUTE;
    const ws = hm(query.windowStart);
    const we = hm(query.windowEnd);
    if (!everyMinute(clock, t, e, l.date, (u) => isOpen(world, l.date, l.weekday, u.minute) && ws <= u.minute && u.minute < we)) continue;
    for (const b of beauticians) {
      if (!everyMinute(clock, t, e, l.date, (u) => works(world, b, l.date, l.weekday, u.minute))) continue;
      if (world.appointments.some((a) => a.beauticianId === b && overlaps(a, t, blockedEnd))) continue;
      let roomId: number | null = null;
      if (req.roomType !== null) {
        const room = [...world.rooms]
          .sort((x, y) => x.id - y.id)
          .find((r) => r.type === req.roomType && !world.appointments.some((a) => a.roomId === r.id && overlaps(a, t, blockedEnd)));
        if (!room) continue;
        roomId = room.id;
      }
      let equipmentId: number | null = null;
      if (req.equipmentCode !== null) {
        const eq = world.equipment.find((x) => x.code === req.equipmentCode);
        if (!eq) continue;
        if (world.appointments.filter((a) => a.equipmentId === eq.id && overlaps(a, t, blockedEnd)).length >= eq.count) continue;
        equipmentId = eq.id;
      }
      slots.push({ startsAt: new Date(t), endsAt: new Date(e), beauticianId: b, roomId, equipmentId });
    }
  }
  return slots;
}

/** One page the way the suggester pages: strictly after the cursor (start, then beautician order). */
export function oraclePage(
  query: SuggestQuery & { cursor?: SlotCursor | null },
  world: SchedulingWorld,
  now: Date,
): { slots: Slot[]; hasMore: boolean } {
  const order = query.beauticianId != null ? [query.beauticianId] : world.beauticianIds;
  const rank = (id: number) => order.indexOf(id);
  const all = oracleAllSlots(query, world, now);
  const after = all.filter((s) => {
    if (query.cursor) {
      const c = query.cursor.startsAt.getTime();
      const cr = rank(query.cursor.beauticianId) === -1 ? Infinity : rank(query.cursor.beauticianId);
      return s.startsAt.getTime() > c || (s.startsAt.getTime() === c && rank(s.beauticianId) > cr);
    }
    return query.after ? s.startsAt.getTime() > query.after.getTime() : true;
  });
  return { slots: after.slice(0, Math.max(0, query.limit)), hasMore: after.length > query.limit };
}

/** isSlotFree, the slow way, with the same order of reasons. */
export function oracleIsSlotFree(slot: SlotChoice, req: Requirement, world: SchedulingWorld, now: Date, ignoreAppointmentId?: number): SlotCheck {
  const clock = new LocalClock(world.timeZone);
  const s = slot.startsAt.getTime();
  const e = s + req.durationMinutes * MINUTE;
  const blockedEnd = e + req.bufferMinutes * MINUTE;
  if (s < now.getTime()) return { free: false, reason: 'past' };
  const l = clock.at(s);
  if (!everyMinute(clock, s, e, l.date, (u) => isOpen(world, l.date, l.weekday, u.minute))) return { free: false, reason: 'closed' };
  if (!everyMinute(clock, s, e, l.date, (u) => works(world, slot.beauticianId, l.date, l.weekday, u.minute))) return { free: false, reason: 'notWorking' };
  const others = world.appointments.filter((a) => a.id !== ignoreAppointmentId);
  if (others.some((a) => a.beauticianId === slot.beauticianId && overlaps(a, s, blockedEnd))) return { free: false, reason: 'beauticianBusy' };
  let roomId = slot.roomId;
  if (roomId !== null) {
    const room = world.rooms.find((r) => r.id === roomId);
    if (!room || (req.roomType !== null && room.type !== req.roomType)) return { free: false, reason: 'noRoom' };
    if (others.some((a) => a.roomId === roomId && overlaps(a, s, blockedEnd))) return { free: false, reason: 'roomBusy' };
  } else if (req.roomType !== null) {
    const rooms = world.rooms.filter((r) => r.type === req.roomType).sort((x, y) => x.id - y.id);
    if (rooms.length === 0) return { free: false, reason: 'noRoom' };
    const free = rooms.find((r) => !others.some((a) => a.roomId === r.id && overlaps(a, s, blockedEnd)));
    if (!free) return { free: false, reason: 'roomBusy' };
    roomId = free.id;
  }
  let equipmentId = slot.equipmentId;
  if (equipmentId !== null || req.equipmentCode !== null) {
    const eq = equipmentId !== null ? world.equipment.find((x) => x.id === equipmentId) : world.equipment.find((x) => x.code === req.equipmentCode);
    if (!eq || (req.equipmentCode !== null && eq.code !== req.equipmentCode) || eq.count < 1) return { free: false, reason: 'noEquipment' };
    if (others.filter((a) => a.equipmentId === eq.id && overlaps(a, s, blockedEnd)).length >= eq.count) return { free: false, reason: 'equipmentBusy' };
    equipmentId = eq.id;
  }
  return { free: true, roomId, equipmentId };
}
