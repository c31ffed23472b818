/**
 * The URLs of 預付 報告 (/reports/prepaid and /reports/prepaid/revenue): `branch` (repeated) on
 * both, `asOf` and `member` on the liability, `from`, `to` and `period` on the revenue. Pure: the
 * pages, the export link and the tests share it.
 */
import { isId, one, type QueryRecord } from '../report-filter';

export type PrepaidTab = 'liability' | 'revenue';
export type PrepaidPeriod = 'DAY' | 'MONTH';

/** The tabs in order, each a route. */
export const PREPAID_REPORT_TABS: readonly { item: PrepaidTab; href: string }[] = [
  { item: 'liability', href: '/reports/prepaid' },
  { item: 'revenue', href: '/reports/prepaid/revenue' },
];

export type PrepaidReportState = { branchIds: string[]; asOf?: string; memberId?: string; from?: string; to?: string; period?: PrepaidPeriod };

const isDate = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

export function parsePrepaidReport(query: QueryRecord): PrepaidReportState {
  const branches = query.branch === undefined ? [] : Array.isArray(query.branch) ? query.branch : [query.branch];
  const period = one(query.period);
  const member = one(query.member);
  return {
    branchIds: [...new Set(branches.filter(isId))],
    asOf: isDate(one(query.asOf)),
    memberId: member && isId(member) ? member : undefined,
    from: isDate(one(query.from)),
    to: isDate(one(query.to)),
    period: period === 'DAY' || period === 'MONTH' ? period : undefined,
  };
}

/** The state's parameters that belong to a tab, as a query string. */
export function prepaidQueryString(tab: PrepaidTab, state: PrepaidReportState): string {
  const params = new URLSearchParams();
  state.branchIds.forEach((id) => params.append('branch', id));
  const own = tab === 'liability' ? { asOf: state.asOf, member: state.memberId } : { from: state.from, to: state.to, period: state.period };
  for (const [key, value] of Object.entries(own)) if (value) params.set(key, value);
  return params.toString();
}

export function prepaidHref(tab: PrepaidTab, state: PrepaidReportState): string {
  const path = PREPAID_REPORT_TABS.find((t) => t.item === tab)!.href;
  const query = prepaidQueryString(tab, state);
  return query ? `${path}?${query}` : path;
}

/** The Excel download of a tab with the same filters, in the viewer's language. */
export function prepaidExportHref(tab: PrepaidTab, state: PrepaidReportState, locale: string): string {
  const params = new URLSearchParams({ report: tab });
  new URLSearchParams(prepaidQueryString(tab, state)).forEach((value, key) => params.append(key, value));
  params.set('locale', locale);
  return `/api/reports/prepaid/export?${params.toString()}`;
}

const branchesOf = (state: PrepaidReportState) => (state.branchIds.length ? { branchIds: state.branchIds } : {});

/** The API's filters for a state. */
export const liabilityFilter = (state: PrepaidReportState) => ({ ...(state.asOf ? { asOf: state.asOf } : {}), ...(state.memberId ? { memberId: state.memberId } : {}), ...branchesOf(state) });

export const revenueFilter = (state: PrepaidReportState) => ({
  ...(state.from ? { from: state.from } : {}), ...(state.to ? { to: state.to } : {}), ...(state.period ? { period: state.period } : {}), ...branchesOf(state),
});
