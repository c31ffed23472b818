import { createDataSource } from '../db/data-source';

async function main() {
  const ds = await (await createDataSource()).initialize();
  const ran = await ds.runMigrations({ transaction: 'each' });
  console.log(ran.length ? `Applied: ${ran.map((m) => m.name).join(', ')}` : 'Database is up to date.');
  await ds.destroy();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
