import type { DataSource } from 'typeorm';
import { executeAs } from '../../graphql/execute';
import type { Viewer } from '../../services/auth/viewer';
import { isSqlite } from '../../db/dialect';
import type { BenchCase } from './case';

/** Target of issue 16: a year of the whole chain by branch or by month within this of the plain GROUP BY. */
export const SALES_STATISTICS_MAX_RATIO = 1.2;

const STATS = `query($grouping: SalesStatisticsGrouping!, $filter: SalesStatisticsFilter) {
  salesStatistics(grouping: $grouping, filter: $filter) {
    totals { netCents grossCents returnedCents invoiceCount }
    rows(first: 100) { nodes { key label netCents grossCents returnedCents invoiceCount from to } }
  }
}`;

/**
 * 統計分析 at scale (`npm run db:generate -- --sales-branches 50 --products 2000 --invoice-lines
 * 5000000`): the generated year of the whole chain by branch and by month through GraphQL as a
 * manager who sees every branch, against the plain GROUP BY of the same figures (issued invoices
 * of the year, amount and refunds summed, counted) without the scope. Runs only with at least
 * 100,000 invoices.
 */
export async function salesStatisticsCases(ds: DataSource, manager: Viewer): Promise<BenchCase[]> {
  const q = (name: string) => ds.driver.escape(name);
  const [{ n, first, last }] = (await ds.query(
    `SELECT COUNT(*) AS n, MIN(${q('businessDate')}) AS ${q('first')}, MAX(${q('businessDate')}) AS ${q('last')} FROM ${q('invoices')}`,
  )) as Array<{ n: number; first: string; last: string }>;
  if (Number(n) < 100_000) return [];
  // The generated year: 366 days at most, ending on the last invoice date.
  const to = String(last);
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - 365 * 86_400_000).toISOString().slice(0, 10);
  const start = from > String(first) ? from : String(first);
  // The best plain SQL on SQLite keeps the planner off the (branchId, …) indexes with a unary plus, as the product does.
  const byBranch = isSqlite(ds) ? `+${q('branchId')}` : q('branchId');
  const month = isSqlite(ds) ? `substr(${q('businessDate')}, 1, 7)` : `LEFT(${q('businessDate')}, 7)`;
  const plain = (key: string) => () => ds.query(
    `SELECT ${key} AS k, SUM(${q('totalCents')}) AS gross, SUM(${q('refundedCents')}) AS returned, COUNT(*) AS n FROM ${q('invoices')}
     WHERE ${q('status')} = 'ISSUED' AND ${q('businessDate')} >= ? AND ${q('businessDate')} <= ? GROUP BY ${key}`,
    [start, to],
  );
  const graphql = (grouping: string) => async () => {
    const result = (await executeAs(ds, manager, STATS, { grouping, filter: { from: start, to } })) as { errors?: unknown };
    if (result.errors) throw new Error(JSON.stringify(result.errors));
  };
  return [
    { name: `sales statistics: a year (${start}…${to}), whole chain, by branch`, graphql: graphql('BRANCH'), sql: plain(byBranch), runs: 10, warmup: 2 },
    { name: `sales statistics: a year (${start}…${to}), whole chain, by month`, graphql: graphql('MONTH'), sql: plain(month), runs: 10, warmup: 2 },
  ];
}
