import type { Gender } from './gender';

/** Campaign membership as the seed's "會員在 / 會員不在" lists offer it. */
export type CampaignPresence = { kind: 'any' } | { kind: 'none' } | { kind: 'campaign'; campaignId: number };

/**
 * Every filter of the member search (seed 000 "會員基本搜尋" plus phone, birthday month, join date,
 * interest group, walk-ins and custom fields). Absent means "all". Plain data: it is stored with
 * saved selections and sent by the UI and the API alike.
 */
export type MemberFilter = {
  /** 加入分店: the branch the member joined. */
  branchIds?: number[];
  /** 會員組別. Members of the Deleted group appear only when that group is among these. */
  groupIds?: number[];
  /** 會員編號: prefix of the member number. */
  memberNo?: string;
  /** 名稱: prefix of the name in either order, or of the English name. */
  name?: string;
  /** 身份證: prefix of the ID card number. */
  idCard?: string;
  /** 性別. */
  gender?: Gender;
  /** Prefix of either phone number (digits only). */
  phone?: string;
  /** Birthday month, 1–12. */
  birthMonth?: number;
  /** Joined on or after this date (YYYY-MM-DD, UTC). */
  joinedFrom?: string;
  /** Joined on or before this date (YYYY-MM-DD, UTC). */
  joinedTo?: string;
  /** Member of at least one of these interest groups. */
  interestGroupIds?: number[];
  /** 會員在: in any campaign, in none, or in this one. */
  inCampaign?: CampaignPresence;
  /** 會員不在: not in this campaign (or not in any / not in none). */
  notInCampaign?: CampaignPresence;
  /** 活動銷售員: assigned to this salesperson in some campaign (or in `inCampaign`'s campaign). */
  campaignSalespersonId?: number;
  /** Walk-ins only, members only, or both (the default). */
  kind?: 'all' | 'members' | 'walkIns';
  /** Custom field values; the search service sets `match` to 'prefix' for text fields, 'exact' otherwise. */
  customFields?: Array<{ fieldId: number; value: string; match?: 'exact' | 'prefix' }>;
};
