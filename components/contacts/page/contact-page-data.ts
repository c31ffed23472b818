/** The contact page's GraphQL documents and the shapes they return. */

export type PageOf<T> = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: T[] };

export type Choice = { id: string; label: string; active: boolean };

export type StaffRef = { id: string; displayName: string; login: string };

export type ContactLogItem = {
  id: string;
  contactedAt: string;
  note: string;
  content: string;
  nextFollowUpAt: string | null;
  updatedAt: string;
  canEdit: boolean;
  method: Choice;
  status: Choice;
  updatedBy: StaffRef;
};

export type CommentItem = { id: string; body: string; createdAt: string; author: { displayName: string } | null };

export type FollowUpStateName = 'NOT_FOLLOWED' | 'FOLLOWING' | 'DUE_TODAY' | 'OVERDUE' | 'CLOSED';

export type ContactState = {
  id: string;
  status: Choice;
  lastContactAt: string | null;
  nextFollowUpAt: string | null;
  followUpState: FollowUpStateName;
  followUpClosedAt: string | null;
  followUpClosingNote: string | null;
  logs: PageOf<ContactLogItem>;
};

export type ContactPageData = ContactState & {
  campaign: { id: string; code: string; name: string; offerCode: string | null; analysisCode: string | null };
  member: { id: string; memberNo: string; displayName: string; phone: string | null; phone2: string | null };
  salesperson: StaffRef & { code: string };
  memberRemarks: string | null;
  memberComments: PageOf<CommentItem> | null;
};

export type ContactPageOptions = {
  timeZone: string;
  methods: Choice[];
  statuses: Choice[];
  presetNotes: { id: string; text: string }[];
};

export const LOGS_PAGE_SIZE = 20;

const LOG_FIELDS = 'id contactedAt note content nextFollowUpAt updatedAt canEdit method { id label active } status { id label active } updatedBy { id displayName login }';

const STATE_FIELDS = 'id status { id label active } lastContactAt nextFollowUpAt followUpState followUpClosedAt followUpClosingNote';

export const CONTACT_PAGE_QUERY = `query ContactPage($id: ID!) {
  contactMember(id: $id) {
    ${STATE_FIELDS}
    campaign { id code name offerCode analysisCode }
    member { id memberNo displayName phone phone2 }
    salesperson { id displayName login code }
    memberRemarks
    memberComments(first: 10) { totalCount pageInfo { hasNextPage endCursor } nodes { id body createdAt author { displayName } } }
    logs(first: 20) { totalCount pageInfo { hasNextPage endCursor } nodes { ${LOG_FIELDS} } }
  }
}`;

export const CONTACT_PAGE_OPTIONS_QUERY = `query ContactPageOptions {
  viewer { id branch { id timeZone } }
  contactMethods(includeInactive: true, first: 100) { nodes { id label active } }
  contactStatuses(includeInactive: true, first: 100) { nodes { id label active } }
  presetNotes(first: 100) { nodes { id text } }
}`;

/** After a change: the contact member's state and the first pages of logs the page already shows. */
export const CONTACT_STATE_QUERY = `query ContactPageState($id: ID!, $first: Int!) {
  contactMember(id: $id) {
    ${STATE_FIELDS}
    logs(first: $first) { totalCount pageInfo { hasNextPage endCursor } nodes { ${LOG_FIELDS} } }
  }
}`;

export const MORE_LOGS_QUERY = `query MoreContactLogs($id: ID!, $after: String) {
  contactMember(id: $id) { id logs(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${LOG_FIELDS} } } }
}`;

export const MORE_MEMBER_COMMENTS_QUERY = `query MoreContactMemberComments($id: ID!, $after: String) {
  contactMember(id: $id) { id memberComments(first: 10, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id body createdAt author { displayName } } } }
}`;

export const ADD_CONTACT_LOG = `mutation AddContactLog($input: ContactLogInput!) {
  addContactLog(input: $input) { id }
}`;

export const UPDATE_CONTACT_LOG = `mutation UpdateContactLog($id: ID!, $input: ContactLogUpdateInput!) {
  updateContactLog(id: $id, input: $input) { id }
}`;

export const DELETE_CONTACT_LOG = `mutation DeleteContactLog($id: ID!) {
  deleteContactLog(id: $id)
}`;

export const END_FOLLOW_UP = `mutation EndFollowUp($contactMemberId: ID!, $closingNote: String!) {
  endFollowUp(contactMemberId: $contactMemberId, closingNote: $closingNote) { id followUpState followUpClosedAt followUpClosingNote }
}`;
