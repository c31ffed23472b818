import type { AuditItem, CampaignItem, CommentItem, PageOf, StaffRef } from './types';

/**
 * What the member page shows, in five operations run side by side: in one they would exceed the
 * API's query cost limit.
 */
export const MEMBER_PAGE_QUERY = `query MemberPage($id: ID!) {
  member(id: $id) {
    id memberNo lastName firstName englishName displayName gender idCard phone phone2 email birthday address remarks isWalkIn createdAt
    branch { id name currency }
    consultant { id displayName code }
    referrer { id memberNo displayName }
  }
}`;

export const MEMBER_LEVEL_QUERY = `query MemberPageLevel($id: ID!) {
  member(id: $id) {
    level { id name discountPercent pointsPer100 topUpBonusPercent upgradeSpendCents upgradeWithinMonths }
    interestGroups { id name }
    customFieldValues { value field { id label type } }
  }
}`;

export const MEMBER_COMMENTS_QUERY = `query MemberPageComments($id: ID!) {
  member(id: $id) { comments(first: 20) { totalCount pageInfo { hasNextPage endCursor } nodes { id body createdAt author { displayName } } } }
}`;

export const MEMBER_AUDIT_QUERY = `query MemberPageAudit($id: ID!) {
  member(id: $id) { auditLog(first: 50) { totalCount pageInfo { hasNextPage endCursor } nodes { id action at before after actor { id displayName code } } } }
}`;

export const MEMBER_CAMPAIGNS_QUERY = `query MemberPageCampaigns($id: ID!) {
  member(id: $id) { campaigns(first: 50) { totalCount pageInfo { hasNextPage endCursor } nodes { campaign { id code name } salesperson { id displayName code } } } }
}`;

export type MemberPageData = {
  id: string;
  memberNo: string;
  lastName: string;
  firstName: string;
  englishName: string | null;
  displayName: string;
  gender: 'FEMALE' | 'MALE' | 'UNKNOWN';
  idCard: string | null;
  phone: string | null;
  phone2: string | null;
  email: string | null;
  birthday: string | null;
  address: string | null;
  remarks: string | null;
  isWalkIn: boolean;
  createdAt: string;
  branch: { id: string; name: string; currency: string };
  consultant: StaffRef | null;
  referrer: { id: string; memberNo: string; displayName: string } | null;
  level: {
    id: string;
    name: string;
    discountPercent: number;
    pointsPer100: number;
    topUpBonusPercent: number;
    upgradeSpendCents: number | null;
    upgradeWithinMonths: number;
  };
  interestGroups: { id: string; name: string }[];
  customFieldValues: { value: string; field: { id: string; label: string; type: string } }[];
};

export type MemberHistoryData = Pick<MemberPageData, 'level' | 'interestGroups' | 'customFieldValues'> & {
  comments: PageOf<CommentItem>;
  auditLog: PageOf<AuditItem>;
  campaigns: PageOf<CampaignItem>;
};

/** The member's fields the edit and convert forms start from (no history). */
export const MEMBER_FORM_QUERY = `query MemberFormData($id: ID!) {
  member(id: $id) {
    id memberNo lastName firstName englishName displayName gender idCard phone phone2 email birthday address remarks isWalkIn
    branch { id }
    group { id }
    consultant { id displayName code }
    referrer { id memberNo displayName }
    interestGroups { id }
    customFieldValues { value field { id } }
  }
}`;

export type MemberFormData = Pick<
  MemberPageData,
  'id' | 'memberNo' | 'lastName' | 'firstName' | 'englishName' | 'displayName' | 'gender' | 'idCard' | 'phone' | 'phone2' | 'email' | 'birthday' | 'address' | 'remarks' | 'isWalkIn' | 'consultant' | 'referrer'
> & {
  branch: { id: string };
  group: { id: string };
  interestGroups: { id: string }[];
  customFieldValues: { value: string; field: { id: string } }[];
};
