/**
 * `npm run bench:http`: the product measured as a browser uses it — through HTTP, signed in, with
 * the screens' own documents — each request interleaved with its best plain SQL (run here, on the
 * product's driver), then the contact page's throughput against a plain Node server running the
 * same statements, and the server's memory throughout. Prints Markdown for docs/benchmarks.md.
 *
 * Needs a running product server (BENCH_URL, default http://127.0.0.1:3100) and the same
 * DATABASE_URL as that server. Options:
 *   --only TEXT          cases whose name contains TEXT
 *   --runs N             timed requests per case after two warm-up ones (default 10; 3 for a case
 *                        whose warm request took over 2 s, 1 over 15 s)
 *   --seconds S          length of each throughput run (default 10)
 *   --concurrency LIST   callers for the throughput runs (default 1,4,10)
 *   --no-latency / --no-throughput
 *   --statements FILE    the product's captured contact-page statements (default
 *                        bench-results/http-statements-<dialect>.json), for the plain server
 *   --capture LOGFILE    capture mode: the server runs with DB_LOG=1 and its output in LOGFILE;
 *                        sends the contact page once and writes its statements to --statements
 * BENCH_SERVER_PID overrides the pid whose RSS is sampled (default: the one listening on the port).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createDataSource, dialectOf } from '../../../db/data-source';
import { Staff } from '../../../entities';
import { loadViewer } from '../../../services/auth/load-viewer.service';
import { signInCookies } from '../../bench-sign-in';
import { percentile } from '../measure';
import { GraphqlClient, type Session } from './client';
import { captureStatements } from './capture';
import { httpCases, type HttpCase, type Role } from './cases';
import { loadAverage, pidListeningOn, rssMb, sampleRss } from './server-process';
import { closedLoop, startPlainServer, stopPlainServer, type Throughput } from './throughput';

/** The demo seed's logins (README): the manager sees the whole chain, the salesperson only their own contacts. */
const LOGINS: Record<Role, string> = { manager: 'beauty', salesperson: 'is007' };
const PASSWORD = 'demo1234';
const PLAIN_PORT = 3199;

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);
const fmt = (value: number) => (Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(1));

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function main() {
  const base = process.env.BENCH_URL ?? 'http://127.0.0.1:3100';
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL must be the product server\'s own');
  const dialect = dialectOf(url);
  const statementsFile = path.resolve(option('statements', `bench-results/http-statements-${dialect}.json`));
  const client = new GraphqlClient(base);

  const sessions = {} as Record<Role, Session>;
  for (const role of Object.keys(LOGINS) as Role[]) {
    const cookies = await signInCookies(base, LOGINS[role], PASSWORD);
    sessions[role] = { cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '), label: role };
  }
  const ds = await (await createDataSource(url)).initialize();
  const viewers = {} as Record<Role, NonNullable<Awaited<ReturnType<typeof loadViewer>>>>;
  for (const role of Object.keys(LOGINS) as Role[]) {
    const staff = await ds.getRepository(Staff).findOneByOrFail({ login: LOGINS[role] });
    viewers[role] = (await loadViewer(ds, staff.id, 'session'))!;
  }
  const set = await httpCases(ds, viewers);

  const capture = option('capture', '');
  if (capture) {
    const send = () => client.expectData(set.contactPage.body, sessions.manager, 'contact page');
    for (let i = 0; i < 3; i++) await send(); // first requests build caches and prepare statements
    const statements = await captureStatements(capture, send);
    fs.mkdirSync(path.dirname(statementsFile), { recursive: true });
    fs.writeFileSync(statementsFile, JSON.stringify(statements, null, 1));
    console.log(`${statements.length} statements of the contact page written to ${statementsFile}:`);
    for (const s of statements) console.log(`- ${s.query.replace(/\s+/g, ' ').slice(0, 300)}`);
    await ds.destroy();
    client.close();
    return;
  }

  const port = Number(new URL(base).port || 80);
  const pid = Number(process.env.BENCH_SERVER_PID) || pidListeningOn(port);
  const startRss = pid ? rssMb(pid) : null;
  const [{ n: members }] = await ds.query(`SELECT COUNT(*) AS n FROM ${ds.driver.escape('members')}`);
  const [{ n: contacts }] = await ds.query(`SELECT COUNT(*) AS n FROM ${ds.driver.escape('campaign_members')}`);
  const [{ n: logs }] = await ds.query(`SELECT COUNT(*) AS n FROM ${ds.driver.escape('contact_logs')}`);
  console.log(`\n${dialect} · ${Number(members).toLocaleString('en')} members · ${Number(contacts).toLocaleString('en')} contact members · ` +
    `${Number(logs).toLocaleString('en')} logs · ${base} · server pid ${pid ?? '?'} · ${new Date().toISOString().slice(0, 16)}Z · load ${loadAverage()}\n`);

  const only = option('only', '');
  const runs = Number(option('runs', '10'));
  if (!flag('no-latency')) {
    const sampler = pid ? sampleRss(pid) : null;
    console.log('| case | product p50 (ms) | product p95 | plain SQL p50 (ms) | plain SQL p95 | product − SQL (p50) | runs | load |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---|');
    for (const c of set.cases.filter((x) => x.name.includes(only))) {
      try {
        await latency(c, client, sessions[c.role], runs);
      } catch (error) {
        console.log(`| ${c.name} | failed: ${String((error as Error).message).replace(/\|/g, '/').slice(0, 200)} | | | | | | |`);
      }
    }
    if (sampler) {
      const { peakMb } = sampler.stop();
      console.log(`\nServer RSS: ${fmt(startRss ?? NaN)} MB at the start, peak ${fmt(peakMb)} MB during the cases.`);
    }
  }

  if (!flag('no-throughput')) await throughput(set.contactPage.body, set.handContactPage, client, sessions.manager, statementsFile, pid);
  if (pid) {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    console.log(`\nServer RSS 3 s after the run: ${fmt(rssMb(pid) ?? NaN)} MB.`);
  }
  await ds.destroy();
  client.close();
}

