import type { DataSource, Logger } from 'typeorm';

/** The SQL statements a DataSource runs while `fn` runs, in order (to prove there is no N+1, and which ones run). */
export async function recordQueries(ds: DataSource, fn: () => Promise<unknown>): Promise<string[]> {
  const original = ds.logger;
  const statements: string[] = [];
  const recording: Logger = {
    logQuery: (query) => void statements.push(query),
    logQueryError: (...args) => original.logQueryError(...args),
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  Object.assign(ds, { logger: recording });
  try {
    await fn();
  } finally {
    Object.assign(ds, { logger: original });
  }
  return statements;
}

/** Counts the SQL statements a DataSource runs while `fn` runs (to prove there is no N+1). */
export async function countQueries(ds: DataSource, fn: () => Promise<unknown>): Promise<number> {
  return (await recordQueries(ds, fn)).length;
}

/**
 * The statements `fn` runs with their numbers and the lengths of their parameter lists left out
 * (page sizes, ids, a batch's keys), sorted (concurrent reads may start in either order), to
 * compare two runs that must run the same statements: a failure shows which statement differs,
 * not only how many.
 */
export async function statementShapes(ds: DataSource, fn: () => Promise<unknown>): Promise<string[]> {
  return (await recordQueries(ds, fn)).map((statement) => statement.replace(/\b\d+\b/g, 'N').replace(/\?(?:, \?)+/g, '?')).sort();
}
