import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { connectionFields } from '@/graphql/generated/connections';

/**
 * The cache's rules: every connection in the schema pages relay-style (a next page appends to the
 * list the cache holds; a page without `after` replaces it), keyed by the arguments that pick the
 * list. Queries that page must select `edges { cursor node }`.
 */
export const typePolicies: TypePolicies = Object.fromEntries(
  Object.entries(connectionFields).map(([type, fields]) => [
    type,
    { fields: Object.fromEntries(Object.entries(fields).map(([field, keyArgs]) => [field, relayStylePagination(keyArgs.length ? keyArgs : false)])) },
  ]),
);
