import { graphql } from '@/graphql/generated';

/** 統計分析's campaign views (活動回報, 會員消費排名): their GraphQL documents; `npm run codegen` types them. */

export const SalesFiguresFields = graphql(`
  fragment SalesFiguresFields on SalesFigures { invoices buyers grossCents returnedCents netCents }
`);

export const CampaignReturnQuery = graphql(`
  query CampaignReturn($days: Int!, $filter: ReportFilterInput, $first: Int!, $after: String) {
    campaignReturn(daysAfterContact: $days, filter: $filter) {
      days
      totals { ...SalesFiguresFields }
      filter { ...ReportAppliedFilterFields contactedFrom contactedTo }
      ranBy { ...ReportRanBy }
      ranAt
      rows(first: $first, after: $after) {
        nodes { campaign { id code name } invoices buyers grossCents returnedCents netCents }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
    }
  }
`);

export const CampaignReturnInvoicesQuery = graphql(`
  query CampaignReturnInvoices($campaignId: ID!, $days: Int!, $filter: ReportFilterInput, $first: Int!, $after: String) {
    campaignReturnInvoices(campaignId: $campaignId, daysAfterContact: $days, filter: $filter, first: $first, after: $after) {
      nodes { id number businessDate customerName totalCents refundedCents status member { id memberNo displayName } branch { id code } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

export const MemberSalesRankingQuery = graphql(`
  query MemberSalesRanking($filter: SalesStatisticsFilter, $first: Int!, $after: String) {
    memberSalesRanking(filter: $filter, first: $first, after: $after) {
      nodes { rank invoices grossCents returnedCents netCents member { id memberNo displayName } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);
