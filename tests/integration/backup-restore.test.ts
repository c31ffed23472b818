import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../db/data-source';
import { Appointment, ContactLog, Member, Staff } from '../../entities';
import { backupDatabase, restoreDatabase } from '../../services/backup/backup.service';
import { seedDemoData, tablesChildFirst } from '../../services/seed/seed-demo.service';
import { createTestDatabase } from '../helpers/test-database';

const onServer = Boolean(process.env.TEST_DATABASE_URL);
jest.setTimeout(120_000);

type Database = { url: string; ds: DataSource; drop: () => Promise<void> };

let dir: string;
const opened: Database[] = [];

/** A database of the dialect under test: an SQLite file here, or a new database on the server. */
async function aDatabase(name: string, options: { migrate: boolean }): Promise<Database> {
  let db: Database;
  if (onServer) {
    const created = await createTestDatabase(options);
    db = { url: created.url!, ds: created.ds, drop: created.drop };
  } else {
    const url = `sqlite:${path.join(dir, `${name}.sqlite`)}`;
    const ds = await (await createDataSource(url)).initialize();
    if (options.migrate) await ds.runMigrations({ transaction: 'each' });
    db = { url, ds, drop: async () => { if (ds.isInitialized) await ds.destroy(); } };
  }
  opened.push(db);
  return db;
}

/** Opens the database at `url` afresh, as the app would after the restore. */
async function reopen(url: string): Promise<DataSource> {
  const ds = await (await createDataSource(url)).initialize();
  opened.push({ url, ds, drop: async () => { if (ds.isInitialized) await ds.destroy(); } });
  return ds;
}

async function rowCounts(ds: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [...tablesChildFirst(ds), 'migrations']) {
    const [{ n }] = (await ds.query(`SELECT COUNT(*) AS n FROM ${ds.driver.escape(table)}`)) as Array<{ n: number | string }>;
    counts[table] = Number(n);
  }
  return counts;
}

/** A few rows of the main tables, in a fixed order, as the entities read them. */
async function sampleRows(ds: DataSource) {
  return {
    members: await ds.getRepository(Member).find({ order: { id: 'ASC' }, take: 5 }),
    lastMember: await ds.getRepository(Member).find({ order: { id: 'DESC' }, take: 1 }),
    staff: await ds.getRepository(Staff).find({ order: { id: 'ASC' }, take: 3 }),
    contactLogs: await ds.getRepository(ContactLog).find({ order: { id: 'ASC' }, take: 3 }),
    appointments: await ds.getRepository(Appointment).find({ order: { id: 'ASC' }, take: 3 }),
  };
}

let source: Database;
let backupFile: string;
let sourceCounts: Record<string, number>;
let sourceRows: Awaited<ReturnType<typeof sampleRows>>;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'salon-backup-test-'));
  source = await aDatabase('source', { migrate: true });
  await seedDemoData(source.ds);
  // Written just before the backup while the source stays open: on SQLite it is still in the WAL.
  const [first] = await source.ds.getRepository(Member).find({ order: { id: 'ASC' }, take: 1 });
  await source.ds.getRepository(Member).update({ id: first.id }, { remarks: '備份前最後一筆 💆‍♀️ ทดสอบ' });
  backupFile = path.join(dir, onServer ? 'salon.sql' : 'salon.sqlite.backup');
  await backupDatabase(source.url, backupFile);
  sourceCounts = await rowCounts(source.ds);
  sourceRows = await sampleRows(source.ds);
});

afterAll(async () => {
  for (const db of opened.reverse()) await db.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe(`backup and restore on ${onServer ? 'MySQL/MariaDB' : 'SQLite'}`, () => {
  it('restores a backup of a running database into an empty one with every row', async () => {
    expect(sourceCounts.members).toBeGreaterThan(100);
    expect(sourceCounts.contact_logs).toBeGreaterThan(0);
    const target = await aDatabase('restored', { migrate: false });

    const result = await restoreDatabase(target.url, backupFile);

    expect(result).toMatchObject({ pending: [], unknown: [] });
    const restored = await reopen(target.url);
    expect(await restored.showMigrations()).toBe(false);
    expect((await restored.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    expect(await rowCounts(restored)).toEqual(sourceCounts);
    const rows = await sampleRows(restored);
    expect(rows).toEqual(sourceRows);
    expect(rows.members[0].remarks).toBe('備份前最後一筆 💆‍♀️ ทดสอบ');
  });

  it('refuses a database that already holds tables unless forced, and then replaces it whole', async () => {
    const target = await aDatabase('occupied', { migrate: true });
    await seedDemoData(target.ds);
    await target.ds.getRepository(Member).update({ memberNo: sourceRows.members[1].memberNo }, { remarks: 'changed after the backup' });
    await target.ds.query('CREATE TABLE stray_table (id INT)');

    await expect(restoreDatabase(target.url, backupFile)).rejects.toThrow(/not empty.*--force/);
    expect((await target.ds.getRepository(Member).findOneByOrFail({ id: sourceRows.members[1].id })).remarks).toBe('changed after the backup');

    await restoreDatabase(target.url, backupFile, { force: true });

    const restored = await reopen(target.url);
    expect(await rowCounts(restored)).toEqual(sourceCounts);
    expect(await sampleRows(restored)).toEqual(sourceRows);
    const runner = restored.createQueryRunner();
    expect(await runner.hasTable('stray_table')).toBe(false);
    await runner.release();
  });

  it('refuses a file that is not a backup for this database', async () => {
    const target = await aDatabase('untouched', { migrate: false });
    const notABackup = path.join(dir, 'notes.txt');
    fs.writeFileSync(notABackup, 'not a backup\n');

    await expect(restoreDatabase(target.url, notABackup)).rejects.toThrow(onServer ? /not a MySQL\/MariaDB dump/ : /not an SQLite backup/);
  });
});
