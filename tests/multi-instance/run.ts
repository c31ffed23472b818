/**
 * Two app instances behind a small round-robin proxy on one MariaDB, checked for what they must
 * share: sessions, the sign-in throttle and account lock, and long jobs (also across a crash and
 * a graceful stop).
 *
 *   npm run build && npm run test:multi-instance
 *
 * Needs a finished `npm run build` (NEXT_DIST_DIR is passed on to `next start`) and a MariaDB/MySQL
 * server (MULTI_INSTANCE_DATABASE_URL, default mysql://root@127.0.0.1:3306/) on which it creates
 * a fresh database salon_multi_<random>, sets it up with the demo data plus generated members
 * (MULTI_INSTANCE_MEMBERS, default 20000) and drops it at the end. Prints one line per check and
 * ends with "N passed, M failed"; exits 1 when any failed. Both instances are killed at the end
 * whatever happens; their logs are printed for a failed run.
 */
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signInLimitsFrom } from '../../services/auth/sign-in-limits';
import { parseRefusal } from '../../services/auth/sign-in-refusal';
import { freePort, startAppInstance, waitUntilListening, type AppInstance } from './app-instance';
import { BrowserSession, type SignInAnswer } from './browser-session';
import { startRoundRobinProxy, type RoundRobinProxy } from './round-robin-proxy';
import { connectToServer } from '../../db/mysql-server';

const SERVER_URL = process.env.MULTI_INSTANCE_DATABASE_URL || 'mysql://root@127.0.0.1:3306/';
const MEMBERS = Number(process.env.MULTI_INSTANCE_MEMBERS || 20_000);
const DIST_DIR = process.env.NEXT_DIST_DIR || '.next';
const START_TIMEOUT_MS = 90_000;
/** How long instance B may take to finish or fail the job whose instance was killed. */
const JOB_SETTLE_TIMEOUT_MS = Number(process.env.MULTI_INSTANCE_JOB_TIMEOUT_MS || 90_000);

const MANAGER = { login: 'beauty', password: 'demo1234', displayName: 'HKB2B Support' };
/** Locked by check 3, so not used elsewhere. */
const LOCKED_LOGIN = { login: 'is007', password: 'demo1234' };

/**
 * Settings the instances share. The lock comes after fewer failures than the per-login limit so
 * the lock itself is reached; the per-address limit is low so its check needs few attempts; jobs
 * hold short leases and pause between batches so a bulk action is caught mid-run and taken over
 * within seconds of its instance dying.
 */
const INSTANCE_SETTINGS: Record<string, string> = {
  TRUSTED_PROXIES: '127.0.0.1',
  SIGN_IN_LOCK_AFTER: '4',
  SIGN_IN_LOGIN_ATTEMPTS_PER_MINUTE: '5',
  SIGN_IN_ADDRESS_FAILURES_PER_15_MINUTES: '4',
  JOB_LEASE_MS: '4000',
  JOB_SWEEP_EVERY_MS: '1000',
  JOB_BATCH_PAUSE_MS: '150',
};

// ---------- checks ----------

class CheckFailed extends Error {}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailed(message);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Cluster = { a: AppInstance; b: AppInstance; proxy: RoundRobinProxy; databaseUrl: string; database: string };

const VIEWER = '{ viewer { displayName } }';

async function viewerName(session: BrowserSession, base: string): Promise<{ name: string | null; detail: string }> {
  const answer = await session.graphql(base, VIEWER);
  const name = (answer.data?.viewer?.displayName as string | undefined) ?? null;
  const detail = name ?? `HTTP ${answer.status} ${answer.errors?.map((e) => e.extensions?.code ?? e.message).join(', ') ?? 'no data'}`;
  return { name, detail };
}

async function signedIn(base: string, who: { login: string; password: string }, via: string): Promise<BrowserSession> {
  const session = new BrowserSession();
  const answer = await session.signIn(base, who.login, who.password);
  expect(answer.ok, `signing in as ${who.login} through ${via} failed: HTTP ${answer.status}, ${answer.error ?? answer.url ?? 'no session cookie'}`);
  return session;
}

