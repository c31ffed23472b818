import { graphql } from '@/graphql/generated';

/** One grouping of 統計分析 with its totals and the first page of rows (the largest first, or every period bucket). */
export const SalesStatisticsQuery = graphql(`
  query SalesStatistics($grouping: SalesStatisticsGrouping!, $filter: SalesStatisticsFilter, $first: Int, $after: String) {
    salesStatistics(grouping: $grouping, filter: $filter) {
      grouping
      from
      to
      branchIds
      totals { netCents grossCents returnedCents invoiceCount quantity }
      rows(first: $first, after: $after) {
        totalCount
        nodes { key label netCents grossCents returnedCents invoiceCount quantity from to }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

/** The branches to filter by and how money is written. */
export const SalesStatisticsChoicesQuery = graphql(`
  query SalesStatisticsChoices {
    branches(first: 100) { nodes { id label } }
    systemSettings { currency currencyDisplay currencyDecimals }
  }
`);
