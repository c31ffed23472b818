import { graphql } from '@/graphql/generated';

/** The member settings pages' GraphQL documents (自訂欄位, 會員級別, 興趣組別, 會員編號); `npm run codegen` types them. */

export const CustomFieldSetting = graphql(`
  fragment CustomFieldSetting on CustomField {
    id
    key
    label
    type
    maxLength
    options
    defaultValue
    required
    sortOrder
    active
  }
`);

export const MemberLevelSetting = graphql(`
  fragment MemberLevelSetting on MemberGroup {
    id
    code
    name
    sortOrder
    isDeletedGroup
    discountPercent
    pointsPer100
    topUpBonusPercent
    upgradeSpendCents
    upgradeWithinMonths
  }
`);

export const InterestGroupSetting = graphql(`
  fragment InterestGroupSetting on InterestGroup {
    id
    code
    name
  }
`);

export const NumberSequenceSetting = graphql(`
  fragment NumberSequenceSetting on MemberNumberSequence {
    id
    scope
    prefix
    digits
    nextValue
  }
`);

/** Server-only lists, read a page of 100 at a time until the end (`nodes`: no client cache to page). */
export const CustomFieldSettingsQuery = graphql(`
  query CustomFieldSettings($after: String) {
    customFields(includeInactive: true, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...CustomFieldSetting }
    }
  }
`);

export const MemberLevelSettingsQuery = graphql(`
  query MemberLevelSettings($after: String) {
    memberGroups(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...MemberLevelSetting }
    }
  }
`);

export const ViewerCurrencyQuery = graphql(`
  query ViewerCurrency {
    viewer { id branch { id currency } }
  }
`);

export const InterestGroupSettingsQuery = graphql(`
  query InterestGroupSettings($after: String) {
    interestGroups(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...InterestGroupSetting }
    }
  }
`);

export const NumberingBranchesQuery = graphql(`
  query NumberingBranches($after: String) {
    branches(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id code name }
    }
  }
`);

export const NumberSequenceSettingsQuery = graphql(`
  query NumberSequenceSettings($after: String) {
    memberNumberSequences(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...NumberSequenceSetting }
    }
  }
`);

export const CreateCustomFieldMutation = graphql(`
  mutation CreateCustomField($input: CustomFieldInput!) {
    createCustomField(input: $input) { ...CustomFieldSetting }
  }
`);

export const UpdateCustomFieldMutation = graphql(`
  mutation UpdateCustomField($id: ID!, $input: CustomFieldInput!) {
    updateCustomField(id: $id, input: $input) { ...CustomFieldSetting }
  }
`);

export const CreateMemberGroupMutation = graphql(`
  mutation CreateMemberGroup($input: MemberGroupInput!) {
    createMemberGroup(input: $input) { ...MemberLevelSetting }
  }
`);

export const UpdateMemberGroupMutation = graphql(`
  mutation UpdateMemberGroup($id: ID!, $input: MemberGroupInput!) {
    updateMemberGroup(id: $id, input: $input) { ...MemberLevelSetting }
  }
`);

export const CreateInterestGroupMutation = graphql(`
  mutation CreateInterestGroup($input: InterestGroupInput!) {
    createInterestGroup(input: $input) { ...InterestGroupSetting }
  }
`);

export const UpdateInterestGroupMutation = graphql(`
  mutation UpdateInterestGroup($id: ID!, $input: InterestGroupInput!) {
    updateInterestGroup(id: $id, input: $input) { ...InterestGroupSetting }
  }
`);

export const SaveMemberNumberSequenceMutation = graphql(`
  mutation SaveMemberNumberSequence($input: MemberNumberSequenceInput!) {
    saveMemberNumberSequence(input: $input) { ...NumberSequenceSetting }
  }
`);