/** 1. A session made through the proxy is known to both instances. */
async function sessionsAreShared(cluster: Cluster, state: { signedOut?: BrowserSession }): Promise<void> {
  const session = await signedIn(cluster.proxy.url, MANAGER, 'the proxy');
  for (const instance of [cluster.a, cluster.b]) {
    const { name, detail } = await viewerName(session, instance.url);
    expect(name === MANAGER.displayName, `instance ${instance.name} with the proxy's session cookie: expected viewer "${MANAGER.displayName}", got ${detail}`);
  }
  state.signedOut = session;
}

/** 2. Signing out on A ends the session for B too (server-side sessions). */
async function signOutEndsSessionEverywhere(cluster: Cluster, state: { signedOut?: BrowserSession }): Promise<void> {
  const session = state.signedOut ?? (await signedIn(cluster.proxy.url, MANAGER, 'the proxy'));
  const kept = session.copy();
  const before = await viewerName(kept, cluster.b.url);
  expect(before.name === MANAGER.displayName, `before signing out, instance B should know the session; got ${before.detail}`);
  const status = await session.signOut(cluster.a.url);
  expect(status < 400, `signing out on instance A answered HTTP ${status}`);
  const after = await viewerName(kept, cluster.b.url);
  expect(after.name === null, `after signing out on A, instance B still accepts the old session cookie (viewer "${after.name}")`);
  const onA = await viewerName(kept, cluster.a.url);
  expect(onA.name === null, `after signing out on A, instance A itself still accepts the old session cookie (viewer "${onA.name}")`);
}

function refusalOf(answer: SignInAnswer) {
  return parseRefusal(answer.error);
}

function describe(answer: SignInAnswer): string {
  if (answer.ok) return 'signed in';
  return `HTTP ${answer.status}, error ${answer.error ?? 'none'}`;
}

/**
 * 3. Failed sign-ins for one login, alternating between A and B and each from a different
 * forged address, lock the account as one: neither instance alone saw enough failures.
 */
async function accountLockIsShared(cluster: Cluster): Promise<void> {
  const limits = signInLimitsFrom(INSTANCE_SETTINGS);
  const failures = limits.lock.afterFailures;
  expect(failures < limits.perLogin.attempts, `test settings: the lock (${failures}) must come before the per-login limit (${limits.perLogin.attempts})`);
  const instances = [cluster.a, cluster.b];
  let last: SignInAnswer | null = null;
  for (let i = 0; i < failures; i += 1) {
    const session = new BrowserSession({ forwardedFor: `198.51.100.${10 + i}` });
    last = await session.signIn(instances[i % 2].url, LOCKED_LOGIN.login, `wrong-${i}`);
    expect(!last.ok, `a wrong password signed in (attempt ${i + 1})`);
    if (i < failures - 1) {
      expect(refusalOf(last) === null, `attempt ${i + 1} of ${failures} was refused before the lock: ${describe(last)}`);
    }
  }
  expect(refusalOf(last!)?.reason === 'locked', `failure ${failures} (on instance ${instances[(failures - 1) % 2].name}) should lock the account; got ${describe(last!)}`);
  for (const instance of instances) {
    const session = new BrowserSession({ forwardedFor: '198.51.100.200' });
    const answer = await session.signIn(instance.url, LOCKED_LOGIN.login, LOCKED_LOGIN.password);
    expect(refusalOf(answer)?.reason === 'locked', `the right password on instance ${instance.name} after the lock should be refused as locked; got ${describe(answer)}`);
  }
}

/**
 * 3b. Failures from one client address over several logins, alternating between A and B, are
 * throttled as one: the address is told to wait though neither instance alone saw the limit.
 */
