import { graphql } from '@/graphql/generated';

/** 會員積分 報告's GraphQL documents; `npm run codegen` types them. */

export const PointsRankingQuery = graphql(`
  query PointsRanking($filter: LoyaltyBranchesFilter, $first: Int!, $after: String) {
    pointsRanking(filter: $filter, first: $first, after: $after) {
      memberCount
      rows {
        nodes { rank balance earnedTotal member { id memberNo displayName } }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
    }
  }
`);

export const PointsMovementsQuery = graphql(`
  query PointsMovements($filter: PointsMovementsFilter, $first: Int!, $after: String) {
    pointsMovements(filter: $filter) {
      from
      to
      period
      totals { issued earned referral adjustedIn redeemed expired reversed adjustedOut net }
      rows(first: $first, after: $after) {
        nodes { period from to branch { id code name } issued earned referral adjustedIn redeemed expired reversed adjustedOut net }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
    }
  }
`);

export const PointsLiabilityQuery = graphql(`
  query PointsLiability($filter: LoyaltyBranchesFilter) {
    pointsLiability(filter: $filter) {
      points
      members
      asOf
      byBranch(first: 100) { nodes { branch { id code name } members points } totalCount }
      byExpiry(first: 100) { nodes { month points } totalCount }
    }
  }
`);

/** The branches to filter by. */
export const LoyaltyReportBranchesQuery = graphql(`
  query LoyaltyReportBranches {
    branches(first: 100) { nodes { id label } }
  }
`);
