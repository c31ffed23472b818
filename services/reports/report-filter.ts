/**
 * The filters every contact report takes (會員 > 報告): ids parsed, empty values dropped. Pure:
 * the query is built in report-query.service.ts, the GraphQL input in resolvers/reports.
 */
export type ReportFilter = {
  /** Branches of the responsible salespeople (分店). */
  branchIds?: number[];
  /** 活動: several campaigns. */
  campaignIds?: number[];
  /** 銷售組別: the responsible salespeople's sales groups. */
  salesGroupIds?: number[];
  /** 銷售員. */
  salespersonIds?: number[];
  /** 會員組別: the members' groups. */
  memberGroupIds?: number[];
  /** First salon day (YYYY-MM-DD) of the contact range: a contact member counts when it has any contact log in the range. */
  contactedFrom?: string;
  /** Last salon day (YYYY-MM-DD), inclusive. */
  contactedTo?: string;
};

/** The four groupings of 聯絡活動分析. */
export const CAMPAIGN_ANALYSIS_VIEWS = ['CAMPAIGN', 'BRANCH', 'SALESPERSON', 'MEMBER'] as const;
export type CampaignAnalysisView = (typeof CAMPAIGN_ANALYSIS_VIEWS)[number];

/** Drops undefined and empty values, so equal filters compare (and serialise) equal. */
export function compactReportFilter(filter: ReportFilter): ReportFilter {
  const out: ReportFilter = {};
  for (const [key, value] of Object.entries(filter) as Array<[keyof ReportFilter, unknown]>) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
