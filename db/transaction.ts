import type { DataSource, EntityManager } from 'typeorm';
import { isSqlite } from './dialect';

/**
 * A transaction whose reads see what other transactions committed while it waited for a lock:
 * READ COMMITTED on MySQL/MariaDB, where the default REPEATABLE READ would keep re-reading the
 * snapshot taken before the wait. SQLite runs its transactions one at a time
 * (sqlite-serial-transactions.ts), so a plain transaction already sees every earlier commit.
 */
export function inReadCommittedTransaction<T>(ds: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return isSqlite(ds) ? ds.transaction(work) : ds.transaction('READ COMMITTED', work);
}
