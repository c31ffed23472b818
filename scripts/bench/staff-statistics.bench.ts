import type { DataSource } from 'typeorm';
import { executeAs } from '../../graphql/execute';
import type { Viewer } from '../../services/auth/viewer';
import { salonDayRange } from '../../services/contacts/contact-filter';
import { viewerTimeZone } from '../../services/contacts/contact-list.service';
import { contactScope } from '../../services/contacts/contact-scope.service';
import { daySpan } from '../../services/contacts/follow-up-state';
import { datetimeFormatter } from '../../services/seed/bulk-contacts.service';
import type { BenchCase } from './case';
import { isSqlite } from '../../db/dialect';

/** The screen's request (components/reports/follow-up): the period, the method columns, totals and the rows. */
const FOLLOW_UP = `query($filter: ReportFilterInput, $first: Int!) {
  followUpStatistics(filter: $filter) {
    from to methods { id label }
    totals { assigned contacted logs logsByMethod { methodId count } booked attended overdue }
    rows(first: $first) { nodes { salesperson { code displayName } assigned contacted logs logsByMethod { methodId count } booked attended overdue } }
  }
}`;

type Totals = { assigned: number; contacted: number; logs: number; overdue: number };
type FollowUpResult = { data?: { followUpStatistics: { totals: Totals } } | null; errors?: unknown };
type Statement = [string, unknown[]];
/** A grouped count; `f` is the members contacted (first logs in the period). */
type Row = { n: number | string; f?: number | string };

/**
 * 同事跟進的統計 through GraphQL for the last 7 and 30 days and the last whole month, chain-wide
 * (manager) and a salesperson's own, against the best plain statements run one after another:
 * assignments and overdue follow-ups (by salesperson, on their index) from the contact members' indexes, and the period's logs by
 * salesperson and method with the members contacted (first log in the period) from the logs'
 * copies. Before timing, each case's totals are checked against those statements and against the
 * full count the copies stand for (the contact members joined to all their logs in the period), so
 * neither the baseline nor the copies can drift silently. Appointments are left out: the
 * generated data has none from contacts.
 */
