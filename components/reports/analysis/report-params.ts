/**
 * 聯絡活動分析's state in the URL — the view and the filters — so a report can be shared,
 * reloaded, printed (the print view reads the same query string) and left with the back button.
 * Repeated keys for lists; a `view` means the report has been run.
 */

export const ANALYSIS_VIEWS = ['CAMPAIGN', 'BRANCH', 'SALESPERSON', 'MEMBER'] as const;
export type AnalysisView = (typeof ANALYSIS_VIEWS)[number];
export const DEFAULT_VIEW: AnalysisView = 'CAMPAIGN';

/** ReportFilterInput as the API takes it. */
export type ReportFilterInput = {
  branchIds?: string[];
  campaignIds?: string[];
  salesGroupIds?: string[];
  salespersonIds?: string[];
  memberGroupIds?: string[];
  contactedFrom?: string;
  contactedTo?: string;
};

export type QueryRecord = Record<string, string | string[] | undefined>;

/** What the URL asks for: a filter, and the view once the report has been run (null before). */
export type AnalysisState = { view: AnalysisView | null; filter: ReportFilterInput };

type ListKey = 'branchIds' | 'campaignIds' | 'salesGroupIds' | 'salespersonIds' | 'memberGroupIds';

/** URL parameter of each list filter, in the order they are written. */
const LIST_PARAMS: Array<[ListKey, string]> = [
  ['branchIds', 'branch'],
  ['campaignIds', 'campaign'],
  ['salesGroupIds', 'salesGroup'],
  ['salespersonIds', 'salesperson'],
  ['memberGroupIds', 'memberGroup'],
];

const all = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const one = (value: string | string[] | undefined): string | undefined => all(value)[0] || undefined;
const ids = (value: string | string[] | undefined) => [...new Set(all(value).filter((v) => /^\d{1,15}$/.test(v)))];
const isDate = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

/** Drops empty values so the same filter always gives the same URL and request. */
export function compactFilter(filter: ReportFilterInput): ReportFilterInput {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out as ReportFilterInput;
}

/** A URLSearchParams (the print view reads it in the browser) as the record pages receive. */
export function queryRecordOf(params: URLSearchParams): QueryRecord {
  const record: Record<string, string[]> = {};
  params.forEach((value, key) => {
    (record[key] ??= []).push(value);
  });
  return record;
}

export function parseAnalysisQuery(query: QueryRecord): AnalysisState {
  const view = one(query.view);
  const filter: ReportFilterInput = { contactedFrom: isDate(one(query.from)), contactedTo: isDate(one(query.to)) };
  for (const [key, param] of LIST_PARAMS) filter[key] = ids(query[param]);
  return { view: ANALYSIS_VIEWS.includes(view as AnalysisView) ? (view as AnalysisView) : null, filter: compactFilter(filter) };
}

export function analysisQueryString(state: AnalysisState): string {
  const params = new URLSearchParams();
  if (state.view) params.set('view', state.view);
  for (const [key, param] of LIST_PARAMS) state.filter[key]?.forEach((id) => params.append(param, id));
  if (state.filter.contactedFrom) params.set('from', state.filter.contactedFrom);
  if (state.filter.contactedTo) params.set('to', state.filter.contactedTo);
  return params.toString();
}

const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

export const ANALYSIS_PATH = '/reports/campaign-analysis';

/** The analysis page for a state (locale-less: next-intl's Link and router add the locale). */
export function analysisHref(state: AnalysisState): string {
  return withQuery(ANALYSIS_PATH, analysisQueryString(state));
}

/** The print view of the same report. */
export function printHref(state: AnalysisState): string {
  return withQuery(`${ANALYSIS_PATH}/print`, analysisQueryString(state));
}

/** The Excel export route for several views of one filter; `progressId` names its progress for reportExportProgress. */
export function exportUrl(views: AnalysisView[], filter: ReportFilterInput, locale: string, progressId: string): string {
  const params = new URLSearchParams({ views: views.join(','), filter: JSON.stringify(filter), locale, progress: progressId });
  return `/api/reports/campaign-analysis/export?${params.toString()}`;
}
