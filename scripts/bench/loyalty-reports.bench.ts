import type { DataSource } from 'typeorm';
import { isSqlite } from '../../db/dialect';
import { executeAs } from '../../graphql/execute';
import type { Viewer } from '../../services/auth/viewer';
import type { BenchCase } from './case';

/** What the movements tab asks (components/reports/loyalty/loyalty-reports-documents.ts). */
const MOVEMENTS = `query($filter: PointsMovementsFilter) { pointsMovements(filter: $filter) {
  from to period totals { issued earned referral adjustedIn redeemed expired reversed adjustedOut net }
  rows(first: 100) { nodes { period branch { id code name } issued earned referral adjustedIn redeemed expired reversed adjustedOut net } totalCount }
} }`;

/** What the ranking tab asks for its first page. */
const RANKING = `query { pointsRanking(first: 50) { memberCount rows { nodes { rank balance earnedTotal member { id memberNo displayName } } totalCount } } }`;

/**
 * 會員積分 報告 at scale (the points lane's `npm run db:generate` ledger): the points movements
 * of the newest month of the ledger by salon day and branch, and the ranking's first page, as a
 * manager through GraphQL, against the same sums and the same page as plain SQL. Runs only with
 * at least 1,000,000 points entries.
 */
export async function loyaltyReportCases(ds: DataSource, manager: Viewer): Promise<BenchCase[]> {
  const q = (name: string) => ds.driver.escape(name);
  const [{ n }] = (await ds.query(`SELECT COUNT(*) AS n FROM ${q('points_entries')} WHERE ${q('id')} <= 1000000`)) as Array<{ n: number }>;
  if (Number(n) < 1_000_000) return [];
  const [{ last }] = (await ds.query(`SELECT MAX(${q('createdAt')}) AS ${q('last')} FROM ${q('points_entries')}`)) as Array<{ last: string | Date }>;
  const newest = new Date(last instanceof Date ? last : `${String(last).replace(' ', 'T')}Z`);
  const to = newest.toISOString().slice(0, 10);
  const from = `${to.slice(0, 7)}-01`;
  // The plain query: the same sums over the same Hong Kong days (UTC+8, no offset change), grouped by day and branch.
  const day = isSqlite(ds) ? `date(e.${q('createdAt')}, '+480 minutes')` : `DATE_FORMAT(DATE_ADD(e.${q('createdAt')}, INTERVAL 480 MINUTE), '%Y-%m-%d')`;
  const start = new Date(`${from}T00:00:00+08:00`).toISOString().replace('T', ' ').slice(0, 23);
  const end = new Date(new Date(`${to}T00:00:00+08:00`).getTime() + 86_400_000).toISOString().replace('T', ' ').slice(0, 23);
  const sum = (condition: string) => `SUM(CASE WHEN ${condition} THEN e.${q('points')} ELSE 0 END)`;
  const plainMovements = () => ds.query(
    `SELECT ${day} AS d, COALESCE(e.${q('branchId')}, m.${q('branchId')}) AS b, ${sum(`e.${q('kind')} = 'EARN'`)}, ${sum(`e.${q('kind')} = 'REFERRAL'`)},
       ${sum(`e.${q('kind')} = 'ADJUST' AND e.${q('points')} > 0`)}, ${sum(`e.${q('kind')} = 'ADJUST' AND e.${q('points')} < 0`)},
       ${sum(`e.${q('kind')} = 'REDEEM'`)}, ${sum(`e.${q('kind')} = 'EXPIRE'`)}, ${sum(`e.${q('kind')} = 'REVERSE'`)}
     FROM ${q('points_entries')} e JOIN ${q('members')} m ON m.${q('id')} = e.${q('memberId')}
     WHERE e.${q('createdAt')} >= ? AND e.${q('createdAt')} < ? GROUP BY d, b`,
    [start, end],
  );
  const asGraphql = (query: string, variables: Record<string, unknown> = {}) => async () => {
    const result = (await executeAs(ds, manager, query, variables)) as { errors?: unknown };
    if (result.errors) throw new Error(JSON.stringify(result.errors));
  };
  const plainRanking = async () => {
    const rows = (await ds.query(`SELECT ${q('memberId')} AS id, ${q('balance')} AS b FROM ${q('member_points')} WHERE ${q('balance')} > 0 ORDER BY ${q('balance')} DESC, ${q('memberId')} LIMIT 51`)) as Array<{ id: number; b: number }>;
    for (const b of new Set(rows.map((r) => Number(r.b)))) await ds.query(`SELECT COUNT(*) FROM ${q('member_points')} WHERE ${q('balance')} > ?`, [b]);
    await ds.query(`SELECT * FROM ${q('members')} WHERE ${q('id')} IN (${rows.map((r) => Number(r.id)).join(',') || 0})`);
    // The page's counts: every member (the ranks' "of N") and the members on the ranking.
    await ds.query(`SELECT COUNT(*) FROM ${q('members')} WHERE ${q('deletedAt')} IS NULL`);
    await ds.query(`SELECT COUNT(*) FROM ${q('member_points')} mp JOIN ${q('members')} m ON m.${q('id')} = mp.${q('memberId')} WHERE m.${q('deletedAt')} IS NULL AND mp.${q('balance')} > 0`);
  };
  return [
    { name: `loyalty report: points movements ${from} – ${to} by day and branch`, graphql: asGraphql(MOVEMENTS, { filter: { from, to, period: 'DAY' } }), sql: plainMovements, runs: 10, warmup: 1 },
    { name: 'loyalty report: points ranking, first 50 with ranks among all members', graphql: asGraphql(RANKING), sql: plainRanking },
  ];
}
