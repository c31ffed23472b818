import { graphql } from '@/graphql/generated';

/** The member search's GraphQL documents; `npm run codegen` types them from the schema. */

export const PAGE_SIZE = 50;

/** One row of the results table. */
export const MemberSearchRow = graphql(`
  fragment MemberSearchRow on Member {
    id
    memberNo
    displayName
    phone
    phone2
    email
    isWalkIn
    createdAt
    group { id name }
    branch { id code name }
  }
`);

/**
 * A page of the result with its total. The cache keeps the pages read in order (relay-style
 * pagination), so a page is the rows after its `after` cursor; see `pageAfter`.
 */
export const MemberSearchQuery = graphql(`
  query MemberSearchPage($filter: MemberFilterInput, $sort: MemberSortInput, $first: Int!, $after: String) {
    memberSearch(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...MemberSearchRow } }
    }
  }
`);

export const SearchStaffChoice = graphql(`
  fragment SearchStaffChoice on Staff { id code displayName }
`);

export const SearchCustomField = graphql(`
  fragment SearchCustomField on CustomField { id label type options }
`);

// The pickers' lists, one request each: a list the viewer may not read (custom fields for some
// roles) leaves its picker empty instead of failing the whole form. At most one page of the API's maximum.

export const SearchBranchesQuery = graphql(`
  query SearchBranches { branches(first: 100) { nodes { id code name } } }
`);

export const SearchGroupsQuery = graphql(`
  query SearchGroups { memberGroups(first: 100) { nodes { id name } } }
`);

export const SearchCampaignsQuery = graphql(`
  query SearchCampaigns { campaigns(first: 100, includeArchived: true) { nodes { id code name } } }
`);

export const SearchSalespeopleQuery = graphql(`
  query SearchSalespeople { staffMembers(permission: CampaignsReceiveContacts, first: 100) { nodes { ...SearchStaffChoice } } }
`);

export const SearchManagersQuery = graphql(`
  query SearchManagers { staffMembers(permission: ContactsSupervise, first: 100) { nodes { ...SearchStaffChoice } } }
`);

export const SearchInterestGroupsQuery = graphql(`
  query SearchInterestGroups { interestGroups(first: 100) { nodes { id name } } }
`);

export const SearchCustomFieldsQuery = graphql(`
  query SearchCustomFields { customFields(first: 100) { nodes { ...SearchCustomField } } }
`);

/** A bulk job's progress, as the bar shows it. */
export const BulkJobProgress = graphql(`
  fragment BulkJobProgress on BulkJob { id status total processed skipped error }
`);

export const SaveMemberSelectionMutation = graphql(`
  mutation SaveMemberSelection($input: MemberSelectionInput!) {
    saveMemberSelection(input: $input) { id count }
  }
`);

export const StartBulkMemberActionMutation = graphql(`
  mutation StartBulkMemberAction($input: BulkMemberActionInput!) {
    startBulkMemberAction(input: $input) { ...BulkJobProgress }
  }
`);

export const BulkJobProgressQuery = graphql(`
  query BulkJobProgress($id: ID!) {
    bulkJob(id: $id) { ...BulkJobProgress }
  }
`);

/** Starts a FAILED bulk job again from where it stopped. */
export const RetryBulkJobMutation = graphql(`
  mutation RetryBulkJob($id: ID!) {
    retryBulkJob(id: $id) { ...BulkJobProgress }
  }
`);
