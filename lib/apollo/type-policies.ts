import type { FieldPolicy, TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { connectionFields } from '@/graphql/generated/connections';

type Connection = { edges: Array<{ cursor?: string }> };

/**
 * Relay-style pagination, except that a page whose `after` is not among the rows held replaces
 * them instead of being appended after unrelated rows: a pager that opens on a later page (a
 * reload of `?after=…`) and then steps back to an earlier one holds only the page asked for.
 */
function pagedConnection(keyArgs: string[] | false): FieldPolicy<Connection> {
  const policy = relayStylePagination(keyArgs) as FieldPolicy<Connection>;
  const merge = policy.merge as Extract<FieldPolicy<Connection>['merge'], (...args: never[]) => unknown>;
  return {
    ...policy,
    merge(existing, incoming, options) {
      const after = options.args?.after as string | null | undefined;
      const spliced = !after || !existing || existing.edges.some((edge) => edge.cursor === after);
      return merge(spliced ? existing : undefined, incoming, options);
    },
  };
}

/**
 * The cache's rules: every connection in the schema pages relay-style (a next page appends to the
 * list the cache holds; a page without `after` replaces it), keyed by the arguments that pick the
 * list. Queries that page must select `edges { cursor node }`.
 */
export const typePolicies: TypePolicies = Object.fromEntries(
  Object.entries(connectionFields).map(([type, fields]) => [
    type,
    { fields: Object.fromEntries(Object.entries(fields).map(([field, keyArgs]) => [field, pagedConnection(keyArgs.length ? keyArgs : false)])) },
  ]),
);
