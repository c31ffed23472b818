import { graphqlFetch } from '@/lib/graphql-fetch';
import type { MemberFilterInput, MemberSortInput } from './filter-params';

export const PAGE_SIZE = 50;
/** Pickers list at most one page of the API's maximum size. */
const OPTIONS_PAGE = 100;

export type MemberRow = {
  id: string;
  memberNo: string;
  displayName: string;
  phone: string | null;
  phone2: string | null;
  email: string | null;
  isWalkIn: boolean;
  createdAt: string;
  group: { id: string; name: string };
  branch: { id: string; code: string; name: string };
};

export type MemberSearchPage = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: MemberRow[];
};

export const MEMBER_SEARCH = /* GraphQL */ `
  query MemberSearchPage($filter: MemberFilterInput, $sort: MemberSortInput, $first: Int!, $after: String) {
    memberSearch(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id memberNo displayName phone phone2 email isWalkIn createdAt group { id name } branch { id code name } }
    }
  }
`;

export async function searchMembers(
  variables: { filter: MemberFilterInput; sort: MemberSortInput; after: string | null },
  locale: string,
): Promise<MemberSearchPage> {
  const data = await graphqlFetch<{ memberSearch: MemberSearchPage }>(MEMBER_SEARCH, { ...variables, first: PAGE_SIZE }, locale);
  return data.memberSearch;
}

export type Option = { id: string; label: string };
export type GroupOption = Option & { isDeletedGroup: boolean };
export type CustomFieldOption = Option & { type: 'TEXT' | 'NUMBER' | 'DATE' | 'SELECT'; options: string[] };

/** Everything the filter form and the bulk-action pickers offer. */
export type SearchOptions = {
  branches: Option[];
  groups: GroupOption[];
  campaigns: Option[];
  salespeople: Option[];
  consultants: Option[];
  interestGroups: Option[];
  customFields: CustomFieldOption[];
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

type StaffNode = { id: string; code: string; displayName: string };
const staffLabel = (s: StaffNode) => `${s.displayName} (${s.code})`;

/**
 * One request per list, so a list the server cannot give (for instance a role that may not read
 * custom fields) leaves that picker empty instead of breaking the whole form.
 */
export async function loadSearchOptions(locale: string): Promise<SearchOptions> {
  const list = async <T, R>(query: string, pick: (data: T) => R[]): Promise<R[]> => {
    try {
      return pick(await graphqlFetch<T>(query, { first: OPTIONS_PAGE }, locale));
    } catch {
      return [];
    }
  };
  const [branches, groups, campaigns, salespeople, managers, interestGroups, customFields] = await Promise.all([
    list<{ branches: { nodes: Array<{ id: string; code: string; name: string }> } }, Option>(
      'query SearchBranches($first: Int!) { branches(first: $first) { nodes { id code name } } }',
      (d) => d.branches.nodes.map((b) => ({ id: b.id, label: b.name })),
    ),
    list<{ memberGroups: { nodes: Array<{ id: string; name: string; isDeletedGroup: boolean }> } }, GroupOption>(
      'query SearchGroups($first: Int!) { memberGroups(first: $first) { nodes { id name isDeletedGroup } } }',
      (d) => d.memberGroups.nodes.map((g) => ({ id: g.id, label: g.name, isDeletedGroup: g.isDeletedGroup })),
    ),
    list<{ campaigns: { nodes: Array<{ id: string; code: string; name: string }> } }, Option>(
      'query SearchCampaigns($first: Int!) { campaigns(first: $first, includeArchived: true) { nodes { id code name } } }',
      (d) => d.campaigns.nodes.map((c) => ({ id: c.id, label: `${c.name} (${c.code})` })),
    ),
    list<{ staffMembers: { nodes: StaffNode[] } }, Option>(
      'query SearchSalespeople($first: Int!) { staffMembers(role: SALESPERSON, first: $first) { nodes { id code displayName } } }',
      (d) => d.staffMembers.nodes.map((s) => ({ id: s.id, label: staffLabel(s) })),
    ),
    list<{ staffMembers: { nodes: StaffNode[] } }, Option>(
      'query SearchManagers($first: Int!) { staffMembers(role: MANAGER, first: $first) { nodes { id code displayName } } }',
      (d) => d.staffMembers.nodes.map((s) => ({ id: s.id, label: staffLabel(s) })),
    ),
    list<{ interestGroups: { nodes: Array<{ id: string; name: string }> } }, Option>(
      'query SearchInterestGroups($first: Int!) { interestGroups(first: $first) { nodes { id name } } }',
      (d) => d.interestGroups.nodes.map((g) => ({ id: g.id, label: g.name })),
    ),
    list<{ customFields: { nodes: Array<{ id: string; label: string; type: CustomFieldOption['type']; options: string[] }> } }, CustomFieldOption>(
      'query SearchCustomFields($first: Int!) { customFields(first: $first) { nodes { id label type options } } }',
      (d) => d.customFields.nodes.map((f) => ({ id: f.id, label: f.label, type: f.type, options: f.options })),
    ),
  ]);
  // Consultants offered are the salespeople and managers (the staff who look after members), each once.
  const consultants = [...salespeople, ...managers.filter((m) => !salespeople.some((s) => s.id === m.id))].sort((a, b) =>
    a.label.localeCompare(b.label),
  );
  return { branches, groups, campaigns, salespeople, consultants, interestGroups, customFields };
}

export type BulkAction = 'CHANGE_GROUP' | 'CHANGE_BRANCH' | 'CHANGE_CONSULTANT';
export type BulkJobStatus = 'PENDING' | 'RUNNING' | 'DONE' | 'FAILED';
export type BulkJob = { id: string; status: BulkJobStatus; total: number; processed: number; skipped: number; error: string | null };

export async function saveSelection(input: { filter: MemberFilterInput; excludedIds: string[] }, locale: string): Promise<{ id: string; count: number }> {
  const data = await graphqlFetch<{ saveMemberSelection: { id: string; count: number } }>(
    'mutation SaveMemberSelection($input: MemberSelectionInput!) { saveMemberSelection(input: $input) { id count } }',
    { input },
    locale,
  );
  return data.saveMemberSelection;
}

export async function startBulkAction(
  input: { selectionId: string; action: BulkAction; targetId: string | null },
  locale: string,
): Promise<BulkJob> {
  const data = await graphqlFetch<{ startBulkMemberAction: BulkJob }>(
    'mutation StartBulkMemberAction($input: BulkMemberActionInput!) { startBulkMemberAction(input: $input) { id status total processed skipped error } }',
    { input },
    locale,
  );
  return data.startBulkMemberAction;
}

export async function fetchBulkJob(id: string, locale: string): Promise<BulkJob> {
  const data = await graphqlFetch<{ bulkJob: BulkJob }>(
    'query BulkJobProgress($id: ID!) { bulkJob(id: $id) { id status total processed skipped error } }',
    { id },
    locale,
  );
  return data.bulkJob;
}

/** Starts a FAILED bulk job again from where it stopped. */
export async function retryBulkJob(id: string, locale: string): Promise<BulkJob> {
  const data = await graphqlFetch<{ retryBulkJob: BulkJob }>(
    'mutation RetryBulkJob($id: ID!) { retryBulkJob(id: $id) { id status total processed skipped error } }',
    { id },
    locale,
  );
  return data.retryBulkJob;
}

export function isFinished(job: BulkJob): boolean {
  return job.status === 'DONE' || job.status === 'FAILED';
}
