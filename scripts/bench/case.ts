/** One benchmarked operation: the product's GraphQL path and the plain SQL it should cost about as much as. */
export type BenchCase = {
  name: string;
  graphql: () => Promise<unknown>;
  sql: () => Promise<unknown>;
};