async function addressThrottleIsShared(cluster: Cluster): Promise<void> {
  const limit = signInLimitsFrom(INSTANCE_SETTINGS).perAddress.attempts;
  const address = '203.0.113.9';
  const instances = [cluster.a, cluster.b];
  const stem = `nobody-${crypto.randomBytes(3).toString('hex')}`;
  for (let i = 0; i < limit; i += 1) {
    const answer = await new BrowserSession({ forwardedFor: address }).signIn(instances[i % 2].url, `${stem}-${i}`, 'wrong');
    expect(!answer.ok && refusalOf(answer) === null, `attempt ${i + 1} of ${limit} from ${address} should be an ordinary failure; got ${describe(answer)}`);
  }
  const over = await new BrowserSession({ forwardedFor: address }).signIn(instances[limit % 2].url, `${stem}-over`, 'wrong');
  expect(refusalOf(over)?.reason === 'throttled', `attempt ${limit + 1} from ${address} (on instance ${instances[limit % 2].name}) should be throttled; got ${describe(over)}`);
  const elsewhere = await new BrowserSession({ forwardedFor: '203.0.113.10' }).signIn(instances[limit % 2].url, `${stem}-other`, 'wrong');
  expect(refusalOf(elsewhere) === null, `another address should not be throttled; got ${describe(elsewhere)}`);
}

type JobState = { status: string; processed: number; total: number; skipped: number; error: string | null };
type RunningJob = { id: string; selectionCount: number; targetGroupId: string; read: (base: string) => Promise<JobState | null> };

/** Starts a bulk change of most members to group `groupCode` on `base`; returns once it has committed a batch there. */
async function startJobMidRun(session: BrowserSession, base: string, groupCode: string): Promise<{ job: RunningJob; state: JobState }> {
  const groups = await session.graphql(base, '{ memberGroups(first: 50) { nodes { id code } } }');
  const target = (groups.data?.memberGroups?.nodes as Array<{ id: string; code: string }> | undefined)?.find((g) => g.code === groupCode);
  expect(target, `the ${groupCode} member group was not found: ${JSON.stringify(groups.errors ?? groups.data)}`);
  const saved = await session.graphql(base, 'mutation { saveMemberSelection(input: { filter: {} }) { id count } }');
  const selection = saved.data?.saveMemberSelection as { id: string; count: number } | undefined;
  expect(selection, `saving the selection failed: ${JSON.stringify(saved.errors)}`);
  // Members of the Deleted group are left out of a search unless asked for; the rest is most of them.
  expect(selection.count >= MEMBERS / 2, `the selection holds ${selection.count} members; expected most of the ${MEMBERS} generated`);

  const started = await session.graphql(
    base,
    'mutation($input: BulkMemberActionInput!) { startBulkMemberAction(input: $input) { id status total } }',
    { input: { selectionId: selection.id, action: 'CHANGE_GROUP', targetId: target.id } },
  );
  const created = started.data?.startBulkMemberAction as { id: string; total: number } | undefined;
  expect(created, `starting the bulk action on ${base} failed: ${JSON.stringify(started.errors)}`);

  const JOB = `query($id: ID!) { bulkJob(id: $id) { status processed total skipped error } }`;
  const job: RunningJob = {
    id: created.id,
    selectionCount: selection.count,
    targetGroupId: target.id,
    read: async (at) => ((await session.graphql(at, JOB, { id: created.id })).data?.bulkJob as JobState | undefined) ?? null,
  };

  // Catch it mid-run: some batches committed, not all.
  let state: JobState | null = null;
  const midRunDeadline = Date.now() + 60_000;
  for (;;) {
    state = await job.read(base);
    if (state && state.status !== 'PENDING' && state.status !== 'RUNNING') break;
    if (state && state.processed > 0) break;
    expect(Date.now() < midRunDeadline, `the job never made progress on ${base} within 60 s (last: ${JSON.stringify(state)})`);
    await sleep(100);
  }
  expect(state.status === 'RUNNING', `the job was ${state.status} before its instance could be stopped mid-run (${state.processed}/${state.total}); use more members (MULTI_INSTANCE_MEMBERS)`);
  return { job, state };
}

