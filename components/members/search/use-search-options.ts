import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { SearchCustomFieldFragment, SearchStaffChoiceFragment } from '@/graphql/generated/graphql';
import {
  SearchBranchesQuery, SearchCampaignsQuery, SearchCustomFieldsQuery, SearchGroupsQuery, SearchInterestGroupsQuery, SearchManagersQuery,
  SearchSalespeopleQuery,
} from './member-search-documents';

/** A choice as a picker lists it. */
export type Option = { id: string; label: string };

/** Everything the filter form and the bulk-action pickers offer. */
export type SearchOptions = {
  branches: Option[];
  groups: Option[];
  campaigns: Option[];
  salespeople: Option[];
  consultants: Option[];
  interestGroups: Option[];
  customFields: SearchCustomFieldFragment[];
};

export const EMPTY_OPTIONS: SearchOptions = {
  branches: [],
  groups: [],
  campaigns: [],
  salespeople: [],
  consultants: [],
  interestGroups: [],
  customFields: [],
};

const staffOption = (s: SearchStaffChoiceFragment): Option => ({ id: s.id, label: `${s.displayName} (${s.code})` });

/**
 * The pickers' choices, each list from its own query: a list the server refuses stays empty and
 * the others still fill their pickers.
 */
export function useSearchOptions(): SearchOptions {
  const branches = useQuery(SearchBranchesQuery).data?.branches.nodes;
  const groups = useQuery(SearchGroupsQuery).data?.memberGroups.nodes;
  const campaigns = useQuery(SearchCampaignsQuery).data?.campaigns.nodes;
  const salespeople = useQuery(SearchSalespeopleQuery).data?.staffMembers.nodes;
  const managers = useQuery(SearchManagersQuery).data?.staffMembers.nodes;
  const interestGroups = useQuery(SearchInterestGroupsQuery).data?.interestGroups.nodes;
  const customFields = useQuery(SearchCustomFieldsQuery).data?.customFields.nodes;

  return useMemo(() => {
    const sales = (salespeople ?? []).map(staffOption);
    // Consultants offered are the salespeople and managers (the staff who look after members), each once.
    const consultants = [...sales, ...(managers ?? []).filter((m) => !sales.some((s) => s.id === m.id)).map(staffOption)].sort((a, b) =>
      a.label.localeCompare(b.label),
    );
    return {
      branches: (branches ?? []).map((b) => ({ id: b.id, label: b.name })),
      groups: (groups ?? []).map((g) => ({ id: g.id, label: g.name })),
      campaigns: (campaigns ?? []).map((c) => ({ id: c.id, label: `${c.name} (${c.code})` })),
      salespeople: sales,
      consultants,
      interestGroups: (interestGroups ?? []).map((g) => ({ id: g.id, label: g.name })),
      customFields: customFields ?? [],
    };
  }, [branches, groups, campaigns, salespeople, managers, interestGroups, customFields]);
}