export async function staffStatisticsCases(ds: DataSource, manager: Viewer, salesperson: Viewer): Promise<BenchCase[]> {
  const q = (name: string) => ds.driver.escape(name);
  const cm = (name: string) => `cm.${q(name)}`;
  const l = (name: string) => `l.${q(name)}`;
  const dt = datetimeFormatter(isSqlite(ds));
  const salesScope = await contactScope(ds, salesperson);
  if (salesScope.kind !== 'salespeople') throw new Error(`${salesperson.code} should see only their own contacts (default visibility)`);
  const timeZone = await viewerTimeZone(ds, manager);
  const now = new Date();
  const todayStart = daySpan(now, timeZone).start;
  const dayOf = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  const staffIds = ((await ds.query(`SELECT ${q('id')} AS id FROM ${q('staff')}`)) as Array<{ id: number | string }>).map((r) => Number(r.id));
  const methodIds = ((await ds.query(`SELECT ${q('id')} AS id FROM ${q('contact_methods')}`)) as Array<{ id: number | string }>).map((r) => Number(r.id));
  const lastMonthEnd = new Date(`${dayOf(now).slice(0, 8)}01T12:00:00Z`).getTime() - 86_400_000;
  const periods: Array<[string, string, string]> = [
    ['last 7 days', dayOf(new Date(todayStart.getTime() - 6 * 86_400_000)), dayOf(now)],
    ['last 30 days', dayOf(new Date(todayStart.getTime() - 29 * 86_400_000)), dayOf(now)],
    ['last month', `${dayOf(new Date(lastMonthEnd)).slice(0, 8)}01`, dayOf(new Date(lastMonthEnd))],
  ];

  const cases: BenchCase[] = [];
  for (const [label, from, to] of periods) {
    const range = salonDayRange(from, to, timeZone);
    const [start, end] = [dt(range.start!.getTime()), dt(range.end!.getTime())];
    for (const viewer of [manager, salesperson]) {
      const ids = viewer === salesperson ? salesScope.salespersonIds : staffIds;
      const own = viewer === salesperson ? ` AND ${cm('salespersonId')} IN (${ids.join(',')})` : '';
      const visible = `${cm('memberHidden')} = 0${own}`;
      const best: Statement[] = [
        [`SELECT ${cm('salespersonId')} AS k, COUNT(*) AS n FROM ${q('campaign_members')} cm WHERE ${visible} GROUP BY ${cm('salespersonId')}`, []],
        [`SELECT ${l('salespersonId')} AS k, ${l('methodId')} AS m, COUNT(*) AS n, SUM(CASE WHEN ${l('prevContactedAt')} IS NULL OR ${l('prevContactedAt')} < ? THEN 1 ELSE 0 END) AS f
          FROM ${q('contact_logs')} l WHERE ${l('memberHidden')} = 0 AND ${l('salespersonId')} IN (${ids.join(',')}) AND ${l('methodId')} IN (${methodIds.join(',')})
          AND ${l('contactedAt')} >= ? AND ${l('contactedAt')} < ? GROUP BY ${l('salespersonId')}, ${l('methodId')}`, [start, start, end]],
        [`SELECT ${cm('salespersonId')} AS k, COUNT(*) AS n FROM ${q('campaign_members')} cm WHERE ${visible} AND ${cm('salespersonId')} IN (${ids.join(',')}) AND ${cm('followUpClosedAt')} IS NULL AND ${cm('nextFollowUpAt')} < ? GROUP BY ${cm('salespersonId')}`, [dt(todayStart.getTime())]],
      ];
      const sql = async (): Promise<Totals> => {
        const results: Row[][] = [];
        for (const [text, params] of best) results.push(await ds.query(text, params));
        const sum = (rows: Row[], pick: (r: Row) => number | string | undefined) => rows.reduce((total, r) => total + Number(pick(r)), 0);
        return { assigned: sum(results[0], (r) => r.n), contacted: sum(results[1], (r) => r.f), logs: sum(results[1], (r) => r.n), overdue: sum(results[2], (r) => r.n) };
      };
      // The full count the copies stand for: every visible contact member joined to its logs in the period.
      const fullCount = async () => {
        const [contacted] = (await ds.query(`SELECT COUNT(*) AS n FROM ${q('campaign_members')} cm WHERE ${visible} AND ${cm('id')} IN (SELECT ${l('campaignMemberId')} FROM ${q('contact_logs')} l WHERE ${l('contactedAt')} >= ? AND ${l('contactedAt')} < ?)`, [start, end])) as Array<{ n: number | string }>;
        const [logs] = (await ds.query(`SELECT COUNT(*) AS n FROM ${q('contact_logs')} l JOIN ${q('campaign_members')} cm ON ${cm('id')} = ${l('campaignMemberId')} WHERE ${l('contactedAt')} >= ? AND ${l('contactedAt')} < ? AND ${visible}`, [start, end])) as Array<{ n: number | string }>;
        return { contacted: Number(contacted.n), logs: Number(logs.n) };
      };
      const graphql = async () => {
        const result = (await executeAs(ds, viewer, FOLLOW_UP, { filter: { contactedFrom: from, contactedTo: to }, first: 100 })) as FollowUpResult;
        if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
        return result.data.followUpStatistics.totals;
      };
      const name = `report: staff follow-up statistics, ${label} (${viewer === manager ? 'manager, whole chain' : 'salesperson, own'})`;
      const [expected, totals, full] = [await sql(), await graphql(), await fullCount()];
      for (const key of Object.keys(expected) as Array<keyof Totals>) {
        if (totals[key] !== expected[key]) throw new Error(`${name}: ${key} ${totals[key]} ≠ SQL ${expected[key]}`);
      }
      if (full.contacted !== totals.contacted || full.logs !== totals.logs) throw new Error(`${name}: ${JSON.stringify(totals)} ≠ full count ${JSON.stringify(full)}`);
      cases.push({ name, sql, graphql, runs: 10, warmup: 1 });
    }
  }
  return cases;
}
