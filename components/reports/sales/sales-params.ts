import type { SalesGroupingName } from './sales-drill';

/** 統計分析's groupings in the page's order: periods, where, who, what, how paid. */
export const GROUPINGS: readonly SalesGroupingName[] = ['DAY', 'WEEK', 'MONTH', 'BRANCH', 'STAFF', 'PRODUCT', 'TREATMENT', 'KIND', 'CATEGORY', 'DEPARTMENT', 'TENDER'];

export type SalesParams = { grouping: SalesGroupingName; from: string; to: string; branchIds: string[]; after: string | null };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^\d{1,15}$/;

type Query = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? '';

/** The page's address as the report's parameters; what cannot be one is dropped (the server fills the default period). */
export function salesParamsFrom(query: Query): SalesParams {
  const grouping = one(query.grouping) as SalesGroupingName;
  const from = one(query.from);
  const to = one(query.to);
  return {
    grouping: GROUPINGS.includes(grouping) ? grouping : 'MONTH',
    from: DAY.test(from) ? from : '',
    to: DAY.test(to) ? to : '',
    branchIds: [...new Set(one(query.branches).split(',').filter((id) => ID.test(id)))],
    after: one(query.after) || null,
  };
}

/** The address for parameters (empty ones left out). */
export function salesParamsQuery(params: Omit<SalesParams, 'after'> & { after?: string | null }): string {
  const out = new URLSearchParams({ grouping: params.grouping });
  if (params.from) out.set('from', params.from);
  if (params.to) out.set('to', params.to);
  if (params.branchIds.length) out.set('branches', params.branchIds.join(','));
  if (params.after) out.set('after', params.after);
  return out.toString();
}

/** The Excel download of the same report, in the viewer's language. */
export function salesExportUrl(params: { grouping: SalesGroupingName; from: string; to: string; branchIds: string[] }, locale: string): string {
  const filter = { from: params.from, to: params.to, branchIds: params.branchIds };
  return `/api/reports/sales/export?${new URLSearchParams({ grouping: params.grouping, filter: JSON.stringify(filter), locale }).toString()}`;
}
