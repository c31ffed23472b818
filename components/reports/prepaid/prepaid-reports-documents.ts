import { graphql } from '@/graphql/generated';

/** 預付 報告's GraphQL documents; `npm run codegen` types them. */

export const PrepaidLiabilityQuery = graphql(`
  query PrepaidLiabilityReport($filter: PrepaidLiabilityFilter) {
    prepaidLiability(filter: $filter) {
      asOf
      memberId
      totals { storedValueCents storedValueMembers packages sessionsRemaining valueRemainingCents deferredCents totalCents }
      rows(first: 100) {
        nodes { branch { id code name } storedValueCents storedValueMembers packages sessionsRemaining valueRemainingCents deferredCents totalCents }
        totalCount
      }
    }
  }
`);

export const PrepaidRevenueQuery = graphql(`
  query PrepaidRevenueReport($filter: PrepaidRevenueFilter, $first: Int!, $after: String) {
    prepaidRevenue(filter: $filter) {
      from
      to
      period
      totals { topUpPaidCents topUpBonusCents storedValueSpentCents storedValueRefundedCents packageSalesCents packageRecognisedCents breakageCents packageRefundsCents recognisedTotalCents }
      rows(first: $first, after: $after) {
        nodes {
          period from to branch { id code name }
          topUpPaidCents topUpBonusCents storedValueSpentCents storedValueRefundedCents packageSalesCents packageRecognisedCents breakageCents packageRefundsCents recognisedTotalCents
        }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
    }
  }
`);
