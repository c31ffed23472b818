import { IsNull, type DataSource } from 'typeorm';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { print } from 'graphql';
import { BranchDayQuery, CALENDAR_PAGE_SIZE } from '../../components/appointments/calendar/calendar-documents';
import { Appointment, Branch, BranchHours, Member, Room, Staff, Treatment, WorkSchedule } from '../../entities';
import { AppointmentStatus, BLOCKING_STATUSES } from '../../entities/appointment.entity';
import { StaffRole } from '../../services/staff/staff-role';
import { executeAs } from '../../graphql/execute';
import type { Viewer } from '../../services/auth/viewer';
import { localDaySpan } from '../../services/appointments/branch-day.service';
import type { BenchCase } from './case';

const APPOINTMENTS = 300;
const BEAUTICIANS = 20;
/** A Monday far ahead, so the case never meets real bookings. */
const DATE = '2099-01-05';
const CODE = 'BENCHCAL';

type DayResult = { data?: { branchDay: { appointments: { edges: Array<{ node: { id: string } }> } } } | null; errors?: unknown };

/** The calendar page's query as Apollo Client sends it (with __typename). */
const DAY_QUERY = print(addTypenameToDocument(BranchDayQuery));

/**
 * The day calendar (預約 > 日曆) of a branch holding 300 appointments that day across 20
 * beauticians, read with the page's own query (every block's member, treatment, room and
 * beautician), against the plain SQL it stands for: the day's holding appointments joined to
 * their member (recycle bin), beautician, treatment and room, by start. The branch, its staff and
 * bookings are created for the case and removed afterwards.
 */
export async function calendarCases(ds: DataSource, manager: Viewer): Promise<BenchCase[]> {
  const q = (name: string) => ds.driver.escape(name);
  const members = await ds.getRepository(Member).find({ select: { id: true }, where: { deletedAt: IsNull() }, order: { id: 'ASC' }, take: APPOINTMENTS });
  if (members.length < APPOINTMENTS) throw new Error(`The calendar case needs ${APPOINTMENTS} members: run npm run db:seed first.`);

  const branch = await ds.getRepository(Branch).save({ code: CODE, name: 'Calendar benchmark', timeZone: 'Asia/Hong_Kong' });
  const cleanup = async () => {
    await ds.getRepository(Appointment).delete({ branchId: branch.id });
    await ds.getRepository(WorkSchedule).delete({ branchId: branch.id });
    await ds.getRepository(BranchHours).delete({ branchId: branch.id });
    await ds.getRepository(Room).delete({ branchId: branch.id });
    await ds.getRepository(Staff).delete({ branchId: branch.id });
    await ds.getRepository(Treatment).delete({ code: CODE });
    await ds.getRepository(Branch).delete({ id: branch.id });
  };
  try {
    await ds.getRepository(BranchHours).insert(Array.from({ length: 7 }, (_, weekday) => ({ branchId: branch.id, weekday, opensAt: '09:00', closesAt: '21:00' })));
    const staff = await ds.getRepository(Staff).save(
      Array.from({ length: BEAUTICIANS }, (_, i) => ({
        code: `${CODE}${String(i + 1).padStart(2, '0')}`,
        displayName: `Bench beautician ${i + 1}`,
        login: `${CODE.toLowerCase()}${i + 1}`,
        passwordHash: null,
        branchId: branch.id,
        roles: [StaffRole.BEAUTICIAN],
        active: true,
      })),
    );
    await ds.getRepository(WorkSchedule).insert(staff.map((s) => ({ staffId: s.id, branchId: branch.id, weekday: 1, startTime: '09:00', endTime: '21:00' })));
    const rooms = await ds.getRepository(Room).save(Array.from({ length: 10 }, (_, i) => ({ branchId: branch.id, name: `Room ${i + 1}`, type: 'facial' })));
    const treatment = await ds.getRepository(Treatment).save({ code: CODE, name: 'Bench facial', durationMinutes: 45, bufferMinutes: 0, priceCents: 0 });
    const { start } = localDaySpan(DATE, branch.timeZone);
    const opens = start.getTime() + 9 * 3600_000;
    // Fifteen 45-minute bookings per beautician, back to back from 09:00.
    await ds.getRepository(Appointment).insert(
      members.map((m, i) => {
        const startsAt = new Date(opens + Math.floor(i / BEAUTICIANS) * 45 * 60_000);
        const endsAt = new Date(startsAt.getTime() + 45 * 60_000);
        return {
          memberId: m.id,
          branchId: branch.id,
          beauticianId: staff[i % BEAUTICIANS].id,
          roomId: rooms[i % rooms.length].id,
          treatmentId: treatment.id,
          startsAt,
          endsAt,
          blockedUntil: endsAt,
          status: i % 7 === 0 ? AppointmentStatus.ARRIVED : AppointmentStatus.BOOKED,
          createdById: manager.staffId,
          updatedById: manager.staffId,
          version: 1,
        };
      }),
    );
  } catch (error) {
    await cleanup();
    throw error;
  }

  const span = localDaySpan(DATE, branch.timeZone);
  const statuses = [...BLOCKING_STATUSES];
  const sql =
    `SELECT a.${q('id')}, a.${q('version')}, a.${q('status')}, a.${q('startsAt')}, a.${q('endsAt')}, a.${q('note')},
       m.${q('id')} AS mid, m.${q('memberNo')}, m.${q('lastName')}, m.${q('firstName')},
       t.${q('name')} AS treatment, t.${q('code')} AS tcode, r.${q('name')} AS room, s.${q('id')} AS sid, s.${q('displayName')}
     FROM ${q('appointments')} a
     JOIN ${q('members')} m ON m.${q('id')} = a.${q('memberId')} AND m.${q('deletedAt')} IS NULL
     LEFT JOIN ${q('treatments')} t ON t.${q('id')} = a.${q('treatmentId')}
     LEFT JOIN ${q('rooms')} r ON r.${q('id')} = a.${q('roomId')}
     LEFT JOIN ${q('staff')} s ON s.${q('id')} = a.${q('beauticianId')}
     WHERE a.${q('branchId')} = :branchId AND a.${q('startsAt')} >= :start AND a.${q('startsAt')} < :end AND a.${q('status')} IN (:...statuses)
     ORDER BY a.${q('startsAt')}, a.${q('id')} LIMIT 501`;
  const [boundSql, params] = ds.driver.escapeQueryWithParameters(sql, { branchId: branch.id, start: span.start, end: span.end, statuses });
  const variables = { branchId: String(branch.id), date: DATE, first: CALENDAR_PAGE_SIZE };

  const check = (await executeAs(ds, manager, DAY_QUERY, variables)) as DayResult;
  if (check.errors || check.data?.branchDay.appointments.edges.length !== APPOINTMENTS) {
    await cleanup();
    throw new Error(`Day calendar case: expected ${APPOINTMENTS} appointments, got ${JSON.stringify(check.errors ?? check.data?.branchDay.appointments.edges.length)}`);
  }
  const plain = (await ds.query(boundSql, params)) as unknown[];
  if (plain.length !== APPOINTMENTS) {
    await cleanup();
    throw new Error(`Day calendar SQL: expected ${APPOINTMENTS} rows, got ${plain.length}`);
  }

  return [
    {
      name: `day calendar (日曆), ${APPOINTMENTS} appointments, ${BEAUTICIANS} beauticians`,
      graphql: async () => {
        const result = (await executeAs(ds, manager, DAY_QUERY, variables)) as DayResult;
        if (result.errors) throw new Error(JSON.stringify(result.errors));
      },
      sql: () => ds.query(boundSql, params),
      cleanup,
    },
  ];
}
