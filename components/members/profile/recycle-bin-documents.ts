import { graphql } from '@/graphql/generated';

/** The recycle bin's (數據回收站) GraphQL documents; `npm run codegen` types them from the schema. */

export const RECYCLE_BIN_PAGE_SIZE = 50;

/**
 * A deleted member as the table shows it. Who deleted her is the actor of her newest audit entry,
 * the deletion (batched by the API's loaders).
 */
export const RecycledMember = graphql(`
  fragment RecycledMember on Member {
    id memberNo displayName phone deletedAt
    lastChange: auditLog(first: 1) { nodes { id action actor { id displayName code } } }
  }
`);

/** A page of the bin; the cache keeps the pages read in order (relay-style pagination), see `pageAfter`. */
export const RecycleBinQuery = graphql(`
  query RecycleBin($first: Int!, $after: String) {
    recycleBin(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...RecycledMember } }
    }
  }
`);

export const RestoreMemberMutation = graphql(`
  mutation RestoreMember($id: ID!) {
    restoreMember(id: $id) { id memberNo }
  }
`);

export const PurgeMemberMutation = graphql(`
  mutation PurgeMember($id: ID!) {
    purgeMember(id: $id)
  }
`);
