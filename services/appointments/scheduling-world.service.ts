import { Brackets, In, type DataSource, type EntityManager } from 'typeorm';
import {
  Appointment, Branch, BranchClosedDay, BranchHours, Equipment, Room, ScheduleException, Staff, WorkSchedule,
} from '../../entities';
import { BLOCKING_STATUSES } from '../../entities/appointment.entity';
import { ScheduleExceptionKind } from '../../entities/schedule-exception.entity';
import { Permission } from '../admin/permission';
import { holdsAny, roleKeysGranting } from '../admin/role-holders.service';
import { branchClosed, notFound } from '../errors/domain-error';
import type { SchedulingWorld } from './scheduling-types';
import { ZoneClock, wallMidnight } from './slot-suggester';

export { requirementFor } from './requirement.service';

type Db = DataSource | EntityManager;

const DAY = 86_400_000;

/** Dates and instants from the database: Date on MariaDB, a UTC "YYYY-MM-DD HH:MM:SS.SSS" string on SQLite. */
function dbInstant(value: Date | string): Date {
  if (value instanceof Date) return value;
  if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/.test(value)) return new Date(value);
  // Sliced by hand: tens of thousands of rows per search, and Date parsing of strings is slow.
  const ms = value.length >= 23 ? Number(value.slice(20, 23)) : 0;
  return new Date(Date.UTC(
    Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)),
    Number(value.slice(11, 13)), Number(value.slice(14, 16)), Number(value.slice(17, 19)), ms,
  ));
}

/** Beauticians (active, BEAUTICIAN role) of a branch: belonging to it, with a weekly schedule there, or an override there in the range. */
async function branchBeauticians(db: Db, branchId: number, fromDate: string, toDate: string, only?: number[]): Promise<Staff[]> {
  const qb = db.getRepository(Staff).createQueryBuilder('s').where('s.active = :active', { active: true });
  if (only) {
    if (only.length === 0) return [];
    qb.andWhere('s.id IN (:...only)', { only });
  } else {
    qb.andWhere(
      new Brackets((w) => {
        w.where('s.branchId = :branchId', { branchId })
          .orWhere('s.id IN (SELECT ws.staffId FROM work_schedules ws WHERE ws.branchId = :branchId)')
          .orWhere(
            's.id IN (SELECT se.staffId FROM schedule_exceptions se WHERE se.branchId = :branchId AND se.kind = :override AND se.date >= :fromDate AND se.date <= :toDate)',
            { override: ScheduleExceptionKind.OVERRIDE, fromDate, toDate },
          );
      }),
    );
  }
  const staff = await qb.orderBy('s.code', 'ASC').addOrderBy('s.id', 'ASC').getMany();
  const beauticianRoles = await roleKeysGranting(db, Permission.AppointmentsPerformTreatments);
  return staff.filter((s) => holdsAny(s.roles, beauticianRoles));
}

type RawAppointment = { id: number | string; beauticianId: number | string | null; roomId: number | string | null; equipmentId: number | string | null; startsAt: Date | string; blockedUntil: Date | string };

/** A branch's scheduling world without its appointments: what does not change from day to day. */
export type SchedulingFrame = Omit<SchedulingWorld, 'appointments'>;

/**
 * Opening hours, closed days, the beauticians (all of the branch's, or `beauticianIds`) with their
 * weekly patterns here and their date exceptions, and active rooms and equipment, for local days
 * [fromDate, toDate]. Seven queries whatever the size of the branch.
 */
