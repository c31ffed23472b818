import { graphql } from '@/graphql/generated';

/**
 * The member forms' GraphQL documents (registration, edit, walk-in conversion, the walk-in quick
 * form, comments); `npm run codegen` types them from the schema. One query per option list: the
 * four together would exceed the API's query cost limit.
 */

export const FormBranchesQuery = graphql(`
  query FormBranches {
    branches(first: 100) { nodes { id name timeZone } }
  }
`);

export const FormMemberGroupsQuery = graphql(`
  query FormMemberGroups {
    memberGroups(first: 100) { nodes { id name isDeletedGroup } }
  }
`);

export const FormInterestGroupsQuery = graphql(`
  query FormInterestGroups {
    interestGroups(first: 100) { nodes { id name } }
  }
`);

/** A custom field as the form shows and checks it. */
export const MemberFormCustomField = graphql(`
  fragment MemberFormCustomField on CustomField {
    id
    key
    label
    type
    maxLength
    options
    defaultValue
    required
  }
`);

export const FormCustomFieldsQuery = graphql(`
  query FormCustomFields {
    customFields(first: 100) { nodes { ...MemberFormCustomField } }
  }
`);

/** A member as the duplicate-phone warning and the referrer picker list her. */
export const MemberSummary = graphql(`
  fragment MemberSummary on Member {
    id
    memberNo
    displayName
    phone
    branch { id name }
  }
`);

/** The member's fields the edit and convert forms start from (no history). */
export const MemberFormMember = graphql(`
  fragment MemberFormMember on Member {
    id
    memberNo
    lastName
    firstName
    englishName
    displayName
    gender
    idCard
    phone
    phone2
    email
    birthday
    address
    remarks
    isWalkIn
    branch { id }
    group { id }
    consultant { id displayName code }
    referrer { ...MemberSummary }
    interestGroups { id }
    customFieldValues { value field { id } }
  }
`);

export const MemberFormDataQuery = graphql(`
  query MemberFormData($id: ID!) {
    member(id: $id) { ...MemberFormMember }
  }
`);

export const ConsultantsQuery = graphql(`
  query Consultants($branchId: ID!) {
    staffMembers(branchId: $branchId, first: 100) { nodes { id displayName code } }
  }
`);

export const DuplicatePhoneQuery = graphql(`
  query DuplicatePhone($phone: String!, $excludeMemberId: ID) {
    duplicatePhoneMembers(phone: $phone, excludeMemberId: $excludeMemberId, first: 10) {
      totalCount
      nodes { ...MemberSummary }
    }
  }
`);

export const ReferrerLookupQuery = graphql(`
  query ReferrerLookup($term: String!) {
    quickLookup(term: $term, first: 6) { nodes { ...MemberSummary } }
  }
`);

/** What a saved member's page needs first; the page reads the rest itself. */
export const SavedMember = graphql(`
  fragment SavedMember on Member {
    id
    memberNo
  }
`);

export const RegisterMemberMutation = graphql(`
  mutation RegisterMember($input: RegisterMemberInput!) {
    registerMember(input: $input) { ...SavedMember }
  }
`);

export const UpdateMemberMutation = graphql(`
  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {
    updateMember(id: $id, input: $input) { ...SavedMember }
  }
`);

export const ConvertWalkInMutation = graphql(`
  mutation ConvertWalkIn($id: ID!, $input: RegisterMemberInput!) {
    convertWalkIn(id: $id, input: $input) { ...SavedMember }
  }
`);

export const CreateWalkInMutation = graphql(`
  mutation CreateWalkIn($input: CreateWalkInInput!) {
    createWalkIn(input: $input) { ...SavedMember }
  }
`);

/** A comment as the member page's comment list shows it. */
export const MemberCommentItem = graphql(`
  fragment MemberCommentItem on MemberComment {
    id
    body
    createdAt
    author { displayName }
  }
`);

export const MemberCommentsPage = graphql(`
  fragment MemberCommentsPage on MemberCommentConnection {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ...MemberCommentItem }
  }
`);

export const MoreMemberCommentsQuery = graphql(`
  query MoreMemberComments($id: ID!, $after: String) {
    member(id: $id) { id comments(first: 20, after: $after) { ...MemberCommentsPage } }
  }
`);

export const AddMemberCommentMutation = graphql(`
  mutation AddMemberComment($memberId: ID!, $body: String!) {
    addMemberComment(memberId: $memberId, body: $body) { ...MemberCommentItem }
  }
`);
