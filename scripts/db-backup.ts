/**
 * npm run db:backup -- <file>
 *
 * Backs up the database of DATABASE_URL (default data/salon.sqlite) into <file> while the app
 * keeps running: SQLite through its online backup API (the file is an SQLite database),
 * MySQL/MariaDB through mariadb-dump or mysqldump in one consistent snapshot (the file is SQL).
 * Restore it with `npm run db:restore -- <file>`.
 */
import { dialectOf } from '../db/data-source';
import { parseBackupCommandLine } from '../services/backup/backup-command-line';
import { BackupError } from '../services/backup/backup-error';
import { backupDatabase } from '../services/backup/backup.service';

async function main() {
  let file: string;
  try {
    ({ file } = parseBackupCommandLine(process.argv.slice(2), false));
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage: npm run db:backup -- <file>`);
    process.exit(2);
  }
  const started = performance.now();
  const result = await backupDatabase(process.env.DATABASE_URL, file);
  const seconds = (performance.now() - started) / 1000;
  const what = dialectOf(process.env.DATABASE_URL) === 'sqlite' ? 'SQLite database' : 'MySQL/MariaDB dump';
  console.log(`Backed up to ${file}: ${what}, ${(result.bytes / 1024 / 1024).toFixed(1)} MB in ${seconds.toFixed(1)} s.`);
}

main().catch((error) => {
  console.error('Backup failed:', error instanceof BackupError ? error.message : error);
  process.exit(1);
});
