import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { createDataSource, dialectOf } from '../../db/data-source';
import { connectToServer } from '../../db/mysql-server';

export type TestDatabase = { ds: DataSource; url: string | undefined; drop: () => Promise<void> };

/**
 * A fresh, migrated database for one test file: in-memory SQLite by default (a temporary file
 * with `sqliteFile`, so a second DataSource can open the same database), or a new database on the
 * server of TEST_DATABASE_URL (MariaDB/MySQL), dropped afterwards.
 */
export async function createTestDatabase(options: { migrate?: boolean; sqliteFile?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let url: string | undefined = 'sqlite::memory:';
  let dropDatabase = async () => undefined as void;
  const onServer = Boolean(serverUrl && dialectOf(serverUrl) === 'mysql');
  if (options.sqliteFile && !onServer) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'salon-test-'));
    url = `sqlite:${path.join(dir, 'test.sqlite')}`;
    dropDatabase = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  if (onServer) {
    const name = `salon_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
    const parsed = new URL(serverUrl!);
    const admin = await connectToServer(serverUrl!);
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    dropDatabase = async () => {
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.end();
    };
  }
  const ds = await (await createDataSource(url)).initialize();
  if (options.migrate !== false) await ds.runMigrations({ transaction: 'each' });
  return {
    ds,
    url,
    drop: async () => {
      if (ds.isInitialized) await ds.destroy();
      await dropDatabase();
    },
  };
}
