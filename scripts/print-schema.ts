/**
 * Writes graphql/schema.graphql from the resolvers (`npm run schema`); with --check, fails when
 * the committed file is stale (CI).
 */
import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { getSchema } from '../graphql/schema';

async function main() {
  const file = path.join(__dirname, '..', 'graphql', 'schema.graphql');
  const printed = printSchema(lexicographicSortSchema(await getSchema())) + '\n';
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current !== printed) {
      console.error('graphql/schema.graphql is stale: run `npm run schema` and commit the result.');
      process.exit(1);
    }
    console.log('graphql/schema.graphql is up to date.');
    return;
  }
  fs.writeFileSync(file, printed);
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
