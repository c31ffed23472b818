import { logger } from '../../lib/logger';

/**
 * Runs jobs in this process, one after another, after the request that started them has
 * answered. One at a time because every job writes the same tables in large batches: running two
 * side by side would only make them wait for each other's locks (and SQLite has one writer).
 * The queue is only this instance's share of the work: the job rows in the database are the
 * truth, and any instance's sweeper queues the pending ones it finds.
 *
 * Kept on globalThis: Next.js bundles each route (and the instrumentation hook) separately, and
 * a shutdown must drain the one queue every bundle adds to.
 */
type QueueState = { tail: Promise<void>; queued: Map<number, Promise<void>>; accepting: boolean };

const stateKey = Symbol.for('salon-crm.job-queue');
const holder = globalThis as Record<symbol, unknown>;
const state: QueueState = (holder[stateKey] as QueueState | undefined) ?? (holder[stateKey] = { tail: Promise.resolve(), queued: new Map(), accepting: true } as QueueState);

/**
 * Queues `run` for job `jobId` unless it is queued here already; its errors are the job's own
 * business (it records them). After `stopTakingJobs` nothing is queued: the job stays pending in
 * the database for another instance, or for this one's next start.
 */
export function enqueueBulkJob(jobId: number, run: () => Promise<unknown>): Promise<void> {
  const already = state.queued.get(jobId);
  if (already) return already;
  if (!state.accepting) return Promise.resolve();
  const done = state.tail.then(() => (state.accepting ? run() : undefined)).then(
    () => undefined,
    (error: unknown) => logger().error({ err: error }, `[jobs] job ${jobId} crashed`),
  );
  state.tail = done;
  state.queued.set(jobId, done);
  void done.then(() => {
    if (state.queued.get(jobId) === done) state.queued.delete(jobId);
  });
  return done;
}

/** Whether job `jobId` waits or runs in this process's queue. */
export function isBulkJobQueued(jobId: number): boolean {
  return state.queued.has(jobId);
}

/** Resolves when job `jobId` has finished (at once if it is not queued in this process). */
export function bulkJobSettled(jobId: number): Promise<void> {
  return state.queued.get(jobId) ?? Promise.resolve();
}

/** Resolves when every job queued so far has finished. */
export function bulkJobsSettled(): Promise<void> {
  return state.tail;
}

/** Shutdown: queue nothing more, skip what has not started; resolves when the running job has stopped. */
export function stopTakingJobs(): Promise<void> {
  state.accepting = false;
  return state.tail;
}

/** Takes jobs again (a test that stopped the queue, or a restart within one process). */
export function resumeTakingJobs(): void {
  state.accepting = true;
}
