/** The arguments of `npm run db:backup -- <file>` and `npm run db:restore -- <file> [--force]`. */
export type BackupCommandLine = { file: string; force: boolean };

/**
 * Reads one file argument and, when `allowForce`, the `--force` flag; anything else is a usage
 * error (thrown as an Error whose message is the usage line's complaint).
 */
export function parseBackupCommandLine(argv: readonly string[], allowForce: boolean): BackupCommandLine {
  let file: string | undefined;
  let force = false;
  for (const arg of argv) {
    if (arg === '--force' && allowForce) force = true;
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else if (file !== undefined) throw new Error(`one file only (got "${file}" and "${arg}")`);
    else file = arg;
  }
  if (!file) throw new Error('the backup file is missing');
  return { file, force };
}
