/**
 * Idempotency keys for money and balance mutations (checkout, refunds; later top-ups and points):
 * a request retried with the same key — a lost response, a double tap, a tool's retry — gets the
 * first request's result instead of charging twice.
 *
 * The key is claimed FIRST, inside the mutation's own transaction, before any work: the unique
 * (scope, key) index makes a concurrent second claim wait for the first transaction and then fail
 * (MySQL/MariaDB; SQLite runs one transaction at a time, so the second simply sees the row). The
 * loser's transaction is then re-run by `inIdempotentTransaction`, and finds the stored result.
 * A first request that fails rolls its claim back with everything else, so the key stays free.
 */
import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { inReadCommittedTransaction } from '../../db/transaction';
import { IdempotencyKey } from '../../entities';
import { DomainError, ErrorCode, invalidField } from '../errors/domain-error';
import { uniqueKeysOf, violatedUniqueKey } from '../errors/unique-violation.service';

/** Longest key a client may send (the column is varchar(100)). */
export const IDEMPOTENCY_KEY_MAX = 100;

export type IdempotentResult = { resultId: number; replayed: boolean };

/** Thrown when a concurrent request holding the same key committed first; the transaction must be re-run. */
class IdempotencyRace extends Error {
  constructor() {
    super('idempotency key claimed by a concurrent request');
  }
}

/** A stable hash of a request's meaningful input (object keys sorted), to tell a retry from a reused key. */
export function requestHashOf(request: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
    }
    return value === undefined ? null : value;
  };
  return createHash('sha256').update(JSON.stringify(canonical(request))).digest('hex');
}

function checkKey(key: string): string {
  const trimmed = key.trim();
  if (!trimmed) throw invalidField('idempotencyKey', 'required');
  if (trimmed.length > IDEMPOTENCY_KEY_MAX) throw invalidField('idempotencyKey', 'tooLong', { max: IDEMPOTENCY_KEY_MAX });
  return trimmed;
}

async function stored(manager: EntityManager, scope: string, key: string, requestHash: string): Promise<IdempotentResult | null> {
  const row = await manager.findOneBy(IdempotencyKey, { scope, key });
  if (!row) return null;
  if (row.requestHash !== requestHash) throw new DomainError(ErrorCode.IdempotencyKeyReused, 'idempotencyKeyReused', {}, 'idempotencyKey');
  return { resultId: row.resultId, replayed: true };
}

/**
 * Runs `run` once per (scope, key) inside the caller's transaction and stores its result id with
 * the key. A retry with the same request gets the stored id (`replayed`), a different request
 * under the same key is IDEMPOTENCY_KEY_REUSED naming `idempotencyKey`. Use it inside
 * `inIdempotentTransaction` so a lost race is retried.
 */
export async function withIdempotency(
  manager: EntityManager,
  scope: string,
  rawKey: string,
  requestHash: string,
  staffId: number | null,
  run: () => Promise<number>,
): Promise<IdempotentResult> {
  const key = checkKey(rawKey);
  const earlier = await stored(manager, scope, key, requestHash);
  if (earlier) return earlier;
  try {
    await manager.insert(IdempotencyKey, { scope, key, requestHash, resultId: 0, staffId });
  } catch (error) {
    if (violatedUniqueKey(error, uniqueKeysOf(manager.connection))?.table === 'idempotency_keys') throw new IdempotencyRace();
    throw error;
  }
  const resultId = await run();
  await manager.update(IdempotencyKey, { scope, key }, { resultId });
  return { resultId, replayed: false };
}

/** MySQL/MariaDB's "Deadlock found when trying to get lock; try restarting transaction". */
const ER_LOCK_DEADLOCK = 1213;

/**
 * When the request holding a key rolls back (refused: too few points, out of stock), every
 * request waiting on its duplicate key gets the key's shared lock at once and then each wants it
 * exclusively to insert: InnoDB kills all but one as deadlock victims. A victim was rolled back
 * whole, so it is simply run again (and then finds the key free or taken).
 */
const isDeadlockVictim = (error: unknown) =>
  ((error as { driverError?: { errno?: unknown } }).driverError?.errno ?? (error as { errno?: unknown }).errno) === ER_LOCK_DEADLOCK;

const ATTEMPTS = 4;

/**
 * A READ COMMITTED transaction (db/transaction.ts) that is run once more when a concurrent request
 * with the same idempotency key won (the second run finds its stored result), or when it was
 * chosen as a deadlock victim while waiting for such a key.
 */
export async function inIdempotentTransaction<T>(ds: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await inReadCommittedTransaction(ds, work);
    } catch (error) {
      if (!(error instanceof IdempotencyRace || isDeadlockVictim(error)) || attempt >= ATTEMPTS) throw error;
    }
  }
}
