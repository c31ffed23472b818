import { In, type DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { Appointment, CampaignMember, ContactLog, ContactMethod, Staff } from '../../entities';
import type { Page } from '../../graphql/connection';
import { daySpan } from '../contacts/follow-up-state';
import { invalidField } from '../errors/domain-error';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import { trendSpan } from './contact-trend';
import {
  byCode, followUpPeriod, followUpRows, followUpTotals, methodColumns, pageByCode,
  type AppointmentCounts, type FollowUpFigures, type FollowUpMetric, type FollowUpPeriod, type LogCount, type MemberCounts,
} from './follow-up-statistics';
import type { ReportFilter } from './report-filter';
import { applyReportFilter, rawInJoinOrder, readsWholeChain, type ReportContext } from './report-query.service';
import { salonDay } from './report-range';
import { isSqlite } from '../../db/dialect';

/** One row as the screen and the API show it: a salesperson and their figures. */
export type FollowUpRowOut = FollowUpFigures & { salesperson: Staff };

/** A computed report: the period, its method columns, totals and rows (a salesperson each, by staff code). */
export type FollowUpStatisticsReport = {
  period: FollowUpPeriod;
  methods: ContactMethod[];
  totals: FollowUpFigures;
  rows: FollowUpRowOut[];
  page(first: number, after?: string | null): Page<FollowUpRowOut>;
};

/** The instants the report compares against: the period [start, end) and the start of today. */
type Window = { start: Date; end: Date; todayStart: Date };

/**
 * The period and the contact members' filter of a report. The filter's contact range IS the
 * period, so it is taken out of the filter: applyReportFilter would otherwise keep only the
 * members contacted in it, and "assigned" and "overdue" count members whether contacted or not.
 */
function prepare(filter: ReportFilter, context: ReportContext): { period: FollowUpPeriod; members: ReportFilter; window: Window } {
  const period = followUpPeriod(filter.contactedFrom, filter.contactedTo, salonDay(context.now, context.timeZone), 'filter');
  const span = trendSpan(period.from, period.to, context.timeZone);
  const members: ReportFilter = { ...filter, contactedFrom: undefined, contactedTo: undefined };
  return { period, members, window: { ...span, todayStart: daySpan(context.now, context.timeZone).start } };
}

const n = (value: number | string | null | undefined) => Number(value ?? 0);

/**
 * A log in the period on contact member `cm`. Its latest contact is then in or after the period
 * too: testing that first skips the log lookup for members not contacted since the start.
 */
function loggedIn(methodCondition = ''): string {
  return `cm.lastContactAt >= :fuStart AND EXISTS (SELECT 1 FROM contact_logs ful WHERE ful.campaignMemberId = cm.id AND ful.contactedAt >= :fuStart AND ful.contactedAt < :fuEnd${methodCondition})`;
}
const CONTACTED = loggedIn();
/**
 * "Contacted in the period" as a semi-join on the period's logs: MariaDB materialises it (a week of
 * 310,000 logs chain-wide: 0.8 s) where it probes each recently contacted member's logs in 3.9 s.
 * SQLite goes the other way — it builds the whole list even for one salesperson's 50,000 members
 * (0.78 s against 0.12 s) — so it keeps the per-member test.
 */
const CONTACTED_SEMI_JOIN = 'cm.id IN (SELECT ful.campaignMemberId FROM contact_logs ful WHERE ful.contactedAt >= :fuStart AND ful.contactedAt < :fuEnd)';
const OVERDUE = 'cm.followUpClosedAt IS NULL AND cm.nextFollowUpAt < :fuTodayStart';

/**
 * Per salesperson: contact members assigned, contacted in the period, and with an overdue
 * follow-up. Grouped queries, each read from its own index — the assignments from (hidden,
 * salesperson, status), the overdue from the open follow-ups — rather than one pass testing every
 * contact member's logs (2M contact members, a month of 965,000 logs, SQLite: 8.8 s → see
 * docs/benchmarks.md). "Contacted" comes from the logs' copies when the caller has it
 * (`contacted`), else from the contact members and their logs.
 */
async function memberCounts(
  ds: DataSource, members: ReportFilter, context: ReportContext, window: Window, salespeople: number[], contacted: Promise<Map<number, number>> | null,
): Promise<MemberCounts[]> {
  if (!salespeople.length) return [];
  const grouped = async (condition: string | null, namingSalespeople = false) => {
    const qb = applyReportFilter(ds.getRepository(CampaignMember).createQueryBuilder('cm'), members, context)
      .select('cm.salespersonId', 'salespersonId')
      .addSelect('COUNT(*)', 'n')
      .groupBy('cm.salespersonId');
    if (condition) qb.andWhere(condition, { fuStart: window.start, fuEnd: window.end, fuTodayStart: window.todayStart });
    if (namingSalespeople) qb.andWhere('cm.salespersonId IN (:...fuSalespeople)', { fuSalespeople: salespeople });
    return new Map((await qb.getRawMany<{ salespersonId: number | string; n: number | string }>()).map((r) => [n(r.salespersonId), n(r.n)]));
  };
  const [assigned, contactedIn, overdue] = await Promise.all([
    grouped(null),
    contacted ?? grouped(isSqlite(ds) ? CONTACTED : CONTACTED_SEMI_JOIN),
    // The overdue, with the salespeople named (what the filter and scope already allow), read from
    // (salesperson, hidden, closed, next follow-up): left to itself SQLite counts them through
    // (memberHidden, salespersonId, …) and two million row lookups (13 s against 14 ms). The
    // assignments are not: MariaDB then sorts two million index entries (2.0 s → 3.3 s under load).
    grouped(OVERDUE, true),
  ]);
  return [...assigned].map(([salespersonId, count]) => ({
    salespersonId, assigned: count, contacted: contactedIn.get(salespersonId) ?? 0, overdue: overdue.get(salespersonId) ?? 0,
  }));
}

/**
 * The salespeople whose members a report may count: the scope, salespeople, branches and sales
 * groups of the filter resolved on the (small) staff table.
 */
async function reportSalespeople(ds: DataSource, members: ReportFilter, context: ReportContext): Promise<number[]> {
  const staff = await ds.getRepository(Staff).find({ select: { id: true, branchId: true, salesGroupId: true } });
  const among = (ids: readonly number[] | undefined, value: number | null) => !ids?.length || (value !== null && ids.includes(value));
  return staff
    .filter((s) => context.scope.kind === 'all' || context.scope.salespersonIds.includes(s.id))
    .filter((s) => among(members.salespersonIds, s.id) && among(members.branchIds, s.branchId) && among(members.salesGroupIds, s.salesGroupId))
    .map((s) => s.id);
}

/**
 * Logs in the period per salesperson and method from the logs alone (their copies of the
 * salesperson, recycle-bin flag and previous contact time), with the members contacted: a log
 * whose previous one is before the period is its member's first in it. Every salesperson and
 * method is named so each (salesperson, method) pair is one range of idx_contact_logs_staff_stats
 * read in GROUP BY order — no join, no sort (chain-wide month → see docs/benchmarks.md).
 */
async function logCountsFromCopies(
  ds: DataSource, members: ReportFilter, salespeople: number[], methods: readonly ContactMethod[], window: Window,
): Promise<{ logs: LogCount[]; contacted: Map<number, number> }> {
  if (!salespeople.length || !methods.length) return { logs: [], contacted: new Map() };
  const qb = ds.getRepository(ContactLog).createQueryBuilder('l')
    .select('l.salespersonId', 'salespersonId')
    .addSelect('l.methodId', 'methodId')
    .addSelect('COUNT(*)', 'count')
    .addSelect('SUM(CASE WHEN l.prevContactedAt IS NULL OR l.prevContactedAt < :fuStart THEN 1 ELSE 0 END)', 'firsts')
    .where('l.memberHidden = :fuHidden', { fuHidden: false })
    .andWhere('l.salespersonId IN (:...fuSalespeople)', { fuSalespeople: salespeople })
    .andWhere('l.methodId IN (:...fuMethods)', { fuMethods: methods.map((m) => m.id) })
    .andWhere('l.contactedAt >= :fuStart AND l.contactedAt < :fuEnd', { fuStart: window.start, fuEnd: window.end })
    .groupBy('l.salespersonId')
    .addGroupBy('l.methodId');
  if (members.campaignIds?.length) qb.andWhere('l.campaignId IN (:...fuCampaigns)', { fuCampaigns: members.campaignIds });
  const raw = await qb.getRawMany<Record<'salespersonId' | 'methodId' | 'count' | 'firsts', number | string>>();
  const contacted = new Map<number, number>();
  for (const r of raw) contacted.set(n(r.salespersonId), (contacted.get(n(r.salespersonId)) ?? 0) + n(r.firsts));
  return { logs: raw.map((r) => ({ salespersonId: n(r.salespersonId), methodId: n(r.methodId), count: n(r.count) })), contacted };
}

/** Contact logs dated in the period per salesperson and method — one grouped query over the period's logs. */
async function logCounts(ds: DataSource, members: ReportFilter, context: ReportContext, window: Window): Promise<LogCount[]> {
  const qb = ds.getRepository(ContactLog).createQueryBuilder('l')
    .innerJoin(CampaignMember, 'cm', 'cm.id = l.campaignMemberId')
    .where('l.contactedAt >= :fuStart AND l.contactedAt < :fuEnd', { fuStart: window.start, fuEnd: window.end });
  applyReportFilter(qb, members, context)
    .select('cm.salespersonId', 'salespersonId')
    .addSelect('l.methodId', 'methodId')
    .addSelect('COUNT(*)', 'count')
    .groupBy('cm.salespersonId')
    .addGroupBy('l.methodId');
  // Chain-wide, the period's logs are read first (MariaDB otherwise starts from all two million
  // contact members: a month, 6.7 s); narrowed to a salesperson or campaign, the contact members are.
  const raw = (await (readsWholeChain(members, context) ? rawInJoinOrder(ds, qb) : qb.getRawMany())) as Array<Record<keyof LogCount, number | string>>;
  return raw.map((r) => ({ salespersonId: n(r.salespersonId), methodId: n(r.methodId), count: n(r.count) }));
}

const BOOKED_IN = 'a.createdAt >= :fuStart AND a.createdAt < :fuEnd';
const VERIFIED_IN = 'a.verifiedAt >= :fuStart AND a.verifiedAt < :fuEnd';

/**
 * Appointments from the contact members booked in the period, and those whose attendance was
 * verified in it, per salesperson — one grouped query. Cancelled bookings still name their
 * contact member (appointments.campaignMemberId), so they count as booked.
 */
async function appointmentCounts(ds: DataSource, members: ReportFilter, context: ReportContext, window: Window): Promise<AppointmentCounts[]> {
  const qb = ds.createQueryBuilder().from(Appointment, 'a')
    .innerJoin(CampaignMember, 'cm', 'cm.id = a.campaignMemberId')
    .where(`((${BOOKED_IN}) OR (${VERIFIED_IN}))`, { fuStart: window.start, fuEnd: window.end });
  applyReportFilter(qb, members, context)
    .select('cm.salespersonId', 'salespersonId')
    .addSelect(`SUM(CASE WHEN ${BOOKED_IN} THEN 1 ELSE 0 END)`, 'booked')
    .addSelect(`SUM(CASE WHEN ${VERIFIED_IN} THEN 1 ELSE 0 END)`, 'attended')
    .groupBy('cm.salespersonId');
  // Chain-wide, the appointments are read first: contact members far outnumber them, and SQLite
  // otherwise probes every one of two million (1 appointment: 286 ms).
  const raw = (await (readsWholeChain(members, context) ? rawInJoinOrder(ds, qb) : qb.getRawMany())) as Array<Record<keyof AppointmentCounts, number | string>>;
  return raw.map((r) => ({ salespersonId: n(r.salespersonId), booked: n(r.booked), attended: n(r.attended) }));
}

/**
 * 同事跟進的統計: per responsible salesperson of the visible contact members matching the filter,
 * members assigned, contacted in the period, contact logs in the period (and by method),
 * appointments booked and attendance verified in the period, and overdue follow-ups now; with
 * totals. Grouped queries, each limited by applyReportFilter or, for the logs, by the same filter
 * on the logs' copies; a chain has a few hundred salespeople at most, so the rows are assembled
 * whole and paged in memory.
 */
export async function followUpStatistics(ds: DataSource, filter: ReportFilter, context: ReportContext): Promise<FollowUpStatisticsReport> {
  const { period, members, window } = prepare(filter, context);
  const [methods, salespeople] = await Promise.all([
    ds.getRepository(ContactMethod).find({ order: { sortOrder: 'ASC', id: 'ASC' } }),
    reportSalespeople(ds, members, context),
  ]);
  // The logs carry the salesperson and campaign, not the member's group: that filter goes the general way.
  const fromCopies = members.memberGroupIds?.length ? null : logCountsFromCopies(ds, members, salespeople, methods, window);
  const [memberRows, logs, appointments] = await Promise.all([
    memberCounts(ds, members, context, window, salespeople, fromCopies && fromCopies.then((r) => r.contacted)),
    fromCopies ? fromCopies.then((r) => r.logs) : logCounts(ds, members, context, window),
    appointmentCounts(ds, members, context, window),
  ]);
  const columns = methodColumns(methods, logs);
  const figures = followUpRows(memberRows, logs, appointments, columns);
  const ids = figures.map((r) => r.salespersonId);
  const staff = new Map((ids.length ? await ds.getRepository(Staff).findBy({ id: In(ids) }) : []).map((s) => [s.id, s]));
  const rows = figures
    .filter((r) => staff.has(r.salespersonId))
    .map(({ salespersonId, ...rest }) => ({ ...rest, salesperson: staff.get(salespersonId)! }))
    .sort((a, b) => byCode(a.salesperson, b.salesperson));
  const keyOf = (row: FollowUpRowOut) => row.salesperson;
  return {
    period,
    methods: columns,
    totals: followUpTotals(rows, columns),
    rows,
    page: (first, after) => ({ ...pageByCode(rows, keyOf, first, after), totalCount: async () => rows.length }),
  };
}

/** Which number to drill into: a salesperson's (or, without one, the totals row's), and for LOGGED optionally one method. */
export type DrillDown = { salespersonId?: number; metric: FollowUpMetric; methodId?: number };

/** Limits contact members `cm` to those behind a metric's number. */
function applyMetric(qb: SelectQueryBuilder<ObjectLiteral>, drill: DrillDown, window: Window): void {
  const params = { fuStart: window.start, fuEnd: window.end, fuTodayStart: window.todayStart };
  switch (drill.metric) {
    case 'ASSIGNED':
      return;
    case 'CONTACTED':
      qb.andWhere(CONTACTED, params);
      return;
    case 'LOGGED':
      if (drill.methodId === undefined) qb.andWhere(CONTACTED, params);
      else qb.andWhere(loggedIn(' AND ful.methodId = :fuMethodId'), { ...params, fuMethodId: drill.methodId });
      return;
    case 'BOOKED':
      qb.andWhere(`EXISTS (SELECT 1 FROM appointments a WHERE a.campaignMemberId = cm.id AND ${BOOKED_IN})`, params);
      return;
    case 'ATTENDED':
      qb.andWhere(`EXISTS (SELECT 1 FROM appointments a WHERE a.campaignMemberId = cm.id AND ${VERIFIED_IN})`, params);
      return;
    case 'OVERDUE':
      qb.andWhere(OVERDUE, params);
  }
}

/**
 * The contact members behind one number of the report, in assignment (id) order: the same
 * filter, period and visibility as the figures. For the member counts (assigned, contacted,
 * overdue) the list's count is the number; for logs, bookings and attendance it is the members
 * those logs and appointments belong to.
 */
export async function followUpStatisticMembers(
  ds: DataSource,
  filter: ReportFilter,
  context: ReportContext,
  drill: DrillDown,
  first: number,
  after?: string | null,
): Promise<Page<CampaignMember>> {
  if (drill.methodId !== undefined && drill.metric !== 'LOGGED') throw invalidField('methodId', 'notAnOption');
  const { members, window } = prepare(filter, context);
  const query = () => {
    const qb = applyReportFilter(ds.getRepository(CampaignMember).createQueryBuilder('cm'), members, context);
    if (drill.salespersonId !== undefined) qb.andWhere('cm.salespersonId = :fuSalespersonId', { fuSalespersonId: drill.salespersonId });
    applyMetric(qb, drill, window);
    return qb;
  };
  const qb = query().orderBy('cm.id', 'ASC').limit(first + 1);
  if (after) {
    const [afterId] = decodeCursor(after, 1);
    if (typeof afterId !== 'number') throw invalidField('after', 'invalidCursor');
    qb.andWhere('cm.id > :fuAfter', { fuAfter: afterId });
  }
  const { nodes, hasNextPage } = sliceWithLookahead(await qb.getMany(), first);
  return {
    nodes,
    hasNextPage,
    cursorOf: (cm) => encodeCursor([cm.id]),
    totalCount: async () => n((await query().select('COUNT(*)', 'c').getRawOne<{ c: number | string }>())?.c),
  };
}
