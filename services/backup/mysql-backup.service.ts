/**
 * MySQL/MariaDB backup and restore with the server's own client tools: `mariadb-dump` (or
 * `mysqldump`) in one consistent InnoDB snapshot (--single-transaction, no table locks, so the
 * app keeps running), restored with the `mariadb` (or `mysql`) client. Debian's mariadb-client
 * package (pulled in by mariadb-server) has both.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BackupError } from './backup-error';
import { mysqlClientOptions } from './mysql-client-options';
import { readBackupKind } from './read-backup-kind';
import { connectToServer } from '../../db/mysql-server';

const DUMP_TOOLS = ['mariadb-dump', 'mysqldump'];
const CLIENT_TOOLS = ['mariadb', 'mysql'];

/** The first of `names` found on PATH. */
function findTool(names: readonly string[]): string {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of names) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        return candidate;
      } catch {
        // not in this directory
      }
    }
  }
  throw new BackupError(`needs ${names.join(' or ')} on PATH (Debian/Ubuntu: apt-get install mariadb-client)`);
}

/** Runs `fn` with the connection settings in a private option file, removed afterwards. */
async function withOptionFile<T>(optionFile: string, fn: (file: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'salon-db-'));
  const file = path.join(dir, 'client.cnf');
  fs.writeFileSync(file, optionFile, { mode: 0o600 });
  try {
    return await fn(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a client tool; rejects with its stderr when it exits non-zero. `stdin` is a file to feed it. */
function run(tool: string, args: readonly string[], stdin?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const input = stdin === undefined ? 'ignore' : fs.openSync(stdin, 'r');
    const child = spawn(tool, args, { stdio: [input, 'ignore', 'pipe'] });
    if (typeof input === 'number') fs.closeSync(input);
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < 10_000) stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new BackupError(`${path.basename(tool)} failed (exit code ${code}): ${stderr.trim()}`));
    });
  });
}

/** Dumps the database of `url` into `file`, which appears only once the dump is complete. */
export async function backupMysql(url: string, file: string): Promise<void> {
  const tool = findTool(DUMP_TOOLS);
  const { database, optionFile } = mysqlClientOptions(url);
  const partial = `${file}.partial-${process.pid}`;
  try {
    await withOptionFile(optionFile, (options) =>
      run(tool, [
        `--defaults-extra-file=${options}`,
        '--single-transaction',
        '--routines',
        '--triggers',
        '--hex-blob',
        '--default-character-set=utf8mb4',
        // Tablespace statements need the PROCESS privilege and are not needed to restore.
        '--no-tablespaces',
        `--result-file=${partial}`,
        // Without --databases the dump names no database, so it restores into any one.
        database,
      ]),
    );
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * Loads the dump `file` into the database of `url` (created when missing). A database that
 * already holds tables is left alone unless `force`, which drops its tables and views first so
 * nothing of the old schema survives beside the restored one.
 */
export async function restoreMysql(url: string, file: string, options: { force: boolean }): Promise<void> {
  const kind = await readBackupKind(file);
  if (kind !== 'mysql-dump') {
    throw new BackupError(`${file} is not a MySQL/MariaDB dump${kind === 'sqlite' ? ' (it is an SQLite backup: restore it into an sqlite: DATABASE_URL)' : ''}`);
  }
  const tool = findTool(CLIENT_TOOLS);
  const { database, optionFile } = mysqlClientOptions(url);
  const connection = await connectToServer(url);
  try {
    await connection.query(`CREATE DATABASE IF NOT EXISTS ${connection.escapeId(database)} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    const [rows] = await connection.query(
      'SELECT TABLE_NAME AS name, TABLE_TYPE AS type FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?',
      [database],
    );
    const existing = rows as Array<{ name: string; type: string }>;
    if (existing.length && !options.force) {
      throw new BackupError(`the database ${database} is not empty (${existing.length} tables); pass --force to replace it`);
    }
    if (existing.length) {
      await connection.query(`USE ${connection.escapeId(database)}`);
      await connection.query('SET FOREIGN_KEY_CHECKS = 0');
      for (const { name, type } of existing) {
        await connection.query(`DROP ${type === 'VIEW' ? 'VIEW' : 'TABLE'} IF EXISTS ${connection.escapeId(name)}`);
      }
      await connection.query('SET FOREIGN_KEY_CHECKS = 1');
    }
  } finally {
    await connection.end();
  }
  await withOptionFile(optionFile, (options) =>
    run(tool, [`--defaults-extra-file=${options}`, '--default-character-set=utf8mb4', `--database=${database}`], file),
  );
}
