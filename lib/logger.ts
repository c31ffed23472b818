import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * The server's JSON-lines logger: LOG_LEVEL picks the level (info by default, "silent" under jest).
 * By default lines go to stdout asynchronously: a synchronous write per request (pino's default)
 * held the event loop up to 0.4 ms a line (stdout a file, the disk busy with another job). pino
 * flushes what is still pending when the process exits.
 */
export function createLogger(destination?: DestinationStream, level = process.env.LOG_LEVEL || 'info'): Logger {
  return pino({ level }, destination ?? pino.destination({ dest: 1, sync: false }));
}

let current: Logger | undefined;

/** The process's logger. */
export function logger(): Logger {
  current ??= createLogger();
  return current;
}

/** Replaces the process's logger (tests capture lines this way); returns the one it replaced. */
export function useLogger(next: Logger): Logger {
  const previous = logger();
  current = next;
  return previous;
}
