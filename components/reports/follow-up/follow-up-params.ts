/**
 * 同事跟進的統計's state in the URL — the filters, the period and the number being drilled into —
 * so a report can be shared, reloaded and left with the back button, and every number is a link.
 */

import { appendReportFilter, isId, one, parseReportFilter, type QueryRecord, type ReportFilterInput } from '../report-filter';

export const FOLLOW_UP_METRICS = ['ASSIGNED', 'CONTACTED', 'LOGGED', 'BOOKED', 'ATTENDED', 'OVERDUE'] as const;
export type FollowUpMetric = (typeof FOLLOW_UP_METRICS)[number];

/** The number whose contact members are listed: a salesperson's (null: the totals row), for LOGGED maybe one method. */
export type Drill = { metric: FollowUpMetric; salespersonId: string | null; methodId: string | null };

export type FollowUpState = { filter: ReportFilterInput; drill: Drill | null };

/**
 * The state a URL asks for. With no period in it, `defaultPeriod` (the current month, worked out
 * by the page in the viewer's time zone) is filled in, so the form shows the days the report covers.
 */
export function parseFollowUpQuery(query: QueryRecord, defaultPeriod: { from: string; to: string }): FollowUpState {
  const asked = parseReportFilter(query);
  const filter = asked.contactedFrom || asked.contactedTo ? asked : { ...asked, contactedFrom: defaultPeriod.from, contactedTo: defaultPeriod.to };

  const metric = one(query.metric) as FollowUpMetric | undefined;
  const salespersonId = one(query.sp);
  const methodId = one(query.method);
  const drill = metric && FOLLOW_UP_METRICS.includes(metric)
    ? { metric, salespersonId: isId(salespersonId) ? salespersonId : null, methodId: metric === 'LOGGED' && isId(methodId) ? methodId : null }
    : null;
  return { filter, drill };
}

export function followUpQueryString(state: FollowUpState): string {
  const params = new URLSearchParams();
  appendReportFilter(params, state.filter);
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
