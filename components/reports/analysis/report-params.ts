/**
 * 聯絡活動分析's state in the URL — the view and the filters — so a report can be shared,
 * reloaded, printed (the print view reads the same query string) and left with the back button.
 * A `view` means the report has been run.
 */

import { appendReportFilter, one, parseReportFilter, type QueryRecord, type ReportFilterInput } from '../report-filter';

export const ANALYSIS_VIEWS = ['CAMPAIGN', 'BRANCH', 'SALESPERSON', 'MEMBER'] as const;
export type AnalysisView = (typeof ANALYSIS_VIEWS)[number];
export const DEFAULT_VIEW: AnalysisView = 'CAMPAIGN';

/** What the URL asks for: a filter, and the view once the report has been run (null before). */
export type AnalysisState = { view: AnalysisView | null; filter: ReportFilterInput };

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
  return { view: ANALYSIS_VIEWS.includes(view as AnalysisView) ? (view as AnalysisView) : null, filter: parseReportFilter(query) };
}

export function analysisQueryString(state: AnalysisState): string {
  const params = new URLSearchParams();
  if (state.view) params.set('view', state.view);
  appendReportFilter(params, state.filter);
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
