/**
 * npm run db:generate -- --members 1000000 [--seed 1] [--rows-per-statement N] [--insert-only]
 * npm run db:generate -- --campaigns 200 --contact-members 2000000 --contact-logs 5000000
 * npm run db:generate -- --sales-branches 50 --products 2000 --invoice-lines 5000000
 * npm run db:generate -- --members 1000000 --points-entries 20000000
 *
 * Fills the database (DATABASE_URL, either dialect) with generated data for benchmarks and
 * load tests. Applies migrations and loads the demo data first if the database is empty, since
 * generated rows are spread over the existing branches, groups and salespeople. Generated
 * members get numbers G0000001, G0000002, … continuing after the highest one already present,
 * so running it twice adds more members. Output is deterministic for a given database and seed.
 *
 * Contact data (services/seed/bulk-contacts.service.ts) goes over the members already there, so
 * generate members first (in the same run or before). Sales (services/seed/bulk-sales.service.ts)
 * go to the members already there too (walk-ins when there are none).
 *
 * To add another kind of data, add an entry to GENERATORS.
 */
import { SingleBar, Presets } from 'cli-progress';
import type { DataSource } from 'typeorm';
import { createDataSource, dialectOf } from '../db/data-source';
import { Branch, MemberGroup, Staff } from '../entities';
import { StaffRole } from '../services/staff/staff-role';
import { openBulkInserter, type BulkInserter } from '../services/seed/bulk-insert.service';
import {
  MAX_GENERATED_SEQ, MEMBER_BULK_COLUMNS, createMemberRowFactory, parseGeneratedMemberNo, type SqlValue,
} from '../services/seed/bulk-members';
import { generateContactData } from '../services/seed/bulk-contacts.service';
import { generateSalesData } from '../services/seed/bulk-sales.service';
import { generatePointsData } from '../services/seed/bulk-points.service';
import { CONSULTANT_SHARE, DEMO_BRANCH_WEIGHTS, DEMO_GROUP_WEIGHTS } from '../services/seed/demo-data';
import { ensureDatabase } from '../services/seed/ensure-database.service';
import { isSqlite } from '../db/dialect';

interface Options { seed: number; rowsPerStatement?: number; insertOnly?: boolean }

interface Generator {
  /** Command-line flags without dashes (e.g. "members") and what each makes. */
  flags: ReadonlyArray<{ flag: string; describe: string }>;
  /** Runs when any of its flags has a count above zero; `counts` holds every flag given (0 when absent). */
  run(ds: DataSource, counts: ReadonlyMap<string, number>, options: Options): Promise<void>;
}

/** Streams `count` rows from `nextRow` into `table`, with a progress bar; returns seconds taken. */
async function load(
  ds: DataSource,
  label: string,
  table: string,
  columns: readonly string[],
  count: number,
  nextRow: () => SqlValue[],
  options: Options,
): Promise<number> {
  // On SQLite, rebuilding indexes after the load pays off once the load is at least as big as
  // what the table already holds.
  let rebuildIndexes = false;
  if (isSqlite(ds) && count >= 50_000) {
    const [{ n: existing }] = await ds.query(`SELECT COUNT(*) AS n FROM ${ds.driver.escape(table)}`) as Array<{ n: number }>;
    rebuildIndexes = count >= Number(existing);
  }
  const inserter: BulkInserter = await openBulkInserter(ds, table, columns, {
    rowsPerStatement: options.rowsPerStatement,
    method: options.insertOnly ? 'insert' : 'auto',
    rebuildIndexes,
  });
  console.log(`Loading ${table} with ${inserter.method === 'load-data' ? 'LOAD DATA LOCAL INFILE' : 'multi-row INSERT'}, ` +
    `${inserter.rowsPerStatement.toLocaleString('en-US')} rows per statement` +
    `${rebuildIndexes ? ', one transaction, secondary indexes rebuilt at the end' : ''}.`);
  // SQLite: one transaction per 20k rows. MySQL: one statement per chunk, and the next chunk is
  // generated (yielding to I/O now and then) while the server stores the previous one.
  const chunk = isSqlite(ds) ? Math.max(20_000, inserter.rowsPerStatement) : inserter.rowsPerStatement;
  const bar = new SingleBar({
    format: `${label} {bar} {percentage}% | {value}/{total} | {speed} rows/s | ETA {eta_formatted}`,
    hideCursor: true,
    etaBuffer: 50,
    noTTYOutput: !process.stdout.isTTY,
    notTTYSchedule: 10_000,
  }, Presets.shades_classic);
  const started = performance.now();
  let done = 0;
  bar.start(count, 0, { speed: 0 });
  let pending: Promise<void> | null = null;
  let failed = true;
  try {
    for (let produced = 0; produced < count;) {
      const n = Math.min(chunk, count - produced);
      const rows: SqlValue[][] = new Array(n);
      for (let i = 0; i < n; i += 1) {
        rows[i] = nextRow();
        if (i % 1000 === 999) await new Promise<void>((resolve) => setImmediate(resolve));
      }
      produced += n;
      if (pending) await pending;
      pending = inserter.insert(rows).then(() => {
        done += n;
        const seconds = (performance.now() - started) / 1000;
        bar.update(done, { speed: Math.round(done / Math.max(seconds, 0.001)).toLocaleString('en-US') });
      });
      // A failure surfaces at the next `await pending`; until then it must not count as unhandled.
      pending.catch(() => undefined);
    }
    if (pending) await pending;
    failed = false;
  } finally {
    bar.stop();
    if (pending) await pending.catch(() => undefined);
    if (rebuildIndexes && !failed) console.log('Rebuilding indexes…');
    await inserter.close({ failed });
  }
  return (performance.now() - started) / 1000;
}

