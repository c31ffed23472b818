import type { DataSource, Logger } from 'typeorm';

/** Counts the SQL statements a DataSource runs while `fn` runs (to prove there is no N+1). */
export async function countQueries(ds: DataSource, fn: () => Promise<unknown>): Promise<number> {
  const original = ds.logger;
  let count = 0;
  const counting: Logger = {
    logQuery: () => void count++,
    logQueryError: (...args) => original.logQueryError(...args),
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  Object.assign(ds, { logger: counting });
  try {
    await fn();
  } finally {
    Object.assign(ds, { logger: original });
  }
  return count;
}
