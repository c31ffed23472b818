import type { DataSource } from 'typeorm';
import { BranchClosedDay, BranchHours } from '../../entities';
import type { Page } from '../../graphql/connection';
import { requirePermission, type Viewer } from '../auth/viewer';
import { Permission } from '../admin/permission';
import { invalidField, notFound } from '../errors/domain-error';
import { pageBySortKey } from '../members/config-audit.service';
import { auditResourceChange } from './access';
import { requireBranch } from './branch-resources.service';
import { parseInput } from '../validation/parse-input';
import { branchHoursSchema, closedDaySchema } from './resource-input.schema';
import type { BranchHoursDay, ClosedDayInput } from './resource-rules';

const hoursSnapshot = (rows: BranchHoursDay[]) => ({
  days: rows.map((r) => ({ weekday: r.weekday, opensAt: r.opensAt, closesAt: r.closesAt })).sort((a, b) => a.weekday - b.weekday),
});
const closedDaySnapshot = (d: BranchClosedDay) => ({ branchId: d.branchId, date: d.date, reason: d.reason });

/** Opening hours per weekday and closed days of each branch (branch local time). */
export class BranchCalendarService {
  constructor(private readonly ds: DataSource) {}

  /** The branch's opening hours, by weekday; weekdays without a row are closed. */
  async hours(branchId: number): Promise<BranchHours[]> {
    await requireBranch(this.ds, branchId);
    return this.ds.getRepository(BranchHours).find({ where: { branchId }, order: { weekday: 'ASC' } });
  }

  /** Replaces the whole week: weekdays left out become closed. Audited as one change of the branch's hours. */
  async setHours(viewer: Viewer, branchId: number, days: BranchHoursDay[]): Promise<BranchHours[]> {
    requirePermission(viewer, Permission.AppointmentsManageResources);
    const values = parseInput(branchHoursSchema, days);
    return this.ds.transaction(async (manager) => {
      await requireBranch(manager, branchId);
      const before = await manager.find(BranchHours, { where: { branchId } });
      await manager.delete(BranchHours, { branchId });
      if (values.length) await manager.insert(BranchHours, values.map((d) => ({ ...d, branchId })));
      const after = await manager.find(BranchHours, { where: { branchId }, order: { weekday: 'ASC' } });
      await auditResourceChange(manager, viewer, {
        entityType: 'branchHours', entityId: branchId, action: before.length ? 'update' : 'create',
        before: before.length ? hoursSnapshot(before) : null, after: hoursSnapshot(after),
      });
      return after;
    });
  }

  /** Closed days of a branch by date, optionally between `from` and `to` (inclusive). */
  async closedDays(branchId: number, range: { from?: string | null; to?: string | null }, page: { first: number; after?: string | null }): Promise<Page<BranchClosedDay>> {
    const { from, to } = range;
    await requireBranch(this.ds, branchId);
    const query = () => {
      const qb = this.ds.getRepository(BranchClosedDay).createQueryBuilder('d').where('d.branchId = :branchId', { branchId });
      if (from) qb.andWhere('d.date >= :from', { from });
      if (to) qb.andWhere('d.date <= :to', { to });
      return qb;
    };
    return pageBySortKey(query, 'd', 'date', page);
  }

  async addClosedDay(viewer: Viewer, branchId: number, input: ClosedDayInput): Promise<BranchClosedDay> {
    requirePermission(viewer, Permission.AppointmentsManageResources);
    const values = parseInput(closedDaySchema, input);
    return this.ds.transaction(async (manager) => {
      await requireBranch(manager, branchId);
      if (await manager.existsBy(BranchClosedDay, { branchId, date: values.date })) throw invalidField('date', 'alreadyClosed');
      const row = await manager.save(BranchClosedDay, manager.create(BranchClosedDay, { ...values, branchId }));
      await auditResourceChange(manager, viewer, { entityType: 'branchClosedDay', entityId: row.id, before: null, after: closedDaySnapshot(row) });
      return row;
    });
  }

  async removeClosedDay(viewer: Viewer, id: number): Promise<boolean> {
    requirePermission(viewer, Permission.AppointmentsManageResources);
    return this.ds.transaction(async (manager) => {
      const row = await manager.findOneBy(BranchClosedDay, { id });
      if (!row) throw notFound('branchClosedDay');
      await manager.delete(BranchClosedDay, { id });
      await auditResourceChange(manager, viewer, { entityType: 'branchClosedDay', entityId: id, before: closedDaySnapshot(row), after: null });
      return true;
    });
  }
}
