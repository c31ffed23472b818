import type { DataSource, EntityManager } from 'typeorm';
import { isSqlite } from './dialect';

/**
 * TypeORM's better-sqlite3 driver runs every transaction on one shared connection: two requests
 * that open a transaction at the same time both send BEGIN ("cannot start a transaction within a
 * transaction") or interleave their statements. SQLite has a single writer anyway, so queue the
 * DataSource's transactions one after another. Code inside a transaction must use the manager it
 * was given (as everywhere else); a nested `ds.transaction` there would wait for itself.
 */
export function serialiseSqliteTransactions(ds: DataSource): DataSource {
  if (!isSqlite(ds)) return ds;
  const manager = ds.manager;
  const original = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  const queued = (...args: unknown[]) => {
    const run = tail.then(() => original(...args));
    tail = run.catch(() => undefined);
    return run;
  };
  Object.assign(manager, { transaction: queued as EntityManager['transaction'] });
  return ds;
}
