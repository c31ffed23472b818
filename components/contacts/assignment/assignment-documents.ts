import { graphql } from '@/graphql/generated';

/** The campaign assignment page's GraphQL documents; `npm run codegen` types them from the schema. */

/** The API's page maximum; a chain has a few dozen open campaigns and a handful of branches. */
export const ASSIGN_PAGE_SIZE = 100;

/** A campaign as the picker shows it: "name (code) - 優惠編號：X, 分析編號：Y". */
export const AssignableCampaign = graphql(`
  fragment AssignableCampaign on Campaign { id code name offerCode analysisCode }
`);

export const AssignBranch = graphql(`
  fragment AssignBranch on Branch { id code name }
`);

export const AssignSalesperson = graphql(`
  fragment AssignSalesperson on Staff { id code displayName }
`);

/** The saved selection's size and the branches to pick salespeople from. */
export const AssignPageQuery = graphql(`
  query AssignPage($selection: ID!) {
    memberSelection(id: $selection) { id count }
    branches(first: 100) { nodes { ...AssignBranch } }
  }
`);

/** A page of the campaigns open for assignment (the list leaves archived ones out by default). */
export const AssignCampaignsQuery = graphql(`
  query AssignCampaigns($first: Int!, $after: String) {
    campaigns(first: $first, after: $after) {
      nodes { ...AssignableCampaign }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** A branch's salespeople (far fewer than the API's page maximum). */
export const AssignSalespeopleQuery = graphql(`
  query AssignSalespeople($branchId: ID!) {
    staffMembers(branchId: $branchId, permission: CampaignsReceiveContacts, first: 100) { nodes { ...AssignSalesperson } }
  }
`);

export const AssignmentPreview = graphql(`
  fragment AssignmentPreview on CampaignAssignmentPreview {
    total alreadyInCampaign toAssign minPerSalesperson maxPerSalesperson
    outsideBranch { outsideBranch salesperson { ...AssignSalesperson } }
  }
`);

export const AssignPreviewQuery = graphql(`
  query AssignPreview($input: CampaignAssignmentInput!) {
    previewCampaignAssignment(input: $input) { ...AssignmentPreview }
  }
`);

/** The assignment job's progress, as the bar shows it. */
export const AssignmentJob = graphql(`
  fragment AssignmentJob on BulkJob { id status total processed error }
`);

export const AssignToCampaignMutation = graphql(`
  mutation AssignToCampaign($input: CampaignAssignmentInput!) {
    assignToCampaign(input: $input) { ...AssignmentJob }
  }
`);

export const AssignmentProgressQuery = graphql(`
  query AssignmentProgress($id: ID!) {
    bulkJob(id: $id) { ...AssignmentJob }
  }
`);

/** Starts a FAILED assignment again from where it stopped. */
export const RetryAssignmentMutation = graphql(`
  mutation RetryAssignment($id: ID!) {
    retryBulkJob(id: $id) { ...AssignmentJob }
  }
`);
