/**
 * 同事跟進的統計's state in the URL — the filters, the period and the number being drilled into —
 * so a report can be shared, reloaded and left with the back button, and every number is a link.
 */

export const FOLLOW_UP_METRICS = ['ASSIGNED', 'CONTACTED', 'LOGGED', 'BOOKED', 'ATTENDED', 'OVERDUE'] as const;
export type FollowUpMetric = (typeof FOLLOW_UP_METRICS)[number];

/** ReportFilterInput as the API takes it; contactedFrom/contactedTo are the period. */
export type FollowUpFilter = {
  branchIds?: string[];
  campaignIds?: string[];
  salesGroupIds?: string[];
  salespersonIds?: string[];
  memberGroupIds?: string[];
  contactedFrom?: string;
  contactedTo?: string;
};

/** The number whose contact members are listed: a salesperson's (null: the totals row), for LOGGED maybe one method. */
export type Drill = { metric: FollowUpMetric; salespersonId: string | null; methodId: string | null };

export type FollowUpState = { filter: FollowUpFilter; drill: Drill | null };

export type QueryRecord = Record<string, string | string[] | undefined>;

type ListKey = 'branchIds' | 'campaignIds' | 'salesGroupIds' | 'salespersonIds' | 'memberGroupIds';

/** URL parameter of each list filter (the same names as 聯絡活動分析's), in the order they are written. */
const LIST_PARAMS: Array<[ListKey, string]> = [
  ['branchIds', 'branch'],
  ['campaignIds', 'campaign'],
  ['salesGroupIds', 'salesGroup'],
  ['salespersonIds', 'salesperson'],
  ['memberGroupIds', 'memberGroup'],
];

const all = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const one = (value: string | string[] | undefined): string | undefined => all(value)[0] || undefined;
const isId = (value: string | undefined): value is string => value !== undefined && /^\d{1,15}$/.test(value);
const ids = (value: string | string[] | undefined) => [...new Set(all(value).filter(isId))];
const isDate = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

/** Drops empty values so the same filter always gives the same URL and request. */
export function compactFollowUpFilter(filter: FollowUpFilter): FollowUpFilter {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out as FollowUpFilter;
}

/**
 * The state a URL asks for. With no period in it, `defaultPeriod` (the current month, worked out
 * by the page in the viewer's time zone) is filled in, so the form shows the days the report covers.
 */
export function parseFollowUpQuery(query: QueryRecord, defaultPeriod: { from: string; to: string }): FollowUpState {
  let contactedFrom = isDate(one(query.from));
  let contactedTo = isDate(one(query.to));
  if (!contactedFrom && !contactedTo) ({ from: contactedFrom, to: contactedTo } = defaultPeriod);
  const filter: FollowUpFilter = { contactedFrom, contactedTo };
  for (const [key, param] of LIST_PARAMS) filter[key] = ids(query[param]);

  const metric = one(query.metric) as FollowUpMetric | undefined;
  const salespersonId = one(query.sp);
  const methodId = one(query.method);
  const drill = metric && FOLLOW_UP_METRICS.includes(metric)
    ? { metric, salespersonId: isId(salespersonId) ? salespersonId : null, methodId: metric === 'LOGGED' && isId(methodId) ? methodId : null }
    : null;
  return { filter: compactFollowUpFilter(filter), drill };
}

export function followUpQueryString(state: FollowUpState): string {
  const params = new URLSearchParams();
  for (const [key, param] of LIST_PARAMS) state.filter[key]?.forEach((id) => params.append(param, id));
  if (state.filter.contactedFrom) params.set('from', state.filter.contactedFrom);
  if (state.filter.contactedTo) params.set('to', state.filter.contactedTo);
  if (state.drill) {
    params.set('metric', state.drill.metric);
    if (state.drill.salespersonId) params.set('sp', state.drill.salespersonId);
    if (state.drill.methodId) params.set('method', state.drill.methodId);
  }
  return params.toString();
}

export const FOLLOW_UP_PATH = '/reports/follow-up';

/** The page for a state (locale-less: next-intl's Link and router add the locale). */
export function followUpHref(state: FollowUpState): string {
  const query = followUpQueryString(state);
  return query ? `${FOLLOW_UP_PATH}?${query}` : FOLLOW_UP_PATH;
}

export const sameDrill = (a: Drill | null, b: Drill | null): boolean =>
  a === b || (!!a && !!b && a.metric === b.metric && a.salespersonId === b.salespersonId && a.methodId === b.methodId);
