/**
 * SQLite backup and restore through SQLite's online backup API (better-sqlite3 `.backup()`): it
 * copies a consistent snapshot page by page while the app keeps reading and writing, unlike a
 * file copy, which can catch the database half-written or miss what is still in the -wal file.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { BackupError } from './backup-error';
import { readBackupKind } from './read-backup-kind';

/** Waits this long for a writer to let go before giving up (the app's own busy timeout). */
const BUSY_TIMEOUT_MS = 10_000;

function tableCount(db: Database.Database): number {
  const row = db
    .prepare(`SELECT COUNT(*) AS n FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`)
    .get() as { n: number };
  return row.n;
}

/** Copies the live database `sourceFile` into `targetFile`, which appears only once complete. */
export async function backupSqlite(sourceFile: string, targetFile: string): Promise<void> {
  if (!fs.existsSync(sourceFile)) throw new BackupError(`there is no SQLite database at ${sourceFile}`);
  const source = new Database(sourceFile, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  const partial = `${targetFile}.partial-${process.pid}`;
  try {
    await source.backup(partial);
    // The copy keeps the source's WAL mode; a rollback-journal file is one self-contained file.
    const copy = new Database(partial, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    fs.renameSync(partial, targetFile);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }
}

/**
 * Replaces the database at `targetFile` with the backup `backupFile` (checked first: an SQLite
 * file, intact, holding a migrated schema). A target that already holds tables is left alone
 * unless `force`. Stop the app first: its open connections would keep serving what they cached.
 */
export async function restoreSqlite(backupFile: string, targetFile: string, options: { force: boolean }): Promise<void> {
  const kind = await readBackupKind(backupFile);
  if (kind !== 'sqlite') {
    throw new BackupError(`${backupFile} is not an SQLite backup${kind === 'mysql-dump' ? ' (it is a MySQL/MariaDB dump: restore it into a mysql:// DATABASE_URL)' : ''}`);
  }
  const backup = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    const check = backup.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new BackupError(`${backupFile} is damaged: ${String(check)}`);
    const hasMigrations = backup.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'`).get();
    if (!hasMigrations) throw new BackupError(`${backupFile} is an SQLite file but not a backup of this app (no migrations table)`);

    if (fs.existsSync(targetFile)) {
      const target = new Database(targetFile, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
      try {
        const tables = tableCount(target);
        if (tables > 0 && !options.force) {
          throw new BackupError(`the database ${targetFile} is not empty (${tables} tables); pass --force to replace it`);
        }
      } finally {
        target.close();
      }
    }
    // The backup API rewrites every page of the target, -wal included; tables the backup lacks go.
    await backup.backup(targetFile);
  } finally {
    backup.close();
  }
}
