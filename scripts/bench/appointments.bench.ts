import { IsNull, In, Not, type DataSource } from 'typeorm';
import {
  Appointment, Branch, BranchHours, Equipment, Member, Room, Staff, Treatment, WorkSchedule,
} from '../../entities';
import { AppointmentStatus } from '../../entities/appointment.entity';
import { StaffRole } from '../../services/staff/staff-role';
import { executeAs } from '../../graphql/execute';
import type { Viewer } from '../../services/auth/viewer';
import type { SchedulingWorld, SuggestQuery } from '../../services/appointments/scheduling-types';
import { loadSchedulingWorld } from '../../services/appointments/scheduling-world.service';
import { suggestSlots } from '../../services/appointments/slot-suggester';
import { busyMonth } from '../../services/seed/bulk-appointments';
import { createRng } from '../../services/seed/prng';
import { oracleAllSlots } from '../../tests/unit/slot-oracle';
import type { BenchCase } from './case';

const BEAUTICIANS = 30;
const ROOMS = 20;
const EQUIPMENT = 10;
const APPOINTMENTS = 20_000;
const CODE = 'BENCHSLOT';
/**
 * A month far ahead, so the case never meets real bookings, in a zone with summer time: March
 * 2099 in London changes clocks on the 29th, so the month's local hours cross a DST change.
 */
const TIME_ZONE = 'Europe/London';
const FROM = '2099-03-01';
const TO = '2099-03-31';
/** "Now" for the pure computations: before the month, so nothing is in the past. */
const NOW = new Date('2099-02-01T00:00:00Z');

const SUGGEST = `query ($input: SlotSuggestionInput!) {
  suggestSlots(input: $input) {
    hasMore endCursor
    slots { startsAt endsAt beautician { id code displayName } room { id name } equipment { id code name } }
  }
}`;

type SuggestResult = { data?: { suggestSlots: { slots: Array<{ startsAt: string }> } } | null; errors?: unknown };

/** A pure computation timed against the brute-force oracle on the same world. */
export type OracleComparison = {
  name: string;
  product: () => unknown;
  oracle: () => unknown;
  oracleRuns: number;
};

export type AppointmentBench = { cases: BenchCase[]; comparisons: OracleComparison[] };

/**
 * Slot suggestions (新增預約 > 完成) for a month at a branch with 30 beauticians, 20 rooms, 10
 * pieces of equipment and 20,000 appointments that month (services/seed/bulk-appointments.ts:
 * every beautician booked nearly back to back), searching for a 60-minute treatment with a
 * 15-minute buffer that needs a facial room and a unit of E01 — the hardest kind of search.
 *
 * - Through GraphQL, the booking dialog's query (first page of 10, with beautician, room and
 *   equipment), against the plain SQL that reads the month's holding appointments of the branch.
 * - The pure suggester on the loaded world against the brute-force oracle of the unit tests
 *   (tests/unit/slot-oracle.ts), for the first page and for every free slot of the month.
 *
 * The branch, its staff, resources and bookings are created for the case and removed afterwards.
 */
