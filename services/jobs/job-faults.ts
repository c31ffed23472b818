/**
 * Telling a database that is gone from a statement that failed, and how long to wait between
 * tries of a write that must not be lost. Pure: the job service decides what to do with it.
 */

/** Driver codes of a connection that is gone or cannot be made (mysql2, Node sockets). */
const UNAVAILABLE_CODES = new Set([
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR',
  'PROTOCOL_ENQUEUE_AFTER_QUIT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'ER_SERVER_SHUTDOWN',
  'ER_CON_COUNT_ERROR',
  'ER_CONNECTION_KILLED',
  'SQLITE_CANTOPEN',
  'SQLITE_IOERR',
]);

/** MySQL/MariaDB error numbers of the same: server gone away, lost, shut down, killed, too many connections. */
const UNAVAILABLE_ERRNOS = new Set([1040, 1053, 1927, 2002, 2003, 2006, 2013]);

/** TypeORM's own errors for a DataSource that is not (or no longer) connected. */
const UNAVAILABLE_NAMES = new Set(['CannotExecuteNotConnectedError', 'ConnectionIsNotSetError', 'CannotConnectAlreadyConnectedError']);

/** better-sqlite3's message once its handle is closed. */
const UNAVAILABLE_MESSAGES = [/database connection is not open/i, /connection is not yet established/i, /Pool is closed/i];

type ErrorLike = { name?: unknown; code?: unknown; errno?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };

/**
 * Whether `error` says the database cannot be reached (as opposed to a statement it refused):
 * then the same write may succeed later, once the database is back.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  const e = error as ErrorLike;
  if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
  if (typeof e.errno === 'number' && UNAVAILABLE_ERRNOS.has(e.errno)) return true;
  if (typeof e.name === 'string' && UNAVAILABLE_NAMES.has(e.name)) return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(e.message as string))) return true;
  return isDatabaseUnavailable(e.driverError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}

/**
 * Waits before each further try: doubling from `firstMs`, capped at `maxMs`, `tries - 1` waits
 * in all, so the whole wait is bounded.
 */
export function backoffDelays(tries: number, firstMs: number, maxMs: number): number[] {
  const delays: number[] = [];
  for (let i = 1; i < tries; i += 1) delays.push(Math.min(maxMs, firstMs * 2 ** (i - 1)));
  return delays;
}
