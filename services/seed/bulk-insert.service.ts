/**
 * Fast multi-row inserts for generated data, on either dialect.
 * - SQLite (better-sqlite3): prepared multi-row INSERT statements, one transaction per insert()
 *   call (or one for the whole load with rebuildIndexes), synchronous=OFF, foreign key
 *   enforcement off and a larger page cache while loading.
 * - MySQL/MariaDB: on one dedicated connection with unique_checks and foreign_key_checks off for
 *   that session, either LOAD DATA LOCAL INFILE of an in-memory tab-separated chunk (when the
 *   server's local_infile is on: about twice as fast; the client never reads a file) or multi-row
 *   INSERT statements with parameters. Each statement commits on its own.
 * Everything is restored by close(). The caller guarantees that the rows are valid (ids of
 * existing parents, unique keys not yet used): those checks are what is skipped.
 */
import { Readable } from 'node:stream';
import type { DataSource, QueryRunner } from 'typeorm';
import type { SqlValue } from './bulk-members';
import { isMysql, isSqlite } from '../../db/dialect';

export interface BulkInserter {
  /** How rows are sent: multi-row INSERT statements, or LOAD DATA LOCAL INFILE (MySQL/MariaDB). */
  readonly method: 'insert' | 'load-data';
  /** Rows sent per statement. */
  readonly rowsPerStatement: number;
  /** Inserts the rows (SQLite: in one transaction; MySQL: one autocommitted statement per chunk). */
  insert(rows: readonly SqlValue[][]): Promise<void>;
  /**
   * Restores the session settings and releases the connection. With `failed`, rows not yet
   * committed are rolled back (SQLite with rebuildIndexes: the whole load).
   */
  close(options?: { failed?: boolean }): Promise<void>;
}

interface SqliteStatement { run(params: SqlValue[]): unknown; all(...params: SqlValue[]): unknown[] }
interface SqliteDatabase {
  readonly inTransaction: boolean;
  exec(sql: string): void;
  prepare(sql: string): SqliteStatement;
  pragma(source: string, options?: { simple?: boolean }): unknown;
  transaction<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
}

/** The callback API of the mysql2 connection TypeORM's query runner holds. */
interface MysqlConnection {
  query(
    options: { sql: string; infileStreamFactory: (path: string) => Readable },
    callback: (error: Error | null, result: unknown) => void,
  ): void;
}

/** Rows as LOAD DATA text: tab-separated, backslash escapes, \N for NULL. */
export function toTsv(rows: readonly SqlValue[][], width: number): string {
  const lines: string[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r];
    if (row.length !== width) throw new Error(`Row ${r} has ${row.length} values; expected ${width}`);
    const fields: string[] = new Array(width);
    for (let c = 0; c < width; c += 1) {
      const v = row[c];
      if (v === null) fields[c] = '\\N';
      else if (typeof v === 'number') fields[c] = String(v);
      else fields[c] = /[\\\t\n\r\0]/.test(v) ? v.replace(/[\\\t\n\r\0]/g, escapeTsvChar) : v;
    }
    lines[r] = fields.join('\t');
  }
  return `${lines.join('\n')}\n`;
}

function escapeTsvChar(ch: string): string {
  switch (ch) {
    case '\t': return '\\t';
    case '\n': return '\\n';
    case '\r': return '\\r';
    case '\0': return '\\0';
    default: return '\\\\';
  }
}

/** SQLite's default limit on bound parameters per statement (SQLITE_MAX_VARIABLE_NUMBER). */
const SQLITE_MAX_VARIABLES = 32_766;
/** MySQL's limit on placeholders per prepared statement; also a sane bound for client-side ones. */
const MYSQL_MAX_PLACEHOLDERS = 65_535;

function insertSql(quote: (name: string) => string, table: string, columns: readonly string[], rows: number): string {
  const tuple = `(${columns.map(() => '?').join(',')})`;
  return `INSERT INTO ${quote(table)} (${columns.map(quote).join(',')}) VALUES ${Array(rows).fill(tuple).join(',')}`;
}

function flatten(rows: readonly SqlValue[][], from: number, to: number, width: number): SqlValue[] {
  const out: SqlValue[] = new Array((to - from) * width);
  let k = 0;
  for (let r = from; r < to; r += 1) {
    const row = rows[r];
    if (row.length !== width) throw new Error(`Row ${r} has ${row.length} values; expected ${width}`);
    for (let c = 0; c < width; c += 1) out[k++] = row[c];
  }
  return out;
}

