/**
 * A report export's progress as a job row (kind "reportExport", the client's progress id as its
 * key): any app instance answers the page's polling, the heartbeat of the instance writing the
 * file renews its lease, and if that instance dies the sweeper ends it FAILED so the page stops
 * waiting and offers to export again. An export cannot resume: the download it fed is gone.
 */
import { LessThan, type DataSource } from 'typeorm';
import { BulkJob } from '../../entities';
import { BulkJobStatus } from '../../entities/bulk-job.entity';
import { logger } from '../../lib/logger';
import { JobClaim, JobError, type JobOutcome } from '../jobs/job-lease.service';
import { processWorker, type JobWorker } from '../jobs/job-worker';
import { PROGRESS_TTL_MS, progressShown, type ExportProgress, type ExportProgressTracker } from './export-progress';

export const REPORT_EXPORT_JOB = 'reportExport';

/** The tracker, and a promise that settles once its writes so far are in the database. */
export type TrackedExport = ExportProgressTracker & { flushed(): Promise<void> };

/**
 * Starts tracking an export, replacing an earlier one of the same staff member and id, and
 * clearing that staff member's exports finished longer ago than PROGRESS_TTL_MS. The row is
 * claimed by `worker` from the start. Progress writes never fail the download: a write that fails
 * is logged, and the sweeper settles the row if the end cannot be recorded.
 */
export async function trackExportProgress(ds: DataSource, staffId: number, id: string, worker: JobWorker = processWorker()): Promise<TrackedExport> {
  const now = worker.now();
  const job = await ds.transaction(async (manager) => {
    await manager.delete(BulkJob, { ownerId: staffId, clientKey: id });
    await manager.delete(BulkJob, { ownerId: staffId, kind: REPORT_EXPORT_JOB, finishedAt: LessThan(new Date(now.getTime() - PROGRESS_TTL_MS)) });
    return manager.save(
      manager.create(BulkJob, {
        kind: REPORT_EXPORT_JOB,
        status: BulkJobStatus.RUNNING,
        total: 0,
        processed: 0,
        params: '{}',
        ownerId: staffId,
        clientKey: id,
        workerId: worker.instanceId,
        attempt: 1,
        leaseExpiresAt: new Date(now.getTime() + worker.leaseMs),
        error: null,
        finishedAt: null,
      }),
    );
  });
  const claim = new JobClaim(ds, job, worker);
  claim.hold();
  let chain: Promise<void> = Promise.resolve();
  let ended = false;
  const queue = (write: () => Promise<void>) => {
    chain = chain.then(write).catch((error: unknown) => logger().error({ err: error }, `[export] progress ${id}: could not record`));
  };
  const end = (outcome: JobOutcome) => {
    if (ended) return;
    ended = true;
    queue(() => claim.end(outcome));
    void chain.finally(() => claim.release());
  };
  return {
    setTotal: (rows) => queue(() => claim.progress({ total: rows })),
    wrote: (rows) => queue(() => claim.progress({ processed: rows })),
    finish: () => end({ status: 'done' }),
    fail: () => end({ status: 'failed', error: JobError.internal }),
    flushed: () => chain,
  };
}

/** A staff member's export progress by id; null when unknown, finished too long ago, or another's. */
export async function exportProgress(ds: DataSource, staffId: number, id: string, now = new Date()): Promise<ExportProgress | null> {
  const row = await ds.getRepository(BulkJob).findOneBy({ ownerId: staffId, clientKey: id, kind: REPORT_EXPORT_JOB });
  if (!row || !progressShown(row.finishedAt, now)) return null;
  return { id, rowsWritten: row.processed, totalRows: row.total, done: row.status === BulkJobStatus.DONE, failed: row.status === BulkJobStatus.FAILED };
}
