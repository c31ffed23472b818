import { Not, type DataSource, type EntityManager } from 'typeorm';
import { ScheduleException, Staff, WorkSchedule } from '../../entities';
import { ScheduleExceptionKind } from '../../entities/schedule-exception.entity';
import { holdsAnySql, roleKeysGranting, staffGranted } from '../admin/role-holders.service';
import type { Page } from '../../graphql/connection';
import { requirePermission, type Viewer } from '../auth/viewer';
import { Permission } from '../admin/permission';
import { invalidField, notFound } from '../errors/domain-error';
import { pageBySortKey } from '../members/config-audit.service';
import { auditResourceChange } from './access';
import { requireBranch } from './branch-resources.service';
import { parseInput } from '../validation/parse-input';
import { exceptionSchema, scheduleDaysSchema } from './resource-input.schema';
import { exceptionsOverlap, firstClash, type ExceptionInput, type ScheduleDay } from './resource-rules';

type PageRequest = { first: number; after?: string | null };

const daysSnapshot = (branchId: number, rows: ScheduleDay[]) => ({
  branchId,
  days: rows.map((r) => ({ weekday: r.weekday, startTime: r.startTime, endTime: r.endTime }))
    .sort((a, b) => a.weekday - b.weekday || a.startTime.localeCompare(b.startTime)),
});
const exceptionSnapshot = (e: ScheduleException) => ({
  staffId: e.staffId, branchId: e.branchId, date: e.date, kind: e.kind, startTime: e.startTime, endTime: e.endTime, note: e.note,
});

/** The staff member, who must be active and perform treatments (a beautician) to have working hours. */
async function requireBeautician(db: DataSource | EntityManager, staffId: number): Promise<Staff> {
  const staff = await db.getRepository(Staff).findOneBy({ id: staffId });
  if (!staff) throw notFound('staff');
  if (!staff.active || !(await staffGranted(db, staff.roles, Permission.AppointmentsPerformTreatments))) throw invalidField('staffId', 'notBeautician');
  return staff;
}

/** Beauticians' weekly working hours per branch, their date exceptions (override hours, leave), and who works where. */
export class WorkScheduleService {
  constructor(private readonly ds: DataSource) {}

  /** Active beauticians of the branch or with weekly hours there, by code. */
  async beauticians(branchId: number, page: PageRequest): Promise<Page<Staff>> {
    const beauticianRoles = holdsAnySql(this.ds, 's', await roleKeysGranting(this.ds, Permission.AppointmentsPerformTreatments));
    const query = () => this.ds.getRepository(Staff).createQueryBuilder('s')
      .where('s.active = :active', { active: true })
      .andWhere(beauticianRoles.sql, beauticianRoles.params)
      .andWhere(`(s.branchId = :branchId OR s.id IN (${this.ds.getRepository(WorkSchedule).createQueryBuilder('w')
        .select('w.staffId').where('w.branchId = :branchId').getQuery()}))`, { branchId });
    return pageBySortKey(query, 's', 'code', page);
  }

  /** The staff member's weekly pattern at every branch, by weekday and start. */
  async schedules(staffId: number): Promise<WorkSchedule[]> {
    if (!(await this.ds.getRepository(Staff).existsBy({ id: staffId }))) throw notFound('staff');
    return this.ds.getRepository(WorkSchedule).find({ where: { staffId }, order: { weekday: 'ASC', startTime: 'ASC', id: 'ASC' } });
  }

  /**
   * Replaces the beautician's weekly hours at one branch (weekdays left out: not working there).
   * Hours may not overlap hours at another branch: one person cannot be in two shops.
   * Returns the whole weekly pattern, every branch.
   */
  async setSchedule(viewer: Viewer, staffId: number, branchId: number, days: ScheduleDay[]): Promise<WorkSchedule[]> {
    requirePermission(viewer, Permission.AppointmentsManageResources);
    const values = parseInput(scheduleDaysSchema, days);
    return this.ds.transaction(async (manager) => {
      await requireBeautician(manager, staffId);
      await requireBranch(manager, branchId);
      const elsewhere = await manager.find(WorkSchedule, { where: { staffId, branchId: Not(branchId) } });
      const clash = firstClash(values, elsewhere);
      if (clash) throw invalidField('startTime', 'scheduleClash', { weekday: clash.weekday });
      const before = await manager.find(WorkSchedule, { where: { staffId, branchId } });
      await manager.delete(WorkSchedule, { staffId, branchId });
      if (values.length) await manager.insert(WorkSchedule, values.map((d) => ({ ...d, staffId, branchId })));
      await auditResourceChange(manager, viewer, {
        entityType: 'workSchedule', entityId: staffId, action: before.length ? 'update' : 'create',
        before: before.length ? daysSnapshot(branchId, before) : null, after: daysSnapshot(branchId, values),
      });
      return manager.find(WorkSchedule, { where: { staffId }, order: { weekday: 'ASC', startTime: 'ASC', id: 'ASC' } });
    });
  }

  /** The staff member's exceptions by date, optionally between `from` and `to` (inclusive). */
  async exceptions(staffId: number, range: { from?: string | null; to?: string | null }, page: PageRequest): Promise<Page<ScheduleException>> {
    const { from, to } = range;
    if (!(await this.ds.getRepository(Staff).existsBy({ id: staffId }))) throw notFound('staff');
    const query = () => {
      const qb = this.ds.getRepository(ScheduleException).createQueryBuilder('x').where('x.staffId = :staffId', { staffId });
      if (from) qb.andWhere('x.date >= :from', { from });
      if (to) qb.andWhere('x.date <= :to', { to });
      return qb;
    };
    return pageBySortKey(query, 'x', 'date', page);
  }

  /** Adds override hours or leave on one date; it may not overlap another exception of the same person that day. */
  async addException(viewer: Viewer, input: ExceptionInput & { staffId: number; branchId: number }): Promise<ScheduleException> {
    requirePermission(viewer, Permission.AppointmentsManageResources);
    const values = parseInput(exceptionSchema, input);
    return this.ds.transaction(async (manager) => {
      await requireBeautician(manager, input.staffId);
      await requireBranch(manager, input.branchId);
      const sameDay = await manager.find(ScheduleException, { where: { staffId: input.staffId, date: values.date } });
      if (sameDay.some((other) => exceptionsOverlap(values, other))) throw invalidField('date', 'exceptionClash');
      const row = await manager.save(ScheduleException, manager.create(ScheduleException, {
        ...values, kind: values.kind === 'leave' ? ScheduleExceptionKind.LEAVE : ScheduleExceptionKind.OVERRIDE, staffId: input.staffId, branchId: input.branchId,
      }));
      await auditResourceChange(manager, viewer, { entityType: 'scheduleException', entityId: row.id, before: null, after: exceptionSnapshot(row) });
      return row;
    });
  }

  async removeException(viewer: Viewer, id: number): Promise<boolean> {
    requirePermission(viewer, Permission.AppointmentsManageResources);
    return this.ds.transaction(async (manager) => {
      const row = await manager.findOneBy(ScheduleException, { id });
      if (!row) throw notFound('scheduleException');
      await manager.delete(ScheduleException, { id });
      await auditResourceChange(manager, viewer, { entityType: 'scheduleException', entityId: id, before: exceptionSnapshot(row), after: null });
      return true;
    });
  }
}
