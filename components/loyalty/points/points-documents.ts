import { graphql } from '@/graphql/generated';

/** The GraphQL documents of a member's points (積分), quick points (快速積分) and the loyalty settings; `npm run codegen` types them. */

export const POINTS_LEDGER_PAGE_SIZE = 20;

export const PointsEntryRowFragment = graphql(`
  fragment PointsEntryRow on PointsEntry {
    id
    kind
    points
    balanceAfter
    reason
    createdAt
    staff { id displayName }
    branch { id name }
    invoice { id number }
    gift { id code name }
    referredMember { id memberNo displayName }
    expiredLot { id earnedAt points }
    basis {
      __typename
      ... on EarningBasis {
        levelName
        levelPointsPer100
        lines { position code description amountCents pointsPer100 multiplierBasisPoints points rules { code name effect } }
      }
      ... on ReferralBasis { shareBasisPoints sourcePoints }
      ... on ReversalBasis { reversedPoints shortfallPoints lines { position returnedQuantity soldQuantity points } }
    }
  }
`);

export const MemberPointsQuery = graphql(`
  query MemberPoints($memberId: ID!, $first: Int!, $after: String) {
    memberPoints(memberId: $memberId) {
      memberId
      balance
      earnedTotal
      rank
      expiring { expiresAt points }
    }
    pointsEntries(memberId: $memberId, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...PointsEntryRow }
    }
  }
`);

export const MorePointsEntriesQuery = graphql(`
  query MorePointsEntries($memberId: ID!, $first: Int!, $after: String) {
    pointsEntries(memberId: $memberId, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...PointsEntryRow }
    }
  }
`);

export const AdjustPointsMutation = graphql(`
  mutation AdjustPoints($input: AdjustPointsInput!) {
    adjustPoints(input: $input) { id points balanceAfter }
  }
`);

export const LoyaltySettingsQuery = graphql(`
  query LoyaltySettingsPage {
    loyaltySettings { pointsExpiryMonths referralShareBasisPoints referralMonths levelReviewDownwards updatedAt }
  }
`);

export const UpdateLoyaltySettingsMutation = graphql(`
  mutation UpdateLoyaltySettings($input: LoyaltySettingsInput!) {
    updateLoyaltySettings(input: $input) { pointsExpiryMonths referralShareBasisPoints referralMonths levelReviewDownwards updatedAt }
  }
`);
