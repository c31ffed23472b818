/**
 * Who is working on jobs in this process, and by which clock: the instance id written into the
 * jobs it claims, the lease length, the stop signal a shutdown raises, the waits between tries.
 * One per process, on globalThis (Next.js bundles routes and the instrumentation hook apart);
 * tests build their own with `jobWorker({...})` to play a second instance or move the clock.
 */
import crypto from 'node:crypto';
import os from 'node:os';
import { backoffDelays } from './job-faults';

export type JobWorker = {
  /** Written into `bulk_jobs.workerId` of the jobs this worker holds. */
  instanceId: string;
  now: () => Date;
  /** How long a claim holds without being renewed. */
  leaseMs: number;
  /** Raised when the process shuts down: jobs stop at their next checkpoint and are handed back. */
  signal: AbortSignal;
  sleep: (ms: number) => Promise<void>;
  /** Waits between tries of a job's final write while the database is unavailable (bounded). */
  retryDelaysMs: readonly number[];
  /** Pause after each committed batch, leaving the database room for interactive requests. */
  batchPauseMs: number;
};

/** A claim holds a minute: renewed every 15 s while the job runs, so one missed renewal does not lose it. */
export const DEFAULT_LEASE_MS = 60_000;

/** The final write of a job is tried for about a minute (0.25 s, 0.5 s, … capped at 15 s) before the sweeper is left to it. */
export const DEFAULT_RETRY_DELAYS_MS = backoffDelays(9, 250, 15_000);

const numberFromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
};

export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.());

/** A worker with the given parts, the rest as in production. */
export function jobWorker(parts: Partial<JobWorker> = {}): JobWorker {
  return {
    instanceId: parts.instanceId ?? `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`,
    now: parts.now ?? (() => new Date()),
    leaseMs: parts.leaseMs ?? DEFAULT_LEASE_MS,
    signal: parts.signal ?? new AbortController().signal,
    sleep: parts.sleep ?? realSleep,
    retryDelaysMs: parts.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
    batchPauseMs: parts.batchPauseMs ?? 0,
  };
}

type ProcessWorker = { worker: JobWorker; stop: AbortController };

const workerKey = Symbol.for('salon-crm.job-worker');
const holder = globalThis as Record<symbol, unknown>;

function processState(): ProcessWorker {
  const existing = holder[workerKey] as ProcessWorker | undefined;
  if (existing) return existing;
  const stop = new AbortController();
  const worker = jobWorker({
    instanceId: process.env.INSTANCE_ID || undefined,
    signal: stop.signal,
    leaseMs: numberFromEnv('JOB_LEASE_MS', DEFAULT_LEASE_MS),
    batchPauseMs: numberFromEnv('JOB_BATCH_PAUSE_MS', 0),
  });
  const created: ProcessWorker = { worker, stop };
  holder[workerKey] = created;
  return created;
}

/** This process's worker (instance id from INSTANCE_ID, or host:pid:random). */
export function processWorker(): JobWorker {
  return processState().worker;
}

/** Raises the process worker's stop signal (shutdown). */
export function signalProcessWorkerStop(): void {
  processState().stop.abort();
}
