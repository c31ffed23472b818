import { InMemoryCache, type TypedDocumentNode } from '@apollo/client';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import type { ReactElement } from 'react';
import { ContactTrendChartQuery, CampaignAnalysisReportQuery, ReportExportProgressQuery } from '@/components/reports/analysis/analysis-documents';
import { FollowUpStatisticMembersQuery, FollowUpStatisticsReportQuery } from '@/components/reports/follow-up/follow-up-documents';
import {
  ReportBranchOptionsQuery, ReportCampaignOptionsQuery, ReportMemberGroupOptionsQuery, ReportSalesGroupOptionsQuery, ReportSalespersonOptionsQuery,
} from '@/components/reports/report-documents';
import { CampaignReturnInvoicesQuery, CampaignReturnQuery, MemberSalesRankingQuery } from '@/components/reports/sales-views/sales-views-documents';
import type { Locale } from '@/i18n/locales';
import { typePolicies } from '@/lib/apollo/type-policies';
import { renderWithIntl } from './render-with-intl';

/** One operation a report screen sent: its name as written in the document, and its variables. */
export type ReportCall = { operationName: string; variables: Record<string, any> };
/** The server's answer to a call: data, or the message of a GraphQL error. */
export type ReportAnswer = { data: unknown } | { error: string };

const DOCUMENTS: Array<[string, TypedDocumentNode<any, any>]> = [
  ['CampaignAnalysisReport', CampaignAnalysisReportQuery],
  ['ContactTrendChart', ContactTrendChartQuery],
  ['ReportExportProgress', ReportExportProgressQuery],
  ['FollowUpStatisticsReport', FollowUpStatisticsReportQuery],
  ['FollowUpStatisticMembers', FollowUpStatisticMembersQuery],
  ['ReportBranchOptions', ReportBranchOptionsQuery],
  ['ReportCampaignOptions', ReportCampaignOptionsQuery],
  ['ReportSalesGroupOptions', ReportSalesGroupOptionsQuery],
  ['ReportSalespersonOptions', ReportSalespersonOptionsQuery],
  ['ReportMemberGroupOptions', ReportMemberGroupOptionsQuery],
  ['CampaignReturn', CampaignReturnQuery],
  ['CampaignReturnInvoices', CampaignReturnInvoicesQuery],
  ['MemberSalesRanking', MemberSalesRankingQuery],
];

/**
 * Renders a report screen under Apollo's MockedProvider (the app's cache rules) where every report
 * document, with any variables and any number of times, is answered by `answer`; each call is
 * appended to `calls` in the order sent.
 */
export function renderWithReportApollo(ui: ReactElement, locale: Locale, answer: (call: ReportCall) => ReportAnswer, calls: ReportCall[]) {
  const mocks: NonNullable<MockedProviderProps['mocks']> = DOCUMENTS.map(([operationName, query]) => ({
    request: { query, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: Record<string, any>) => {
      const call = { operationName, variables };
      calls.push(call);
      const found = answer(call);
      return 'error' in found ? { errors: [new GraphQLError(found.error)] } : { data: found.data as never };
    },
  }));
  return renderWithIntl(
    <MockedProvider mocks={mocks} cache={new InMemoryCache({ typePolicies })}>
      {ui}
    </MockedProvider>,
    locale,
  );
}
