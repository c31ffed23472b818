/**
 * One branch's day (日曆): its opening hours, the beauticians working there that day and its
 * appointments, as the day calendar shows them. Days are the branch's local days; instants are
 * UTC. Which beauticians work follows the same rules as the slot suggester: a date override
 * replaces the weekly pattern (and places the beautician at the override's branch), whole-day
 * leave removes them.
 */
import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  Appointment, Branch, BranchClosedDay, BranchHours, ScheduleException, Staff, WorkSchedule,
} from '../../entities';
import { BLOCKING_STATUSES } from '../../entities/appointment.entity';
import { ScheduleExceptionKind } from '../../entities/schedule-exception.entity';
import type { Viewer } from '../auth/viewer';
import { invalidField, notFound } from '../errors/domain-error';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import { appointmentQuery } from './appointment-scope.service';

type Db = DataSource | EntityManager;

/** A half-open span of instants [start, end). */
export type DaySpan = { start: Date; end: Date };

/** The parts of a branch-local day, YYYY-MM-DD: a calendar day, as the LocalDate scalar let it in or the database stored it. */
function partsOf(date: string): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day };
}

/** The instants of one local day in a time zone; 23 or 25 hours long on DST change days. */
export function localDaySpan(date: string, timeZone: string): DaySpan {
  const { year, month, day } = partsOf(date);
  const start = new TZDate(year, month - 1, day, timeZone);
  return { start: new Date(start.getTime()), end: new Date(addDays(start, 1).getTime()) };
}

