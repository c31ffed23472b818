import { graphql } from '@/graphql/generated';

/** 店面管理's GraphQL documents; `npm run codegen` types them from the schema. */

export const AdminBranchRow = graphql(`
  fragment AdminBranchRow on Branch {
    id
    code
    name
    label
    phone
    timeZone
    open
    closedAt
    memberCount @include(if: $manage)
  }
`);

export const AdminBranchDetail = graphql(`
  fragment AdminBranchDetail on Branch {
    id
    code
    name
    label
    translations { zhHK en zhCN th }
    address
    phone
    timeZone
    open
    closedAt
    closedBy { id displayName }
  }
`);

/** Every branch, open and closed, a page at a time (a chain has a few dozen); counts for those who manage branches. */
export const AdminBranchesQuery = graphql(`
  query AdminBranches($after: String, $manage: Boolean!) {
    branches(first: 100, after: $after, includeClosed: true) {
      pageInfo { hasNextPage endCursor }
      nodes { ...AdminBranchRow }
    }
  }
`);

export const AdminBranchQuery = graphql(`
  query AdminBranch($id: ID!, $manage: Boolean!) {
    branch(id: $id) {
      ...AdminBranchDetail
      memberCount @include(if: $manage)
      activeStaffCount @include(if: $manage)
    }
  }
`);

export const CreateBranchMutation = graphql(`
  mutation CreateBranch($input: BranchInput!) {
    createBranch(input: $input) { ...AdminBranchDetail }
  }
`);

export const UpdateBranchMutation = graphql(`
  mutation UpdateBranch($id: ID!, $input: BranchInput!) {
    updateBranch(id: $id, input: $input) { ...AdminBranchDetail }
  }
`);

export const CloseBranchMutation = graphql(`
  mutation CloseBranch($id: ID!) {
    closeBranch(id: $id) { ...AdminBranchDetail }
  }
`);

export const ReopenBranchMutation = graphql(`
  mutation ReopenBranch($id: ID!) {
    reopenBranch(id: $id) { ...AdminBranchDetail }
  }
`);
