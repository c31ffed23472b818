/**
 * The day calendar (`branchDay`) through the real GraphQL route, on SQLite and (with
 * TEST_DATABASE_URL) MariaDB: opening hours and closed days, which beauticians are columns
 * (weekly schedule, overrides, leave, anyone holding an appointment), the day's appointments in
 * the branch's time zone and the viewer's scope, paging, and a constant number of queries.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import {
  Appointment, BranchClosedDay, BranchHours, ScheduleException, WorkSchedule,
  type Branch, type Member, type MemberGroup, type Staff,
} from '../../entities';
import { AppointmentStatus } from '../../entities/appointment.entity';
import { ScheduleExceptionKind } from '../../entities/schedule-exception.entity';
import { StaffRole } from '../../services/staff/staff-role';
import * as calendarDocuments from '../../components/appointments/calendar/calendar-documents';
import { workingStaffIds } from '../../services/appointments/branch-day.service';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { pageOperations } from '../helpers/page-documents';
import { countQueries } from '../helpers/query-counter';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let tst: Branch;
let group: MemberGroup;
let manager: Staff;
let apple: Staff; // TKO salesperson
let holly: Staff; // TST salesperson
let betty: Staff; // works TKO Mondays
let molly: Staff; // works TKO Mondays, but on 2031-05-05 overridden to TST
let yuki: Staff; // works TST Mondays, overridden to TKO on 2031-05-05
let anna: Staff; // works TKO Mondays, whole-day leave on 2031-05-05
let cora: Staff; // works TKO Mondays, leave for the afternoon only
let dora: Staff; // not scheduled, but holds an appointment at TKO that day
let tkoMember: Member;
let tstMember: Member;
const cookies = new Map<number, string>();

type Result = { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, any> }> };

async function call(staff: Staff, query: string, variables: Record<string, unknown> = {}): Promise<Result> {
  if (!cookies.has(staff.id)) cookies.set(staff.id, await sessionCookieFor(staff));
  return (await gql(query, variables, { cookie: cookies.get(staff.id), locale: 'en' })).body;
}

async function ok(staff: Staff, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const body = await call(staff, query, variables);
  if (body.errors?.length) throw new Error(body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; '));
  return body.data!;
}

const DAY = `query ($branchId: ID!, $date: LocalDate!, $first: Int, $after: String) {
  branchDay(branchId: $branchId, date: $date) {
    date timeZone opensAt closesAt closed beauticians { id displayName }
    appointments(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id startsAt endsAt status version beautician { id } member { memberNo displayName } treatment { name } room { name } }
    }
  }
}`;

const hk = (local: string) => new Date(`${local}:00+08:00`);

async function anAppointment(member: Member, beautician: Staff | null, startsAt: Date, extra: Partial<Appointment> = {}): Promise<Appointment> {
  const endsAt = new Date(startsAt.getTime() + 60 * 60_000);
  return ds.getRepository(Appointment).save({
    memberId: member.id, branchId: tko.id, beauticianId: beautician?.id ?? null, startsAt, endsAt, blockedUntil: endsAt,
    status: AppointmentStatus.BOOKED, createdById: manager.id, updatedById: manager.id, ...extra,
  });
}

const ids = (nodes: Array<{ id: string }>) => nodes.map((n) => Number(n.id));

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO', name: 'TKO' });
  tst = await aBranch(ds, { code: 'TST', name: 'TST' });
  group = await aMemberGroup(ds);
  manager = await aStaff(ds, tko, [StaffRole.MANAGER]);
  apple = await aStaff(ds, tko, [StaffRole.SALESPERSON]);
  holly = await aStaff(ds, tst, [StaffRole.SALESPERSON]);
  const beautician = (code: string, name: string, branch = tko) => aStaff(ds, branch, [StaffRole.BEAUTICIAN], { code, displayName: name });
  anna = await beautician('BA1', 'Anna');
  betty = await beautician('BB1', 'Betty');
  cora = await beautician('BC1', 'Cora');
  dora = await beautician('BD1', 'Dora');
  molly = await beautician('BM1', 'Molly');
  yuki = await beautician('BY1', 'Yuki', tst);
  // 2031-05-05 is a Monday (weekday 1).
  await ds.getRepository(BranchHours).save([
    { branchId: tko.id, weekday: 1, opensAt: '10:00', closesAt: '21:00' },
    { branchId: tko.id, weekday: 2, opensAt: '10:00', closesAt: '21:00' },
  ]);
  await ds.getRepository(BranchClosedDay).save({ branchId: tko.id, date: '2031-05-06', reason: 'Holiday' });
  await ds.getRepository(WorkSchedule).save([
    ...[anna, betty, cora, molly].map((s) => ({ staffId: s.id, branchId: tko.id, weekday: 1, startTime: '10:00', endTime: '19:00' })),
    { staffId: yuki.id, branchId: tst.id, weekday: 1, startTime: '10:00', endTime: '19:00' },
  ]);
  await ds.getRepository(ScheduleException).save([
    { staffId: molly.id, branchId: tst.id, date: '2031-05-05', kind: ScheduleExceptionKind.OVERRIDE, startTime: '10:00', endTime: '19:00' },
    { staffId: yuki.id, branchId: tko.id, date: '2031-05-05', kind: ScheduleExceptionKind.OVERRIDE, startTime: '12:00', endTime: '20:00' },
    { staffId: anna.id, branchId: tko.id, date: '2031-05-05', kind: ScheduleExceptionKind.LEAVE, startTime: null, endTime: null },
    { staffId: cora.id, branchId: tko.id, date: '2031-05-05', kind: ScheduleExceptionKind.LEAVE, startTime: '14:00', endTime: '19:00' },
  ]);
  tkoMember = await aMember(ds, tko, group, { lastName: '陳', firstName: '大文' });
  tstMember = await aMember(ds, tst, group);
});

afterAll(async () => {
  await db.drop();
});

describe('branchDay', () => {
  let day: Record<string, Appointment>;

  beforeAll(async () => {
    day = {
      first: await anAppointment(tkoMember, betty, hk('2031-05-05T10:00')),
      dora: await anAppointment(tkoMember, dora, hk('2031-05-05T11:00')),
      tsts: await anAppointment(tstMember, betty, hk('2031-05-05T12:00')),
      arrived: await anAppointment(tkoMember, yuki, hk('2031-05-05T13:00'), { status: AppointmentStatus.ARRIVED }),
      unassigned: await anAppointment(tkoMember, null, hk('2031-05-05T14:00')),
      completed: await anAppointment(tkoMember, betty, hk('2031-05-05T15:00'), { status: AppointmentStatus.COMPLETED }),
      cancelled: await anAppointment(tkoMember, betty, hk('2031-05-05T16:00'), { status: AppointmentStatus.CANCELLED }),
      noShow: await anAppointment(tkoMember, anna, hk('2031-05-05T16:00'), { status: AppointmentStatus.NO_SHOW }),
      lastMinute: await anAppointment(tkoMember, betty, hk('2031-05-05T23:59')),
      nextDay: await anAppointment(tkoMember, betty, hk('2031-05-06T00:00')),
    };
  });

  it('gives the hours, the working beauticians by code, and the day\'s holding appointments by start', async () => {
    const result = (await ok(manager, DAY, { branchId: String(tko.id), date: '2031-05-05' })).branchDay;
    expect(result).toMatchObject({ date: '2031-05-05', timeZone: 'Asia/Hong_Kong', opensAt: '10:00', closesAt: '21:00', closed: false });
    // Anna is on leave, Molly works at TST that day; Yuki comes from TST; Dora holds an appointment.
    expect(result.beauticians.map((s: { displayName: string }) => s.displayName)).toEqual(['Betty', 'Cora', 'Dora', 'Yuki']);
    expect(ids(result.appointments.nodes)).toEqual([
      day.first.id, day.dora.id, day.tsts.id, day.arrived.id, day.unassigned.id, day.completed.id, day.lastMinute.id,
    ]);
    expect(result.appointments.totalCount).toBe(7);
    expect(result.appointments.nodes[0]).toMatchObject({
      startsAt: hk('2031-05-05T10:00').toISOString(),
      endsAt: hk('2031-05-05T11:00').toISOString(),
      status: 'BOOKED',
      beautician: { id: String(betty.id) },
      member: { displayName: '陳大文' },
    });
  });

  it('shows only appointments of members the viewer may see', async () => {
    const result = (await ok(apple, DAY, { branchId: String(tko.id), date: '2031-05-05' })).branchDay;
    expect(ids(result.appointments.nodes)).not.toContain(day.tsts.id);
    expect(result.appointments.totalCount).toBe(6);
    const tstView = (await ok(holly, DAY, { branchId: String(tko.id), date: '2031-05-05' })).branchDay;
    expect(ids(tstView.appointments.nodes)).toEqual([day.tsts.id]);
  });

  it('is closed on a closed day and on a weekday without hours', async () => {
    const holiday = (await ok(manager, DAY, { branchId: String(tko.id), date: '2031-05-06' })).branchDay;
    expect(holiday).toMatchObject({ closed: true, opensAt: '10:00', closesAt: '21:00' });
    expect(ids(holiday.appointments.nodes)).toEqual([day.nextDay.id]);
    const sunday = (await ok(manager, DAY, { branchId: String(tko.id), date: '2031-05-04' })).branchDay;
    expect(sunday).toMatchObject({ closed: true, opensAt: null, closesAt: null, beauticians: [] });
  });

  it('pages up to 500 appointments and refuses more', async () => {
    const one = (await ok(manager, DAY, { branchId: String(tko.id), date: '2031-05-05', first: 4 })).branchDay.appointments;
    const two = (await ok(manager, DAY, { branchId: String(tko.id), date: '2031-05-05', first: 4, after: one.pageInfo.endCursor })).branchDay.appointments;
    expect(one.pageInfo.hasNextPage).toBe(true);
    expect(two.pageInfo.hasNextPage).toBe(false);
    expect([...ids(one.nodes), ...ids(two.nodes)]).toHaveLength(7);
    const tooMany = await call(manager, DAY, { branchId: String(tko.id), date: '2031-05-05', first: 501 });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('answers the calendar page\'s own documents as Apollo sends them', async () => {
    const operations = pageOperations(calendarDocuments);
    const body = await call(apple, operations.get('BranchDay')!, { branchId: String(tko.id), date: '2031-05-05', first: calendarDocuments.CALENDAR_PAGE_SIZE });
    expect(body.errors).toBeUndefined();
    expect(body.data!.branchDay.appointments.edges).toHaveLength(6);
    expect(body.data!.branchDay.appointments.edges[0].node).toMatchObject({ __typename: 'Appointment', member: { __typename: 'Member' } });
    const block = await anAppointment(tkoMember, cora, hk('2031-05-05T17:00'));
    const moved = await call(manager, operations.get('MoveAppointment')!, {
      id: String(block.id), input: { startsAt: hk('2031-05-05T18:00').toISOString(), beauticianId: String(yuki.id), version: block.version },
    });
    expect(moved.data!.updateAppointment).toMatchObject({ id: String(block.id), version: block.version + 1, startsAt: hk('2031-05-05T18:00').toISOString(), beautician: { id: String(yuki.id) } });
    await ds.getRepository(Appointment).delete({ id: block.id });
    const found = await call(apple, operations.get('CalendarBookingMembers')!, { term: tkoMember.memberNo, first: 8 });
    expect(found.data!.quickLookup.nodes.map((n: { id: string }) => n.id)).toContain(String(tkoMember.id));
    expect((await call(apple, operations.get('CalendarBookingTreatments')!)).errors).toBeUndefined();
  });

  it('shows a block where updateAppointment moved it, and keeps it in place when the move conflicts', async () => {
    const MOVE = 'mutation ($id: ID!, $input: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $input) { id version } }';
    const block = await anAppointment(tkoMember, cora, hk('2031-05-05T17:00'));
    const moved = await call(manager, MOVE, { id: String(block.id), input: { startsAt: hk('2031-05-05T18:00').toISOString(), beauticianId: String(yuki.id), version: block.version } });
    expect(moved.errors).toBeUndefined();
    const refused = await call(manager, MOVE, {
      id: String(block.id),
      input: { startsAt: hk('2031-05-05T13:00').toISOString(), beauticianId: String(yuki.id), version: moved.data!.updateAppointment.version },
    });
    expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
    const result = (await ok(manager, DAY, { branchId: String(tko.id), date: '2031-05-05' })).branchDay;
    const node = result.appointments.nodes.find((n: { id: string }) => n.id === String(block.id));
    expect(node).toMatchObject({ startsAt: hk('2031-05-05T18:00').toISOString(), beautician: { id: String(yuki.id) } });
    await ds.getRepository(Appointment).delete({ id: block.id });
  });

  it('refuses a bad date and an unknown branch', async () => {
    expect((await call(manager, DAY, { branchId: String(tko.id), date: '2031-13-01' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
    expect((await call(manager, DAY, { branchId: '999999', date: '2031-05-05' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('reads the day in a constant number of queries however many appointments it holds', async () => {
    const branch = await aBranch(ds, { code: 'QC', name: 'Query count' });
    const count = () => countQueries(ds, () => ok(manager, DAY, { branchId: String(branch.id), date: '2031-07-07' }));
    const book = async (i: number) => {
      const member = await aMember(ds, tko, group);
      await anAppointment(member, [betty, cora, dora][i % 3], hk(`2031-07-07T${String(8 + (i % 12)).padStart(2, '0')}:00`), { branchId: branch.id });
    };
    for (let i = 0; i < 2; i++) await book(i);
    const few = await count();
    for (let i = 2; i < 15; i++) await book(i);
    expect(await count()).toBe(few);
  });
});

describe('workingStaffIds', () => {
  const base = { branchId: 1, date: '2031-05-05', weekday: 1 };
  const weekly = (staffId: number, branchId = 1, weekday = 1) => ({ staffId, branchId, weekday });
  const exception = (staffId: number, kind: ScheduleExceptionKind, branchId = 1, startTime: string | null = null) => ({ staffId, branchId, date: '2031-05-05', kind, startTime });

  it('follows the weekly pattern at the branch on that weekday', () => {
    expect([...workingStaffIds({ ...base, schedules: [weekly(1), weekly(2, 2), weekly(3, 1, 2)], exceptions: [] })]).toEqual([1]);
  });

  it('lets an override decide alone and whole-day leave win', () => {
    const set = workingStaffIds({
      ...base,
      schedules: [weekly(1), weekly(2), weekly(3), weekly(4)],
      exceptions: [
        exception(1, ScheduleExceptionKind.OVERRIDE, 2),
        exception(5, ScheduleExceptionKind.OVERRIDE, 1, '12:00'),
        exception(2, ScheduleExceptionKind.LEAVE),
        exception(3, ScheduleExceptionKind.LEAVE, 1, '14:00'),
        exception(6, ScheduleExceptionKind.OVERRIDE, 1, '09:00'),
        exception(6, ScheduleExceptionKind.LEAVE),
      ],
    });
    expect([...set].sort()).toEqual([3, 4, 5]);
  });
});
