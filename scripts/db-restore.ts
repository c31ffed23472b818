/**
 * npm run db:restore -- <file> [--force]
 *
 * Restores a backup made by `npm run db:backup` into the database of DATABASE_URL (default
 * data/salon.sqlite; a MySQL/MariaDB database is created when missing). Refuses a database that
 * already holds tables unless --force, which replaces it. Stop the app while restoring; then
 * `npm run db:migrate` applies what the backup predates (this script says when).
 */
import { parseBackupCommandLine } from '../services/backup/backup-command-line';
import { BackupError } from '../services/backup/backup-error';
import { restoreDatabase } from '../services/backup/backup.service';

async function main() {
  let args: { file: string; force: boolean };
  try {
    args = parseBackupCommandLine(process.argv.slice(2), true);
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage: npm run db:restore -- <file> [--force]`);
    process.exit(2);
  }
  const started = performance.now();
  const result = await restoreDatabase(process.env.DATABASE_URL, args.file, { force: args.force });
  console.log(`Restored ${args.file} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  if (result.unknown.length) {
    console.warn(`The backup comes from a newer version of the app (migrations unknown here: ${result.unknown.join(', ')}); run that version.`);
  }
  if (result.pending.length) {
    console.log(`${result.pending.length} migrations are pending: run \`npm run db:migrate\` (or start the app with \`npm run serve\`).`);
  } else {
    console.log('Schema is up to date.');
  }
}

main().catch((error) => {
  console.error('Restore failed:', error instanceof BackupError ? error.message : error);
  process.exit(1);
});
