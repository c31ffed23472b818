/**
 * A busy month of appointments at one branch, for the slot-suggester benchmark: every beautician
 * booked back to back with short gaps through the opening hours of every day, each booking taking
 * the lowest free room of a type and a free unit of equipment when it wants one — so nothing is
 * double-booked and free slots are rare, as in a full salon. Pure and deterministic (seeded PRNG);
 * the caller inserts the rows.
 */
import { ZoneClock, daysBetween, minutesOf } from '../appointments/slot-suggester';
import type { Rng } from './prng';

export type BusyMonthInput = {
  rng: Rng;
  timeZone: string;
  fromDate: string;
  toDate: string;
  opensAt: string;
  closesAt: string;
  beauticianIds: number[];
  rooms: Array<{ id: number; type: string }>;
  equipment: Array<{ id: number; count: number }>;
  /** How many appointments: the surplus of a full month is dropped at random across it (a cancellation leaves a gap). */
  total: number;
};

export type BusyAppointment = {
  beauticianId: number;
  roomId: number | null;
  equipmentId: number | null;
  startsAt: Date;
  endsAt: Date;
  blockedUntil: Date;
};

const MINUTE = 60_000;
const DURATIONS = [20, 25, 30, 30, 30, 35, 45] as const;

/** Back-to-back bookings per beautician and day, in day order, until `total` rows. */
export function busyMonth(input: BusyMonthInput): BusyAppointment[] {
  const { rng } = input;
  const clock = ZoneClock.forDays(input.timeZone, input.fromDate, input.toDate);
  const roomTypes = [...new Set(input.rooms.map((r) => r.type))];
  const out: BusyAppointment[] = [];
  for (const date of daysBetween(input.fromDate, input.toDate)) {
    const [open] = clock.dayInstants(date, minutesOf(input.opensAt), minutesOf(input.closesAt));
    if (!open) continue;
    const roomBusy = new Map<number, Array<[number, number]>>();
    const equipmentBusy = new Map<number, Array<[number, number]>>();
    const overlapping = (list: Array<[number, number]> | undefined, s: number, e: number) => (list ?? []).filter(([a, b]) => a < e && b > s).length;
    for (const beauticianId of input.beauticianIds) {
      for (let t = open[0] + rng.int(0, 3) * 15 * MINUTE; ; ) {
        const duration = rng.pick(DURATIONS) * MINUTE;
        const buffer = rng.chance(0.3) ? 5 * MINUTE : 0;
        if (t + duration > open[1]) break;
        const end = t + duration + buffer;
        let roomId: number | null = null;
        if (rng.chance(0.5)) {
          const type = rng.pick(roomTypes);
          const room = input.rooms.find((r) => r.type === type && overlapping(roomBusy.get(r.id), t, end) === 0);
          if (room) {
            roomId = room.id;
            roomBusy.set(room.id, [...(roomBusy.get(room.id) ?? []), [t, end]]);
          }
        }
        let equipmentId: number | null = null;
        if (rng.chance(0.2)) {
          const eq = rng.pick(input.equipment);
          if (overlapping(equipmentBusy.get(eq.id), t, end) < eq.count) {
            equipmentId = eq.id;
            equipmentBusy.set(eq.id, [...(equipmentBusy.get(eq.id) ?? []), [t, end]]);
          }
        }
        out.push({ beauticianId, roomId, equipmentId, startsAt: new Date(t), endsAt: new Date(t + duration), blockedUntil: new Date(end) });
        // Mostly back to back; now and then a gap someone could book.
        t = end + (rng.chance(0.95) ? 0 : rng.int(1, 4) * 15 * MINUTE);
      }
    }
  }
  // Drop the surplus at random positions, so gaps spread over the month.
  while (out.length > input.total) {
    const i = rng.int(0, out.length - 1);
    out[i] = out[out.length - 1];
    out.pop();
  }
  return out.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
