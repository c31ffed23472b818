import { graphql } from '@/graphql/generated';

/** The recycle bin's (數據回收站) GraphQL documents; `npm run codegen` types them from the schema. */

export const RECYCLE_BIN_PAGE_SIZE = 50;

/** A deleted record as the table shows it. */
export const RecycleBinRow = graphql(`
  fragment RecycleBinRow on RecycleBinItem {
    id type entityId label deletedAt purgeAt daysUntilPurge
    deletedBy { id displayName code }
  }
`);

/** A page of the bin, of one kind or all. */
export const RecycleBinItemsQuery = graphql(`
  query RecycleBinItems($type: RecycleBinType, $first: Int!, $after: String) {
    recycleBinItems(type: $type, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...RecycleBinRow }
    }
  }
`);

export const RestoreRecycleBinItemMutation = graphql(`
  mutation RestoreRecycleBinItem($id: ID!) {
    restoreRecycleBinItem(id: $id) { id type entityId label }
  }
`);

export const PurgeRecycleBinItemMutation = graphql(`
  mutation PurgeRecycleBinItem($id: ID!) {
    purgeRecycleBinItem(id: $id) { id label }
  }
`);
