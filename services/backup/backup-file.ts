/**
 * What a backup file holds, told from its first bytes, so a restore can refuse a file that does
 * not fit the target database before it touches anything.
 */
export type BackupKind = 'sqlite' | 'mysql-dump' | 'unknown';

/** How many leading bytes `backupKindOf` needs. */
export const BACKUP_HEAD_BYTES = 1024;

const SQLITE_MAGIC = 'SQLite format 3\0';

/**
 * An SQLite database file, a mysqldump/mariadb-dump script, or neither. Recent mariadb-dump
 * versions put a sandbox-mode comment before the "-- MariaDB dump" line, so the dump header is
 * looked for on any of the first lines.
 */
export function backupKindOf(head: Uint8Array): BackupKind {
  const text = Buffer.from(head.subarray(0, BACKUP_HEAD_BYTES)).toString('latin1');
  if (text.startsWith(SQLITE_MAGIC)) return 'sqlite';
  if (/^-- (MariaDB|MySQL) dump\b/m.test(text)) return 'mysql-dump';
  return 'unknown';
}
