/**
 * Backup and restore of the app's database, whichever DATABASE_URL names (the dialect is picked
 * as in db/data-source.ts): SQLite through its online backup API, MySQL/MariaDB through
 * mariadb-dump / mysqldump and the mariadb / mysql client. Used by `npm run db:backup` and
 * `npm run db:restore`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createDataSource, dialectOf, sqliteFile, type Dialect } from '../../db/data-source';
import { BackupError } from './backup-error';
import { backupMysql, restoreMysql } from './mysql-backup.service';
import { backupSqlite, restoreSqlite } from './sqlite-backup.service';

export type BackupResult = { dialect: Dialect; bytes: number };

export type RestoreResult = {
  dialect: Dialect;
  /** Migrations this code has that the restored database has not run: `npm run db:migrate` applies them. */
  pending: string[];
  /** Migrations the restored database ran that this code does not know: the backup is from newer code. */
  unknown: string[];
};

function sqlitePath(url: string | undefined): string {
  const file = sqliteFile(url);
  if (file === ':memory:') throw new BackupError('an in-memory SQLite database cannot be backed up or restored');
  return file;
}

export async function backupDatabase(url: string | undefined, file: string): Promise<BackupResult> {
  const dialect = dialectOf(url);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (dialect === 'sqlite') await backupSqlite(sqlitePath(url), file);
  else await backupMysql(url!, file);
  return { dialect, bytes: fs.statSync(file).size };
}

export async function restoreDatabase(url: string | undefined, file: string, options: { force?: boolean } = {}): Promise<RestoreResult> {
  const dialect = dialectOf(url);
  const force = options.force === true;
  if (dialect === 'sqlite') await restoreSqlite(file, sqlitePath(url), { force });
  else await restoreMysql(url!, file, { force });
  return { dialect, ...(await migrationGap(url)) };
}

/** Compares the restored database's migrations table with the migrations this code carries. */
async function migrationGap(url: string | undefined): Promise<{ pending: string[]; unknown: string[] }> {
  const ds = await (await createDataSource(url)).initialize();
  try {
    const table = ds.driver.escape('migrations');
    const rows = (await ds.query(`SELECT ${ds.driver.escape('name')} AS name FROM ${table}`)) as Array<{ name: string }>;
    const executed = new Set(rows.map((r) => r.name));
    const known = ds.migrations.map((m) => m.name ?? m.constructor.name);
    return {
      pending: known.filter((name) => !executed.has(name)),
      unknown: [...executed].filter((name) => !known.includes(name)),
    };
  } finally {
    await ds.destroy();
  }
}
