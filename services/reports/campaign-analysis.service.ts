import { In, type DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { Appointment, Branch, Campaign, CampaignMember, ContactSettings, ContactStatus, Member, Staff } from '../../entities';
import { AppointmentStatus } from '../../entities/appointment.entity';
import type { Page } from '../../graphql/connection';
import { formatMemberName } from '../members/member-name';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import { successColumn, type SuccessSettings } from '../contacts/success-rule';
import {
  analysisRows, analysisTotals, campaignSales, countsByRow, NO_OUTCOMES, NO_SALES, statusColumns, sumOutcomes, sumSales,
  type AnalysisLine, type AppointmentOutcomes, type CampaignSales, type SalesSums, type StatusCell, type StatusGroupCount,
} from './campaign-analysis';
import type { CampaignAnalysisView, ReportFilter } from './report-filter';
import { applyReportFilter, contactedRangeForm, rawInJoinOrder, type ReportContext } from './report-query.service';
import { withIndex } from '../contacts/contact-list.service';
import { isSqlite } from '../../db/dialect';

/** One row of the analysis as the screen, the API and the export show it. */
export type AnalysisRowOut = {
  /** Id of what the row is (campaign, branch, salesperson or member). */
  key: number;
  /** Campaign code, branch code, staff code or member number. */
  code: string;
  name: string;
  cells: StatusCell[];
  total: number;
  outcomes: AppointmentOutcomes;
  /** What the row's booked contacts bought on their visit's day, and how many of them succeeded. */
  sales: CampaignSales;
};

export type AnalysisTotalsOut = AnalysisLine & { outcomes: AppointmentOutcomes; sales: CampaignSales };

/** A computed analysis: its columns and totals at once, its rows by page or in batches. */
export type CampaignAnalysisReport = {
  view: CampaignAnalysisView;
  columns: ContactStatus[];
  totals: AnalysisTotalsOut;
  /** The success rule the report judged by; success figures are null while it is off. */
  successRule: SuccessSettings;
  page(first: number, after?: string | null): Promise<Page<AnalysisRowOut>>;
  /** Every row, `size` at a time, in the screen's order (the export reads this). */
  batches(size: number): AsyncIterable<AnalysisRowOut[]>;
  /** How many rows the view has. */
  rowCount(): Promise<number>;
};

/** The grouped expression each view's rows are keyed by; BRANCH needs the salesperson joined as `rbr`. */
const ROW_KEY: Record<CampaignAnalysisView, string> = {
  CAMPAIGN: 'cm.campaignId',
  BRANCH: 'rbr.branchId',
  SALESPERSON: 'cm.salespersonId',
  MEMBER: 'cm.memberId',
};

/** Codes in a person's order (GEN-2 before GEN-10); one collator, as comparing strings one by one with localeCompare is slow. */
const byCode = new Intl.Collator('en', { numeric: true }).compare;

/** The row key of the one row of an ungrouped (totals) query. */
const ALL_ROWS = 'all';

/**
 * A report's rows: one view's, the member view's for a range of member ids, or 'ALL' for the
 * totals alone; `index` names the contact members' index to read when the planner would misjudge.
 */
export type Grouping = { view: CampaignAnalysisView | 'ALL'; memberRange?: [number, number]; index?: string };

/** Sets up the query for a grouping; `key` is the row's expression, null when everything is one row. */
function keyed<T extends SelectQueryBuilder<ObjectLiteral>>(qb: T, grouping: Grouping): { qb: T; key: string | null } {
  if (grouping.view === 'BRANCH') qb.innerJoin(Staff, 'rbr', 'rbr.id = cm.salespersonId');
  if (grouping.memberRange) {
    qb.andWhere('cm.memberId BETWEEN :rFirstMember AND :rLastMember', { rFirstMember: grouping.memberRange[0], rLastMember: grouping.memberRange[1] });
  }
  return { qb, key: grouping.view === 'ALL' ? null : ROW_KEY[grouping.view] };
}

/**
 * How many visible, matching contact members each row has in each status: one grouped query.
 * Branches group the per-salesperson counts (read in index order) rather than joining every
 * contact member to its salesperson.
 */
async function statusCounts(ds: DataSource, filter: ReportFilter, context: ReportContext, grouping: Grouping): Promise<StatusGroupCount[]> {
  const raw = (await ds.query(...statusCountStatement(ds, filter, context, grouping))) as Array<{ rowKey: number | string; statusId: number | string; n: number | string }>;
  return raw.map((r) => ({ rowKey: String(r.rowKey), statusId: Number(r.statusId), count: Number(r.n) }));
}

/** The grouped status count statusCounts runs, as SQL and parameters; exported so a test can EXPLAIN the product's own statement. */
export function statusCountStatement(ds: DataSource, filter: ReportFilter, context: ReportContext, grouping: Grouping): [string, unknown[]] {
  const [sql, params] = statusCountQuery(ds, filter, context, grouping).getQueryAndParameters();
  if (grouping.index) return [withIndex(ds, sql, grouping.index), params];
  // A range's logs read first: SQLite would rather scan a grouping index whole and test each
  // member against them; looked up by id instead (a past month: 5.6 → 2.0 s, load 10–14).
  if (context.contactedRange === 'logs' && isSqlite(ds)) return [withIndex(ds, sql, ''), params];
  // A range ending near today: SQLite would walk a grouping index whole for its order, looking up
  // every member's latest contact (by salesperson, a month: 9.1 s); the members contacted since the
  // start, from their own covering index, and a small sort take 1.1 s.
  if (context.contactedRange === 'latest' && filter.contactedFrom && isSqlite(ds) && !grouping.memberRange) return [withIndex(ds, sql, 'idx_cm_hidden_contacted'), params];
  return [sql, params];
}

function statusCountQuery(ds: DataSource, filter: ReportFilter, context: ReportContext, grouping: Grouping): SelectQueryBuilder<ObjectLiteral> {
  const base = applyReportFilter(ds.getRepository(CampaignMember).createQueryBuilder('cm'), filter, context);
  let qb: SelectQueryBuilder<ObjectLiteral>;
  if (grouping.view === 'BRANCH') {
    const perSalesperson = base.select('cm.salespersonId', 'sp').addSelect('cm.statusId', 'st').addSelect('COUNT(*)', 'n')
      .groupBy('cm.salespersonId').addGroupBy('cm.statusId');
    qb = ds.createQueryBuilder()
      .from(`(${perSalesperson.getQuery()})`, 'x')
      .innerJoin(Staff, 'rbr', 'rbr.id = x.sp')
      .setParameters(perSalesperson.getParameters())
      .select('rbr.branchId', 'rowKey').addSelect('x.st', 'statusId').addSelect('SUM(x.n)', 'n')
      .groupBy('rbr.branchId').addGroupBy('x.st');
  } else {
    const { key } = keyed(base, grouping);
    qb = base.select(key ?? `'${ALL_ROWS}'`, 'rowKey').addSelect('cm.statusId', 'statusId').addSelect('COUNT(*)', 'n');
    if (key) qb.groupBy(key).addGroupBy('cm.statusId');
    else qb.groupBy('cm.statusId');
  }
  return qb;
}

const ARRIVED = [AppointmentStatus.ARRIVED, AppointmentStatus.COMPLETED].map((s) => `'${s}'`).join(', ');
/** The joined appointment is the contact's current booking. */
const BOOKED = 'cm.appointmentId = ra.id';

type Outcome = { outcomes: AppointmentOutcomes; sales: SalesSums };

/**
 * The appointments booked from each row's contact members, by outcome, and what the booked
 * contacts bought on their visit's day: one grouped query over appointments joined to their
 * contact member (cancelled bookings no longer link the contact member, but the appointment still
 * names it). A contact is booked while its appointmentId names the joined appointment, so each
 * booked contact's same-day amounts are summed once however many bookings it had.
 */
async function outcomeCounts(ds: DataSource, filter: ReportFilter, context: ReportContext, grouping: Grouping, rule: SuccessSettings): Promise<Map<string, Outcome>> {
  const base = ds.createQueryBuilder().from(Appointment, 'ra').innerJoin(CampaignMember, 'cm', 'cm.id = ra.campaignMemberId');
  const { qb, key } = keyed(applyReportFilter(base, filter, context), grouping);
  qb.select(key ?? `'${ALL_ROWS}'`, 'rowKey')
    .addSelect('COUNT(*)', 'booked')
    .addSelect(`SUM(CASE WHEN ra.status IN (${ARRIVED}) THEN 1 ELSE 0 END)`, 'arrived')
    .addSelect('SUM(CASE WHEN ra.verifiedAt IS NOT NULL THEN 1 ELSE 0 END)', 'verified')
    .addSelect(`SUM(CASE WHEN ra.status = '${AppointmentStatus.NO_SHOW}' THEN 1 ELSE 0 END)`, 'noShow')
    .addSelect(`SUM(CASE WHEN ra.status = '${AppointmentStatus.CANCELLED}' THEN 1 ELSE 0 END)`, 'cancelled')
    .addSelect(`SUM(CASE WHEN ${BOOKED} THEN 1 ELSE 0 END)`, 'bookedContacts')
    .addSelect(rule.successRuleEnabled ? `SUM(CASE WHEN ${BOOKED} AND cm.${successColumn(rule.successMetric)} >= :rSuccessCents THEN 1 ELSE 0 END)` : '0', 'successful')
    .addSelect(`COALESCE(SUM(CASE WHEN ${BOOKED} THEN cm.sameDayInvoiceCents END), 0)`, 'invoiceCents')
    .addSelect(`COALESCE(SUM(CASE WHEN ${BOOKED} THEN cm.sameDayProductCents END), 0)`, 'productCents')
    .addSelect(`COALESCE(SUM(CASE WHEN ${BOOKED} THEN cm.sameDayTreatmentCents END), 0)`, 'treatmentCents')
    .setParameter('rSuccessCents', rule.successThresholdCents);
  if (key) qb.groupBy(key);
  // Booked contacts are a small part of all contacts, so the appointments are read first (SQLite:
  // 70–100 ms saved on a 90–350 ms report); member pages keep the natural order, their member-id
  // range being narrower than all appointments.
  const raw = (await (grouping.memberRange ? qb.getRawMany() : rawInJoinOrder(ds, qb))) as Array<Record<keyof AppointmentOutcomes | keyof SalesSums | 'rowKey', number | string>>;
  // Without GROUP BY an empty join still yields one row, of nulls.
  return new Map(raw.filter((r) => Number(r.booked) > 0).map((r) => [String(r.rowKey), {
    outcomes: { booked: Number(r.booked), arrived: Number(r.arrived), verified: Number(r.verified), noShow: Number(r.noShow), cancelled: Number(r.cancelled) },
    sales: {
      bookedContacts: Number(r.bookedContacts), successful: Number(r.successful),
      invoiceCents: Number(r.invoiceCents), productCents: Number(r.productCents), treatmentCents: Number(r.treatmentCents),
    },
  }]));
}

/** The salon's success rule, as the contact list judges by (the migration creates the one settings row). */
async function successRule(ds: DataSource): Promise<SuccessSettings> {
  const settings = await ds.getRepository(ContactSettings).findOneOrFail({ select: { id: true, successRuleEnabled: true, successMetric: true, successThresholdCents: true }, where: { id: 1 } });
  return { successRuleEnabled: settings.successRuleEnabled, successMetric: settings.successMetric, successThresholdCents: settings.successThresholdCents };
}

/** The totals row's outcomes and sales from the rows' grouped figures. */
function totalsOf(outcomes: Iterable<Outcome>, rule: SuccessSettings): Pick<AnalysisTotalsOut, 'outcomes' | 'sales'> {
  const all = [...outcomes];
  return { outcomes: sumOutcomes(all.map((o) => o.outcomes)), sales: campaignSales(sumSales(all.map((o) => o.sales)), rule.successRuleEnabled) };
}

type Label = { code: string; name: string };

/** Codes and names of the rows' campaigns, branches, salespeople or members. */
async function labels(ds: DataSource, view: CampaignAnalysisView, ids: number[]): Promise<Map<number, Label>> {
  if (ids.length === 0) return new Map();
  switch (view) {
    case 'CAMPAIGN':
      return new Map((await ds.getRepository(Campaign).find({ select: { id: true, code: true, name: true }, where: { id: In(ids) } })).map((c) => [c.id, { code: c.code, name: c.name }]));
    case 'BRANCH':
      return new Map((await ds.getRepository(Branch).find({ select: { id: true, code: true, name: true }, where: { id: In(ids) } })).map((b) => [b.id, { code: b.code, name: b.name }]));
    case 'SALESPERSON':
      return new Map((await ds.getRepository(Staff).find({ select: { id: true, code: true, displayName: true }, where: { id: In(ids) } })).map((s) => [s.id, { code: s.code, name: s.displayName }]));
    case 'MEMBER':
      return new Map((await ds.getRepository(Member).find({ select: { id: true, memberNo: true, lastName: true, firstName: true }, where: { id: In(ids) } }))
        .map((m) => [m.id, { code: m.memberNo, name: formatMemberName(m) }]));
  }
}

function rowsOut(counts: StatusGroupCount[], columns: ContactStatus[], outcomes: Map<string, Outcome>, names: Map<number, Label>, rule: SuccessSettings): AnalysisRowOut[] {
  return analysisRows(counts, columns).map((row) => {
    const key = Number(row.rowKey);
    const label = names.get(key) ?? { code: String(key), name: '' };
    const outcome = outcomes.get(row.rowKey);
    return {
      key, ...label, cells: row.cells, total: row.total,
      outcomes: outcome?.outcomes ?? { ...NO_OUTCOMES },
      sales: campaignSales(outcome?.sales ?? NO_SALES, rule.successRuleEnabled),
    };
  });
}

async function orderedStatuses(ds: DataSource): Promise<ContactStatus[]> {
  return ds.getRepository(ContactStatus).find({ order: { sortOrder: 'ASC', id: 'ASC' } });
}

/**
 * 聯絡活動分析 for one view: per row (campaign, branch of the responsible salesperson,
 * salesperson, or member) how many of the visible contact members matching the filter have each
 * status now, with ratios and a totals row, plus the appointments booked from them by outcome.
 * The counts are grouped in the database; the campaign, branch and salesperson views hold a few
 * hundred rows at most and are computed whole, the member view a page (or export batch) of
 * members at a time with its totals grouped separately.
 */
export async function campaignAnalysis(ds: DataSource, view: CampaignAnalysisView, filter: ReportFilter, viewerContext: ReportContext): Promise<CampaignAnalysisReport> {
  const [statuses, rule, contactedRange, index] = await Promise.all([
    orderedStatuses(ds), successRule(ds), contactedRangeForm(ds, filter, viewerContext), countIndex(ds, view, filter, viewerContext),
  ]);
  const context = { ...viewerContext, contactedRange };
  if (view === 'MEMBER') return memberAnalysis(ds, filter, context, statuses, rule);

  const [counts, outcomes] = await Promise.all([
    statusCounts(ds, filter, context, { view, index }),
    outcomeCounts(ds, filter, context, { view }, rule),
  ]);
  const columns = statusColumns(statuses, counts);
  const names = await labels(ds, view, [...countsByRow(counts).keys()].map(Number));
  const rows = rowsOut(counts, columns, outcomes, names, rule).sort((a, b) => byCode(a.code, b.code) || a.key - b.key);
  const totals = { ...analysisTotals(counts, columns), ...totalsOf(outcomes.values(), rule) };
  return {
    view,
    columns,
    totals,
    successRule: rule,
    async page(first, after) {
      let start = 0;
      if (after) {
        const [code, key] = decodeCursor(after, 2);
        const next = rows.findIndex((r) => byCode(r.code, String(code)) > 0 || (byCode(r.code, String(code)) === 0 && r.key > Number(key)));
        start = next < 0 ? rows.length : next;
      }
      const { nodes, hasNextPage } = sliceWithLookahead(rows.slice(start, start + first + 1), first);
      return { nodes, hasNextPage, cursorOf: (r) => encodeCursor([r.code, r.key]), totalCount: async () => rows.length };
    },
    async *batches(size) {
      for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
    },
    rowCount: async () => rows.length,
  };
}

/** Chosen campaigns holding at most this share of all contact members are read by campaign. */
const FEW_CAMPAIGNS_SHARE = 1 / 3;

/**
 * The index the salesperson and branch views read when campaigns are chosen and nothing narrows
 * the salespeople: both planners read (hidden, salesperson, status, campaign) whole to group
 * without sorting, which for a few campaigns costs 3× reading their rows by campaign and sorting
 * (SQLite, 10 campaigns: 480 → 150 ms). Their kept member counts tell which is less.
 */
async function countIndex(ds: DataSource, view: CampaignAnalysisView, filter: ReportFilter, context: ReportContext): Promise<string | undefined> {
  if ((view !== 'SALESPERSON' && view !== 'BRANCH') || !filter.campaignIds?.length || filter.contactedFrom || filter.contactedTo) return undefined;
  if (context.scope.kind === 'salespeople' || filter.salespersonIds?.length || filter.branchIds?.length || filter.salesGroupIds?.length) return undefined;
  const raw = await ds.getRepository(Campaign).createQueryBuilder('c')
    .select('SUM(CASE WHEN c.id IN (:...rCampaignIds) THEN c.memberCount ELSE 0 END)', 'chosen')
    .addSelect('SUM(c.memberCount)', 'all')
    .setParameter('rCampaignIds', filter.campaignIds)
    .getRawOne<{ chosen: number | string | null; all: number | string | null }>();
  return Number(raw?.chosen ?? 0) <= FEW_CAMPAIGNS_SHARE * Number(raw?.all ?? 0) ? 'idx_cm_hidden_campaign_status' : undefined;
}

/** The member view: rows are members, in member-id order, read a page of members at a time. */
async function memberAnalysis(ds: DataSource, filter: ReportFilter, context: ReportContext, statuses: ContactStatus[], rule: SuccessSettings): Promise<CampaignAnalysisReport> {
  const [allCounts, allOutcomes] = await Promise.all([
    statusCounts(ds, filter, context, { view: 'ALL' }),
    outcomeCounts(ds, filter, context, { view: 'ALL' }, rule),
  ]);
  const columns = statusColumns(statuses, allCounts);
  const totals = { ...analysisTotals(allCounts, columns), ...totalsOf(allOutcomes.values(), rule) };

  const memberIds = async (limit: number, afterId?: number): Promise<number[]> => {
    const qb = applyReportFilter(ds.getRepository(CampaignMember).createQueryBuilder('cm'), filter, context)
      .select('DISTINCT cm.memberId', 'memberId')
      .orderBy('cm.memberId', 'ASC')
      .limit(limit);
    if (afterId !== undefined) qb.andWhere('cm.memberId > :rAfterMember', { rAfterMember: afterId });
    return (await qb.getRawMany<{ memberId: number | string }>()).map((r) => Number(r.memberId));
  };
  const rowsFor = async (ids: number[]): Promise<AnalysisRowOut[]> => {
    if (ids.length === 0) return [];
    const grouping: Grouping = { view: 'MEMBER', memberRange: [ids[0], ids[ids.length - 1]] };
    const [counts, outcomes, names] = await Promise.all([
      statusCounts(ds, filter, context, grouping),
      outcomeCounts(ds, filter, context, grouping, rule),
      labels(ds, 'MEMBER', ids),
    ]);
    return rowsOut(counts, columns, outcomes, names, rule).sort((a, b) => a.key - b.key);
  };
  const rowCount = async () => {
    const raw = await applyReportFilter(ds.getRepository(CampaignMember).createQueryBuilder('cm'), filter, context)
      .select('COUNT(DISTINCT cm.memberId)', 'n')
      .getRawOne<{ n: number | string }>();
    return Number(raw?.n ?? 0);
  };

  return {
    view: 'MEMBER',
    columns,
    totals,
    successRule: rule,
    async page(first, after) {
      const afterId = after ? Number(decodeCursor(after, 1)[0]) : undefined;
      const ids = await memberIds(first + 1, afterId);
      const { nodes: pageIds, hasNextPage } = sliceWithLookahead(ids, first);
      return { nodes: await rowsFor(pageIds), hasNextPage, cursorOf: (r) => encodeCursor([r.key]), totalCount: rowCount };
    },
    async *batches(size) {
      let afterId: number | undefined;
      for (;;) {
        const ids = await memberIds(size, afterId);
        if (ids.length === 0) return;
        yield await rowsFor(ids);
        if (ids.length < size) return;
        afterId = ids[ids.length - 1];
      }
    },
    rowCount,
  };
}

