/** One benchmarked operation: the product's GraphQL path and the plain SQL it should cost about as much as. */
export type BenchCase = {
  name: string;
  graphql: () => Promise<unknown>;
  sql: () => Promise<unknown>;
  /** Timed calls and warm-up calls, when the case is too heavy for the run's defaults (e.g. a 100,000-row assignment). */
  runs?: number;
  warmup?: number;
  /** Untimed set-up before every call (e.g. a fresh campaign to assign to). */
  before?: () => Promise<void>;
  /** Untimed clean-up once the case is measured, leaving the database as it was. */
  cleanup?: () => Promise<void>;
};
