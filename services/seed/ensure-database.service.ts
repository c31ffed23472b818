/**
 * Brings a database to a usable state: applies pending migrations, then loads the demo data if
 * the database is empty. Used by `npm run db:setup` (and so `npm start` / `npm run dev`),
 * `db:seed`, `db:generate`, and by tests that need a ready database.
 */
import type { DataSource } from 'typeorm';
import { hasDemoData, isDatabaseEmpty, seedDemoData } from './seed-demo.service';

export interface EnsureDatabaseResult {
  /** Names of the migrations applied now (empty when the schema was up to date). */
  migrations: string[];
  /** True when the demo data was loaded now. */
  seeded: boolean;
  /** True when the demo data is present afterwards (loaded now or before). */
  demoData: boolean;
}

export async function ensureDatabase(
  ds: DataSource,
  options: { seed?: boolean } = {},
): Promise<EnsureDatabaseResult> {
  if (!ds.isInitialized) await ds.initialize();
  const ran = await ds.runMigrations({ transaction: 'each' });
  let seeded = false;
  if (options.seed !== false && (await isDatabaseEmpty(ds))) {
    try {
      seeded = (await seedDemoData(ds)).seeded;
    } catch (error) {
      // Another process (a second dev server, a parallel test) may have seeded it meanwhile.
      if (!(await hasDemoData(ds))) throw error;
    }
  }
  return { migrations: ran.map((m) => m.name), seeded, demoData: await hasDemoData(ds) };
}
