import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { contactedWithin, viewerTimeZone } from '../contacts/contact-list.service';
import { salonDayRange } from '../contacts/contact-filter';
import { applyVisibleContactMembers, contactScope } from '../contacts/contact-scope.service';
import type { ContactScope } from '../visibility/contact-visibility';
import type { ReportFilter } from './report-filter';
import { isSqlite } from '../../db/dialect';

/** What every report query needs besides its filter: the viewer's contact scope and the salon's time zone. */
export type ReportContext = { scope: ContactScope; timeZone: string; now: Date };

/**
 * Limits a query that reads campaign_members as `cm` (on its own or joined from logs or
 * appointments) to the contact members the viewer may see that match the report filter. Every
 * report aggregate is built on this, so a salesperson's report counts exactly the members their
 * contact list shows.
 */
export function applyReportFilter<T extends SelectQueryBuilder<ObjectLiteral>>(qb: T, filter: ReportFilter, context: ReportContext): T {
  applyVisibleContactMembers(qb, 'cm', context.scope);
  if (filter.campaignIds?.length) qb.andWhere('cm.campaignId IN (:...rCampaignIds)', { rCampaignIds: filter.campaignIds });
  if (filter.salespersonIds?.length) qb.andWhere('cm.salespersonId IN (:...rSalespersonIds)', { rSalespersonIds: filter.salespersonIds });
  if (filter.branchIds?.length) {
    qb.andWhere('cm.salespersonId IN (SELECT rbs.id FROM staff rbs WHERE rbs.branchId IN (:...rBranchIds))', { rBranchIds: filter.branchIds });
  }
  if (filter.salesGroupIds?.length) {
    qb.andWhere('cm.salespersonId IN (SELECT rgs.id FROM staff rgs WHERE rgs.salesGroupId IN (:...rSalesGroupIds))', { rSalesGroupIds: filter.salesGroupIds });
  }
  if (filter.memberGroupIds?.length) {
    qb.andWhere('EXISTS (SELECT 1 FROM members rgm WHERE rgm.id = cm.memberId AND rgm.groupId IN (:...rMemberGroupIds))', { rMemberGroupIds: filter.memberGroupIds });
  }
  if (filter.contactedFrom || filter.contactedTo) {
    const range = salonDayRange(filter.contactedFrom, filter.contactedTo, context.timeZone);
    contactedWithin(qb, 'rRange', 'match', range.start, range.end);
  }
  return qb;
}

/** The report context of a viewer outside GraphQL (the export): their contact scope and their branch's time zone. */
export async function reportContextFor(ds: DataSource, viewer: Viewer, now = new Date()): Promise<ReportContext> {
  const [scope, timeZone] = await Promise.all([contactScope(ds, viewer), viewerTimeZone(ds, viewer)]);
  return { scope, timeZone, now };
}

/**
 * Runs a query joining campaign_members `cm` to a table read first (appointments, a period's
 * logs), keeping that order: its first INNER JOIN becomes SQLite's CROSS JOIN or MySQL's
 * STRAIGHT_JOIN, which both databases never reorder. Left to themselves they start from
 * campaign_members whenever the filter has an index, probing the other table for each of up to
 * two million contact members.
 */
export async function rawInJoinOrder(ds: DataSource, qb: SelectQueryBuilder<ObjectLiteral>): Promise<unknown[]> {
  const [sql, params] = qb.getQueryAndParameters();
  const forced = isSqlite(ds) ? 'CROSS JOIN' : 'STRAIGHT_JOIN';
  return ds.query(sql.replace(' INNER JOIN ', ` ${forced} `), params);
}

/** True when a report reads the whole chain: no contact scope and no salesperson or campaign narrowing it. */
export function readsWholeChain(filter: ReportFilter, context: ReportContext): boolean {
  return context.scope.kind !== 'salespeople' && !filter.salespersonIds?.length && !filter.campaignIds?.length;
}
