/**
 * `npm run bench`: times the product's hot paths on the database of DATABASE_URL (fill it first
 * with `npm run db:generate -- --members 1000000`, and for the contact cases
 * `--campaigns 200 --contact-members 2000000 --contact-logs 5000000`) through GraphQL and as plain
 * SQL, and prints a Markdown table for docs/benchmarks.md. Options: --runs N (default 50), --only
 * TEXT (cases whose name contains it), --profile DIR (a CPU profile of each case's GraphQL calls
 * alone, written there). Contact cases run only when contact members exist.
 * Sales cases (checkout end to end, the invoice list per filter; scripts/bench/sales.bench.ts) run
 * only when there are at least 100,000 invoices: fill them with `npm run db:generate --
 * --sales-branches 50 --products 2000 --invoice-lines 5000000` (then e.g. `--only checkout` or
 * `--only "invoice list"`); the checkouts are undone afterwards.
 */
import { createDataSource, dialectOf } from '../db/data-source';
import { Staff } from '../entities';
import { StaffRole } from '../services/staff/staff-role';
import { loadViewer } from '../services/auth/load-viewer.service';
import type { BenchCase } from './bench/case';
import { measure, ms } from './bench/measure';
import { appointmentCases } from './bench/appointments.bench';
import { calendarCases } from './bench/calendar.bench';
import { contactCases } from './bench/contacts.bench';
import { memberSearchCases } from './bench/member-search.bench';
import { memberCases } from './bench/members.bench';
import { reportCases } from './bench/reports.bench';
import { staffStatisticsCases } from './bench/staff-statistics.bench';
import { salesCases } from './bench/sales.bench';
import { salesStatisticsCases } from './bench/sales-statistics.bench';
import { loyaltyCases } from './bench/loyalty.bench';
import { loyaltyReportCases } from './bench/loyalty-reports.bench';
import { MAX_RSS_MB, reportExportCases } from './bench/report-export.bench';
import { profileCalls } from './bench/profile';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

async function viewerWithRole(ds: Awaited<ReturnType<typeof createDataSource>>, role: StaffRole, without?: StaffRole) {
  const staff = (await ds.getRepository(Staff).find({ where: { active: true }, order: { id: 'ASC' } })).find(
    (s) => s.roles.includes(role) && (!without || !s.roles.includes(without)),
  );
  if (!staff) throw new Error(`No active ${role} to benchmark as: run npm run db:seed first.`);
  return (await loadViewer(ds, staff.id, 'session'))!;
}

async function main() {
  const runs = option('runs', 50);
  const ds = await (await createDataSource()).initialize();
  const [{ c: memberCount }] = await ds.query(`SELECT COUNT(*) AS c FROM ${ds.driver.escape('members')}`);
  const manager = await viewerWithRole(ds, StaffRole.MANAGER);
  const salesperson = await viewerWithRole(ds, StaffRole.SALESPERSON, StaffRole.MANAGER);
  const frontDesk = await viewerWithRole(ds, StaffRole.FRONT_DESK);
  const only = process.argv.indexOf('--only') > 0 ? process.argv[process.argv.indexOf('--only') + 1] : '';
  const profileDir = process.argv.indexOf('--profile') > 0 ? process.argv[process.argv.indexOf('--profile') + 1] : '';
  const [{ c: contactCount }] = await ds.query(`SELECT COUNT(*) AS c FROM ${ds.driver.escape('campaign_members')}`);
  const all: BenchCase[] = [
    ...(await memberCases(ds, manager, salesperson)),
    ...(await memberSearchCases(ds, manager, frontDesk)),
    ...(Number(contactCount) >= 1000 ? await contactCases(ds, manager, salesperson) : []),
    ...(Number(contactCount) >= 1000 ? await reportCases(ds, manager, salesperson) : []),
    ...(Number(contactCount) >= 1000 ? await staffStatisticsCases(ds, manager, salesperson) : []),
    ...(await calendarCases(ds, manager)),
    ...(await salesCases(ds, manager)),
    ...(await salesStatisticsCases(ds, manager)),
    ...(await loyaltyCases(ds, manager)),
    ...(await loyaltyReportCases(ds, manager)),
  ];
  const appointments = await appointmentCases(ds, manager);
  all.push(...appointments.cases);
  const cases = all.filter((c) => c.name.includes(only));
  for (const c of all) if (!cases.includes(c)) await c.cleanup?.();

  console.log(`\n${dialectOf(process.env.DATABASE_URL)} · ${Number(memberCount).toLocaleString('en')} members · ` +
    `${Number(contactCount).toLocaleString('en')} contact members · ${runs} runs each · ${new Date().toISOString().slice(0, 10)}\n`);
  console.log('| operation | GraphQL p50 (ms) | GraphQL p95 (ms) | plain SQL p50 (ms) | ratio |');
  console.log('|---|---:|---:|---:|---:|');
  for (const c of cases) {
    let sql: Awaited<ReturnType<typeof measure>>;
    let graphql: typeof sql;
    try {
      sql = await measure(c.sql, c.runs ?? runs, c.warmup, c.before);
      graphql = await measure(c.graphql, c.runs ?? runs, c.warmup, c.before);
    } finally {
      await c.cleanup?.();
    }
    console.log(`| ${c.name} | ${ms(graphql.p50)} | ${ms(graphql.p95)} | ${ms(sql.p50)} | ${(graphql.p50 / sql.p50).toFixed(2)}× |`);
    if (profileDir && !c.before) console.log(`  profile: ${await profileCalls(profileDir, c.name, c.graphql, c.runs ?? runs)}`);
  }
  // Pure computations against the brute-force oracle of the unit tests: the speed-up is the point.
  const comparisons = appointments.comparisons.filter((c) => c.name.includes(only));
  if (comparisons.length > 0) {
    console.log('\n| computation | product p50 (ms) | brute-force oracle p50 (ms) | speed-up |');
    console.log('|---|---:|---:|---:|');
    for (const c of comparisons) {
      const product = await measure(async () => c.product(), runs);
      const oracle = await measure(async () => c.oracle(), c.oracleRuns, 0);
      console.log(`| ${c.name} | ${ms(product.p50)} | ${ms(oracle.p50)} | ${Math.round(oracle.p50 / product.p50).toLocaleString('en')}× |`);
    }
  }
  // Exports run in a child process each: their peak memory is the figure, so this process's must not count.
  const exports = (Number(contactCount) >= 1000 ? reportExportCases(ds, manager) : []).filter((c) => c.name.includes(only));
  if (exports.length > 0) {
    console.log(`\n| export | campaigns | rows | file (MB) | rows counted (s) | wall time (s) | RSS before export (MB) | peak RSS (MB, target ≤ ${MAX_RSS_MB}) |`);
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const c of exports) {
      const r = await c.run();
      const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
      console.log(`| ${c.name} | ${r.campaigns} | ${r.rows.toLocaleString('en')} | ${mb(r.bytes)} | ${(r.prepareMs / 1000).toFixed(1)} | ` +
        `${(r.wallMs / 1000).toFixed(1)} | ${mb(r.rssBeforeKb * 1024)} | ${mb(r.peakRssKb * 1024)} |`);
    }
  }
  await ds.destroy();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
