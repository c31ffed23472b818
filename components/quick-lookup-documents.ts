import { graphql } from '@/graphql/generated';

/** The shell's quick lookup's GraphQL documents; `npm run codegen` types them from the schema. */

/** A match as the lookup lists it. */
export const QuickLookupRow = graphql(`
  fragment QuickLookupRow on Member { id memberNo displayName phone phone2 isWalkIn branch { id code name } }
`);

export const QuickLookupQuery = graphql(`
  query QuickLookup($term: String!, $first: Int!) {
    quickLookup(term: $term, first: $first) { nodes { ...QuickLookupRow } }
  }
`);