export async function appointmentCases(ds: DataSource, manager: Viewer): Promise<AppointmentBench> {
  const q = (name: string) => ds.driver.escape(name);
  const members = await ds.getRepository(Member).find({ select: { id: true }, where: { deletedAt: IsNull() }, order: { id: 'ASC' }, take: 500 });
  if (members.length === 0) throw new Error('The slot-suggestion case needs members: run npm run db:seed first.');

  await removeLeftovers(ds);
  const branch = await ds.getRepository(Branch).save({ code: CODE, name: 'Slot benchmark', timeZone: TIME_ZONE });
  const cleanup = () => removeLeftovers(ds);
  let treatment: Treatment;
  let e01: Equipment;
  let world: SchedulingWorld;
  try {
    await ds.getRepository(BranchHours).insert(Array.from({ length: 7 }, (_, weekday) => ({ branchId: branch.id, weekday, opensAt: '09:00', closesAt: '22:00' })));
    const staff = await ds.getRepository(Staff).save(
      Array.from({ length: BEAUTICIANS }, (_, i) => ({
        code: `${CODE}${String(i + 1).padStart(2, '0')}`,
        displayName: `Slot beautician ${i + 1}`,
        login: `${CODE.toLowerCase()}${i + 1}`,
        passwordHash: null,
        branchId: branch.id,
        roles: [StaffRole.BEAUTICIAN],
        active: true,
      })),
    );
    await ds.getRepository(WorkSchedule).insert(
      staff.flatMap((s) => Array.from({ length: 7 }, (_, weekday) => ({ staffId: s.id, branchId: branch.id, weekday, startTime: '09:00', endTime: '22:00' }))),
    );
    const rooms = await ds.getRepository(Room).save(
      Array.from({ length: ROOMS }, (_, i) => ({ branchId: branch.id, name: `Room ${i + 1}`, type: i < 14 ? 'facial' : 'body' })),
    );
    const equipment = await ds.getRepository(Equipment).save(
      Array.from({ length: EQUIPMENT }, (_, i) => ({ branchId: branch.id, code: `E${String(i + 1).padStart(2, '0')}`, name: `Equipment ${i + 1}`, count: 1 + (i % 3) })),
    );
    e01 = equipment[0];
    treatment = await ds.getRepository(Treatment).save({
      code: CODE, name: 'Bench facial with E01', series: 'Bench', durationMinutes: 60, bufferMinutes: 15, priceCents: 0, equipmentCode: e01.code, roomType: 'facial',
    });
    const rows = busyMonth({
      rng: createRng(CODE),
      timeZone: TIME_ZONE,
      fromDate: FROM,
      toDate: TO,
      opensAt: '09:00',
      closesAt: '22:00',
      beauticianIds: staff.map((s) => s.id),
      rooms: rooms.map((r) => ({ id: r.id, type: r.type })),
      equipment: equipment.map((e) => ({ id: e.id, count: e.count })),
      total: APPOINTMENTS,
    });
    const records = rows.map((r, i) => ({
      ...r,
      memberId: members[i % members.length].id,
      branchId: branch.id,
      treatmentId: null,
      // A few cancelled bookings, which hold nothing.
      status: i % 50 === 0 ? AppointmentStatus.CANCELLED : AppointmentStatus.BOOKED,
      createdById: manager.staffId,
      updatedById: manager.staffId,
      version: 1,
    }));
    // No read-back of generated columns: TypeORM would re-select each chunk by a long OR of ids.
    for (let i = 0; i < records.length; i += 500) {
      await ds.createQueryBuilder().insert().into(Appointment).values(records.slice(i, i + 500)).updateEntity(false).execute();
    }
    const stored = await ds.getRepository(Appointment).countBy({ branchId: branch.id });
    if (stored !== APPOINTMENTS) throw new Error(`Slot case: generated ${stored} appointments, wanted ${APPOINTMENTS}`);
    world = await loadSchedulingWorld(ds, branch.id, FROM, TO);
  } catch (error) {
    await cleanup();
    throw error;
  }

  const input = { branchId: String(branch.id), treatmentId: String(treatment.id), fromDate: FROM, toDate: TO, windowStart: '09:00', windowEnd: '22:00', first: 10 };
  const check = (await executeAs(ds, manager, SUGGEST, { input })) as SuggestResult;
  if (check.errors || check.data?.suggestSlots.slots.length !== 10) {
    await cleanup();
    throw new Error(`Slot case: expected 10 suggestions, got ${JSON.stringify(check.errors ?? check.data?.suggestSlots.slots.length)}`);
  }

  // Plain SQL: the month's holding appointments of the branch — the rows any suggestion must read.
  const sql =
    `SELECT a.${q('id')}, a.${q('beauticianId')}, a.${q('roomId')}, a.${q('equipmentId')}, a.${q('startsAt')}, a.${q('blockedUntil')}
     FROM ${q('appointments')} a
     WHERE a.${q('branchId')} = :branchId AND a.${q('startsAt')} >= :start AND a.${q('startsAt')} < :end AND a.${q('status')} IN (:...statuses)`;
  const [boundSql, params] = ds.driver.escapeQueryWithParameters(
    sql,
    { branchId: branch.id, start: new Date('2099-02-28T00:00:00Z'), end: new Date('2099-04-02T00:00:00Z'), statuses: [AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED, AppointmentStatus.COMPLETED] },
  );

  const query: SuggestQuery = {
    requirement: { durationMinutes: 60, bufferMinutes: 15, equipmentCode: e01.code, roomType: 'facial' },
    fromDate: FROM,
    toDate: TO,
    windowStart: '09:00',
    windowEnd: '22:00',
    weekdays: [],
    beauticianId: null,
    stepMinutes: 30,
    limit: 10,
    after: null,
  };
  const everything = { ...query, limit: Number.MAX_SAFE_INTEGER };
  // The oracle must agree before its time means anything.
  const fast = suggestSlots(everything, world, NOW).slots;
  const slow = oracleAllSlots(everything, world, NOW);
  if (JSON.stringify(fast) !== JSON.stringify(slow)) {
    await cleanup();
    throw new Error(`Slot case: suggester (${fast.length} slots) and oracle (${slow.length}) disagree`);
  }
  const size = `${BEAUTICIANS} beauticians, ${ROOMS} rooms, ${EQUIPMENT} equipment, ${APPOINTMENTS.toLocaleString('en')} appointments`;

  return {
    cases: [
      {
        name: `slot suggestions (新增預約), 31 days, ${size}: first 10`,
        graphql: async () => {
          const result = (await executeAs(ds, manager, SUGGEST, { input })) as SuggestResult;
          if (result.errors) throw new Error(JSON.stringify(result.errors));
        },
        sql: () => ds.query(boundSql, params),
        cleanup,
      },
    ],
    comparisons: [
      {
        name: `slot suggester (pure) vs brute-force oracle, first 10 of the month (${size})`,
        product: () => suggestSlots(query, { ...world }, NOW),
        oracle: () => oracleAllSlots(query, world, NOW, query.limit + 1),
        oracleRuns: 5,
      },
      {
        name: `slot suggester (pure) vs brute-force oracle, all ${fast.length.toLocaleString('en')} free slots of the month`,
        product: () => suggestSlots(everything, { ...world }, NOW),
        oracle: () => oracleAllSlots(everything, world, NOW),
        oracleRuns: 1,
      },
    ],
  };
}

/** Removes the case's branch with everything on it (also what an interrupted run left). */
async function removeLeftovers(ds: DataSource): Promise<void> {
  const branch = await ds.getRepository(Branch).findOneBy({ code: CODE });
  if (branch) {
    const staff = await ds.getRepository(Staff).findBy({ branchId: branch.id });
    await ds.getRepository(Appointment).delete({ branchId: branch.id });
    if (staff.length) await ds.getRepository(Appointment).delete({ beauticianId: In(staff.map((s) => s.id)), branchId: Not(branch.id) });
    await ds.getRepository(WorkSchedule).delete({ branchId: branch.id });
    await ds.getRepository(BranchHours).delete({ branchId: branch.id });
    await ds.getRepository(Room).delete({ branchId: branch.id });
    await ds.getRepository(Equipment).delete({ branchId: branch.id });
    await ds.getRepository(Staff).delete({ branchId: branch.id });
    await ds.getRepository(Branch).delete({ id: branch.id });
  }
  await ds.getRepository(Treatment).delete({ code: CODE });
}
