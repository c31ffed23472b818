/**
 * Runs the points expiry pass (the one every instance runs hourly) once on DATABASE_URL, with
 * "now" given: `npm run loyalty:expire -- --as-of 2027-12-08T00:00:00Z` expires every lot due by
 * then (without --as-of: now). For catching up after downtime, and for trying the expiry a year
 * ahead in a demo or browser test.
 */
import { createDataSource } from '../db/data-source';
import { expireDuePoints } from '../services/loyalty/points-expiry-pass.service';

function asOf(argv: string[]): Date {
  const i = argv.indexOf('--as-of');
  if (i === -1) return new Date();
  const value = argv[i + 1];
  const at = value ? new Date(value) : new Date(NaN);
  if (Number.isNaN(at.getTime())) throw new Error(`--as-of needs an ISO date or time, got ${value ?? 'nothing'}`);
  return at;
}

async function main() {
  const now = asOf(process.argv.slice(2));
  const ds = await (await createDataSource()).initialize();
  const started = Date.now();
  const { entries, batches } = await expireDuePoints(ds, now);
  console.log(`Expired ${entries} lot(s) due by ${now.toISOString()} in ${batches} batch(es), ${Date.now() - started} ms.`);
  await ds.destroy();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
