import { print } from 'graphql';
import type { DataSource } from 'typeorm';
import { Campaign } from '../../entities';
import { executeAs } from '../../graphql/execute';
import { CampaignAnalysisReportDocument } from '../../graphql/generated/graphql';
import type { Viewer } from '../../services/auth/viewer';
import { salonDayRange } from '../../services/contacts/contact-filter';
import { viewerTimeZone } from '../../services/contacts/contact-list.service';
import { contactScope } from '../../services/contacts/contact-scope.service';
import { daySpan } from '../../services/contacts/follow-up-state';
import { datetimeFormatter } from '../../services/seed/bulk-contacts.service';
import type { BenchCase } from './case';
import { isSqlite } from '../../db/dialect';

/** The screen's own request (columns, totals, applied filter, success rule, who ran it, a page of rows with every cell, outcome and sale, the row count). */
const ANALYSIS = print(CampaignAnalysisReportDocument);
/** The screen's page size (PAGE_SIZE in components/reports/analysis/analysis-documents.ts). */
const PAGE_SIZE = 100;

type AnalysisResult = { data?: { campaignAnalysis: { totals: { total: number }; rows: { nodes: Array<{ key: string; total: number }> } } } | null; errors?: unknown };

/** The plain statement's filter: WHERE conditions and their parameters, and an index when the best plain plan needs one. */
type PlainFilter = { where: string[]; params: unknown[]; index?: string };

/** A salon day `days` before today (or after, when negative) as YYYY-MM-DD in `timeZone`. */
function salonDayBefore(now: Date, days: number, timeZone: string): string {
  const start = daySpan(now, timeZone).start;
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(start.getTime() - days * 86_400_000 + 3_600_000));
}

/**
 * 聯絡活動分析 through GraphQL against the best plain GROUP BY for the same rows: the same
 * visibility (salesperson ids IN the viewer's scope) and recycle bin (memberHidden), the filter
 * written as a person would write it at best (branches and sales groups as their salespeople's
 * ids; a contact range from the members' latest contact time, their logs looked up only when
 * contacted again after the range, or — for a past range — the range's distinct logs joined to
 * their members), grouped by the view's key and the status, and nothing else — no appointment
 * outcomes, no labels, no ratios. Cases: each filter alone, and 1, 10, 50 and 100 campaigns, by
 * campaign and by salesperson. Each case is checked once against its SQL before it is timed
 * (same grand total, same row totals), so the baseline cannot drift silently.
 */
