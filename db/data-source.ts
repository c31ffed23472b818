import path from 'node:path';
import fs from 'node:fs';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { entities } from '../entities';
import { mysqlMigrations } from '../migrations/mysql';
import { sqliteMigrations } from '../migrations/sqlite';
import { DatabaseLogger } from './database-logger';
import { serialiseSqliteTransactions } from './sqlite-serial-transactions';

export type Dialect = 'sqlite' | 'mysql';

export const DEFAULT_SQLITE_FILE = path.join(process.cwd(), 'data', 'salon.sqlite');

/** Which database a URL points at; no URL means the embedded SQLite file. */
export function dialectOf(url: string | undefined): Dialect {
  if (!url || url.startsWith('sqlite:') || url.startsWith('file:')) return 'sqlite';
  if (url.startsWith('mysql:') || url.startsWith('mariadb:')) return 'mysql';
  throw new Error(`DATABASE_URL must start with mysql:// or sqlite: (got "${url.split(':')[0]}:")`);
}

/** The file an SQLite DATABASE_URL points at (or ":memory:"); no URL means the default file. */
export function sqliteFile(url: string | undefined): string {
  if (!url) return DEFAULT_SQLITE_FILE;
  const file = url.replace(/^(sqlite|file):(\/\/)?/, '');
  return file === ':memory:' ? file : path.resolve(file);
}

/**
 * The one place that turns a DATABASE_URL into TypeORM options. Schema changes only ever come from
 * the explicit per-dialect migration lists; `synchronize` stays off.
 */
export function dataSourceOptions(
  url: string | undefined = process.env.DATABASE_URL,
  server: { mariadb?: boolean } = {},
): DataSourceOptions {
  const logger = new DatabaseLogger(process.env.DB_LOG === '1');
  if (dialectOf(url) === 'mysql') {
    return {
      // TypeORM reads column defaults differently on MariaDB; the wrong type reports false drift.
      type: server.mariadb || url!.startsWith('mariadb:') ? 'mariadb' : 'mysql',
      url: url!.replace(/^mariadb:/, 'mysql:'),
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      dateStrings: ['DATE'],
      entities,
      migrations: mysqlMigrations,
      migrationsTableName: 'migrations',
      synchronize: false,
      logger,
      poolSize: Number(process.env.DB_POOL_SIZE ?? 10),
    };
  }
  const database = sqliteFile(url);
  if (database !== ':memory:') fs.mkdirSync(path.dirname(database), { recursive: true });
  return {
    type: 'better-sqlite3',
    database,
    enableWAL: database !== ':memory:',
    timeout: 10_000,
    prepareDatabase: (db: { pragma: (s: string) => unknown }) => {
      db.pragma('foreign_keys = ON');
      db.pragma('synchronous = NORMAL');
    },
    entities,
    migrations: sqliteMigrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    logger,
  };
}

/** Asks a MySQL-protocol server whether it is MariaDB. */
async function isMariaDb(url: string): Promise<boolean> {
  const mysql = await import('mysql2/promise');
  const connection = await mysql.createConnection(url.replace(/^mariadb:/, 'mysql:'));
  try {
    const [rows] = await connection.query('SELECT VERSION() AS v');
    return /mariadb/i.test(String((rows as Array<{ v: string }>)[0].v));
  } finally {
    await connection.end();
  }
}

export async function createDataSource(url: string | undefined = process.env.DATABASE_URL): Promise<DataSource> {
  const mariadb = dialectOf(url) === 'mysql' ? await isMariaDb(url!) : false;
  return serialiseSqliteTransactions(new DataSource(dataSourceOptions(url, { mariadb })));
}

type Cached = { ready: Promise<DataSource>; entityClass: unknown };
const globalCache = globalThis as unknown as { __salonDataSources?: Cached[] };

/**
 * How many entity-class sets may hold a DataSource at once. A production build bundles the
 * entities twice (route handlers and page rendering), each needing a DataSource built from its
 * own classes; hot reload adds a set per edit, and the oldest beyond this are closed.
 */
const MAX_LIVE_DATA_SOURCES = 3;

/**
 * The DataSource for the entity classes this bundle uses, one per process per set, kept on
 * globalThis so hot reload and repeated imports do not open new pools.
 */
export function getDataSource(): Promise<DataSource> {
  const live = (globalCache.__salonDataSources ??= []);
  const found = live.find((c) => c.entityClass === entities[0]);
  if (found) return found.ready;
  const ready = createDataSource().then((ds) => ds.initialize());
  const entry: Cached = { ready, entityClass: entities[0] };
  live.push(entry);
  while (live.length > MAX_LIVE_DATA_SOURCES) {
    void live.shift()!.ready.then((ds) => ds.destroy()).catch(() => undefined);
  }
  ready.catch(() => {
    const index = live.indexOf(entry);
    if (index >= 0) live.splice(index, 1);
  });
  return ready;
}

/** Lets tests and scripts point the process-wide DataSource at a database they prepared. */
export function useDataSource(dataSource: DataSource): void {
  const others = (globalCache.__salonDataSources ?? []).filter((c) => c.entityClass !== entities[0]);
  globalCache.__salonDataSources = [...others, { ready: Promise.resolve(dataSource), entityClass: entities[0] }];
}
