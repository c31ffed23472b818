/**
 * npm run db:seed [-- --reset]
 * Applies pending migrations, then inserts the demo data in one transaction. Does nothing when
 * the demo data is already there; --reset first wipes every table (children before parents).
 * Uses DATABASE_URL (mysql://… or sqlite:…; none = data/salon.sqlite).
 */
import { createDataSource, dialectOf } from '../db/data-source';
import { DEMO_MANAGER_LOGIN, DEMO_PASSWORD, DEMO_SALESPERSON_LOGIN } from '../services/seed/demo-data';
import { hasDemoData, seedDemoData } from '../services/seed/seed-demo.service';

async function main() {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--reset');
  if (unknown.length) {
    console.error(`Unknown argument(s): ${unknown.join(' ')}\nUsage: npm run db:seed [-- --reset]`);
    process.exit(2);
  }
  const reset = args.includes('--reset');

  const ds = await (await createDataSource()).initialize();
  try {
    const ran = await ds.runMigrations({ transaction: 'each' });
    if (ran.length) console.log(`Applied migrations: ${ran.map((m) => m.name).join(', ')}`);

    if (!reset && (await hasDemoData(ds))) {
      console.log('Demo data is already present (branch TKO exists); nothing to do. Use --reset to wipe and reload it.');
      return;
    }
    const started = performance.now();
    const result = await seedDemoData(ds, { reset });
    if (!result.seeded) {
      console.log('Demo data is already present; nothing to do.');
      return;
    }
    const c = result.counts;
    console.log(
      `${reset ? 'Wiped the database and loaded' : 'Loaded'} the demo data into ${dialectOf(process.env.DATABASE_URL)} ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s: ${c.branches} branches, ${c.salesGroups} sales groups, ` +
      `${c.memberGroups} member groups, ${c.staff} staff, ${c.members} members.`,
    );
    console.log(`Sign in as ${DEMO_MANAGER_LOGIN} / ${DEMO_PASSWORD} (manager) or ${DEMO_SALESPERSON_LOGIN} / ${DEMO_PASSWORD} (salesperson).`);
  } finally {
    await ds.destroy();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  if (process.env.DEBUG) console.error(e);
  console.error('Seeding failed; nothing was written. If the database holds other data, try: npm run db:seed -- --reset');
  process.exit(1);
});
