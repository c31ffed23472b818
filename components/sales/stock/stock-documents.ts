import { graphql } from '@/graphql/generated';

/** The stock screen's GraphQL documents; `npm run codegen` types them. */

/** A branch's low-stock list with each product's stock there. */
export const LowStockQuery = graphql(`
  query SalesLowStock($branchId: ID!, $after: String) {
    lowStock(branchId: $branchId, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      totalCount
      nodes { id code label lowStockThreshold onHand(branchId: $branchId) }
    }
  }
`);

/** Active products as choices for the stock forms. */
export const StockProductChoicesQuery = graphql(`
  query StockProductChoices($after: String) {
    products(filter: { active: true }, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id code label }
    }
  }
`);

export const ReceiveStockMutation = graphql(`
  mutation ReceiveStock($input: ReceiveStockInput!) {
    receiveStock(input: $input) { id stockLevels { onHand branch { id } } }
  }
`);

export const AdjustStockMutation = graphql(`
  mutation AdjustStock($input: AdjustStockInput!) {
    adjustStock(input: $input) { id stockLevels { onHand branch { id } } }
  }
`);

export const TransferStockMutation = graphql(`
  mutation TransferStock($input: TransferStockInput!) {
    transferStock(input: $input) { id stockLevels { onHand branch { id } } }
  }
`);

/** Open branches, for choosing whose stock to see and where to send it. */
export const StockBranchesQuery = graphql(`
  query StockBranches($after: String) {
    branches(includeClosed: false, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id code label }
    }
  }
`);