/** Waits until `base` reports the job DONE or FAILED; a DONE job must have changed every member exactly once. */
async function settledThrough(session: BrowserSession, base: string, job: RunningJob, who: string): Promise<void> {
  const settleDeadline = Date.now() + JOB_SETTLE_TIMEOUT_MS;
  let state: JobState | null = null;
  for (;;) {
    state = await job.read(base);
    if (state && (state.status === 'DONE' || state.status === 'FAILED')) break;
    expect(Date.now() < settleDeadline, `instance ${who} did not finish or fail the job within ${JOB_SETTLE_TIMEOUT_MS / 1000} s; last seen ${JSON.stringify(state)}`);
    await sleep(500);
  }
  console.log(`    instance ${who} settled job ${job.id}: ${state.status} ${state.processed}/${state.total}${state.error ? ` (${state.error})` : ''}`);
  if (state.status === 'FAILED') {
    expect(state.error && state.error.trim() !== '', 'the job ended FAILED without a reason');
    return;
  }
  expect(state.processed === job.selectionCount, `the resumed job processed ${state.processed} members; the selection held ${job.selectionCount} (each exactly once)`);
  const left = await session.graphql(
    base,
    'query($groups: [ID!]) { memberSearch(first: 1, filter: { groupIds: $groups }) { totalCount } }',
    { groups: [job.targetGroupId] },
  );
  const inTarget = left.data?.memberSearch?.totalCount as number | undefined;
  expect(inTarget !== undefined, `counting the members of the target group failed: ${JSON.stringify(left.errors)}`);
  expect(inTarget >= job.selectionCount - state.skipped, `only ${inTarget} members are in the target group after the job; expected ${job.selectionCount - state.skipped}`);
}

/**
 * 4. A bulk action started on A, whose instance is killed mid-run, is finished by B (or ends
 * FAILED with a reason) within a bounded wait: the job lives in the database, B's sweeper sees
 * the lease run out.
 */
async function jobSurvivesItsInstance(cluster: Cluster, session: BrowserSession): Promise<void> {
  const { job, state } = await startJobMidRun(session, cluster.a.url, 'VIPP');
  cluster.a.kill('SIGKILL');
  await cluster.a.exited;
  console.log(`    killed instance A with job ${job.id} at ${state.processed}/${state.total}`);
  await settledThrough(session, cluster.b.url, job, 'B');
}

/**
 * 5. An instance told to stop (SIGTERM, as a deploy does) hands its running job back before it
 * exits: right after it is gone the job row is free (pending, no worker) or already taken by
 * the other instance — not still held by the stopped one until its lease runs out — and the
 * other instance finishes it.
 */
async function stoppedInstanceHandsItsJobBack(cluster: Cluster, session: BrowserSession, restartA: () => Promise<AppInstance>): Promise<void> {
  const a = await restartA();
  const { job, state } = await startJobMidRun(session, cluster.b.url, 'VIPG');
  cluster.b.kill('SIGTERM');
  const stoppedIn = await Promise.race([cluster.b.exited.then(() => true), sleep(30_000).then(() => false)]);
  expect(stoppedIn, 'instance B did not exit within 30 s of SIGTERM');
  const admin = await connectToServer(cluster.databaseUrl);
  try {
    const [rows] = await admin.query(`SELECT status, workerId FROM \`${cluster.database}\`.bulk_jobs WHERE id = ?`, [Number(job.id)]);
    const row = (rows as Array<{ status: string; workerId: string | null }>)[0];
    console.log(`    stopped instance B with job ${job.id} at ${state.processed}/${state.total}; its row then: ${row.status}, worker ${row.workerId ?? 'none'}`);
    const handedBack = (row.status === 'pending' && row.workerId === null) || row.workerId === 'instance-A2' || row.status === 'done';
    expect(handedBack, `after B stopped, job ${job.id} is still ${row.status} and held by ${row.workerId}: it was not handed back`);
  } finally {
    await admin.end();
  }
  await settledThrough(session, a.url, job, 'A (restarted)');
}

// ---------- set-up ----------

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

