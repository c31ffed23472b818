/**
 * Runs once when a server process starts (Next.js instrumentation hook): in the Node.js runtime
 * this instance starts its share of the job work — the sweeper, which at once resumes jobs left
 * by a crash or handed back at a shutdown, and the lease heartbeat — and at SIGTERM/SIGINT hands
 * its running job back before the process exits.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  await import('reflect-metadata');
  const [{ getDataSource }, { startJobRuntime, stopJobRuntime }, { onShutdown }] = await Promise.all([
    import('./db/data-source'),
    import('./services/jobs/job-runtime.service'),
    import('./lib/graceful-shutdown'),
  ]);
  onShutdown(() => stopJobRuntime());
  startJobRuntime(getDataSource);
}
