import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Dialect } from './data-source';

/** Anything that knows its database: the DataSource, or a transaction's or query builder's manager. */
export type DialectSource = DataSource | EntityManager;

function dataSourceOf(source: DialectSource): DataSource {
  return 'dataSource' in source ? source.dataSource : source;
}

/** The embedded SQLite file (better-sqlite3) rather than MySQL or MariaDB. */
export function isSqlite(source: DialectSource): boolean {
  return dataSourceOf(source).options.type === 'better-sqlite3';
}

/** MySQL or MariaDB: the two speak the same SQL for everything this code writes. */
export function isMysql(source: DialectSource): boolean {
  const { type } = dataSourceOf(source).options;
  return type === 'mysql' || type === 'mariadb';
}

/** The dialect of an open connection (dialectOf in data-source.ts reads a URL before connecting). */
export function connectedDialect(source: DialectSource): Dialect {
  return isSqlite(source) ? 'sqlite' : 'mysql';
}

/**
 * SELECT … FOR UPDATE on MySQL/MariaDB, so a second writer waits for the row. SQLite has no row
 * locks and needs none: its transactions already run one at a time (sqlite-serial-transactions.ts).
 */
export function lockForUpdate<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return isSqlite(qb.dataSource) ? qb : qb.setLock('pessimistic_write');
}
