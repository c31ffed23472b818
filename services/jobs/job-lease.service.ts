/**
 * Claiming, checkpointing and ending a job row so that every app instance can see and take over
 * the work. A claim sets the worker, bumps `attempt` and starts a lease; every later write of the
 * run is fenced on that attempt, so a worker that lost its job (its lease expired and another
 * instance took over) changes nothing, not even inside a batch it was about to commit.
 */
import { Brackets, type DataSource, type EntityManager } from 'typeorm';
import { BulkJob } from '../../entities';
import { BulkJobStatus } from '../../entities/bulk-job.entity';
import { isDatabaseUnavailable } from './job-faults';
import type { JobWorker } from './job-worker';
import { logger } from '../../lib/logger';

/** Reasons stored as a job's error; translated under `errors.` when shown. */
export const JobError = {
  internal: 'internal',
  forbidden: 'forbidden',
  databaseUnavailable: 'jobDatabaseUnavailable',
  workerLost: 'jobWorkerLost',
} as const;

/** Thrown inside a batch when the job is no longer this run's: the batch rolls back. */
export class LeaseLostError extends Error {
  constructor(readonly jobId: number) {
    super(`Job ${jobId} is no longer held by this worker`);
    this.name = 'LeaseLostError';
  }
}

/** What a job's body reports when it stops without throwing. */
export type JobOutcome = { status: 'done' } | { status: 'failed'; error: string } | { status: 'handedBack' };

type Held = { jobId: number; attempt: number; instanceId: string };

const heldKey = Symbol.for('salon-crm.held-jobs');
const holder = globalThis as Record<symbol, unknown>;
/** The claims this process is running now: the heartbeat renews exactly these. */
const held: Set<Held> = (holder[heldKey] as Set<Held> | undefined) ?? (holder[heldKey] = new Set<Held>());

const leaseUntil = (worker: JobWorker) => new Date(worker.now().getTime() + worker.leaseMs);

/** Writes a job row in its own (serialised on SQLite) transaction: never inside another request's open one. */
function write<T>(ds: DataSource, run: (manager: EntityManager) => Promise<T>): Promise<T> {
  return ds.transaction(run);
}

/** A running job as this worker holds it. */
export class JobClaim {
  private readonly entry: Held;

  constructor(
    readonly ds: DataSource,
    readonly job: BulkJob,
    readonly worker: JobWorker,
  ) {
    this.entry = { jobId: job.id, attempt: job.attempt, instanceId: worker.instanceId };
  }

  get attempt(): number {
    return this.job.attempt;
  }

  /** Where an earlier attempt stopped, or null to start from the beginning. */
  checkpoint<T>(): T | null {
    return this.job.checkpoint ? (JSON.parse(this.job.checkpoint) as T) : null;
  }

  /** The shutdown asked jobs to stop: the body hands the job back at its next checkpoint. */
  get stopping(): boolean {
    return this.worker.signal.aborted;
  }

  hold(): void {
    held.add(this.entry);
  }

  release(): void {
    held.delete(this.entry);
  }

  /**
   * Records a committed batch in the batch's own transaction: progress, where to resume, and a
   * renewed lease. Throws LeaseLostError (rolling the batch back) when the job is not this run's.
   */
  async commit(manager: EntityManager, progress: { processed: number; skipped?: number; checkpoint: unknown }): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(BulkJob)
      .set({
        processed: () => `processed + ${Math.trunc(progress.processed)}`,
        skipped: () => `skipped + ${Math.trunc(progress.skipped ?? 0)}`,
        checkpoint: JSON.stringify(progress.checkpoint),
        leaseExpiresAt: leaseUntil(this.worker),
      })
      .where('id = :id AND attempt = :attempt AND status = :running', { id: this.job.id, attempt: this.job.attempt, running: BulkJobStatus.RUNNING })
      .execute();
    if (!result.affected) throw new LeaseLostError(this.job.id);
  }

  /** Progress of a job whose work is not in this database (an export): fenced, outside any batch. */
  async progress(changes: { processed?: number; total?: number }): Promise<void> {
    const set: Record<string, unknown> = { leaseExpiresAt: leaseUntil(this.worker) };
    if (changes.processed) set.processed = () => `processed + ${Math.trunc(changes.processed!)}`;
    if (changes.total !== undefined) set.total = changes.total;
    await write(this.ds, (manager) => fenced(manager, this, set));
  }

  /**
   * Ends the run: DONE (the total becomes what was processed, as members may have come or gone
   * since the job was counted), FAILED with a reason, or handed back as pending for any instance
   * to resume. While the database is unavailable the write is tried again with backoff; after
   * the last try the lease runs out and the sweeper settles the job.
   */
  async end(outcome: JobOutcome): Promise<void> {
    const finishedAt = this.worker.now();
    const set: Record<string, unknown> =
      outcome.status === 'done'
        ? { status: BulkJobStatus.DONE, total: () => 'processed', finishedAt, leaseExpiresAt: null }
        : outcome.status === 'failed'
          ? { status: BulkJobStatus.FAILED, error: outcome.error, finishedAt, leaseExpiresAt: null }
          : { status: BulkJobStatus.PENDING, workerId: null, leaseExpiresAt: null };
    await retryWhileUnavailable(this.ds, this.worker, `end job ${this.job.id}`, () => write(this.ds, (manager) => fenced(manager, this, set)));
  }
}

