import { createDataSource } from '../db/data-source';

async function main() {
  const ds = await (await createDataSource()).initialize();
  await ds.undoLastMigration({ transaction: 'each' });
  console.log('Reverted the last migration.');
  await ds.destroy();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
