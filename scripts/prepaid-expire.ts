/**
 * Runs the package expiry pass (the one every instance runs hourly) once on DATABASE_URL, with
 * "now" given: `npm run prepaid:expire -- --as-of 2027-12-08T00:00:00Z` books the breakage of every
 * package whose last day has passed by then (without --as-of: now). For catching up after downtime,
 * and for trying a package's expiry ahead of time in a demo or browser test.
 */
import { createDataSource } from '../db/data-source';
import { expireDuePackages } from '../services/prepaid/package-expiry-pass.service';

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
  const { expired, batches } = await expireDuePackages(ds, now);
  console.log(`Expired ${expired} package(s) past their last day by ${now.toISOString()} in ${batches} batch(es), ${Date.now() - started} ms.`);
  await ds.destroy();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
