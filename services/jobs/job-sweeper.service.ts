/**
 * Finds the jobs nobody is working on and settles them. Every app instance runs this on start
 * and then periodically; two sweepers at once are harmless, as every change is a conditional
 * UPDATE that only one of them wins. Each pass is two indexed reads on (status, lease expiry).
 */
import { Brackets, In, type DataSource } from 'typeorm';
import { BulkJob } from '../../entities';
import { BulkJobStatus } from '../../entities/bulk-job.entity';
import { isBulkJobQueued } from '../bulk/bulk-job-queue';
import { JobError } from './job-lease.service';
import type { JobWorker } from './job-worker';

/** What the sweeper may do with a kind of job: `resume` queues it in this process; without it the job cannot be resumed. */
export type JobKinds = Record<string, { resume?: (ds: DataSource, jobId: number, worker: JobWorker) => void }>;

/** A job whose worker vanished this many times is not resumed again: something in it kills its worker. */
export const MAX_ATTEMPTS = 5;

/** Rows looked at per pass; the next pass takes the rest. */
const SWEEP_LIMIT = 100;

export type SweepResult = { handedBack: number[]; failed: number[]; queued: number[] };

/**
 * One pass: running jobs whose lease expired (their worker died, hung or lost the database) are
 * handed back as pending when their kind can resume and they have attempts left, else end FAILED
 * with "the server running it stopped"; then pending jobs of resumable kinds that this process
 * has not queued are queued here (a job handed back at a shutdown, or started on an instance that
 * died before running it). Whoever claims a job first runs it.
 */
export async function sweepJobs(ds: DataSource, worker: JobWorker, kinds: JobKinds): Promise<SweepResult> {
  const now = worker.now();
  const result: SweepResult = { handedBack: [], failed: [], queued: [] };
  const jobs = ds.getRepository(BulkJob);
  const expired = await jobs
    .createQueryBuilder('j')
    .select(['j.id', 'j.kind', 'j.attempt'])
    .where('j.status = :running', { running: BulkJobStatus.RUNNING })
    .andWhere(new Brackets((qb) => qb.where('j.leaseExpiresAt < :now', { now }).orWhere('j.leaseExpiresAt IS NULL')))
    .orderBy('j.id', 'ASC')
    .limit(SWEEP_LIMIT)
    .getMany();
  for (const job of expired) {
    const resumable = Boolean(kinds[job.kind]?.resume) && job.attempt < MAX_ATTEMPTS;
    const changes = resumable
      ? { status: BulkJobStatus.PENDING, workerId: null, leaseExpiresAt: null }
      : { status: BulkJobStatus.FAILED, error: JobError.workerLost, finishedAt: now, leaseExpiresAt: null };
    const settled = await ds.transaction((manager) =>
      manager
        .createQueryBuilder()
        .update(BulkJob)
        .set(changes)
        .where('id = :id AND attempt = :attempt AND status = :running', { id: job.id, attempt: job.attempt, running: BulkJobStatus.RUNNING })
        .andWhere(new Brackets((qb) => qb.where('leaseExpiresAt < :now', { now }).orWhere('leaseExpiresAt IS NULL')))
        .execute(),
    );
    if (settled.affected) (resumable ? result.handedBack : result.failed).push(job.id);
  }
  const resumableKinds = Object.keys(kinds).filter((kind) => kinds[kind].resume);
  if (!resumableKinds.length) return result;
  const pending = await jobs.find({
    select: { id: true, kind: true },
    where: { status: BulkJobStatus.PENDING, kind: In(resumableKinds) },
    order: { id: 'ASC' },
    take: SWEEP_LIMIT,
  });
  for (const job of pending) {
    if (isBulkJobQueued(job.id)) continue;
    kinds[job.kind].resume!(ds, job.id, worker);
    result.queued.push(job.id);
  }
  return result;
}
