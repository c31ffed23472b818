import { graphql } from '@/graphql/generated';

/** The operation log page's GraphQL documents, shared by the page (server) and its view (client); `npm run codegen` types them. */

export const OPERATION_LOG_PAGE_SIZE = 50;

/** An entry as a row of the table shows it: when, who, what, before → after per field, from where. */
export const OperationLogRow = graphql(`
  fragment OperationLogRow on OperationLogEntry {
    id
    at
    entityType
    entityId
    action
    address
    actor { id code displayName }
    token { id name }
    changes { field before after }
  }
`);

export const OperationLogQuery = graphql(`
  query OperationLog($filter: OperationLogFilterInput, $first: Int!, $after: String) {
    operationLog(filter: $filter, first: $first, after: $after) {
      edges { cursor node { ...OperationLogRow } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const OperationLogCountQuery = graphql(`
  query OperationLogCount($filter: OperationLogFilterInput) {
    operationLog(filter: $filter, first: 1) { totalCount }
  }
`);

/** The pickers' choices: staff (active, by code), and the kinds of record and actions the log holds. */
export const OperationLogChoicesQuery = graphql(`
  query OperationLogChoices {
    operationLogCatalogue { entityTypes actions }
    staffMembers(first: 100) { nodes { id code displayName } }
  }
`);
