import type { ApolloClient } from '@apollo/client';
import { allNodes } from '@/components/contact-settings/all-pages';
import { reportQuery } from './report-query';
import {
  ReportBranchOptionsQuery, ReportCampaignOptionsQuery, ReportMemberGroupOptionsQuery, ReportSalesGroupOptionsQuery, ReportSalespersonOptionsQuery,
} from './report-documents';

export type Option = { id: string; label: string };
export type FilterOptions = {
  branches: Option[];
  campaigns: Option[];
  salesGroups: Option[];
  salespeople: Option[];
  memberGroups: Option[];
};

export const EMPTY_OPTIONS: FilterOptions = { branches: [], campaigns: [], salesGroups: [], salespeople: [], memberGroups: [] };

/** The filter form's choices, every item of each list; salespeople are only those whose contact members the viewer may see. */
export async function loadFilterOptions(client: ApolloClient): Promise<FilterOptions> {
  const [branches, campaigns, salesGroups, salespeople, memberGroups] = await Promise.all([
    allNodes(async (after) => (await reportQuery(client, ReportBranchOptionsQuery, { after })).branches),
    allNodes(async (after) => (await reportQuery(client, ReportCampaignOptionsQuery, { after })).campaigns),
    allNodes(async (after) => (await reportQuery(client, ReportSalesGroupOptionsQuery, { after })).salesGroups),
    allNodes(async (after) => (await reportQuery(client, ReportSalespersonOptionsQuery, { after })).contactSalespeople),
    allNodes(async (after) => (await reportQuery(client, ReportMemberGroupOptionsQuery, { after })).memberGroups),
  ]);
  return {
    branches: branches.map((b) => ({ id: b.id, label: b.code })),
    campaigns: campaigns.map((c) => ({ id: c.id, label: `${c.name} (${c.code})` })),
    salesGroups: salesGroups.map((g) => ({ id: g.id, label: g.name })),
    salespeople: salespeople.map((s) => ({ id: s.id, label: `${s.displayName} (${s.code})` })),
    memberGroups: memberGroups.map((g) => ({ id: g.id, label: g.name })),
  };
}