async function fenced(manager: EntityManager, claim: JobClaim, set: Record<string, unknown>): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(BulkJob)
    .set(set)
    .where('id = :id AND attempt = :attempt AND status = :running', { id: claim.job.id, attempt: claim.attempt, running: BulkJobStatus.RUNNING })
    .execute();
  return Boolean(result.affected);
}

/**
 * Runs `attempt` until it succeeds, a try fails for another reason than an unreachable database
 * (rethrown), or the worker's delays are used up (logged; resolves false).
 */
export async function retryWhileUnavailable(ds: DataSource, worker: JobWorker, what: string, attempt: () => Promise<unknown>): Promise<boolean> {
  for (let i = 0; ; i += 1) {
    try {
      await attempt();
      return true;
    } catch (error) {
      if (!isDatabaseUnavailable(error) && ds.isInitialized) throw error;
      if (i >= worker.retryDelaysMs.length) {
        logger().error({ err: error }, `[jobs] could not ${what}: the database stayed unavailable; the sweeper will settle it`);
        return false;
      }
      await worker.sleep(worker.retryDelaysMs[i]);
    }
  }
}

/**
 * Claims job `jobId` (one of `kinds`) for `worker` if it is pending, or running under a lease
 * that has expired. Returns the claim, or null when the job is not claimable (another worker
 * holds it, or it has ended).
 */
export async function claimJob(ds: DataSource, jobId: number, worker: JobWorker, kinds: readonly string[]): Promise<JobClaim | null> {
  const now = worker.now();
  const job = await write(ds, async (manager) => {
    const result = await manager
      .createQueryBuilder()
      .update(BulkJob)
      .set({ status: BulkJobStatus.RUNNING, workerId: worker.instanceId, attempt: () => 'attempt + 1', leaseExpiresAt: leaseUntil(worker), error: null })
      .where('id = :id AND kind IN (:...kinds)', { id: jobId, kinds })
      .andWhere(
        new Brackets((qb) =>
          qb.where('status = :pending', { pending: BulkJobStatus.PENDING }).orWhere('status = :running AND leaseExpiresAt < :now', { running: BulkJobStatus.RUNNING, now }),
        ),
      )
      .execute();
    return result.affected ? manager.findOneByOrFail(BulkJob, { id: jobId }) : null;
  });
  return job && new JobClaim(ds, job, worker);
}

/**
 * Runs a claimed job's body and ends the run by what it reports: a thrown error ends the job
 * FAILED (with "the database was unavailable" when it was), a lost lease leaves it to its new
 * holder. Never throws.
 */
export async function runClaimedJob(claim: JobClaim, label: string, body: (claim: JobClaim) => Promise<JobOutcome>): Promise<void> {
  claim.hold();
  try {
    let outcome: JobOutcome;
    try {
      outcome = await body(claim);
    } catch (error) {
      if (error instanceof LeaseLostError) {
        logger().warn(`[jobs] ${label} job ${claim.job.id}: taken over by another worker; stopping here`);
        return;
      }
      const unavailable = isDatabaseUnavailable(error) || !claim.ds.isInitialized;
      logger().error({ err: error }, `[jobs] ${label} job ${claim.job.id} failed`);
      outcome = { status: 'failed', error: unavailable ? JobError.databaseUnavailable : JobError.internal };
    }
    await claim.end(outcome);
  } catch (error) {
    logger().error({ err: error }, `[jobs] ${label} job ${claim.job.id}: could not record its end`);
  } finally {
    claim.release();
  }
}

/** Renews the leases of the jobs this process runs now (the heartbeat); returns how many rows it renewed. */
export async function renewHeldLeases(ds: DataSource, worker: JobWorker): Promise<number> {
  const mine = [...held].filter((h) => h.instanceId === worker.instanceId);
  if (!mine.length) return 0;
  let renewed = 0;
  await write(ds, async (manager) => {
    for (const h of mine) {
      const result = await manager
        .createQueryBuilder()
        .update(BulkJob)
        .set({ leaseExpiresAt: leaseUntil(worker) })
        .where('id = :id AND attempt = :attempt AND status = :running', { id: h.jobId, attempt: h.attempt, running: BulkJobStatus.RUNNING })
        .execute();
      renewed += result.affected ?? 0;
    }
  });
  return renewed;
}
