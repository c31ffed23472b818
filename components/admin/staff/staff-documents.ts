import { graphql } from '@/graphql/generated';

/** 用戶管理's GraphQL documents; `npm run codegen` types them from the schema. */

export const STAFF_ADMIN_PAGE_SIZE = 50;

export const StaffAdminRow = graphql(`
  fragment StaffAdminRow on Staff {
    id
    code
    displayName
    login
    active
    mustChangePassword
    manageable
    branch { id name }
    salesGroup { id name }
    roles { id key label }
  }
`);

export const StaffAdminDetail = graphql(`
  fragment StaffAdminDetail on Staff {
    ...StaffAdminRow
    memberReach
    memberBranches { id }
    passwordSetAt
    createdAt
  }
`);

export const StaffAdminListQuery = graphql(`
  query StaffAdminList($filter: StaffAdminFilter, $first: Int!, $after: String) {
    staffAdminList(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...StaffAdminRow }
    }
  }
`);

/** The choices of the list's filters and of the staff form: branches, sales groups, roles, the password policy. */
export const StaffAdminChoicesQuery = graphql(`
  query StaffAdminChoices {
    branches(first: 100, includeClosed: true) { nodes { id code label open } }
    salesGroups(first: 100) { nodes { id name } }
    roles(first: 100) { nodes { id key label } }
    grantableRoles(first: 100) { nodes { id key label } }
    systemSettings { passwordMinLength passwordRequireLettersAndDigits passwordRequireMixedCase passwordExpiryDays }
  }
`);

export const StaffAdminMemberQuery = graphql(`
  query StaffAdminMember($id: ID!) {
    staffAdminMember(id: $id) { ...StaffAdminDetail }
    staffApiTokens(staffId: $id, first: 100) {
      totalCount
      nodes { id name tokenPrefix createdAt lastUsedAt revokedAt }
    }
  }
`);

export const CreateStaffMutation = graphql(`
  mutation CreateStaff($input: CreateStaffInput!) {
    createStaff(input: $input) {
      initialPassword
      staff { ...StaffAdminDetail }
    }
  }
`);

export const UpdateStaffMutation = graphql(`
  mutation UpdateStaff($id: ID!, $input: StaffInput!) {
    updateStaff(id: $id, input: $input) { ...StaffAdminDetail }
  }
`);

export const DeactivateStaffMutation = graphql(`
  mutation DeactivateStaff($id: ID!) {
    deactivateStaff(id: $id) {
      endedSessions
      revokedTokens
      staff { ...StaffAdminDetail }
    }
  }
`);

export const ReactivateStaffMutation = graphql(`
  mutation ReactivateStaff($id: ID!) {
    reactivateStaff(id: $id) { ...StaffAdminDetail }
  }
`);

export const ResetStaffPasswordMutation = graphql(`
  mutation ResetStaffPassword($id: ID!, $input: ResetStaffPasswordInput!) {
    resetStaffPassword(id: $id, input: $input) {
      initialPassword
      endedSessions
      staff { ...StaffAdminDetail }
    }
  }
`);

export const RevokeStaffApiTokenMutation = graphql(`
  mutation RevokeStaffApiToken($id: ID!) {
    revokeApiToken(id: $id) { id revokedAt }
  }
`);
