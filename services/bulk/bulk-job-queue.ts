/**
 * Runs bulk jobs in this process, one after another, after the request that started them has
 * answered. One at a time because every job writes the same tables in large batches: running two
 * side by side would only make them wait for each other's locks (and SQLite has one writer).
 */
let tail: Promise<void> = Promise.resolve();
const queued = new Map<number, Promise<void>>();

/** Queues `run` for job `jobId`; its errors are the job's own business (it records them). */
export function enqueueBulkJob(jobId: number, run: () => Promise<unknown>): Promise<void> {
  const done = tail.then(run).then(
    () => undefined,
    (error: unknown) => console.error(`[bulk] job ${jobId} crashed`, error),
  );
  tail = done;
  queued.set(jobId, done);
  void done.then(() => {
    if (queued.get(jobId) === done) queued.delete(jobId);
  });
  return done;
}

/** Resolves when job `jobId` has finished (at once if it is not queued in this process). */
export function bulkJobSettled(jobId: number): Promise<void> {
  return queued.get(jobId) ?? Promise.resolve();
}

/** Resolves when every job queued so far has finished. */
export function bulkJobsSettled(): Promise<void> {
  return tail;
}