/** Warm-up, then product and plain SQL alternately (A B A B …), each timed by wall clock. */
async function latency(c: HttpCase, client: GraphqlClient, session: Session, runs: number) {
  const product = () => client.expectData(c.request.body, session, c.name);
  // The first request may compile the route or fill caches: the second, warm, one sets the runs.
  let warm = await timed(product);
  if (c.sql) await c.sql();
  if (warm <= 15_000) {
    warm = await timed(product);
    if (c.sql) await c.sql();
  }
  const n = warm > 15_000 ? 1 : warm > 2_000 ? Math.min(runs, 3) : runs;
  const p: number[] = [];
  const s: number[] = [];
  for (let i = 0; i < n; i++) {
    p.push((await product()).ms);
    if (c.sql) s.push(await timed(c.sql));
  }
  p.sort((a, b) => a - b);
  s.sort((a, b) => a - b);
  const [p50, p95, s50, s95] = [percentile(p, 50), percentile(p, 95), percentile(s, 50), percentile(s, 95)];
  console.log(`| ${c.name} | ${fmt(p50)} | ${fmt(p95)} | ${fmt(s50)} | ${fmt(s95)} | ${c.sql ? fmt(p50 - s50) : '–'} | ${n} | ${loadAverage()} |`);
}

/**
 * The contact page at 1, 4 and 10 callers: the product, then the plain server running the
 * product's captured statements, then the plain server running the hand SQL, in turn per level.
 */
async function throughput(body: string, hand: { query: string; parameters: unknown[] }[], client: GraphqlClient, session: Session, statementsFile: string, pid: number | null) {
  const seconds = Number(option('seconds', '10'));
  const levels = option('concurrency', '1,4,10').split(',').map(Number);
  const handFile = statementsFile.replace(/\.json$/, '-hand.json');
  fs.mkdirSync(path.dirname(handFile), { recursive: true });
  fs.writeFileSync(handFile, JSON.stringify(hand, null, 1));
  const captured = fs.existsSync(statementsFile);
  if (!captured) console.log(`\n(${statementsFile} is missing: run with --capture first for the plain server replaying the product's statements.)`);
  const plainClient = new GraphqlClient(`http://127.0.0.1:${PLAIN_PORT}`, '/api/graphql');
  const row = (what: string, callers: number, t: Throughput, ratio: string) =>
    console.log(`| ${what} | ${callers} | ${fmt(t.perSecond)} | ${fmt(t.p50)} | ${fmt(t.p95)} | ${t.errors} | ${ratio} | ${loadAverage()} |`);
  console.log(`\nContact page (manager, 50 rows), ${seconds} s per run, callers in a closed loop:\n`);
  console.log('| server | callers | requests/s | p50 (ms) | p95 (ms) | errors | product ÷ this | load |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---|');
  let peak = 0;
  for (const callers of levels) {
    const sampler = pid ? sampleRss(pid) : null;
    const product = await closedLoop(client, body, session, callers, seconds);
    if (sampler) peak = Math.max(peak, sampler.stop().peakMb);
    row('product', callers, product, '');
    for (const [what, file] of [['plain server, product\'s statements', statementsFile], ['plain server, hand SQL', handFile]] as const) {
      if (file === statementsFile && !captured) continue;
      const server = await startPlainServer(PLAIN_PORT, file);
      try {
        await closedLoop(plainClient, body, session, callers, 1);
        const plain = await closedLoop(plainClient, body, session, callers, seconds);
        row(what, callers, plain, `${(product.perSecond / plain.perSecond).toFixed(2)}×`);
      } finally {
        await stopPlainServer(server);
      }
    }
  }
  plainClient.close();
  if (pid) console.log(`\nServer RSS peak under the throughput runs: ${fmt(peak)} MB.`);
}

// Interrupted: exit through 'exit' so the plain server is stopped too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
