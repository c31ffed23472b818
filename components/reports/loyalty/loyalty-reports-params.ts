/**
 * The URLs of 會員積分 報告 (/reports/loyalty and its tabs): `branch` (repeated) on every tab, and
 * on the movements tab `from`, `to` and `period`. Pure: the pages, the export link and the tests share it.
 */
import { isId, one, type QueryRecord } from '../report-filter';

export type LoyaltyTab = 'ranking' | 'movements' | 'liability';
export type LoyaltyPeriod = 'DAY' | 'MONTH';

/** The tabs in order, each a route. */
export const LOYALTY_REPORT_TABS: readonly { item: LoyaltyTab; href: string }[] = [
  { item: 'ranking', href: '/reports/loyalty' },
  { item: 'movements', href: '/reports/loyalty/movements' },
  { item: 'liability', href: '/reports/loyalty/liability' },
];

export type LoyaltyReportState = { branchIds: string[]; from?: string; to?: string; period?: LoyaltyPeriod };

const isDate = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

export function parseLoyaltyReport(query: QueryRecord): LoyaltyReportState {
  const branches = query.branch === undefined ? [] : Array.isArray(query.branch) ? query.branch : [query.branch];
  const period = one(query.period);
  return {
    branchIds: [...new Set(branches.filter(isId))],
    from: isDate(one(query.from)),
    to: isDate(one(query.to)),
    period: period === 'DAY' || period === 'MONTH' ? period : undefined,
  };
}

export function loyaltyQueryString(state: LoyaltyReportState): string {
  const params = new URLSearchParams();
  state.branchIds.forEach((id) => params.append('branch', id));
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.period) params.set('period', state.period);
  return params.toString();
}

export function loyaltyHref(tab: LoyaltyTab, state: LoyaltyReportState): string {
  const path = LOYALTY_REPORT_TABS.find((t) => t.item === tab)!.href;
  const query = loyaltyQueryString(tab === 'movements' ? state : { branchIds: state.branchIds });
  return query ? `${path}?${query}` : path;
}

/** The Excel download of a tab with the same filters, in the viewer's language. */
export function loyaltyExportHref(tab: LoyaltyTab, state: LoyaltyReportState, locale: string): string {
  const params = new URLSearchParams({ report: tab });
  new URLSearchParams(loyaltyQueryString(tab === 'movements' ? state : { branchIds: state.branchIds })).forEach((value, key) => params.append(key, value));
  params.set('locale', locale);
  return `/api/reports/loyalty/export?${params.toString()}`;
}

/** The API's filters for a state. */
export const branchesFilter = (state: LoyaltyReportState) => (state.branchIds.length ? { branchIds: state.branchIds } : {});

export function movementsFilter(state: LoyaltyReportState): { from?: string; to?: string; period?: LoyaltyPeriod; branchIds?: string[] } {
  return { ...(state.from ? { from: state.from } : {}), ...(state.to ? { to: state.to } : {}), ...(state.period ? { period: state.period } : {}), ...branchesFilter(state) };
}
