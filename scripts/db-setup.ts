/**
 * npm run db:setup (run by `npm start` and `npm run dev`): applies pending migrations, loads the
 * demo data when the database is empty, and says where to open the app and how to sign in.
 */
import { createDataSource, dialectOf } from '../db/data-source';
import { DEMO_MANAGER_LOGIN, DEMO_PASSWORD, DEMO_SALESPERSON_LOGIN } from '../services/seed/demo-data';
import { ensureDatabase } from '../services/seed/ensure-database.service';

function describeDatabase(url: string | undefined): string {
  if (dialectOf(url) === 'sqlite') return `SQLite ${url ? url.replace(/^(sqlite|file):(\/\/)?/, '') : 'data/salon.sqlite'}`;
  const parsed = new URL(url!.replace(/^mariadb:/, 'mysql:'));
  return `MySQL/MariaDB ${parsed.hostname}:${parsed.port || 3306}${parsed.pathname}`; // no credentials
}

async function main() {
  const url = process.env.DATABASE_URL;
  const ds = await createDataSource(url);
  try {
    const result = await ensureDatabase(ds);
    console.log(`Database: ${describeDatabase(url)}`);
    console.log(result.migrations.length ? `Applied migrations: ${result.migrations.join(', ')}` : 'Schema is up to date.');
    if (result.seeded) console.log('The database was empty: loaded the demo data.');

    const port = process.env.PORT || '3000';
    const lines = [`Open http://localhost:${port}`];
    if (result.demoData) {
      lines.push(
        `Sign in as manager:      login ${DEMO_MANAGER_LOGIN}  password ${DEMO_PASSWORD}`,
        `Sign in as salesperson:  login ${DEMO_SALESPERSON_LOGIN}   password ${DEMO_PASSWORD}`,
      );
    }
    const width = Math.max(...lines.map((l) => l.length)) + 4;
    console.log(`\n${'='.repeat(width)}\n${lines.map((l) => `  ${l}`).join('\n')}\n${'='.repeat(width)}\n`);
  } finally {
    if (ds.isInitialized) await ds.destroy();
  }
}

main().catch((e) => {
  console.error('Database setup failed:', e instanceof Error ? e.message : e);
  if (process.env.DEBUG) console.error(e);
  process.exit(1);
});
