/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ContactMethodChoice on ContactMethod {\n    id\n    label\n    active\n  }\n": typeof types.ContactMethodChoiceFragmentDoc,
    "\n  fragment ContactStatusChoice on ContactStatus {\n    id\n    label\n    active\n  }\n": typeof types.ContactStatusChoiceFragmentDoc,
    "\n  fragment ContactLogItem on ContactLog {\n    id\n    contactedAt\n    note\n    content\n    nextFollowUpAt\n    updatedAt\n    canEdit\n    method { ...ContactMethodChoice }\n    status { ...ContactStatusChoice }\n    updatedBy { id displayName login }\n  }\n": typeof types.ContactLogItemFragmentDoc,
    "\n  fragment ContactLogPage on ContactLogConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { ...ContactLogItem } }\n  }\n": typeof types.ContactLogPageFragmentDoc,
    "\n  fragment MemberCommentPage on MemberCommentConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { id body createdAt author { id displayName } } }\n  }\n": typeof types.MemberCommentPageFragmentDoc,
    "\n  fragment ContactState on ContactMember {\n    id\n    status { ...ContactStatusChoice }\n    lastContactAt\n    nextFollowUpAt\n    followUpState\n    followUpClosedAt\n    followUpClosingNote\n  }\n": typeof types.ContactStateFragmentDoc,
    "\n  query ContactPage($id: ID!) {\n    contactMember(id: $id) {\n      ...ContactState\n      campaign { id code name offerCode analysisCode }\n      member { id memberNo displayName phone phone2 }\n      salesperson { id displayName login code }\n      memberRemarks\n      logs(first: 20) { ...ContactLogPage }\n    }\n  }\n": typeof types.ContactPageDocument,
    "\n  query ContactPageOptions {\n    viewer { id branch { id timeZone } }\n    contactMethods(includeInactive: true, first: 100) { nodes { ...ContactMethodChoice } }\n    contactStatuses(includeInactive: true, first: 100) { nodes { ...ContactStatusChoice } }\n    presetNotes(first: 100) { nodes { id text } }\n  }\n": typeof types.ContactPageOptionsDocument,
    "\n  query ContactPageState($id: ID!, $first: Int!) {\n    contactMember(id: $id) {\n      ...ContactState\n      logs(first: $first) { ...ContactLogPage }\n    }\n  }\n": typeof types.ContactPageStateDocument,
    "\n  query MoreContactLogs($id: ID!, $after: String) {\n    contactMember(id: $id) { id logs(first: 20, after: $after) { ...ContactLogPage } }\n  }\n": typeof types.MoreContactLogsDocument,
    "\n  query ContactMemberComments($id: ID!, $after: String) {\n    contactMember(id: $id) { id memberComments(first: 10, after: $after) { ...MemberCommentPage } }\n  }\n": typeof types.ContactMemberCommentsDocument,
    "\n  mutation AddContactLog($input: ContactLogInput!) {\n    addContactLog(input: $input) { id }\n  }\n": typeof types.AddContactLogDocument,
    "\n  mutation UpdateContactLog($id: ID!, $input: ContactLogUpdateInput!) {\n    updateContactLog(id: $id, input: $input) { ...ContactLogItem }\n  }\n": typeof types.UpdateContactLogDocument,
    "\n  mutation DeleteContactLog($id: ID!) {\n    deleteContactLog(id: $id)\n  }\n": typeof types.DeleteContactLogDocument,
    "\n  mutation EndFollowUp($contactMemberId: ID!, $closingNote: String!) {\n    endFollowUp(contactMemberId: $contactMemberId, closingNote: $closingNote) { ...ContactState }\n  }\n": typeof types.EndFollowUpDocument,
};
const documents: Documents = {
    "\n  fragment ContactMethodChoice on ContactMethod {\n    id\n    label\n    active\n  }\n": types.ContactMethodChoiceFragmentDoc,
    "\n  fragment ContactStatusChoice on ContactStatus {\n    id\n    label\n    active\n  }\n": types.ContactStatusChoiceFragmentDoc,
    "\n  fragment ContactLogItem on ContactLog {\n    id\n    contactedAt\n    note\n    content\n    nextFollowUpAt\n    updatedAt\n    canEdit\n    method { ...ContactMethodChoice }\n    status { ...ContactStatusChoice }\n    updatedBy { id displayName login }\n  }\n": types.ContactLogItemFragmentDoc,
    "\n  fragment ContactLogPage on ContactLogConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { ...ContactLogItem } }\n  }\n": types.ContactLogPageFragmentDoc,
    "\n  fragment MemberCommentPage on MemberCommentConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { id body createdAt author { id displayName } } }\n  }\n": types.MemberCommentPageFragmentDoc,
    "\n  fragment ContactState on ContactMember {\n    id\n    status { ...ContactStatusChoice }\n    lastContactAt\n    nextFollowUpAt\n    followUpState\n    followUpClosedAt\n    followUpClosingNote\n  }\n": types.ContactStateFragmentDoc,
    "\n  query ContactPage($id: ID!) {\n    contactMember(id: $id) {\n      ...ContactState\n      campaign { id code name offerCode analysisCode }\n      member { id memberNo displayName phone phone2 }\n      salesperson { id displayName login code }\n      memberRemarks\n      logs(first: 20) { ...ContactLogPage }\n    }\n  }\n": types.ContactPageDocument,
    "\n  query ContactPageOptions {\n    viewer { id branch { id timeZone } }\n    contactMethods(includeInactive: true, first: 100) { nodes { ...ContactMethodChoice } }\n    contactStatuses(includeInactive: true, first: 100) { nodes { ...ContactStatusChoice } }\n    presetNotes(first: 100) { nodes { id text } }\n  }\n": types.ContactPageOptionsDocument,
    "\n  query ContactPageState($id: ID!, $first: Int!) {\n    contactMember(id: $id) {\n      ...ContactState\n      logs(first: $first) { ...ContactLogPage }\n    }\n  }\n": types.ContactPageStateDocument,
    "\n  query MoreContactLogs($id: ID!, $after: String) {\n    contactMember(id: $id) { id logs(first: 20, after: $after) { ...ContactLogPage } }\n  }\n": types.MoreContactLogsDocument,
    "\n  query ContactMemberComments($id: ID!, $after: String) {\n    contactMember(id: $id) { id memberComments(first: 10, after: $after) { ...MemberCommentPage } }\n  }\n": types.ContactMemberCommentsDocument,
    "\n  mutation AddContactLog($input: ContactLogInput!) {\n    addContactLog(input: $input) { id }\n  }\n": types.AddContactLogDocument,
    "\n  mutation UpdateContactLog($id: ID!, $input: ContactLogUpdateInput!) {\n    updateContactLog(id: $id, input: $input) { ...ContactLogItem }\n  }\n": types.UpdateContactLogDocument,
    "\n  mutation DeleteContactLog($id: ID!) {\n    deleteContactLog(id: $id)\n  }\n": types.DeleteContactLogDocument,
    "\n  mutation EndFollowUp($contactMemberId: ID!, $closingNote: String!) {\n    endFollowUp(contactMemberId: $contactMemberId, closingNote: $closingNote) { ...ContactState }\n  }\n": types.EndFollowUpDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactMethodChoice on ContactMethod {\n    id\n    label\n    active\n  }\n"): (typeof documents)["\n  fragment ContactMethodChoice on ContactMethod {\n    id\n    label\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactStatusChoice on ContactStatus {\n    id\n    label\n    active\n  }\n"): (typeof documents)["\n  fragment ContactStatusChoice on ContactStatus {\n    id\n    label\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactLogItem on ContactLog {\n    id\n    contactedAt\n    note\n    content\n    nextFollowUpAt\n    updatedAt\n    canEdit\n    method { ...ContactMethodChoice }\n    status { ...ContactStatusChoice }\n    updatedBy { id displayName login }\n  }\n"): (typeof documents)["\n  fragment ContactLogItem on ContactLog {\n    id\n    contactedAt\n    note\n    content\n    nextFollowUpAt\n    updatedAt\n    canEdit\n    method { ...ContactMethodChoice }\n    status { ...ContactStatusChoice }\n    updatedBy { id displayName login }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactLogPage on ContactLogConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { ...ContactLogItem } }\n  }\n"): (typeof documents)["\n  fragment ContactLogPage on ContactLogConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { ...ContactLogItem } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberCommentPage on MemberCommentConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { id body createdAt author { id displayName } } }\n  }\n"): (typeof documents)["\n  fragment MemberCommentPage on MemberCommentConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { id body createdAt author { id displayName } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactState on ContactMember {\n    id\n    status { ...ContactStatusChoice }\n    lastContactAt\n    nextFollowUpAt\n    followUpState\n    followUpClosedAt\n    followUpClosingNote\n  }\n"): (typeof documents)["\n  fragment ContactState on ContactMember {\n    id\n    status { ...ContactStatusChoice }\n    lastContactAt\n    nextFollowUpAt\n    followUpState\n    followUpClosedAt\n    followUpClosingNote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactPage($id: ID!) {\n    contactMember(id: $id) {\n      ...ContactState\n      campaign { id code name offerCode analysisCode }\n      member { id memberNo displayName phone phone2 }\n      salesperson { id displayName login code }\n      memberRemarks\n      logs(first: 20) { ...ContactLogPage }\n    }\n  }\n"): (typeof documents)["\n  query ContactPage($id: ID!) {\n    contactMember(id: $id) {\n      ...ContactState\n      campaign { id code name offerCode analysisCode }\n      member { id memberNo displayName phone phone2 }\n      salesperson { id displayName login code }\n      memberRemarks\n      logs(first: 20) { ...ContactLogPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactPageOptions {\n    viewer { id branch { id timeZone } }\n    contactMethods(includeInactive: true, first: 100) { nodes { ...ContactMethodChoice } }\n    contactStatuses(includeInactive: true, first: 100) { nodes { ...ContactStatusChoice } }\n    presetNotes(first: 100) { nodes { id text } }\n  }\n"): (typeof documents)["\n  query ContactPageOptions {\n    viewer { id branch { id timeZone } }\n    contactMethods(includeInactive: true, first: 100) { nodes { ...ContactMethodChoice } }\n    contactStatuses(includeInactive: true, first: 100) { nodes { ...ContactStatusChoice } }\n    presetNotes(first: 100) { nodes { id text } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactPageState($id: ID!, $first: Int!) {\n    contactMember(id: $id) {\n      ...ContactState\n      logs(first: $first) { ...ContactLogPage }\n    }\n  }\n"): (typeof documents)["\n  query ContactPageState($id: ID!, $first: Int!) {\n    contactMember(id: $id) {\n      ...ContactState\n      logs(first: $first) { ...ContactLogPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoreContactLogs($id: ID!, $after: String) {\n    contactMember(id: $id) { id logs(first: 20, after: $after) { ...ContactLogPage } }\n  }\n"): (typeof documents)["\n  query MoreContactLogs($id: ID!, $after: String) {\n    contactMember(id: $id) { id logs(first: 20, after: $after) { ...ContactLogPage } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactMemberComments($id: ID!, $after: String) {\n    contactMember(id: $id) { id memberComments(first: 10, after: $after) { ...MemberCommentPage } }\n  }\n"): (typeof documents)["\n  query ContactMemberComments($id: ID!, $after: String) {\n    contactMember(id: $id) { id memberComments(first: 10, after: $after) { ...MemberCommentPage } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContactLog($input: ContactLogInput!) {\n    addContactLog(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation AddContactLog($input: ContactLogInput!) {\n    addContactLog(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContactLog($id: ID!, $input: ContactLogUpdateInput!) {\n    updateContactLog(id: $id, input: $input) { ...ContactLogItem }\n  }\n"): (typeof documents)["\n  mutation UpdateContactLog($id: ID!, $input: ContactLogUpdateInput!) {\n    updateContactLog(id: $id, input: $input) { ...ContactLogItem }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContactLog($id: ID!) {\n    deleteContactLog(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteContactLog($id: ID!) {\n    deleteContactLog(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndFollowUp($contactMemberId: ID!, $closingNote: String!) {\n    endFollowUp(contactMemberId: $contactMemberId, closingNote: $closingNote) { ...ContactState }\n  }\n"): (typeof documents)["\n  mutation EndFollowUp($contactMemberId: ID!, $closingNote: String!) {\n    endFollowUp(contactMemberId: $contactMemberId, closingNote: $closingNote) { ...ContactState }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;