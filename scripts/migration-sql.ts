/**
 * Prints the SQL that would bring an empty database of one dialect to the entities, to paste
 * into a new migration for that dialect: `npm run migration:sql -- mysql://root@127.0.0.1/x`.
 * Against a migrated database it prints the drift (nothing, when migrations are complete).
 */
import { createDataSource } from '../db/data-source';

async function main() {
  const url = process.argv[2];
  const ds = await (await createDataSource(url)).initialize();
  const sql = await ds.driver.createSchemaBuilder().log();
  const show = (q: { query: string; parameters?: unknown[] }) =>
    `await queryRunner.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`;
  console.log('// up');
  sql.upQueries.forEach((q) => console.log(show(q)));
  console.log('// down');
  [...sql.downQueries].reverse().forEach((q) => console.log(show(q)));
  await ds.destroy();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
