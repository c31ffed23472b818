import { In, type DataSource } from 'typeorm';
import { Staff } from '../../entities';
import type { Viewer } from '../auth/viewer';
import { contactListQuery } from '../contacts/contact-list.service';
import type { HomeContext } from './my-appointments-today.service';
import { rankSalespersonCounts, type RawSalespersonCount } from './salesperson-counts';

export type SalespersonOverdue = { salesperson: Staff; count: number };

/**
 * The team's overdue follow-ups per salesperson: the contact list's FOLLOW_UP_OVERDUE rows the
 * viewer may see (her contact scope, recycle bin left out), counted by salesperson in one grouped
 * query, so each count is what the list shows when the row's link filters it to that salesperson.
 */
export async function overdueFollowUpsBySalesperson(ds: DataSource, viewer: Viewer, context: HomeContext): Promise<SalespersonOverdue[]> {
  const qb = await contactListQuery(ds, viewer, { quick: 'FOLLOW_UP_OVERDUE' }, context);
  const raw = await qb.select('cm.salespersonId', 'salespersonId').addSelect('COUNT(*)', 'n').groupBy('cm.salespersonId').getRawMany<RawSalespersonCount>();
  if (raw.length === 0) return [];
  const staff = await ds.getRepository(Staff).findBy({ id: In(raw.map((r) => Number(r.salespersonId))) });
  const byId = new Map(staff.map((s) => [s.id, s]));
  return rankSalespersonCounts(raw, (id) => byId.get(id)?.code ?? '')
    .filter((r) => byId.has(r.salespersonId))
    .map((r) => ({ salesperson: byId.get(r.salespersonId)!, count: r.count }));
}
