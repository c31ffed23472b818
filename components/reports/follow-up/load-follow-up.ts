import type { ApolloClient } from '@apollo/client';
import type { ReportFilterInput } from '../report-filter';
import { reportQuery } from '../report-query';
import type { Drill } from './follow-up-params';
import {
  DRILL_PAGE_SIZE, FollowUpStatisticMembersQuery, FollowUpStatisticsReportQuery, PAGE_SIZE, type DrillPage, type FollowUpReport,
} from './follow-up-documents';

/** A chain has a few hundred salespeople; the screen reads at most this many rows. */
export const MAX_ROWS = 2_000;

/** The report with all its rows (one row per salesperson), read page after page. */
export async function loadFollowUpReport(client: ApolloClient, filter: ReportFilterInput): Promise<FollowUpReport> {
  const { rows: firstRows, ...header } = (await reportQuery(client, FollowUpStatisticsReportQuery, { filter, first: PAGE_SIZE })).followUpStatistics;
  const rows = [...firstRows.nodes];
  let pageInfo = firstRows.pageInfo;
  while (pageInfo.hasNextPage && rows.length < MAX_ROWS) {
    const next = (await reportQuery(client, FollowUpStatisticsReportQuery, { filter, first: PAGE_SIZE, after: pageInfo.endCursor })).followUpStatistics;
    rows.push(...next.rows.nodes);
    pageInfo = next.rows.pageInfo;
  }
  return { ...header, rows };
}

/** A page of the contact members behind a number. */
export async function loadDrillPage(client: ApolloClient, filter: ReportFilterInput, drill: Drill, after: string | null): Promise<DrillPage> {
  const variables = { filter, metric: drill.metric, salespersonId: drill.salespersonId, methodId: drill.methodId, first: DRILL_PAGE_SIZE, after };
  return (await reportQuery(client, FollowUpStatisticMembersQuery, variables)).followUpStatisticMembers;
}
