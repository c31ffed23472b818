/**
 * `suggestSlots` through the real GraphQL route, on SQLite and (with TEST_DATABASE_URL) MariaDB:
 * the seed's Facial C search at TST with Betty and Molly — the beautician blocked by her
 * appointment at another branch, a cancelled appointment freeing its time, rooms by id, "more
 * times" paging, the step setting, equipment units, weekdays and closed days, input validation
 * naming the field, a constant number of queries, and sign-in required.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import {
  Appointment, AppointmentSettings, BranchClosedDay, BranchHours, Equipment, Room, Treatment, WorkSchedule,
  type Branch, type Member, type Staff,
} from '../../entities';
import { AppointmentStatus } from '../../entities/appointment.entity';
import { StaffRole } from '../../services/staff/staff-role';
import { loadSchedulingWorld } from '../../services/appointments/scheduling-world.service';
import { searchSlots } from '../../services/appointments/slot-search.service';
import { suggestSlots } from '../../services/appointments/slot-suggester';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { countQueries } from '../helpers/query-counter';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let tst: Branch;
let tko: Branch;
let apple: Staff; // salesperson searching
let betty: Staff; // TST 10:00–22:00; booked at TKO 10:00–11:30 on 1 July
let molly: Staff; // TST 09:00–22:00; booked 09:00–10:00 in Room 1
let facialC: Treatment;
let e01: Equipment;
let room1: Room;
let member: Member;
let cookie: string;

type Result = { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, any> }> };

const SUGGEST = `query ($input: SlotSuggestionInput!) {
  suggestSlots(input: $input) {
    hasMore endCursor
    slots { startsAt endsAt beautician { id displayName } room { id name } equipment { id code } }
  }
}`;

async function suggest(input: Record<string, unknown>, signedIn = true): Promise<Result> {
  return (await gql(SUGGEST, { input }, { cookie: signedIn ? cookie : undefined, locale: 'en' })).body;
}

async function slots(input: Record<string, unknown>) {
  const body = await suggest(input);
  if (body.errors?.length) throw new Error(body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; '));
  return body.data!.suggestSlots as { hasMore: boolean; endCursor: string | null; slots: Array<Record<string, any>> };
}

const hk = (local: string) => new Date(`${local}:00+08:00`);
const iso = (local: string) => hk(local).toISOString();
const brief = (list: Array<Record<string, any>>) => list.map((s) => `${s.startsAt} ${s.beautician.displayName} ${s.room?.name ?? '-'}`);

async function anAppointment(branch: Branch, beautician: Staff | null, from: string, to: string, extra: Partial<Appointment> = {}): Promise<Appointment> {
  return ds.getRepository(Appointment).save({
    memberId: member.id, branchId: branch.id, beauticianId: beautician?.id ?? null, startsAt: hk(from), endsAt: hk(to), blockedUntil: hk(to),
    status: AppointmentStatus.BOOKED, createdById: apple.id, updatedById: apple.id, ...extra,
  });
}

const JULY = { fromDate: '2031-07-01', toDate: '2031-07-31', windowStart: '09:00', windowEnd: '22:00' };

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tst = await aBranch(ds, { code: 'TST', name: 'TST' });
  tko = await aBranch(ds, { code: 'TKO', name: 'TKO' });
  const group = await aMemberGroup(ds);
  member = await aMember(ds, tst, group);
  apple = await aStaff(ds, tst, [StaffRole.SALESPERSON], { displayName: 'Apple Yu' });
  betty = await aStaff(ds, tst, [StaffRole.BEAUTICIAN], { code: 'BETTY', displayName: 'Betty' });
  molly = await aStaff(ds, tst, [StaffRole.BEAUTICIAN], { code: 'MOLLY', displayName: 'Molly' });
  cookie = await sessionCookieFor(apple);

  await ds.getRepository(BranchHours).save([0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ branchId: tst.id, weekday, opensAt: '09:00', closesAt: '22:00' })));
  await ds.getRepository(BranchClosedDay).save({ branchId: tst.id, date: '2031-07-05', reason: 'Typhoon' });
  await ds.getRepository(WorkSchedule).save([0, 1, 2, 3, 4, 5, 6].flatMap((weekday) => [
    { staffId: betty.id, branchId: tst.id, weekday, startTime: '10:00', endTime: '22:00' },
    { staffId: molly.id, branchId: tst.id, weekday, startTime: '09:00', endTime: '22:00' },
  ]));
  room1 = await ds.getRepository(Room).save({ branchId: tst.id, name: 'Room 1', type: 'facial' });
  await ds.getRepository(Room).save({ branchId: tst.id, name: 'Room 2', type: 'facial' });
  await ds.getRepository(Room).save({ branchId: tst.id, name: 'Room 20', type: 'body' });
  e01 = await ds.getRepository(Equipment).save({ branchId: tst.id, code: 'E01', name: 'Equipment 01', count: 1 });
  facialC = await ds.getRepository(Treatment).save({ code: 'T05', name: 'Facial C', series: 'Facial', durationMinutes: 90, bufferMinutes: 0, roomType: 'facial' });

  await anAppointment(tko, betty, '2031-07-01T10:00', '2031-07-01T11:30');
  await anAppointment(tst, molly, '2031-07-01T09:00', '2031-07-01T10:00', { roomId: room1.id });
  await anAppointment(tst, molly, '2031-07-01T10:00', '2031-07-01T12:00', { status: AppointmentStatus.CANCELLED });
});

afterAll(async () => {
  await db?.drop();
});

describe('suggestSlots', () => {
  it('suggests Facial C at TST earliest first, then by beautician code, in the lowest free room', async () => {
    const page = await slots({ branchId: String(tst.id), treatmentId: String(facialC.id), ...JULY, first: 4 });
    expect(brief(page.slots)).toEqual([
      `${iso('2031-07-01T10:00')} Molly Room 1`,
      `${iso('2031-07-01T10:30')} Molly Room 1`,
      `${iso('2031-07-01T11:00')} Molly Room 1`,
      `${iso('2031-07-01T11:30')} Betty Room 1`,
    ]);
    expect(page.slots[0].endsAt).toBe(iso('2031-07-01T11:30'));
    expect(page.hasMore).toBe(true);

    const more = await slots({ branchId: String(tst.id), treatmentId: String(facialC.id), ...JULY, first: 3, after: page.endCursor });
    expect(brief(more.slots)).toEqual([
      `${iso('2031-07-01T11:30')} Molly Room 1`,
      `${iso('2031-07-01T12:00')} Betty Room 1`,
      `${iso('2031-07-01T12:00')} Molly Room 1`,
    ]);
  });

  it('continues to the last slot of the range and then says there are no more', async () => {
    const page = await slots({ branchId: String(tst.id), treatmentId: String(facialC.id), fromDate: '2031-07-31', toDate: '2031-07-31', windowStart: '20:00', windowEnd: '22:00', first: 2 });
    expect(brief(page.slots)).toEqual([`${iso('2031-07-31T20:00')} Betty Room 1`, `${iso('2031-07-31T20:00')} Molly Room 1`]);
    expect(page.hasMore).toBe(true);
    const last = await slots({ branchId: String(tst.id), treatmentId: String(facialC.id), fromDate: '2031-07-31', toDate: '2031-07-31', windowStart: '20:00', windowEnd: '22:00', first: 5, after: page.endCursor });
    expect(brief(last.slots)).toEqual([`${iso('2031-07-31T20:30')} Betty Room 1`, `${iso('2031-07-31T20:30')} Molly Room 1`]);
    expect(last.hasMore).toBe(false);
  });

  it('uses the step from the appointment settings', async () => {
    await ds.getRepository(AppointmentSettings).update({ id: 1 }, { slotStepMinutes: 60 });
    try {
      const page = await slots({ branchId: String(tst.id), minutes: 60, beauticianId: String(molly.id), ...JULY, first: 3 });
      expect(page.slots.map((s) => s.startsAt)).toEqual([iso('2031-07-01T10:00'), iso('2031-07-01T11:00'), iso('2031-07-01T12:00')]);
      expect(page.slots.every((s) => s.room === null && s.equipment === null)).toBe(true);
    } finally {
      await ds.getRepository(AppointmentSettings).update({ id: 1 }, { slotStepMinutes: 30 });
    }
  });

  it('books equipment by units, skips closed days and keeps to the preferred weekdays', async () => {
    await anAppointment(tst, null, '2031-07-12T09:00', '2031-07-12T13:00', { equipmentId: e01.id });
    // Saturdays: 5 July is closed; on 12 July E01's only unit is busy until 13:00.
    const page = await slots({ branchId: String(tst.id), equipmentId: String(e01.id), minutes: 30, weekdays: [6], beauticianId: String(betty.id), ...JULY, first: 2 });
    expect(page.slots.map((s) => [s.startsAt, s.endsAt, s.equipment.code])).toEqual([
      [iso('2031-07-12T13:00'), iso('2031-07-12T13:30'), 'E01'],
      [iso('2031-07-12T13:30'), iso('2031-07-12T14:00'), 'E01'],
    ]);
  });

  it('suggests nothing in the past', async () => {
    const page = await slots({ branchId: String(tst.id), minutes: 30, fromDate: '2020-07-01', toDate: '2020-07-31' });
    expect(page).toEqual({ slots: [], hasMore: false, endCursor: null });
  });

  it('reads the frame once and appointments per window of days, whatever the number of slots and beauticians', async () => {
    const input = { branchId: String(tst.id), treatmentId: String(facialC.id), ...JULY };
    // The viewer and their roles' permissions, treatment, settings, branch, beauticians, 6 frame queries, 2 per window of days; field resolvers batched.
    const few = await countQueries(ds, () => slots({ ...input, first: 1 }));
    const many = await countQueries(ds, () => slots({ ...input, first: 50 }));
    expect(few).toBeLessThanOrEqual(17);
    expect(many).toBe(few);
    // Sundays only (6, 13 July): the windows 1–2, 3–5, 6–9 and 10–14 July are read to fill 50 slots.
    const sundays = await countQueries(ds, () => slots({ ...input, weekdays: [0], first: 50 }));
    expect(sundays).toBe(few + 6);
  });

  it('pages through windows of days exactly as one search over the loaded month', async () => {
    const now = new Date();
    const world = await loadSchedulingWorld(ds, tst.id, JULY.fromDate, JULY.toDate);
    const query = {
      requirement: { durationMinutes: 90, bufferMinutes: 0, equipmentCode: null, roomType: 'facial' },
      ...JULY, weekdays: [0, 3], beauticianId: null, stepMinutes: 30, limit: 100_000, after: null,
    };
    const whole = suggestSlots(query, world, now).slots.map((s) => `${s.startsAt.toISOString()} ${s.beauticianId} ${s.roomId}`);
    expect(whole.length).toBeGreaterThan(200);
    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const got = await searchSlots(ds, { branchId: tst.id, treatmentId: facialC.id, ...JULY, weekdays: [0, 3], first: 37, after }, now);
      paged.push(...got.slots.map((s) => `${s.startsAt.toISOString()} ${s.beauticianId} ${s.roomId}`));
      if (!got.hasMore) break;
      expect(got.slots).toHaveLength(37);
      after = got.endCursor;
    }
    expect(paged).toEqual(whole);
  });

  it('names the field of bad input', async () => {
    const base = { branchId: String(tst.id), treatmentId: String(facialC.id), ...JULY };
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ ...base, treatmentId: null }, 'treatmentId', 'BAD_USER_INPUT'],
      [{ ...base, minutes: 30 }, 'minutes', 'BAD_USER_INPUT'],
      [{ ...base, equipmentId: String(e01.id) }, 'equipmentId', 'BAD_USER_INPUT'],
      [{ ...base, treatmentId: null, minutes: 2 }, 'minutes', 'BAD_USER_INPUT'],
      [{ ...base, fromDate: '2031-02-30' }, 'fromDate', 'BAD_USER_INPUT'],
      [{ ...base, toDate: '2031-06-30' }, 'toDate', 'BAD_USER_INPUT'],
      [{ ...base, toDate: '2031-09-01' }, 'toDate', 'BAD_USER_INPUT'],
      [{ ...base, windowStart: '9am' }, 'windowStart', 'BAD_USER_INPUT'],
      [{ ...base, windowEnd: '09:00' }, 'windowEnd', 'BAD_USER_INPUT'],
      [{ ...base, weekdays: [7] }, 'weekdays', 'BAD_USER_INPUT'],
      [{ ...base, first: 51 }, 'first', 'BAD_USER_INPUT'],
      [{ ...base, after: 'nonsense' }, 'after', 'BAD_USER_INPUT'],
      [{ ...base, beauticianId: String(apple.id) }, 'beauticianId', 'BAD_USER_INPUT'],
      [{ ...base, branchId: '999999' }, '', 'NOT_FOUND'],
      [{ ...base, treatmentId: '999999' }, '', 'NOT_FOUND'],
    ];
    for (const [input, field, code] of cases) {
      const body = await suggest(input);
      expect({ input, code: body.errors?.[0]?.extensions?.code, field: body.errors?.[0]?.extensions?.field ?? '' }).toEqual({ input, code, field });
    }
    // The 62-day limit itself is fine.
    await expect(slots({ ...base, fromDate: '2031-07-01', toDate: '2031-08-31', first: 1 })).resolves.toMatchObject({ hasMore: true });
  });

  it('needs a signed-in staff member', async () => {
    const body = await suggest({ branchId: String(tst.id), minutes: 30, ...JULY }, false);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('loadSchedulingWorld', () => {
  it('holds the beauticians\' appointments at any branch and the branch\'s rooms and equipment, not cancelled ones', async () => {
    const world = await loadSchedulingWorld(ds, tst.id, '2031-07-01', '2031-07-01');
    expect(world.timeZone).toBe('Asia/Hong_Kong');
    expect(world.beauticianIds).toEqual([betty.id, molly.id]);
    expect(world.appointments.map((a) => [a.beauticianId, a.startsAt.toISOString(), a.blockedUntil.toISOString()]).sort()).toEqual([
      [betty.id, iso('2031-07-01T10:00'), iso('2031-07-01T11:30')],
      [molly.id, iso('2031-07-01T09:00'), iso('2031-07-01T10:00')],
    ].sort());
    expect(world.rooms.map((r) => r.id)).toEqual([...world.rooms.map((r) => r.id)].sort((a, b) => a - b));
    expect(world.equipment).toEqual([{ id: e01.id, code: 'E01', count: 1 }]);
    expect(world.closedDays.size).toBe(0);
    expect(world.hours.get(2)).toEqual({ opensAt: '09:00', closesAt: '22:00' });
  });
});
