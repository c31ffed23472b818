import type { DataSource } from 'typeorm';
import { connectedDialect } from '../../db/dialect';

export type DatabaseHealth = {
  ok: boolean;
  database: { connected: boolean; dialect: string };
  migrations: { applied: string[]; pending: string[] };
};

export async function databaseHealth(ds: DataSource): Promise<DatabaseHealth> {
  await ds.query('SELECT 1');
  const rows: Array<{ name: string }> = await ds.query(`SELECT name FROM ${ds.driver.escape('migrations')} ORDER BY id`);
  const applied = rows.map((r) => r.name);
  const pending = ds.migrations.map((m) => m.name ?? m.constructor.name).filter((name) => !applied.includes(name));
  return {
    ok: pending.length === 0,
    database: { connected: true, dialect: connectedDialect(ds) },
    migrations: { applied, pending },
  };
}
