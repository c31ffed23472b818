import { In, type DataSource } from 'typeorm';
import { Branch } from '../../entities';
import { AppointmentStatus } from '../../entities/appointment.entity';
import { appointmentQuery } from '../appointments/appointment-scope.service';
import type { Viewer } from '../auth/viewer';
import { daySpan } from '../contacts/follow-up-state';
import { salonDay } from '../reports/report-range';
import { memberScopeFor } from '../visibility/member-visibility';
import { arrivalCountsByBranch, branchesByTimeZone, NO_ARRIVALS, type ArrivalCounts, type RawArrivalCounts } from './branch-arrivals';

export type BranchArrivals = { branch: Branch; date: string; counts: ArrivalCounts };

const ARRIVED = [AppointmentStatus.ARRIVED, AppointmentStatus.COMPLETED].map((s) => `'${s}'`).join(', ');

/**
 * Today's arrivals per branch the viewer's member scope covers (a manager: every branch), by
 * branch code, branches with no appointment today included with zeros. The appointments are the
 * arrival board's — those the viewer may see (appointmentQuery) — counted in one grouped query
 * per time zone, each branch over its own local day.
 */
export async function branchArrivalsToday(ds: DataSource, viewer: Viewer, now: Date): Promise<BranchArrivals[]> {
  const scope = memberScopeFor(viewer);
  if (scope.kind === 'branches' && scope.branchIds.length === 0) return [];
  const branches = await ds.getRepository(Branch).find({
    where: scope.kind === 'all' ? {} : { id: In(scope.branchIds) },
    order: { code: 'ASC', id: 'ASC' },
  });
  const counts = new Map<number, ArrivalCounts>();
  for (const [timeZone, group] of branchesByTimeZone(branches)) {
    const today = daySpan(now, timeZone);
    const raw = await appointmentQuery(ds, viewer)
      .select('a.branchId', 'branchId')
      .addSelect('COUNT(*)', 'booked')
      .addSelect(`SUM(CASE WHEN a.status IN (${ARRIVED}) THEN 1 ELSE 0 END)`, 'arrived')
      .addSelect('SUM(CASE WHEN a.verifiedAt IS NOT NULL THEN 1 ELSE 0 END)', 'verified')
      .addSelect(`SUM(CASE WHEN a.status = '${AppointmentStatus.NO_SHOW}' THEN 1 ELSE 0 END)`, 'noShow')
      .andWhere('a.branchId IN (:...homeBranchIds)', { homeBranchIds: group.map((b) => b.id) })
      .andWhere('a.startsAt >= :homeStart AND a.startsAt < :homeEnd', { homeStart: today.start, homeEnd: today.end })
      .andWhere('a.status <> :homeCancelled', { homeCancelled: AppointmentStatus.CANCELLED })
      .groupBy('a.branchId')
      .getRawMany<RawArrivalCounts>();
    for (const [branchId, found] of arrivalCountsByBranch(raw)) counts.set(branchId, found);
  }
  return branches.map((branch) => ({ branch, date: salonDay(now, branch.timeZone), counts: counts.get(branch.id) ?? { ...NO_ARRIVALS } }));
}
