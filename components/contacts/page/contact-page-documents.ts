import { graphql } from '@/graphql/generated';
import type { ContactMethodChoiceFragment, ContactStatusChoiceFragment } from '@/graphql/generated/graphql';

/** The contact page's GraphQL documents; `npm run codegen` types them from the schema. */

/** A contact method or status as the form and the history show it. */
export type Choice = ContactMethodChoiceFragment | ContactStatusChoiceFragment;

export const LOGS_PAGE_SIZE = 20;

export const ContactMethodChoice = graphql(`
  fragment ContactMethodChoice on ContactMethod {
    id
    label
    active
  }
`);

export const ContactStatusChoice = graphql(`
  fragment ContactStatusChoice on ContactStatus {
    id
    label
    active
  }
`);

export const ContactLogItem = graphql(`
  fragment ContactLogItem on ContactLog {
    id
    contactedAt
    note
    content
    nextFollowUpAt
    updatedAt
    canEdit
    method { ...ContactMethodChoice }
    status { ...ContactStatusChoice }
    updatedBy { id displayName login }
  }
`);

export const ContactLogPage = graphql(`
  fragment ContactLogPage on ContactLogConnection {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ...ContactLogItem } }
  }
`);

export const MemberCommentPage = graphql(`
  fragment MemberCommentPage on MemberCommentConnection {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id body createdAt author { id displayName } } }
  }
`);

/** Where the contact stands: what the header and the follow-up panel show, and every change reloads. */
export const ContactState = graphql(`
  fragment ContactState on ContactMember {
    id
    status { ...ContactStatusChoice }
    lastContactAt
    nextFollowUpAt
    followUpState
    followUpClosedAt
    followUpClosingNote
  }
`);

export const ContactPageQuery = graphql(`
  query ContactPage($id: ID!) {
    contactMember(id: $id) {
      ...ContactState
      campaign { id code name offerCode analysisCode }
      member { id memberNo displayName phone phone2 }
      salesperson { id displayName login code }
      memberRemarks
      logs(first: 20) { ...ContactLogPage }
    }
  }
`);

export const ContactPageOptionsQuery = graphql(`
  query ContactPageOptions {
    viewer { id branch { id timeZone } }
    contactMethods(includeInactive: true, first: 100) { nodes { ...ContactMethodChoice } }
    contactStatuses(includeInactive: true, first: 100) { nodes { ...ContactStatusChoice } }
    presetNotes(first: 100) { nodes { id text } }
  }
`);

/** After a change: the contact member's state and the first pages of logs the page already shows. */
export const ContactPageStateQuery = graphql(`
  query ContactPageState($id: ID!, $first: Int!) {
    contactMember(id: $id) {
      ...ContactState
      logs(first: $first) { ...ContactLogPage }
    }
  }
`);

export const MoreContactLogsQuery = graphql(`
  query MoreContactLogs($id: ID!, $after: String) {
    contactMember(id: $id) { id logs(first: 20, after: $after) { ...ContactLogPage } }
  }
`);

/**
 * The member's comments, a page at a time (its own query: with the page's logs in one document the
 * query would cost more than the API allows).
 */
export const ContactMemberCommentsQuery = graphql(`
  query ContactMemberComments($id: ID!, $after: String) {
    contactMember(id: $id) { id memberComments(first: 10, after: $after) { ...MemberCommentPage } }
  }
`);

export const AddContactLogMutation = graphql(`
  mutation AddContactLog($input: ContactLogInput!) {
    addContactLog(input: $input) { id }
  }
`);

export const UpdateContactLogMutation = graphql(`
  mutation UpdateContactLog($id: ID!, $input: ContactLogUpdateInput!) {
    updateContactLog(id: $id, input: $input) { ...ContactLogItem }
  }
`);

export const DeleteContactLogMutation = graphql(`
  mutation DeleteContactLog($id: ID!) {
    deleteContactLog(id: $id)
  }
`);

export const EndFollowUpMutation = graphql(`
  mutation EndFollowUp($contactMemberId: ID!, $closingNote: String!) {
    endFollowUp(contactMemberId: $contactMemberId, closingNote: $closingNote) { ...ContactState }
  }
`);

/** The booking block of the contact page (the manual's 預約 columns): the appointment booked from the contact. */
export const ContactBookingDetails = graphql(`
  fragment ContactBookingDetails on Appointment {
    id
    startsAt
    endsAt
    status
    note
    attendanceNote
    verificationNote
    verifiedAt
    branch { id code name timeZone }
    verifiedBy { id displayName code }
    beautician { id displayName code }
    treatment { id code name }
  }
`);