async function analyze(ds: DataSource, table: string): Promise<number> {
  const started = performance.now();
  const name = ds.driver.escape(table);
  await ds.query(isSqlite(ds) ? `ANALYZE ${name}` : `ANALYZE TABLE ${name}`);
  return (performance.now() - started) / 1000;
}

const membersGenerator: Generator = {
  flags: [{ flag: 'members', describe: 'members with Hong Kong names, phones, e-mails and birthdays (numbers G0000001…)' }],
  async run(ds, counts, options) {
    const count = counts.get('members') ?? 0;
    const branches = await ds.getRepository(Branch).find({ order: { id: 'ASC' } });
    const groups = await ds.getRepository(MemberGroup).find({ order: { id: 'ASC' } });
    const staff = await ds.getRepository(Staff).find({ where: { active: true }, order: { id: 'ASC' } });
    const consultantsByBranch = new Map<number, number[]>();
    for (const s of staff) {
      if (!s.roles.includes(StaffRole.SALESPERSON)) continue;
      consultantsByBranch.set(s.branchId, [...(consultantsByBranch.get(s.branchId) ?? []), s.id]);
    }

    // The highest generated number so far: a range on the unique index, cheap on both dialects.
    const [last] = await ds.query(
      `SELECT ${ds.driver.escape('memberNo')} AS memberNo FROM ${ds.driver.escape('members')}
       WHERE ${ds.driver.escape('memberNo')} >= 'G0000000' AND ${ds.driver.escape('memberNo')} <= 'G9999999'
       ORDER BY ${ds.driver.escape('memberNo')} DESC LIMIT 1`,
    ) as Array<{ memberNo: string }>;
    const firstSeq = (last ? parseGeneratedMemberNo(last.memberNo) ?? 0 : 0) + 1;
    if (firstSeq + count - 1 > MAX_GENERATED_SEQ) {
      throw new Error(`Only ${MAX_GENERATED_SEQ - firstSeq + 1} more generated member numbers are available`);
    }

    const factory = createMemberRowFactory({
      branches: branches.map((b) => ({ id: b.id, weight: DEMO_BRANCH_WEIGHTS[b.code] ?? 10 })),
      groups: groups.map((g) => ({ id: g.id, weight: DEMO_GROUP_WEIGHTS[g.code] ?? (g.isDeletedGroup ? 3 : 10) })),
      consultantsByBranch,
      consultantShare: CONSULTANT_SHARE,
    }, options.seed, firstSeq);

    console.log(`Generating ${count.toLocaleString('en-US')} members G${String(firstSeq).padStart(7, '0')}… over ` +
      `${branches.length} branches, ${groups.length} groups, ${staff.filter((s) => s.roles.includes(StaffRole.SALESPERSON)).length} salespeople.`);
    const seconds = await load(ds, 'members', 'members', MEMBER_BULK_COLUMNS, count, () => factory.next(), options);
    console.log(`Inserted ${count.toLocaleString('en-US')} members in ${seconds.toFixed(1)} s ` +
      `(${Math.round(count / seconds).toLocaleString('en-US')} rows/s).`);
    console.log(`ANALYZE members: ${(await analyze(ds, 'members')).toFixed(1)} s.`);
  },
};

