/**
 * Work that must finish before the process exits on SIGTERM or SIGINT.
 *
 * `next start` (16.4) answers those signals itself: it closes its HTTP server — no new
 * connections, in-flight requests run to their end — then closes the Next server and calls
 * `process.exit(143)` (130 for SIGINT). Nothing of ours is awaited on that path, so a task
 * registered here starts at the first signal and `process.exit` waits for the tasks (at most
 * `timeoutMs`) before it exits with the code Next chose. With NEXT_MANUAL_SIG_HANDLE set Next
 * leaves the signals alone, and the tasks end the process themselves.
 */
type ShutdownState = { tasks: Array<() => Promise<void>>; started: Promise<void> | null; installed: boolean };

const stateKey = Symbol.for('salon-crm.graceful-shutdown');
const holder = globalThis as Record<symbol, unknown>;
const state: ShutdownState = (holder[stateKey] as ShutdownState | undefined) ?? (holder[stateKey] = { tasks: [], started: null, installed: false } as ShutdownState);

const EXIT_CODE: Record<'SIGTERM' | 'SIGINT', number> = { SIGTERM: 143, SIGINT: 130 };

function runTasks(timeoutMs: number): Promise<void> {
  if (state.started) return state.started;
  const all = Promise.allSettled(state.tasks.map((task) => task())).then((results) => {
    for (const r of results) if (r.status === 'rejected') console.error('[shutdown] a task failed', r.reason);
  });
  let timer: NodeJS.Timeout | undefined;
  const bounded = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
  state.started = Promise.race([all, bounded]).finally(() => clearTimeout(timer));
  return state.started;
}

/** Registers `task` to run at the first SIGTERM/SIGINT; the process exits only after every task ended or `timeoutMs` passed. */
export function onShutdown(task: () => Promise<void>, timeoutMs = 25_000): void {
  state.tasks.push(task);
  if (state.installed) return;
  state.installed = true;
  const exit = process.exit.bind(process);
  process.exit = ((code?: number) => {
    if (!state.started) return exit(code);
    void state.started.then(() => exit(code));
  }) as typeof process.exit;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      const done = runTasks(timeoutMs);
      if (process.env.NEXT_MANUAL_SIG_HANDLE) void done.then(() => exit(EXIT_CODE[signal]));
    });
  }
}