export async function openBulkInserter(
  ds: DataSource,
  table: string,
  columns: readonly string[],
  options: {
    rowsPerStatement?: number;
    /** 'auto' (default) uses LOAD DATA LOCAL INFILE on MySQL/MariaDB when the server allows it. */
    method?: 'auto' | 'insert';
    /**
     * SQLite only: drop the table's secondary indexes, load everything in one transaction, and
     * recreate them at close(). Worth it when loading at least as many rows as the table holds.
     */
    rebuildIndexes?: boolean;
  } = {},
): Promise<BulkInserter> {
  const quote = (name: string) => ds.driver.escape(name);
  if (isSqlite(ds)) {
    const db = (ds.driver as unknown as { databaseConnection: SqliteDatabase }).databaseConnection;
    const rowsPerStatement = Math.max(1, Math.min(options.rowsPerStatement ?? 1000, Math.floor(SQLITE_MAX_VARIABLES / columns.length)));
    const saved = {
      synchronous: db.pragma('synchronous', { simple: true }),
      foreignKeys: db.pragma('foreign_keys', { simple: true }),
      cacheSize: db.pragma('cache_size', { simple: true }),
    };
    db.pragma('synchronous = OFF');
    db.pragma('foreign_keys = OFF'); // a no-op inside a transaction, so set before BEGIN
    db.pragma('cache_size = -262144'); // 256 MiB while loading
    const restore = () => {
      db.pragma(`cache_size = ${Number(saved.cacheSize)}`);
      db.pragma(`foreign_keys = ${Number(saved.foreignKeys)}`);
      db.pragma(`synchronous = ${Number(saved.synchronous)}`);
    };

    // Rebuilding secondary indexes once after the load is about twice as fast as maintaining them
    // row by row. The whole load is then one transaction, so an interrupted run leaves no trace.
    let deferred: Array<{ name: string; sql: string }> = [];
    if (options.rebuildIndexes) {
      db.exec('BEGIN IMMEDIATE');
      deferred = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`)
        .all(table) as Array<{ name: string; sql: string }>;
      for (const index of deferred) db.exec(`DROP INDEX ${quote(index.name)}`);
    }

    const statements = new Map<number, SqliteStatement>();
    const statement = (n: number) => {
      let s = statements.get(n);
      if (!s) statements.set(n, (s = db.prepare(insertSql(quote, table, columns, n))));
      return s;
    };
    // Inside the outer transaction better-sqlite3 uses a savepoint.
    const insertAll = db.transaction((rows: readonly SqlValue[][]) => {
      for (let i = 0; i < rows.length; i += rowsPerStatement) {
        const end = Math.min(rows.length, i + rowsPerStatement);
        statement(end - i).run(flatten(rows, i, end, columns.length));
      }
    });
    return {
      method: 'insert',
      rowsPerStatement,
      insert: async (rows) => { if (rows.length) insertAll(rows); },
      close: async ({ failed = false } = {}) => {
        try {
          if (options.rebuildIndexes) {
            if (failed) {
              db.exec('ROLLBACK');
            } else {
              for (const index of deferred) db.exec(index.sql);
              db.exec('COMMIT');
            }
          }
        } finally {
          if (db.inTransaction && options.rebuildIndexes) db.exec('ROLLBACK');
          restore();
          db.pragma('wal_checkpoint(TRUNCATE)');
        }
      },
    };
  }

  if (isMysql(ds)) {
    const qr: QueryRunner = ds.createQueryRunner('master');
    const connection = (await qr.connect()) as MysqlConnection;
    const [session] = (await qr.query(
      'SELECT @@SESSION.unique_checks AS u, @@SESSION.foreign_key_checks AS f, @@GLOBAL.local_infile AS li',
    )) as Array<{ u: number; f: number; li: number | string }>;
    await qr.query('SET SESSION unique_checks = 0, foreign_key_checks = 0');
    const close = async () => {
      try {
        await qr.query('SET SESSION unique_checks = ?, foreign_key_checks = ?', [Number(session.u), Number(session.f)]);
      } finally {
        await qr.release();
      }
    };

    const loadData = (options.method ?? 'auto') === 'auto' && (Number(session.li) === 1 || String(session.li).toUpperCase() === 'ON');
    if (loadData) {
      const sql = `LOAD DATA LOCAL INFILE 'generated-rows' INTO TABLE ${quote(table)} CHARACTER SET utf8mb4 `
        + `FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (${columns.map(quote).join(',')})`;
      return {
        method: 'load-data',
        rowsPerStatement: options.rowsPerStatement ?? 50_000,
        insert: async (rows) => {
          if (!rows.length) return;
          const payload = Buffer.from(toTsv(rows, columns.length), 'utf8');
          const result = await new Promise<{ affectedRows: number; warningStatus?: number }>((resolve, reject) => {
            connection.query(
              { sql, infileStreamFactory: () => Readable.from([payload]) },
              (error, res) => (error ? reject(error) : resolve(res as { affectedRows: number; warningStatus?: number })),
            );
          });
          // LOCAL loads turn errors (bad values, duplicate keys) into warnings and skipped rows.
          if (result.affectedRows !== rows.length || result.warningStatus) {
            const warnings = (await qr.query('SHOW WARNINGS LIMIT 5')) as Array<{ Message: string }>;
            throw new Error(
              `LOAD DATA stored ${result.affectedRows} of ${rows.length} rows into ${table}` +
              (warnings.length ? `: ${warnings.map((w) => w.Message).join('; ')}` : ''),
            );
          }
        },
        close,
      };
    }

    const rowsPerStatement = Math.max(1, Math.min(options.rowsPerStatement ?? 2000, Math.floor(MYSQL_MAX_PLACEHOLDERS / columns.length)));
    const statements = new Map<number, string>();
    const sqlFor = (n: number) => {
      let s = statements.get(n);
      if (!s) statements.set(n, (s = insertSql(quote, table, columns, n)));
      return s;
    };
    return {
      method: 'insert',
      rowsPerStatement,
      insert: async (rows) => {
        // Autocommit: each multi-row statement is its own transaction (one log flush per statement).
        for (let i = 0; i < rows.length; i += rowsPerStatement) {
          const end = Math.min(rows.length, i + rowsPerStatement);
          await qr.query(sqlFor(end - i), flatten(rows, i, end, columns.length));
        }
      },
      close,
    };
  }

  throw new Error(`Bulk insert does not support database type ${ds.options.type}`);
}
