import { graphql } from '@/graphql/generated';

/**
 * The member page's GraphQL documents; `npm run codegen` types them from the schema. The page
 * reads them side by side: in one query they would cost more than the API allows.
 */

export const AUDIT_PAGE_SIZE = 50;

/** The member's details as the page's header and details show them. */
export const MemberProfile = graphql(`
  fragment MemberProfile on Member {
    id memberNo lastName firstName englishName displayName gender idCard phone phone2 email birthday address remarks isWalkIn createdAt
    branch { id name currency }
    consultant { id displayName code }
    referrer { id memberNo displayName }
  }
`);

export const MemberPageQuery = graphql(`
  query MemberPage($id: ID!) {
    member(id: $id) { ...MemberProfile }
  }
`);

/** The member's level with its rules, interest groups and custom fields. */
export const MemberLevelDetails = graphql(`
  fragment MemberLevelDetails on Member {
    id
    level { id name discountPercent pointsPer100 topUpBonusPercent upgradeSpendCents upgradeWithinMonths }
    interestGroups { id name }
    customFieldValues { value field { id label type } }
  }
`);

export const MemberPageLevelQuery = graphql(`
  query MemberPageLevel($id: ID!) {
    member(id: $id) { ...MemberLevelDetails }
  }
`);

/** The first page of the member's comments, for the comments panel (which pages and adds them). */
export const MemberPageCommentsQuery = graphql(`
  query MemberPageComments($id: ID!) {
    member(id: $id) { id comments(first: 20) { ...MemberCommentsPage } }
  }
`);

/** One entry of the 記錄 (audit) tab. */
export const MemberAuditEntry = graphql(`
  fragment MemberAuditEntry on AuditLogEntry {
    id action at before after
    actor { id displayName code }
  }
`);

export const MemberAuditPage = graphql(`
  fragment MemberAuditPage on AuditLogEntryConnection {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ...MemberAuditEntry } }
  }
`);

export const MemberPageAuditQuery = graphql(`
  query MemberPageAudit($id: ID!) {
    member(id: $id) { id auditLog(first: 50) { ...MemberAuditPage } }
  }
`);

/** The next page of the audit tab; the cache appends it to the entries shown (relay-style pagination). */
export const MoreMemberAuditQuery = graphql(`
  query MoreMemberAudit($id: ID!, $after: String) {
    member(id: $id) { id auditLog(first: 50, after: $after) { ...MemberAuditPage } }
  }
`);

/** A line of the 聯絡活動 tab: a campaign the member is in, with her salesperson there. */
export const MemberCampaignItem = graphql(`
  fragment MemberCampaignItem on MemberCampaign {
    campaign { id code name }
    salesperson { id displayName code }
  }
`);

export const MemberPageCampaignsQuery = graphql(`
  query MemberPageCampaigns($id: ID!) {
    member(id: $id) { id campaigns(first: 50) { totalCount nodes { ...MemberCampaignItem } } }
  }
`);

export const DeleteMemberMutation = graphql(`
  mutation DeleteMember($id: ID!) {
    deleteMember(id: $id) { id memberNo }
  }
`);
