import type { DataSource } from 'typeorm';
import { Campaign } from '../../entities';
import { executeAs } from '../../graphql/execute';
import type { Viewer } from '../../services/auth/viewer';
import { contactScope } from '../../services/contacts/contact-scope';
import type { BenchCase } from './case';

/** The screen's request: columns, totals and the first page of rows with every cell and outcome. */
const ANALYSIS = `query($view: CampaignAnalysisView!, $filter: ReportFilterInput, $first: Int!) {
  campaignAnalysis(view: $view, filter: $filter) {
    columns { id label }
    totals { total cells { statusId count ratio } outcomes { booked arrived verified noShow cancelled } }
    ranBy { code displayName }
    filter { campaigns { code } salespeople { code } }
    rows(first: $first) {
      nodes { key code name total cells { statusId count ratio } outcomes { booked arrived verified noShow cancelled } }
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
  return cases;
}