const contactsGenerator: Generator = {
  flags: [
    { flag: 'campaigns', describe: 'campaigns GEN-0001… with generated offers GOF-0001… (most of them marketing offers)' },
    { flag: 'contact-members', describe: 'contact members over those campaigns and ~40 salespeople (adds GS-<branch>-NN salespeople when fewer)' },
    { flag: 'contact-logs', describe: 'contact logs over the past year on those contact members; latest-log state copied onto them' },
  ],
  async run(ds, counts, options) {
    const started = performance.now();
    const result = await generateContactData(
      ds,
      { campaigns: counts.get('campaigns') ?? 0, contactMembers: counts.get('contact-members') ?? 0, contactLogs: counts.get('contact-logs') ?? 0 },
      { seed: options.seed },
      { load: (label, table, columns, count, nextRow) => load(ds, label, table, columns, count, nextRow, options), log: (message) => console.log(message) },
    );
    for (const [what, seconds] of Object.entries(result.seconds)) console.log(`  ${what}: ${seconds.toFixed(1)} s`);
    for (const table of ['campaigns', 'campaign_members', 'contact_logs']) console.log(`ANALYZE ${table}: ${(await analyze(ds, table)).toFixed(1)} s.`);
    console.log(`Contact data generated in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  },
};

const salesGenerator: Generator = {
  flags: [
    { flag: 'sales-branches', describe: 'branches in all: the chain is topped up with GB01… (a front desk and three salespeople each)' },
    { flag: 'products', describe: 'products in all: the catalogue is topped up with GP00001…; every product gets a large stock at every branch' },
    { flag: 'invoice-lines', describe: 'invoice lines over the past year (1–5 per invoice, 1–2 payments each), numbered on from each branch\'s sequence' },
  ],
  async run(ds, counts, options) {
    const started = performance.now();
    const seconds = await generateSalesData(
      ds,
      { branches: counts.get('sales-branches') ?? 0, products: counts.get('products') ?? 0, invoiceLines: counts.get('invoice-lines') ?? 0 },
      { seed: options.seed },
      { load: (label, table, columns, count, nextRow) => load(ds, label, table, columns, count, nextRow, options), log: (message) => console.log(message) },
    );
    for (const [what, s] of Object.entries(seconds)) console.log(`  ${what}: ${s.toFixed(1)} s`);
    for (const table of ['products', 'stock_levels', 'stock_movements', 'invoices', 'invoice_lines', 'invoice_payments']) {
      console.log(`ANALYZE ${table}: ${(await analyze(ds, table)).toFixed(1)} s.`);
    }
    console.log(`Sales data generated in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  },
};

const pointsGenerator: Generator = {
  flags: [{ flag: 'points-entries', describe: 'points ledgers (entries, lots, balances) over the generated members without points: two years of earnings, redemptions, adjustments and expiries' }],
  async run(ds, counts, options) {
    const started = performance.now();
    const seconds = await generatePointsData(ds, counts.get('points-entries') ?? 0, { seed: options.seed }, {
      load: (label, table, columns, count, nextRow) => load(ds, label, table, columns, count, nextRow, options),
      log: (message) => console.log(message),
    });
    for (const [what, s] of Object.entries(seconds)) console.log(`  ${what}: ${s.toFixed(1)} s`);
    for (const table of ['points_entries', 'points_lots', 'member_points']) console.log(`ANALYZE ${table}: ${(await analyze(ds, table)).toFixed(1)} s.`);
    console.log(`Points data generated in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  },
};

const GENERATORS: Generator[] = [membersGenerator, contactsGenerator, salesGenerator, pointsGenerator];

function usage(): string {
  return [
    'Usage: npm run db:generate -- --<kind> N [--<kind> N …] [--seed S] [--rows-per-statement R] [--insert-only]',
    'Kinds:',
    ...GENERATORS.flatMap((g) => g.flags.map((f) => `  --${f.flag} N   ${f.describe}`)),
    'N accepts 1000000, 1_000_000, 1e6, 500k or 1m. Uses DATABASE_URL (default data/salon.sqlite).',
    '--insert-only: on MySQL/MariaDB use multi-row INSERT even when LOAD DATA LOCAL INFILE is allowed.',
  ].join('\n');
}

function parseCount(raw: string | undefined, flag: string): number {
  const text = (raw ?? '').trim().toLowerCase().replace(/[_,]/g, '');
  const m = /^(\d+(?:\.\d+)?(?:e\d+)?)([km]?)$/.exec(text);
  const n = m ? Number(m[1]) * (m[2] === 'k' ? 1e3 : m[2] === 'm' ? 1e6 : 1) : NaN;
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${flag} needs a whole number, got "${raw ?? ''}"`);
  return n;
}

function parseArgs(argv: string[]) {
  const counts = new Map<string, number>();
  const options: Options = { seed: 1 };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].replace(/^--/, '').split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    if (!argv[i].startsWith('--')) throw new Error(`Unexpected argument "${argv[i]}"`);
    if (flag === 'help') { console.log(usage()); process.exit(0); }
    if (flag === 'seed') options.seed = parseCount(value(), flag);
    else if (flag === 'rows-per-statement') options.rowsPerStatement = Math.max(1, parseCount(value(), flag));
    else if (flag === 'insert-only') options.insertOnly = true;
    else {
      if (!GENERATORS.some((g) => g.flags.some((f) => f.flag === flag))) throw new Error(`Unknown option --${flag}`);
      counts.set(flag, parseCount(value(), flag));
    }
  }
  return { counts, options };
}

async function main() {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`${(e as Error).message}\n${usage()}`);
    process.exit(2);
  }
  if (![...parsed.counts.values()].some((n) => n > 0)) {
    console.error(usage());
    process.exit(2);
  }

  const ds = await createDataSource();
  try {
    const ready = await ensureDatabase(ds);
    if (ready.migrations.length) console.log(`Applied migrations: ${ready.migrations.join(', ')}`);
    if (ready.seeded) console.log('The database was empty: loaded the demo data first.');
    console.log(`Database: ${dialectOf(process.env.DATABASE_URL)}`);
    for (const generator of GENERATORS) {
      if (generator.flags.some((f) => (parsed.counts.get(f.flag) ?? 0) > 0)) await generator.run(ds, parsed.counts, parsed.options);
    }
  } finally {
    if (ds.isInitialized) await ds.destroy();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  if (process.env.DEBUG) console.error(e);
  process.exit(1);
});