export async function reportCases(ds: DataSource, manager: Viewer, salesperson: Viewer): Promise<BenchCase[]> {
  const q = (name: string) => ds.driver.escape(name);
  const cm = (name: string) => `cm.${q(name)}`;
  const sqlite = isSqlite(ds);
  const salesScope = await contactScope(ds, salesperson);
  if (salesScope.kind !== 'salespeople') throw new Error(`${salesperson.code} should see only their own contacts (default visibility)`);
  const byMembers = (await ds.getRepository(Campaign).createQueryBuilder('c').where('c.code LIKE :gen', { gen: 'GEN-%' }).orderBy('c.memberCount', 'DESC').getMany());
  const allMembers = byMembers.reduce((sum, c) => sum + c.memberCount, 0);
  const largest = (n: number) => byMembers.slice(0, n).map((c) => c.id);
  // The branch and sales group with the most contact members, and their salespeople.
  const biggest = async (column: 'branchId' | 'salesGroupId') => {
    const [top] = (await ds.query(
      `SELECT s.${q(column)} AS k FROM ${q('campaign_members')} cm JOIN ${q('staff')} s ON s.${q('id')} = ${cm('salespersonId')} WHERE s.${q(column)} IS NOT NULL GROUP BY s.${q(column)} ORDER BY COUNT(*) DESC LIMIT 1`,
    )) as Array<{ k: number | string }>;
    const staff = (await ds.query(`SELECT ${q('id')} AS id FROM ${q('staff')} WHERE ${q(column)} = ?`, [top.k])) as Array<{ id: number | string }>;
    return { id: Number(top.k), salespeople: staff.map((r) => Number(r.id)) };
  };
  const [branch, group] = [await biggest('branchId'), await biggest('salesGroupId')];
  const timeZone = await viewerTimeZone(ds, manager);
  const now = new Date();
  const dt = datetimeFormatter(sqlite);
  const range = (fromDays: number, toDays: number) => {
    const [from, to] = [salonDayBefore(now, fromDays, timeZone), salonDayBefore(now, toDays, timeZone)];
    const span = salonDayRange(from, to, timeZone);
    return { from, to, start: dt(span.start!.getTime()), end: dt(span.end!.getTime()) };
  };

  const inList = (column: string, ids: number[]): PlainFilter => ({ where: [`${cm(column)} IN (${ids.map(() => '?').join(',')})`], params: ids });
  const campaignsPlain = (ids: number[], view: string): PlainFilter => {
    const share = byMembers.filter((c) => ids.includes(c.id)).reduce((sum, c) => sum + c.memberCount, 0) / allMembers;
    // For a few campaigns the best plain plan reads them by campaign and sorts; for many, the salesperson index whole.
    return { ...inList('campaignId', ids), index: view === 'SALESPERSON' && share <= 1 / 3 ? 'idx_cm_hidden_campaign_status' : undefined };
  };
  const recentPlain = (r: ReturnType<typeof range>): PlainFilter => ({
    where: [`${cm('lastContactAt')} >= ?`, `(${cm('lastContactAt')} < ? OR EXISTS (SELECT 1 FROM ${q('contact_logs')} l WHERE l.${q('campaignMemberId')} = ${cm('id')} AND l.${q('contactedAt')} >= ? AND l.${q('contactedAt')} < ?))`],
    params: [r.start, r.end, r.start, r.end],
  });

  const groupBy = (key: string, viewer: Viewer, filter: PlainFilter | null, pastRange?: ReturnType<typeof range>) => {
    const where = [`${cm('memberHidden')} = 0`, ...(filter?.where ?? [])];
    const params: unknown[] = [...(filter?.params ?? [])];
    if (viewer === salesperson) {
      where.push(`${cm('salespersonId')} IN (${salesScope.salespersonIds.map(() => '?').join(',')})`);
      params.push(...salesScope.salespersonIds);
    }
    const hint = !filter?.index ? '' : sqlite ? ` INDEXED BY ${q(filter.index)}` : ` FORCE INDEX (${q(filter.index)})`;
    // A past range: the range's distinct logs first, then their members (MariaDB keeps that order only with STRAIGHT_JOIN).
    const from = pastRange
      ? `(SELECT DISTINCT l.${q('campaignMemberId')} AS id FROM ${q('contact_logs')} l WHERE l.${q('contactedAt')} >= ? AND l.${q('contactedAt')} < ?) x ${sqlite ? 'CROSS JOIN' : 'STRAIGHT_JOIN'} ${q('campaign_members')} cm ON ${cm('id')} = x.id`
      : `${q('campaign_members')} cm${hint}`;
    const allParams = pastRange ? [pastRange.start, pastRange.end, ...params] : params;
    // Branches: the plain way joins every contact member to its salesperson's row.
    const sql = key === 'branchId'
      ? `SELECT s.${q('branchId')} AS k, ${cm('statusId')} AS s, COUNT(*) AS n FROM ${from} JOIN ${q('staff')} s ON s.${q('id')} = ${cm('salespersonId')} WHERE ${where.join(' AND ')} GROUP BY s.${q('branchId')}, ${cm('statusId')}`
      : `SELECT ${cm(key)} AS k, ${cm('statusId')} AS s, COUNT(*) AS n FROM ${from} WHERE ${where.join(' AND ')} GROUP BY ${cm(key)}, ${cm('statusId')}`;
    return async () => (await ds.query(sql, allParams)) as Array<{ k: number | string; s: number | string; n: number | string }>;
  };

  const viaGraphql = (viewer: Viewer, view: string, filter: Record<string, unknown>) => async () => {
    const result = (await executeAs(ds, viewer, ANALYSIS, { view, filter, first: PAGE_SIZE })) as AnalysisResult;
    if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.campaignAnalysis;
  };

  const cases: BenchCase[] = [];
  type Spec = { filter?: Record<string, unknown>; plain?: (view: string) => PlainFilter | null; pastRange?: ReturnType<typeof range> };
  const add = (name: string, viewer: Viewer, view: string, key: string, spec: Spec = {}) => {
    const sql = groupBy(key, viewer, spec.plain?.(view) ?? null, spec.pastRange);
    const graphql = viaGraphql(viewer, view, spec.filter ?? {});
    let checked = false;
    cases.push({
      name,
      sql,
      graphql,
      runs: 10,
      warmup: 1,
      // Checked once, untimed, before the case's first call: only the cases a run selects pay for it.
      before: async () => {
        if (checked) return;
        checked = true;
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
  const views = [['campaign', 'CAMPAIGN', 'campaignId'], ['salesperson', 'SALESPERSON', 'salespersonId']] as const;
  add('report: analysis by campaign (manager, all campaigns)', manager, 'CAMPAIGN', 'campaignId');
  add('report: analysis by salesperson (manager, all campaigns)', manager, 'SALESPERSON', 'salespersonId');
  add('report: analysis by branch (manager, all campaigns)', manager, 'BRANCH', 'branchId');
  for (const [label, view, key] of views) {
    for (const n of [1, 10, 50, 100]) {
      const ids = largest(n);
      add(`report: analysis by ${label} (manager, ${n} largest campaigns)`, manager, view, key, { filter: { campaignIds: ids.map(String) }, plain: (v) => campaignsPlain(ids, v) });
    }
    add(`report: analysis by ${label} (manager, branch)`, manager, view, key, { filter: { branchIds: [String(branch.id)] }, plain: () => inList('salespersonId', branch.salespeople) });
    add(`report: analysis by ${label} (manager, sales group)`, manager, view, key, { filter: { salesGroupIds: [String(group.id)] }, plain: () => inList('salespersonId', group.salespeople) });
    for (const [span, days] of [['last 7 days', 6], ['last 30 days', 29]] as const) {
      const r = range(days, 0);
      add(`report: analysis by ${label} (manager, contacted ${span})`, manager, view, key, { filter: { contactedFrom: r.from, contactedTo: r.to }, plain: () => recentPlain(r) });
    }
    const past = range(200, 171);
    add(`report: analysis by ${label} (manager, contacted in a past month)`, manager, view, key, { filter: { contactedFrom: past.from, contactedTo: past.to }, pastRange: past });
    const month = range(29, 0);
    const ten = largest(10);
    add(`report: analysis by ${label} (manager, 10 campaigns, branch, contacted last 30 days)`, manager, view, key, {
      filter: { campaignIds: ten.map(String), branchIds: [String(branch.id)], contactedFrom: month.from, contactedTo: month.to },
      plain: () => {
        const c = inList('campaignId', ten);
        const b = inList('salespersonId', branch.salespeople);
        const m = recentPlain(month);
        return { where: [...c.where, ...b.where, ...m.where], params: [...c.params, ...b.params, ...m.params] };
      },
    });
  }
  add('report: analysis by campaign (salesperson, own)', salesperson, 'CAMPAIGN', 'campaignId');
  add('report: analysis by salesperson (salesperson, own)', salesperson, 'SALESPERSON', 'salespersonId');
  return cases;
}