export async function loadSchedulingFrame(
  db: Db,
  branchId: number,
  fromDate: string,
  toDate: string,
  beauticianIds?: number[],
  options: { refuseClosed?: boolean } = {},
): Promise<SchedulingFrame> {
  const branch = await db.getRepository(Branch).findOneBy({ id: branchId });
  if (!branch) throw notFound('branch');
  // For new work (slot suggestions): a closed branch is refused; its calendars still load for history.
  if (options.refuseClosed && branch.closedAt) throw branchClosed();
  const beauticians = await branchBeauticians(db, branchId, fromDate, toDate, beauticianIds);
  const staffIds = beauticians.map((s) => s.id);
  const [hours, closedDays, schedules, exceptions, rooms, equipment] = await Promise.all([
    db.getRepository(BranchHours).findBy({ branchId }),
    db.getRepository(BranchClosedDay)
      .createQueryBuilder('c')
      .where('c.branchId = :branchId AND c.date >= :fromDate AND c.date <= :toDate', { branchId, fromDate, toDate })
      .getMany(),
    staffIds.length ? db.getRepository(WorkSchedule).findBy({ branchId, staffId: In(staffIds) }) : Promise.resolve([]),
    staffIds.length
      ? db.getRepository(ScheduleException)
        .createQueryBuilder('x')
        .where('x.staffId IN (:...staffIds) AND x.date >= :fromDate AND x.date <= :toDate', { staffIds, fromDate, toDate })
        .getMany()
      : Promise.resolve([]),
    db.getRepository(Room).find({ where: { branchId, active: true }, order: { id: 'ASC' } }),
    db.getRepository(Equipment).find({ where: { branchId, active: true }, order: { id: 'ASC' } }),
  ]);
  return {
    timeZone: branch.timeZone,
    hours: new Map(hours.map((h) => [Number(h.weekday), { opensAt: h.opensAt, closesAt: h.closesAt }])),
    closedDays: new Set(closedDays.map((c) => c.date)),
    schedules: schedules.map((s) => ({ staffId: s.staffId, weekday: Number(s.weekday), startTime: s.startTime, endTime: s.endTime })),
    // An override at another branch takes the beautician away from here that day: an override without hours.
    exceptions: exceptions.map((x) => ({
      staffId: x.staffId,
      date: x.date,
      kind: x.kind === ScheduleExceptionKind.OVERRIDE ? ('override' as const) : ('leave' as const),
      startTime: x.kind === ScheduleExceptionKind.OVERRIDE && x.branchId !== branchId ? null : x.startTime,
      endTime: x.kind === ScheduleExceptionKind.OVERRIDE && x.branchId !== branchId ? null : x.endTime,
    })),
    rooms: rooms.map((r) => ({ id: r.id, type: r.type })),
    equipment: equipment.map((e) => ({ id: e.id, code: e.code, count: e.count })),
    beauticianIds: staffIds,
  };
}

/**
 * The appointments holding resources that a slot on local days [fromDate, toDate] can meet: the
 * branch's (its rooms and equipment, its beauticians), and the frame's beauticians' at other
 * branches. Cancelled and no-show appointments hold nothing. Two queries.
 */
export async function loadHoldingAppointments(db: Db, branchId: number, frame: SchedulingFrame, fromDate: string, toDate: string): Promise<SchedulingWorld['appointments']> {
  const clock = ZoneClock.forDays(frame.timeZone, fromDate, toDate);
  const rangeStart = new Date(clock.dayInstants(fromDate, 0, 24 * 60)[0]?.[0] ?? wallMidnight(fromDate));
  const lastDay = clock.dayInstants(toDate, 0, 24 * 60);
  // A slot's buffer may run past the last day's end; a day more covers any buffer.
  const rangeEnd = new Date((lastDay[lastDay.length - 1]?.[1] ?? wallMidnight(toDate) + DAY) + DAY);
  // Appointments last under a day: bounding the start on both sides lets the (…, startsAt) indexes serve the range.
  const earliestStart = new Date(rangeStart.getTime() - DAY);
  const staffIds = frame.beauticianIds;
  const columns = ['a.id AS id', 'a.beauticianId AS beauticianId', 'a.roomId AS roomId', 'a.equipmentId AS equipmentId', 'a.startsAt AS startsAt', 'a.blockedUntil AS blockedUntil'];
  const holding = () =>
    db
      .getRepository(Appointment)
      .createQueryBuilder('a')
      .select(columns)
      .where('a.startsAt < :rangeEnd AND a.startsAt >= :earliestStart AND a.blockedUntil > :rangeStart', { rangeEnd, earliestStart, rangeStart })
      .andWhere('a.status IN (:...statuses)', { statuses: [...BLOCKING_STATUSES] });
  const [atBranch, elsewhere] = await Promise.all([
    holding().andWhere('a.branchId = :branchId', { branchId }).getRawMany<RawAppointment>(),
    staffIds.length
      ? holding().andWhere('a.beauticianId IN (:...staffIds) AND a.branchId <> :branchId', { staffIds, branchId }).getRawMany<RawAppointment>()
      : Promise.resolve([]),
  ]);
  const num = (v: number | string | null) => (v == null ? null : Number(v));
  return [...atBranch, ...elsewhere].map((a) => ({
    id: Number(a.id),
    beauticianId: num(a.beauticianId),
    roomId: num(a.roomId),
    equipmentId: num(a.equipmentId),
    startsAt: dbInstant(a.startsAt),
    blockedUntil: dbInstant(a.blockedUntil),
  }));
}

/**
 * Everything that decides which slots are free at a branch over local days [fromDate, toDate]:
 * the frame (loadSchedulingFrame) and the holding appointments (loadHoldingAppointments). Nine
 * queries whatever the size of the branch. `db` may be a transaction's manager.
 */
export async function loadSchedulingWorld(
  db: Db,
  branchId: number,
  fromDate: string,
  toDate: string,
  beauticianIds?: number[],
): Promise<SchedulingWorld> {
  const frame = await loadSchedulingFrame(db, branchId, fromDate, toDate, beauticianIds);
  return { ...frame, appointments: await loadHoldingAppointments(db, branchId, frame, fromDate, toDate) };
}
