import type { ApolloClient } from '@apollo/client';
import type { AnalysisRowFragment, CampaignAnalysisView } from '@/graphql/generated/graphql';
import type { ReportFilterInput } from '../report-filter';
import { reportQuery } from '../report-query';
import { CampaignAnalysisReportQuery, ContactTrendChartQuery, PAGE_SIZE, ReportExportProgressQuery, type AnalysisPage, type ContactTrend } from './analysis-documents';

export async function loadAnalysisPage(client: ApolloClient, view: CampaignAnalysisView, filter: ReportFilterInput, after: string | null): Promise<AnalysisPage> {
  return (await reportQuery(client, CampaignAnalysisReportQuery, { view, filter, first: PAGE_SIZE, after })).campaignAnalysis;
}

/**
 * A report with up to `limit` rows, read page after page (the print view): the first page's
 * header and totals, and every row read.
 */
export async function loadAnalysisRows(
  client: ApolloClient,
  view: CampaignAnalysisView,
  filter: ReportFilterInput,
  limit: number,
  onProgress: (rowsRead: number) => void,
): Promise<{ report: AnalysisPage; rows: AnalysisRowFragment[] }> {
  const report = await loadAnalysisPage(client, view, filter, null);
  const rows = [...report.rows.nodes];
  let pageInfo = report.rows.pageInfo;
  while (pageInfo.hasNextPage && rows.length < limit) {
    onProgress(rows.length);
    const next = await loadAnalysisPage(client, view, filter, pageInfo.endCursor ?? null);
    rows.push(...next.rows.nodes);
    pageInfo = next.rows.pageInfo;
  }
  return { report, rows: rows.slice(0, limit) };
}

export async function loadTrend(client: ApolloClient, filter: ReportFilterInput): Promise<ContactTrend> {
  return (await reportQuery(client, ContactTrendChartQuery, { filter })).contactTrend;
}

/** How far an export has got; null until the route has started it. */
export async function loadExportProgress(client: ApolloClient, id: string) {
  return (await reportQuery(client, ReportExportProgressQuery, { id })).reportExportProgress;
}
