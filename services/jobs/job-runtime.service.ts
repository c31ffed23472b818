/**
 * This instance's share of the job work, started once per process (instrumentation.ts): the
 * sweeper on start and every 30 s, the heartbeat that renews the leases of the jobs running
 * here, and the shutdown that stops taking jobs, lets the running one reach its checkpoint and
 * hands it back.
 */
import type { DataSource } from 'typeorm';
import { queueBulkJob } from '../bulk/bulk-member-action.service';
import { BULK_MEMBER_ACTION_KINDS } from '../bulk/bulk-member-action';
import { resumeTakingJobs, stopTakingJobs } from '../bulk/bulk-job-queue';
import { ASSIGN_CAMPAIGN_JOB, queueCampaignAssignment } from '../contacts/campaign-assignment.service';
import { REPORT_EXPORT_JOB } from '../reports/export-progress.service';
import { ISSUE_COUPONS_JOB, queueCouponIssue } from '../loyalty/coupon-issue-job.service';
import { expireCoupons } from '../loyalty/coupon.service';
import { expireDuePoints, POINTS_EXPIRY_EVERY_MS } from '../loyalty/points-expiry-pass.service';
import { expireDuePackages, PACKAGE_EXPIRY_EVERY_MS } from '../prepaid/package-expiry-pass.service';
import { purgeExpiredRecycleBin } from '../admin/recycle-bin.service';
import { LEVEL_REVIEW_CHECK_EVERY_MS, LEVEL_REVIEW_JOB, queueLevelReview, scheduleLevelReview } from '../member-levels/level-review.service';
import { renewHeldLeases } from './job-lease.service';
import { sweepJobs, type JobKinds } from './job-sweeper.service';
import { processWorker, signalProcessWorkerStop, type JobWorker } from './job-worker';
import { logger } from '../../lib/logger';

/** Every kind of job, and how the sweeper resumes it; exports cannot resume (their download is gone). */
export const JOB_KINDS: JobKinds = {
  ...Object.fromEntries(BULK_MEMBER_ACTION_KINDS.map((kind) => [kind, { resume: queueBulkJob }])),
  [ASSIGN_CAMPAIGN_JOB]: { resume: queueCampaignAssignment },
  [REPORT_EXPORT_JOB]: {},
  [ISSUE_COUPONS_JOB]: { resume: queueCouponIssue },
  [LEVEL_REVIEW_JOB]: { resume: queueLevelReview },
};

export const SWEEP_EVERY_MS = 30_000;

/**
 * The recycle bin's scheduled purge runs hourly on every instance; each entry is purged by the
 * one transaction that removes it (services/admin/recycle-bin.service.ts), so instances never
 * purge twice and a pass that dies part-way is simply continued by the next.
 */
export const RECYCLE_BIN_PURGE_EVERY_MS = 3_600_000;

/** How often the coupon expiry pass runs (services/loyalty/coupon.service.ts `expireCoupons`). */
export const COUPON_EXPIRY_EVERY_MS = 3_600_000;

type Runtime = { timers: NodeJS.Timeout[] };

const runtimeKey = Symbol.for('salon-crm.job-runtime');
const holder = globalThis as Record<symbol, Runtime | undefined>;

const logged = (what: string, run: () => Promise<unknown>) => () => {
  run().catch((error: unknown) => logger().error({ err: error }, `[jobs] ${what} failed`));
};

/**
 * Starts the sweeper and the heartbeat for this process (once; later calls do nothing). The
 * first sweep runs at once, so jobs left by a crash or handed back at a shutdown continue now.
 * `dataSource` is asked on every tick: a database that is down at start is swept once it is up.
 */
export function startJobRuntime(dataSource: () => Promise<DataSource>, options: { worker?: JobWorker; sweepEveryMs?: number } = {}): void {
  if (holder[runtimeKey]) return;
  const worker = options.worker ?? processWorker();
  const sweepEveryMs = options.sweepEveryMs ?? Number(process.env.JOB_SWEEP_EVERY_MS || SWEEP_EVERY_MS);
  const sweep = logged('sweep', async () => sweepJobs(await dataSource(), worker, JOB_KINDS));
  const heartbeat = logged('heartbeat', async () => renewHeldLeases(await dataSource(), worker));
  const purgeBin = logged('recycle bin purge', async () => purgeExpiredRecycleBin(await dataSource()));
  const purgeEveryMs = Number(process.env.RECYCLE_BIN_PURGE_EVERY_MS || RECYCLE_BIN_PURGE_EVERY_MS);
  // Hourly on every instance; one of them wins each month's review (level-review.service.ts).
  const reviewLevels = logged('level review', async () => scheduleLevelReview(await dataSource(), worker));
  resumeTakingJobs();
  holder[runtimeKey] = {
    timers: [setInterval(sweep, sweepEveryMs), setInterval(heartbeat, Math.max(1_000, Math.floor(worker.leaseMs / 4))), setInterval(purgeBin, Math.max(60_000, purgeEveryMs)), setInterval(reviewLevels, LEVEL_REVIEW_CHECK_EVERY_MS)],
  };
  // E-coupons past their last day: hourly, safe on several instances (a guarded UPDATE per batch).
  const expireCouponsPass = logged('coupon expiry', async () => expireCoupons(await dataSource()));
  holder[runtimeKey]!.timers.push(setInterval(expireCouponsPass, COUPON_EXPIRY_EVERY_MS));
  // Points past their expiry: hourly on every instance; each lot expires once (points-expiry-pass.service.ts).
  const expirePointsPass = logged('points expiry', async () => expireDuePoints(await dataSource()));
  holder[runtimeKey]!.timers.push(setInterval(expirePointsPass, POINTS_EXPIRY_EVERY_MS));
  // Packages past their last day: hourly on every instance; each is booked once, under its row lock (package-expiry-pass.service.ts).
  const expirePackagesPass = logged('package expiry', async () => expireDuePackages(await dataSource()));
  holder[runtimeKey]!.timers.push(setInterval(expirePackagesPass, PACKAGE_EXPIRY_EVERY_MS));
  for (const timer of holder[runtimeKey]!.timers) timer.unref();
  sweep();
  purgeBin();
  expireCouponsPass();
  expirePointsPass();
  expirePackagesPass();
  reviewLevels();
}

/**
 * Graceful stop of the job work: no new job starts here, the running one stops after the batch
 * in hand and is handed back as pending (another instance's sweeper, or this one's next start,
 * resumes it). Resolves when that is done, or after `timeoutMs` (the lease then runs out and the
 * sweeper takes over).
 */
export async function stopJobRuntime(timeoutMs = 20_000): Promise<void> {
  const runtime = holder[runtimeKey];
  holder[runtimeKey] = undefined;
  for (const timer of runtime?.timers ?? []) clearInterval(timer);
  signalProcessWorkerStop();
  let timeout: NodeJS.Timeout | undefined;
  await Promise.race([stopTakingJobs(), new Promise<void>((resolve) => (timeout = setTimeout(resolve, timeoutMs)))]);
  clearTimeout(timeout);
}
