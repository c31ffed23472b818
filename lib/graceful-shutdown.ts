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
import { logger } from './logger';

/** The process, or in tests anything that emits the signals and exits like it. */
export type ShutdownTarget = { on(signal: 'SIGTERM' | 'SIGINT', listener: () => void): unknown; exit: (code?: number) => never };

type ShutdownState = { tasks: Array<() => Promise<void>>; started: Promise<void> | null };

const statesKey = Symbol.for('salon-crm.graceful-shutdown');
const holder = globalThis as Record<symbol, unknown>;
const states: WeakMap<ShutdownTarget, ShutdownState> =
  (holder[statesKey] as WeakMap<ShutdownTarget, ShutdownState> | undefined) ?? (holder[statesKey] = new WeakMap<ShutdownTarget, ShutdownState>());

const EXIT_CODE: Record<'SIGTERM' | 'SIGINT', number> = { SIGTERM: 143, SIGINT: 130 };

function runTasks(state: ShutdownState, timeoutMs: number): Promise<void> {
  if (state.started) return state.started;
  const all = Promise.allSettled(state.tasks.map((task) => task())).then((results) => {
    for (const r of results) if (r.status === 'rejected') logger().error({ err: r.reason }, '[shutdown] a task failed');
  });
  let timer: NodeJS.Timeout | undefined;
  const bounded = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
  state.started = Promise.race([all, bounded]).finally(() => clearTimeout(timer));
  return state.started;
}

/** Registers `task` to run at the first SIGTERM/SIGINT; the process exits only after every task ended or `timeoutMs` passed. */
export function onShutdown(task: () => Promise<void>, options: { timeoutMs?: number; target?: ShutdownTarget } = {}): void {
  const target = options.target ?? (process as ShutdownTarget);
  const timeoutMs = options.timeoutMs ?? 25_000;
  const known = states.get(target);
  if (known) {
    known.tasks.push(task);
    return;
  }
  const state: ShutdownState = { tasks: [task], started: null };
  states.set(target, state);
  const exit = target.exit.bind(target);
  target.exit = ((code?: number) => {
    if (!state.started) return exit(code);
    void state.started.then(() => exit(code));
  }) as ShutdownTarget['exit'];
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    target.on(signal, () => {
      const done = runTasks(state, timeoutMs);
      if (process.env.NEXT_MANUAL_SIG_HANDLE) void done.then(() => exit(EXIT_CODE[signal]));
    });
  }
}