function databaseUrl(name: string): string {
  const parsed = new URL(SERVER_URL.replace(/^mariadb:/, 'mysql:'));
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

function tail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function main(): Promise<number> {
  if (!fs.existsSync(path.join(DIST_DIR, 'BUILD_ID'))) {
    console.error(`No production build in ${DIST_DIR}: run \`npm run build\` first (with the same NEXT_DIST_DIR).`);
    return 1;
  }
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'salon-multi-'));
  const database = `salon_multi_${crypto.randomBytes(4).toString('hex')}`;
  const url = databaseUrl(database);
  const admin = await connectToServer(SERVER_URL);
  const instances: AppInstance[] = [];
  let proxy: RoundRobinProxy | null = null;
  const stopAll = () => instances.forEach((instance) => instance.kill('SIGKILL'));
  process.once('exit', stopAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopAll();
      process.exit(130);
    });
  }

  let passed = 0;
  let failed = 0;
  try {
    const t0 = performance.now();
    await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    const env = { ...process.env, DATABASE_URL: url };
    run('npm', ['run', '-s', 'db:setup'], env);
    run('npm', ['run', '-s', 'db:generate', '--', '--members', String(MEMBERS)], env);
    console.log(`Database ${database}: demo data and ${MEMBERS} generated members (${((performance.now() - t0) / 1000).toFixed(0)} s).`);

    const [portA, portB] = [await freePort(), await freePort()];
    proxy = await startRoundRobinProxy([`http://127.0.0.1:${portA}`, `http://127.0.0.1:${portB}`]);
    const shared: NodeJS.ProcessEnv = {
      ...process.env,
      ...INSTANCE_SETTINGS,
      NODE_ENV: 'production',
      DATABASE_URL: url,
      NEXT_DIST_DIR: DIST_DIR,
      NEXTAUTH_SECRET: crypto.randomBytes(24).toString('base64url'),
      NEXTAUTH_URL: proxy.url,
    };
    const t1 = performance.now();
    instances.push(startAppInstance('A', portA, { ...shared, INSTANCE_ID: 'instance-A' }, logDir));
    instances.push(startAppInstance('B', portB, { ...shared, INSTANCE_ID: 'instance-B' }, logDir));
    await Promise.all(instances.map((instance) => waitUntilListening(instance, START_TIMEOUT_MS)));
    const [a, b] = instances;
    console.log(`Instances A ${a.url} and B ${b.url} behind proxy ${proxy.url} (${((performance.now() - t1) / 1000).toFixed(0)} s).`);
    const cluster: Cluster = { a, b, proxy, databaseUrl: url, database };
    const restartA = async () => {
      const again = startAppInstance('A2', portA, { ...shared, INSTANCE_ID: 'instance-A2' }, logDir);
      instances.push(again);
      await waitUntilListening(again, START_TIMEOUT_MS);
      return again;
    };

    // Signed in before the sign-in checks, which may throttle this machine's address.
    const jobSession = await signedIn(proxy.url, MANAGER, 'the proxy');
    const state: { signedOut?: BrowserSession } = {};
    const checks: Array<[string, () => Promise<void>]> = [
      ['1. a session made through the proxy works on both instances', () => sessionsAreShared(cluster, state)],
      ['2. signing out on instance A ends the session on instance B', () => signOutEndsSessionEverywhere(cluster, state)],
      ['3. failed sign-ins for one login spread over both instances and many addresses lock the account as one', () => accountLockIsShared(cluster)],
      ['3b. failed sign-ins from one address spread over both instances are throttled as one', () => addressThrottleIsShared(cluster)],
      ['4. a bulk action whose instance is killed mid-run is finished or failed by the other', () => jobSurvivesItsInstance(cluster, jobSession)],
      ['5. an instance stopped with SIGTERM hands its running job back, and the other finishes it', () => stoppedInstanceHandsItsJobBack(cluster, jobSession, restartA)],
    ];
    for (const [name, check] of checks) {
      const started = performance.now();
      try {
        await check();
        passed += 1;
        console.log(`  ✓ ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
      } catch (error) {
        failed += 1;
        console.log(`  ✗ ${name}\n      ${error instanceof CheckFailed ? error.message : (error as Error).stack ?? error}`);
      }
    }
  } catch (error) {
    failed += 1;
    console.log(`  ✗ set-up failed: ${(error as Error).message}`);
  } finally {
    stopAll();
    await Promise.all(instances.map((instance) => Promise.race([instance.exited, sleep(10_000)])));
    await proxy?.close();
    if (failed) {
      for (const instance of instances) console.log(`--- instance ${instance.name} log (last 40 lines)\n${tail(instance.logFile, 40)}`);
    }
    if (process.env.MULTI_INSTANCE_KEEP_DATABASE === '1') console.log(`Kept database ${database}.`);
    else await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await admin.end();
    fs.rmSync(logDir, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
