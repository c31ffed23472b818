import type { DataSource } from 'typeorm';
import { Campaign } from '../../entities';
import { executeAs } from '../../graphql/execute';
import type { Viewer } from '../../services/auth/viewer';
import { salonDayRange } from '../../services/contacts/contact-filter';
import { viewerTimeZone } from '../../services/contacts/contact-list.service';
import { contactScope } from '../../services/contacts/contact-scope.service';
import { daySpan } from '../../services/contacts/follow-up-state';
import { datetimeFormatter } from '../../services/seed/bulk-contacts.service';
import type { BenchCase } from './case';
import { isSqlite } from '../../db/dialect';

const SALES = 'sales { bookedContacts successful successRatio invoiceCents productCents treatmentCents }';

/** The screen's request: columns, totals and the first page of rows with every cell, outcome and same-day sales figure. */
const ANALYSIS = `query($view: CampaignAnalysisView!, $filter: ReportFilterInput, $first: Int!) {
  campaignAnalysis(view: $view, filter: $filter) {
    columns { id label }
    successRule { enabled }
    totals { total cells { statusId count ratio } outcomes { booked arrived verified noShow cancelled } ${SALES} }
    ranBy { code displayName }
    filter { campaigns { code } salespeople { code } }
    rows(first: $first) {
      nodes { key code name total cells { statusId count ratio } outcomes { booked arrived verified noShow cancelled } ${SALES} }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

type AnalysisResult = { data?: { campaignAnalysis: { totals: { total: number }; rows: { nodes: Array<{ key: string; total: number }> } } } | null; errors?: unknown };

/**
 * 聯絡活動分析 through GraphQL against the plain GROUP BY it stands for: the same visibility
 * (salesperson ids IN the viewer's scope) and recycle bin (memberHidden), grouped by the view's
 * key and the status, and nothing else — no appointment outcomes, no labels, no ratios. Each case
 * is checked once against its SQL before timing (same grand total, same row totals), so the
 * baseline cannot drift silently.
 */
export async function reportCases(ds: DataSource, manager: Viewer, salesperson: Viewer): Promise<BenchCase[]> {
  const q = (name: string) => ds.driver.escape(name);
  const cm = (name: string) => `cm.${q(name)}`;
  const salesScope = await contactScope(ds, salesperson);
  if (salesScope.kind !== 'salespeople') throw new Error(`${salesperson.code} should see only their own contacts (default visibility)`);
  const twoCampaigns = (await ds.getRepository(Campaign).createQueryBuilder('c').where('c.code LIKE :gen', { gen: 'GEN-%' }).orderBy('c.memberCount', 'DESC').limit(2).getMany()).map((c) => c.id);

  const groupBy = (key: string, viewer: Viewer, campaignIds: number[] = []) => {
    const where = [`${cm('memberHidden')} = 0`];
    const params: number[] = [];
    if (viewer === salesperson) {
      where.push(`${cm('salespersonId')} IN (${salesScope.salespersonIds.map(() => '?').join(',')})`);
      params.push(...salesScope.salespersonIds);
    }
    if (campaignIds.length) {
      where.push(`${cm('campaignId')} IN (${campaignIds.map(() => '?').join(',')})`);
      params.push(...campaignIds);
    }
    // Branches: the plain way joins every contact member to its salesperson's row.
    const sql = key === 'branchId'
      ? `SELECT s.${q('branchId')} AS k, ${cm('statusId')} AS s, COUNT(*) AS n FROM ${q('campaign_members')} cm JOIN ${q('staff')} s ON s.${q('id')} = ${cm('salespersonId')} WHERE ${where.join(' AND ')} GROUP BY s.${q('branchId')}, ${cm('statusId')}`
      : `SELECT ${cm(key)} AS k, ${cm('statusId')} AS s, COUNT(*) AS n FROM ${q('campaign_members')} cm WHERE ${where.join(' AND ')} GROUP BY ${cm(key)}, ${cm('statusId')}`;
    return async () => (await ds.query(sql, params)) as Array<{ k: number | string; s: number | string; n: number | string }>;
  };

  const viaGraphql = (viewer: Viewer, view: string, filter: Record<string, unknown>) => async () => {
    const result = (await executeAs(ds, viewer, ANALYSIS, { view, filter, first: 100 })) as AnalysisResult;
    if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.campaignAnalysis;
  };

  const cases: Array<BenchCase & { check: () => Promise<void> }> = [];
  const add = (name: string, viewer: Viewer, view: string, key: string, campaignIds: number[] = []) => {
    const sql = groupBy(key, viewer, campaignIds);
    const graphql = viaGraphql(viewer, view, campaignIds.length ? { campaignIds: campaignIds.map(String) } : {});
    cases.push({
      name,
      sql,
      graphql,
      check: async () => {
        const [rows, report] = await Promise.all([sql(), graphql()]);
        const byKey = new Map<string, number>();
        for (const r of rows) byKey.set(String(r.k), (byKey.get(String(r.k)) ?? 0) + Number(r.n));
        const total = [...byKey.values()].reduce((a, b) => a + b, 0);
        if (report.totals.total !== total) throw new Error(`${name}: total ${report.totals.total} ≠ SQL ${total}`);
        for (const node of report.rows.nodes) {
          if (byKey.get(node.key) !== node.total) throw new Error(`${name}: row ${node.key} ${node.total} ≠ SQL ${byKey.get(node.key)}`);
        }
      },
    });
  };
  add('report: analysis by campaign (manager, all campaigns)', manager, 'CAMPAIGN', 'campaignId');
  add('report: analysis by salesperson (manager, all campaigns)', manager, 'SALESPERSON', 'salespersonId');
  add('report: analysis by campaign (manager, two largest campaigns)', manager, 'CAMPAIGN', 'campaignId', twoCampaigns);
  add('report: analysis by salesperson (manager, two largest campaigns)', manager, 'SALESPERSON', 'salespersonId', twoCampaigns);
  add('report: analysis by branch (manager, all campaigns)', manager, 'BRANCH', 'branchId');
  add('report: analysis by campaign (salesperson, own)', salesperson, 'CAMPAIGN', 'campaignId');
  add('report: analysis by salesperson (salesperson, own)', salesperson, 'SALESPERSON', 'salespersonId');
  for (const c of cases) await c.check();
  return [...cases, ...(await followUpCases(ds, manager, salesperson, salesScope.salespersonIds))];
}

const FOLLOW_UP = `query($filter: ReportFilterInput, $first: Int!) {
  followUpStatistics(filter: $filter) {
    from to methods { id label }
    totals { assigned contacted logs logsByMethod { methodId count } booked attended overdue }
    rows(first: $first) { nodes { salesperson { code displayName } assigned contacted logs logsByMethod { methodId count } booked attended overdue } }
  }
}`;

type FollowUpResult = { data?: { followUpStatistics: { totals: { assigned: number; contacted: number; logs: number; overdue: number } } } | null; errors?: unknown };

/**
 * 同事跟進的統計 for the last 7 and 30 days through GraphQL, against the plain grouped statements
 * it stands for run one after another: assignments, members contacted in the period, the
 * period's logs by salesperson and method, and open follow-ups due before today (appointments
 * are left out: the generated data has none from contacts). Checked once against them first.
 */
async function followUpCases(ds: DataSource, manager: Viewer, salesperson: Viewer, ownIds: number[]): Promise<BenchCase[]> {
  const q = (name: string) => ds.driver.escape(name);
  const cm = (name: string) => `cm.${q(name)}`;
  const dt = datetimeFormatter(isSqlite(ds));
  const timeZone = await viewerTimeZone(ds, manager);
  const now = new Date();
  const todayStart = daySpan(now, timeZone).start;
  const dayOf = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  const cases: BenchCase[] = [];
  for (const days of [7, 30]) {
    const from = dayOf(new Date(todayStart.getTime() - (days - 1) * 86_400_000));
    const to = dayOf(now);
    const range = salonDayRange(from, to, timeZone);
    const [start, end] = [dt(range.start!.getTime()), dt(range.end!.getTime())];
    for (const viewer of [manager, salesperson]) {
      const own = viewer === salesperson ? ` AND ${cm('salespersonId')} IN (${ownIds.join(',')})` : '';
      const visible = `${cm('memberHidden')} = 0${own}`;
      const statements: Array<[string, unknown[]]> = [
        [`SELECT ${cm('salespersonId')} AS k, COUNT(*) AS n FROM ${q('campaign_members')} cm WHERE ${visible} GROUP BY ${cm('salespersonId')}`, []],
        [`SELECT ${cm('salespersonId')} AS k, COUNT(*) AS n FROM ${q('campaign_members')} cm WHERE ${visible} AND ${cm('id')} IN (SELECT l.${q('campaignMemberId')} FROM ${q('contact_logs')} l WHERE l.${q('contactedAt')} >= ? AND l.${q('contactedAt')} < ?) GROUP BY ${cm('salespersonId')}`, [start, end]],
        [`SELECT ${cm('salespersonId')} AS k, l.${q('methodId')} AS m, COUNT(*) AS n FROM ${q('contact_logs')} l JOIN ${q('campaign_members')} cm ON ${cm('id')} = l.${q('campaignMemberId')} WHERE l.${q('contactedAt')} >= ? AND l.${q('contactedAt')} < ? AND ${visible} GROUP BY ${cm('salespersonId')}, l.${q('methodId')}`, [start, end]],
        [`SELECT ${cm('salespersonId')} AS k, COUNT(*) AS n FROM ${q('campaign_members')} cm WHERE ${visible} AND ${cm('followUpClosedAt')} IS NULL AND ${cm('nextFollowUpAt')} < ? GROUP BY ${cm('salespersonId')}`, [dt(todayStart.getTime())]],
      ];
      const sql = async () => {
        const results: Array<Array<{ n: number | string }>> = [];
        for (const [text, params] of statements) results.push(await ds.query(text, params));
        return results.map((rows) => rows.reduce((sum, r) => sum + Number(r.n), 0));
      };
      const graphql = async () => {
        const result = (await executeAs(ds, viewer, FOLLOW_UP, { filter: { contactedFrom: from, contactedTo: to }, first: 100 })) as FollowUpResult;
        if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
        return result.data.followUpStatistics.totals;
      };
      const name = `report: staff follow-up statistics, last ${days} days (${viewer === manager ? 'manager, whole chain' : 'salesperson, own'})`;
      const [[assigned, contacted, logs, overdue], totals] = await Promise.all([sql(), graphql()]);
      const expected = { assigned, contacted, logs, overdue };
      for (const key of Object.keys(expected) as Array<keyof typeof expected>) {
        if (totals[key] !== expected[key]) throw new Error(`${name}: ${key} ${totals[key]} ≠ SQL ${expected[key]}`);
      }
      cases.push({ name, sql, graphql, runs: 5, warmup: 1 });
    }
  }
  return cases;
}