/** Weekday (0 = Sunday) of a local date. */
export function weekdayOf(date: string): number {
  const { year, month, day } = partsOf(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The branch, or NOT_FOUND. */
export async function findBranch(db: Db, branchId: number): Promise<Branch> {
  const branch = await db.getRepository(Branch).findOneBy({ id: branchId });
  if (!branch) throw notFound('branch');
  return branch;
}

export type WorkingInput = {
  branchId: number;
  date: string;
  weekday: number;
  schedules: Array<Pick<WorkSchedule, 'staffId' | 'branchId' | 'weekday'>>;
  exceptions: Array<Pick<ScheduleException, 'staffId' | 'branchId' | 'date' | 'kind' | 'startTime'>>;
};

/**
 * Staff working at the branch on the date: an override that day decides alone (at this branch or
 * elsewhere); otherwise the weekly pattern at this branch; whole-day leave (no start time) wins.
 */
export function workingStaffIds(input: WorkingInput): Set<number> {
  const overrides = new Map<number, boolean>();
  const onLeave = new Set<number>();
  for (const e of input.exceptions) {
    if (e.date !== input.date) continue;
    if (e.kind === ScheduleExceptionKind.OVERRIDE) overrides.set(e.staffId, overrides.get(e.staffId) === true || e.branchId === input.branchId);
    else if (e.startTime === null) onLeave.add(e.staffId);
  }
  const working = new Set<number>();
  for (const s of input.schedules) {
    if (s.branchId === input.branchId && s.weekday === input.weekday && !overrides.has(s.staffId)) working.add(s.staffId);
  }
  for (const [staffId, here] of overrides) if (here) working.add(staffId);
  for (const staffId of onLeave) working.delete(staffId);
  return working;
}

export type BranchDayInfo = {
  branch: Branch;
  date: string;
  span: DaySpan;
  closed: boolean;
  opensAt: string | null;
  closesAt: string | null;
  beauticians: Staff[];
};

/**
 * The day's frame: opening hours (closed when the weekday has no hours or the date is a closed
 * day), and the beauticians to show as columns — those working there that day, plus any other
 * beautician holding one of the day's appointments at the branch, so no block lacks a column —
 * ordered by code. Six queries whatever the number of beauticians.
 */
export async function loadBranchDay(db: Db, branchId: number, date: string): Promise<BranchDayInfo> {
  const branch = await findBranch(db, branchId);
  const span = localDaySpan(date, branch.timeZone);
  const weekday = weekdayOf(date);
  const [hours, closedDay, schedules, exceptions, booked] = await Promise.all([
    db.getRepository(BranchHours).findOneBy({ branchId, weekday }),
    db.getRepository(BranchClosedDay).findOneBy({ branchId, date }),
    db.getRepository(WorkSchedule).findBy({ branchId, weekday }),
    // Every exception that day for anyone: an override elsewhere takes a beautician away from here.
    db.getRepository(ScheduleException).findBy({ date }),
    db
      .getRepository(Appointment)
      .createQueryBuilder('a')
      .select('DISTINCT a.beauticianId', 'id')
      .where('a.branchId = :branchId AND a.startsAt >= :start AND a.startsAt < :end', { branchId, start: span.start, end: span.end })
      .andWhere('a.beauticianId IS NOT NULL AND a.status IN (:...statuses)', { statuses: [...BLOCKING_STATUSES] })
      .getRawMany<{ id: number | string }>(),
  ]);
  const ids = workingStaffIds({ branchId, date, weekday, schedules, exceptions });
  for (const row of booked) ids.add(Number(row.id));
  const staff = ids.size ? await db.getRepository(Staff).find({ where: { id: In([...ids]) }, order: { code: 'ASC', id: 'ASC' } }) : [];
  const closed = !hours || !!closedDay;
  return {
    branch,
    date,
    span,
    closed,
    opensAt: hours?.opensAt ?? null,
    closesAt: hours?.closesAt ?? null,
    beauticians: staff,
  };
}

export const MAX_DAY_PAGE = 500;

/** Cursor of an appointment in a day's order (start, id). */
export function dayCursor(appointment: Pick<Appointment, 'startsAt' | 'id'>): string {
  return encodeCursor([appointment.startsAt.toISOString(), appointment.id]);
}

export function decodeDayCursor(after: string): { startsAt: Date; id: number } {
  const [at, id] = decodeCursor(after, 2);
  const startsAt = new Date(String(at));
  if (typeof id !== 'number' || Number.isNaN(startsAt.getTime())) throw invalidField('after', 'invalidCursor');
  return { startsAt, id };
}

export type DayQuery = { branchId: number; span: DaySpan; statuses: readonly string[] };

/** The viewer's appointments at a branch starting within a day in the given statuses (alias `a`). */
export function dayAppointmentsQuery(db: Db, viewer: Viewer, query: DayQuery) {
  return appointmentQuery(db, viewer)
    .andWhere('a.branchId = :dayBranchId', { dayBranchId: query.branchId })
    .andWhere('a.startsAt >= :dayStart AND a.startsAt < :dayEnd', { dayStart: query.span.start, dayEnd: query.span.end })
    .andWhere('a.status IN (:...dayStatuses)', { dayStatuses: [...query.statuses] });
}

/** One page of a day's appointments, by start then id: one query (plus one for the count, when asked). */
export async function dayAppointmentPage(
  db: Db,
  viewer: Viewer,
  query: DayQuery,
  first: number,
  after: string | null | undefined,
): Promise<{ nodes: Appointment[]; hasNextPage: boolean; totalCount: () => Promise<number> }> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_DAY_PAGE) throw invalidField('first', 'outOfRange', { min: 1, max: MAX_DAY_PAGE });
  const qb = dayAppointmentsQuery(db, viewer, query);
  if (after) {
    const cursor = decodeDayCursor(after);
    qb.andWhere('(a.startsAt > :dayAfterAt OR (a.startsAt = :dayAfterAt AND a.id > :dayAfterId))', {
      dayAfterAt: cursor.startsAt,
      dayAfterId: cursor.id,
    });
  }
  const rows = await qb.orderBy('a.startsAt', 'ASC').addOrderBy('a.id', 'ASC').limit(first + 1).getMany();
  let count: Promise<number> | undefined;
  return {
    ...sliceWithLookahead(rows, first),
    totalCount: () => (count ??= dayAppointmentsQuery(db, viewer, query).getCount()),
  };
}
