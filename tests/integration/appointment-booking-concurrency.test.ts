/**
 * Never double-booked: 20 staff booking at once through the real GraphQL route, on SQLite and
 * (with TEST_DATABASE_URL) MariaDB with a connection pool, so the transactions truly overlap.
 * Whatever competes — the same beautician, the one room, the one equipment unit — exactly one
 * booking succeeds, the other 19 get CONFLICT on `startsAt`, and one row is stored.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { Appointment, type Branch, type Member, type MemberGroup, type Staff } from '../../entities';
import { AppointmentStatus } from '../../entities/appointment.entity';
import { StaffRole } from '../../services/staff/staff-role';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import {
  aRoom, aTreatment, anEquipment, BOOK, call, hkAt, openEveryDay, worksEveryDay, type Result,
} from './appointment-booking.fixtures';

let db: TestDatabase;
let ds: DataSource;
let branch: Branch;
let group: MemberGroup;
let desk: Staff[]; // the 20 people booking
let beauticians: Staff[];
let members: Member[];

const N = 20;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  branch = await aBranch(ds, { code: 'TST', name: 'TST', timeZone: 'Asia/Hong_Kong' });
  await openEveryDay(ds, branch);
  group = await aMemberGroup(ds);
  desk = [];
  beauticians = [];
  members = [];
  for (let i = 0; i < N; i++) {
    desk.push(await aStaff(ds, branch, [StaffRole.SALESPERSON]));
    const beautician = await aStaff(ds, branch, [StaffRole.BEAUTICIAN]);
    await worksEveryDay(ds, beautician, branch);
    beauticians.push(beautician);
    members.push(await aMember(ds, branch, group));
  }
});

afterAll(async () => {
  await db.drop();
});

/** Fires every booking at once (each by a different staff member for a different member). */
async function race(inputs: Array<Record<string, unknown>>): Promise<Result[]> {
  return Promise.all(inputs.map((input, i) => call(desk[i], BOOK, { input: { memberId: String(members[i].id), branchId: String(branch.id), ...input } })));
}

function expectOneWinner(results: Result[], reasonText: RegExp): string {
  const winners = results.filter((r) => !r.errors && r.data?.bookAppointment);
  const losers = results.filter((r) => r.errors);
  expect(winners).toHaveLength(1);
  expect(losers).toHaveLength(N - 1);
  for (const loser of losers) {
    expect(loser.errors).toHaveLength(1);
    expect(loser.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'startsAt' });
    expect(loser.errors![0].message).toMatch(reasonText);
  }
  return winners[0].data!.bookAppointment.id as string;
}

async function storedOn(day: number): Promise<Appointment[]> {
  return ds
    .getRepository(Appointment)
    .createQueryBuilder('a')
    .where('a.startsAt >= :from AND a.startsAt < :to', { from: hkAt(day, 0), to: hkAt(day + 1, 0) })
    .andWhere('a.status = :status', { status: AppointmentStatus.BOOKED })
    .getMany();
}

it('runs MariaDB with a pool wider than one connection, so the bookings really overlap', () => {
  if (ds.options.type === 'better-sqlite3') return;
  expect((ds.options as { poolSize?: number }).poolSize).toBeGreaterThan(1);
});

it('books the same beautician at overlapping times exactly once', async () => {
  const day = 3;
  const target = beauticians[0];
  // 90 minutes from 10:00, 10:15, 10:30 or 10:45: every pair overlaps.
  const results = await race(
    Array.from({ length: N }, (_, i) => ({ beauticianId: String(target.id), minutes: 90, startsAt: hkAt(day, 10, (i % 4) * 15).toISOString() })),
  );
  const id = expectOneWinner(results, new RegExp(`${target.displayName} is already booked`));
  const stored = await storedOn(day);
  expect(stored.map((a) => String(a.id))).toEqual([id]);
  expect(stored[0].beauticianId).toBe(target.id);
});

it('books the branch\'s only room of the type exactly once, whoever the beautician', async () => {
  const day = 4;
  const room = await aRoom(ds, branch, 'Room 20', 'laser');
  const treatment = await aTreatment(ds, { code: 'L01', roomType: 'laser', durationMinutes: 60, bufferMinutes: 15 });
  const results = await race(
    beauticians.map((b, i) => ({ beauticianId: String(b.id), treatmentId: String(treatment.id), startsAt: hkAt(day, 14, (i % 3) * 20).toISOString() })),
  );
  expectOneWinner(results, /room Room 20 is already booked/);
  const stored = await storedOn(day);
  expect(stored).toHaveLength(1);
  expect(stored[0].roomId).toBe(room.id);
});

it('books the branch\'s single equipment unit exactly once, whoever the beautician', async () => {
  const day = 5;
  const unit = await anEquipment(ds, branch, 'E01', 1);
  const treatment = await aTreatment(ds, { code: 'T05', equipmentCode: 'E01', durationMinutes: 90 });
  const results = await race(
    beauticians.map((b, i) => ({ beauticianId: String(b.id), treatmentId: String(treatment.id), startsAt: hkAt(day, 16, (i % 2) * 30).toISOString() })),
  );
  expectOneWinner(results, /equipment Equipment E01 \(E01\) is fully booked/);
  const stored = await storedOn(day);
  expect(stored).toHaveLength(1);
  expect(stored[0].equipmentId).toBe(unit.id);
});

it('books every one of 20 non-competing requests at once (the locks serialise, they do not refuse)', async () => {
  const day = 6;
  const results = await race(beauticians.map((b) => ({ beauticianId: String(b.id), minutes: 60, startsAt: hkAt(day, 11).toISOString() })));
  expect(results.filter((r) => r.errors)).toEqual([]);
  expect(await storedOn(day)).toHaveLength(N);
});
