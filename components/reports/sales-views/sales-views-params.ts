/**
 * The URLs of 統計分析's campaign views: 活動回報 keeps the contact reports' filter parameters plus
 * `days`; its drill-through adds the campaign; 會員消費排名 takes `from`, `to` and `branch`. Pure.
 */
import { appendReportFilter, isId, one, parseReportFilter, type QueryRecord, type ReportFilterInput } from '../report-filter';

export const CAMPAIGN_RETURN_PATH = '/reports/sales/campaign-return';
export const RANKING_PATH = '/reports/sales/ranking';
export const DEFAULT_DAYS = 30;
export const MAX_DAYS = 366;

export type CampaignReturnState = { days: number; filter: ReportFilterInput };

/** The window a URL asks for: a whole number of days within 1–366, else the default. */
export function parseDays(value: string | string[] | undefined): number {
  const raw = one(value);
  const days = raw !== undefined && /^\d{1,3}$/.test(raw) ? Number(raw) : Number.NaN;
  return days >= 1 && days <= MAX_DAYS ? days : DEFAULT_DAYS;
}

export function parseCampaignReturn(query: QueryRecord): CampaignReturnState {
  return { days: parseDays(query.days), filter: parseReportFilter(query) };
}

export function campaignReturnQueryString(state: CampaignReturnState): string {
  const params = new URLSearchParams({ days: String(state.days) });
  appendReportFilter(params, state.filter);
  return params.toString();
}

export const campaignReturnHref = (state: CampaignReturnState) => `${CAMPAIGN_RETURN_PATH}?${campaignReturnQueryString(state)}`;

/** The drill-through page of one campaign's row, with the report's window and filters. */
export const campaignInvoicesHref = (campaignId: string, state: CampaignReturnState) => `${CAMPAIGN_RETURN_PATH}/${campaignId}?${campaignReturnQueryString(state)}`;

export const campaignReturnExportHref = (state: CampaignReturnState, locale: string) =>
  `/api/reports/sales/campaign-return/export?${new URLSearchParams({ days: String(state.days), filter: JSON.stringify(state.filter), locale }).toString()}`;

export type RankingState = { from?: string; to?: string; branchIds: string[] };

const isDate = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

export function parseRanking(query: QueryRecord): RankingState {
  const branches = query.branch === undefined ? [] : Array.isArray(query.branch) ? query.branch : [query.branch];
  return { from: isDate(one(query.from)), to: isDate(one(query.to)), branchIds: [...new Set(branches.filter(isId))] };
}

export function rankingQueryString(state: RankingState): string {
  const params = new URLSearchParams();
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  state.branchIds.forEach((id) => params.append('branch', id));
  return params.toString();
}

export const rankingHref = (state: RankingState) => {
  const query = rankingQueryString(state);
  return query ? `${RANKING_PATH}?${query}` : RANKING_PATH;
};

export const rankingExportHref = (state: RankingState, locale: string) => {
  const params = new URLSearchParams(rankingQueryString(state));
  params.set('locale', locale);
  return `/api/reports/sales/ranking/export?${params.toString()}`;
};

/** The API's filter for a ranking state (absent dates: the server's month so far). */
export function rankingFilter(state: RankingState): { from?: string; to?: string; branchIds?: string[] } {
  return { ...(state.from ? { from: state.from } : {}), ...(state.to ? { to: state.to } : {}), ...(state.branchIds.length ? { branchIds: state.branchIds } : {}) };
}
