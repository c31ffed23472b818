import { graphql } from '@/graphql/generated';
import type { FollowUpReportHeaderFragment, FollowUpRowFragment, FollowUpStatisticMembersQuery as DrillResult } from '@/graphql/generated/graphql';

/** 同事跟進的統計's GraphQL documents; `npm run codegen` types them from the schema. */

/** The API's largest page. */
export const PAGE_SIZE = 100;
export const DRILL_PAGE_SIZE = 50;

/** The figures of the totals row. */
export const FollowUpTotals = graphql(`
  fragment FollowUpTotals on FollowUpStatisticTotals {
    assigned contacted logs booked attended overdue
    logsByMethod { methodId count }
  }
`);

/** One salesperson's row. */
export const FollowUpRow = graphql(`
  fragment FollowUpRow on FollowUpStatisticRow {
    salesperson { id code displayName }
    assigned contacted logs booked attended overdue
    logsByMethod { methodId count }
  }
`);

/** Everything of the report but its rows: the period, the method columns, the totals and the header. */
export const FollowUpReportHeader = graphql(`
  fragment FollowUpReportHeader on FollowUpStatistics {
    from to
    methods { id label }
    totals { ...FollowUpTotals }
    filter { ...ReportAppliedFilterFields }
    ranBy { ...ReportRanBy }
    ranAt
  }
`);

/** A page of the report: the header and a page of rows. */
export const FollowUpStatisticsReportQuery = graphql(`
  query FollowUpStatisticsReport($filter: ReportFilterInput, $first: Int!, $after: String) {
    followUpStatistics(filter: $filter) {
      ...FollowUpReportHeader
      rows(first: $first, after: $after) {
        nodes { ...FollowUpRow }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

/** A contact member behind a number. */
export const FollowUpDrillMember = graphql(`
  fragment FollowUpDrillMember on ContactMember {
    id lastContactAt
    member { id memberNo lastName firstName }
    campaign { id code name }
    status { id label }
    salesperson { id code displayName }
  }
`);

export const FollowUpStatisticMembersQuery = graphql(`
  query FollowUpStatisticMembers(
    $filter: ReportFilterInput, $metric: FollowUpMetric!, $salespersonId: ID, $methodId: ID, $first: Int, $after: String
  ) {
    followUpStatisticMembers(filter: $filter, metric: $metric, salespersonId: $salespersonId, methodId: $methodId, first: $first, after: $after) {
      nodes { ...FollowUpDrillMember }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

/** The whole report as the screen shows it: the first page's header and totals, and every row read. */
export type FollowUpReport = FollowUpReportHeaderFragment & { rows: FollowUpRowFragment[] };
export type DrillPage = DrillResult['followUpStatisticMembers'];
