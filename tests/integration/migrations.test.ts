import fs from 'node:fs';
import path from 'node:path';
import { mysqlMigrations } from '../../migrations/mysql';
import { sqliteMigrations } from '../../migrations/sqlite';
import { createTestDatabase } from '../helpers/test-database';

const names = (list: ReadonlyArray<new () => { name?: string }>) => list.map((M) => new M().name);

describe('migration lists', () => {
  it('hold the same migrations, in the same order, for both dialects', () => {
    expect(names(sqliteMigrations)).toEqual(names(mysqlMigrations));
  });

  it('are ordered by timestamp and each name ends with its timestamp', () => {
    const list = names(sqliteMigrations);
    const stamps = list.map((name) => Number(/(\d{13})$/.exec(name ?? '')?.[1]));
    expect(stamps.every(Number.isFinite)).toBe(true);
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
  });

  it.each(['sqlite', 'mysql'])('list every migration file of %s', (dialect) => {
    const files = fs.readdirSync(path.join(__dirname, '../../migrations', dialect)).filter((f) => /^\d{13}-.*\.ts$/.test(f));
    const list = dialect === 'sqlite' ? sqliteMigrations : mysqlMigrations;
    expect(files.map((f) => f.slice(0, 13)).sort()).toEqual(names(list).map((n) => n!.slice(-13)).sort());
  });
});

describe(`migrating a fresh ${process.env.TEST_DATABASE_URL ? 'MySQL/MariaDB' : 'SQLite'} database`, () => {
  it('leaves no drift between the schema and the entities', async () => {
    const db = await createTestDatabase();
    try {
      const pending = await db.ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await db.drop();
    }
  });

  it('reverts every migration and applies them again', async () => {
    const db = await createTestDatabase();
    try {
      for (let i = 0; i < db.ds.migrations.length; i++) await db.ds.undoLastMigration({ transaction: 'each' });
      const runner = db.ds.createQueryRunner();
      const left = [];
      for (const { tableName } of db.ds.entityMetadatas) if (await runner.hasTable(tableName)) left.push(tableName);
      await runner.release();
      expect(left).toEqual([]);
      const ran = await db.ds.runMigrations({ transaction: 'each' });
      expect(ran).toHaveLength(db.ds.migrations.length);
      expect((await db.ds.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    } finally {
      await db.drop();
    }
    // Every DDL statement twice on MariaDB: a budget for a busy 2-core machine, not a speed check.
  }, 120_000);
});
