import { graphql } from '@/graphql/generated';
import type { CampaignAnalysisReportQuery as AnalysisReportResult, ContactTrendChartQuery as ContactTrendResult } from '@/graphql/generated/graphql';

/** 聯絡活動分析's GraphQL documents; `npm run codegen` types them from the schema. */

/** The API's largest page, and the screen's page size. */
export const PAGE_SIZE = 100;

export const AnalysisStatusCell = graphql(`
  fragment AnalysisStatusCell on ReportStatusCell { statusId count ratio }
`);

export const AnalysisOutcomes = graphql(`
  fragment AnalysisOutcomes on AppointmentOutcomes { booked arrived verified noShow cancelled }
`);

/** A row's successful purchases (null while the rule is off) and same-day amounts. */
export const AnalysisSales = graphql(`
  fragment AnalysisSales on CampaignAnalysisSales { bookedContacts successful successRatio invoiceCents productCents treatmentCents }
`);

/** A status column of the table: its label, and its key for the chart's colours. */
export const AnalysisStatusColumn = graphql(`
  fragment AnalysisStatusColumn on ContactStatus { id key label }
`);

/** One row of the table (a member, campaign, branch or salesperson). */
export const AnalysisRow = graphql(`
  fragment AnalysisRow on CampaignAnalysisRow {
    key code name total
    cells { ...AnalysisStatusCell }
    outcomes { ...AnalysisOutcomes }
    sales { ...AnalysisSales }
  }
`);

export const AnalysisTotals = graphql(`
  fragment AnalysisTotals on CampaignAnalysisTotals {
    total
    cells { ...AnalysisStatusCell }
    outcomes { ...AnalysisOutcomes }
    sales { ...AnalysisSales }
  }
`);

/** Everything of a report but its rows: the header, the columns and the totals. */
export const AnalysisReport = graphql(`
  fragment AnalysisReport on CampaignAnalysis {
    view
    columns { ...AnalysisStatusColumn }
    totals { ...AnalysisTotals }
    filter { ...ReportAppliedFilterFields contactedFrom contactedTo }
    successRule { enabled metric thresholdCents }
    ranBy { ...ReportRanBy }
    ranAt
  }
`);

/** One page of a report: header, columns, totals and a page of rows. */
export const CampaignAnalysisReportQuery = graphql(`
  query CampaignAnalysisReport($view: CampaignAnalysisView!, $filter: ReportFilterInput, $first: Int!, $after: String) {
    campaignAnalysis(view: $view, filter: $filter) {
      ...AnalysisReport
      rows(first: $first, after: $after) {
        nodes { ...AnalysisRow }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
    }
  }
`);

export const ContactTrendChartQuery = graphql(`
  query ContactTrendChart($filter: ReportFilterInput) {
    contactTrend(filter: $filter) { from to total days { day count } }
  }
`);

/** How far an export has got; null until the route has started it. */
export const ReportExportProgressQuery = graphql(`
  query ReportExportProgress($id: ID!) {
    reportExportProgress(id: $id) { id rowsWritten totalRows done }
  }
`);

export type AnalysisPage = AnalysisReportResult['campaignAnalysis'];
export type ContactTrend = ContactTrendResult['contactTrend'];
