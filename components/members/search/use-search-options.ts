import type { ResultOf } from '@graphql-typed-document-node/core';
import { useMemo } from 'react';
import type { SearchCustomFieldFragment, SearchStaffChoiceFragment } from '@/graphql/generated/graphql';
import {
  SearchBranchesQuery, SearchCampaignsQuery, SearchCustomFieldsQuery, SearchGroupsQuery, SearchInterestGroupsQuery, SearchManagersQuery,
  SearchSalespeopleQuery,
} from './member-search-documents';
import { useAnswerOrQuery } from '@/lib/apollo/use-answer-or-query';

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

/** The pickers' answers as a page read them on the server; one missing (null) is asked for here. */
export type SearchOptionAnswers = {
  branches: ResultOf<typeof SearchBranchesQuery> | null;
  groups: ResultOf<typeof SearchGroupsQuery> | null;
  campaigns: ResultOf<typeof SearchCampaignsQuery> | null;
  salespeople: ResultOf<typeof SearchSalespeopleQuery> | null;
  managers: ResultOf<typeof SearchManagersQuery> | null;
  interestGroups: ResultOf<typeof SearchInterestGroupsQuery> | null;
  customFields: ResultOf<typeof SearchCustomFieldsQuery> | null;
};

const staffOption = (s: SearchStaffChoiceFragment): Option => ({ id: s.id, label: `${s.displayName} (${s.code})` });

/**
 * The pickers' choices, each list from its own query: a list the server refuses stays empty and
 * the others still fill their pickers. `answers` (read by the page on the server) are used as they
 * are (useAnswerOrQuery), so the form is drawn once, complete, instead of once per list as each arrives.
 */
export function useSearchOptions(answers?: SearchOptionAnswers): SearchOptions {
  const branches = useAnswerOrQuery(SearchBranchesQuery, answers?.branches ?? null).data?.branches.nodes;
  const groups = useAnswerOrQuery(SearchGroupsQuery, answers?.groups ?? null).data?.memberGroups.nodes;
  const campaigns = useAnswerOrQuery(SearchCampaignsQuery, answers?.campaigns ?? null).data?.campaigns.nodes;
  const salespeople = useAnswerOrQuery(SearchSalespeopleQuery, answers?.salespeople ?? null).data?.staffMembers.nodes;
  const managers = useAnswerOrQuery(SearchManagersQuery, answers?.managers ?? null).data?.staffMembers.nodes;
  const interestGroups = useAnswerOrQuery(SearchInterestGroupsQuery, answers?.interestGroups ?? null).data?.interestGroups.nodes;
  const customFields = useAnswerOrQuery(SearchCustomFieldsQuery, answers?.customFields ?? null).data?.customFields.nodes;

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
