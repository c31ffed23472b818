import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { contactedWithin, viewerTimeZone } from '../contacts/contact-list.service';
import { salonDayRange } from '../contacts/contact-filter';
import { applyVisibleContactMembers, contactScope } from '../contacts/contact-scope.service';
import type { ContactScope } from '../visibility/contact-visibility';
import type { ReportFilter } from './report-filter';
import { isSqlite } from '../../db/dialect';
import { CampaignMember } from '../../entities';

/**
 * How a contact-date range is tested: from the members' latest contact time, looking up logs only
 * for those contacted again after the range ('latest'), or by reading the range's logs first
 * ('logs', when many were contacted since). Chosen by contactedRangeForm.
 */
export type ContactedRangeForm = 'latest' | 'logs';

/**
 * What every report query needs besides its filter: the viewer's contact scope and the salon's
 * time zone; and, for reports that looked first, the contact range's form (without it, the
 * contact list's own test).
 */
export type ReportContext = { scope: ContactScope; timeZone: string; now: Date; contactedRange?: ContactedRangeForm };

/** Members contacted after a range's end beyond which reading the range's logs first is cheaper than a log lookup each. */
const LATER_CONTACTS_LIMIT = 20_000;

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
    if (context.contactedRange) contactedInRange(qb, context.contactedRange, range.start, range.end);
    else contactedWithin(qb, 'rRange', 'match', range.start, range.end);
  }
  return qb;
}

/**
 * The form of the filter's contact range for this data: 'latest' while few members were contacted
 * again after the range's end (a range ending today: none), else 'logs'. One bounded index read.
 */
export async function contactedRangeForm(ds: DataSource, filter: ReportFilter, context: ReportContext): Promise<ContactedRangeForm | undefined> {
  if (!filter.contactedFrom && !filter.contactedTo) return undefined;
  const { start, end } = salonDayRange(filter.contactedFrom, filter.contactedTo, context.timeZone);
  if (!start || !end) return 'latest';
  const later = ds.createQueryBuilder().select('1').from(CampaignMember, 'cm')
    .where('cm.memberHidden = :rHidden', { rHidden: false })
    .andWhere('cm.lastContactAt >= :rRangeEnd', { rRangeEnd: end })
    .limit(LATER_CONTACTS_LIMIT);
  const [sql, params] = later.getQueryAndParameters();
  const [{ n }] = (await ds.query(`SELECT COUNT(*) AS n FROM (${sql}) later`, params)) as Array<{ n: number | string }>;
  return Number(n) < LATER_CONTACTS_LIMIT ? 'latest' : 'logs';
}

/**
 * "Has a contact log in [start, end)". A member last contacted before the start has none; one last
 * contacted inside the range has that log. 'latest' decides from cm.lastContactAt and looks up the
 * logs only of members contacted again after the end, reading the members contacted since the
 * start from one covering index (idx_cm_hidden_contacted): a month, by salesperson, no longer
 * probes each member's logs (MariaDB 42 s). 'logs' reads the range's logs first and looks their
 * members up (a past month, most members contacted since: the per-member lookups cost more).
 * The unary plus keeps SQLite from answering the OR with two index reads, one of them the whole
 * range's logs.
 */
function contactedInRange(qb: SelectQueryBuilder<ObjectLiteral>, form: ContactedRangeForm, start?: Date, end?: Date): void {
  const params = { rRangeStart: start, rRangeEnd: end };
  if (form === 'logs' && start && end) {
    // No test of lastContactAt here: with it, both planners read the members contacted since the
    // start (most of them) instead of the range's logs (SQLite, a past month: 4.7 s against 2.6 s).
    qb.andWhere('cm.id IN (SELECT l.campaignMemberId FROM contact_logs l WHERE l.contactedAt >= :rRangeStart AND l.contactedAt < :rRangeEnd)', params);
    return;
  }
  if (start) qb.andWhere('cm.lastContactAt >= :rRangeStart', params);
  if (!end) return;
  const inRange = ['l.contactedAt < :rRangeEnd', ...(start ? ['l.contactedAt >= :rRangeStart'] : [])].join(' AND ');
  qb.andWhere(`(+cm.lastContactAt < :rRangeEnd OR EXISTS (SELECT 1 FROM contact_logs l WHERE l.campaignMemberId = cm.id AND ${inRange}))`, params);
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
