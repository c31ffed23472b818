/**
 * The filter both reports take (聯絡活動分析 and 同事跟進的統計) and its part of their URLs: the
 * same parameter names on both pages, repeated keys for lists.
 */

/** ReportFilterInput as the API takes it; contactedFrom/contactedTo bound the contact dates (同事跟進的統計: the period). */
export type ReportFilterInput = {
  branchIds?: string[];
  campaignIds?: string[];
  salesGroupIds?: string[];
  salespersonIds?: string[];
  memberGroupIds?: string[];
  contactedFrom?: string;
  contactedTo?: string;
};

export type ReportListKey = 'branchIds' | 'campaignIds' | 'salesGroupIds' | 'salespersonIds' | 'memberGroupIds';

export type QueryRecord = Record<string, string | string[] | undefined>;

/** URL parameter of each list filter, in the order they are written. */
const LIST_PARAMS: Array<[ReportListKey, string]> = [
  ['branchIds', 'branch'],
  ['campaignIds', 'campaign'],
  ['salesGroupIds', 'salesGroup'],
  ['salespersonIds', 'salesperson'],
  ['memberGroupIds', 'memberGroup'],
];

const all = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
export const one = (value: string | string[] | undefined): string | undefined => all(value)[0] || undefined;
export const isId = (value: string | undefined): value is string => value !== undefined && /^\d{1,15}$/.test(value);
const ids = (value: string | string[] | undefined) => [...new Set(all(value).filter(isId))];
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

/** The filter a URL asks for, without the ids that are not numbers, repeated ids and malformed dates. */
export function parseReportFilter(query: QueryRecord): ReportFilterInput {
  const filter: ReportFilterInput = { contactedFrom: isDate(one(query.from)), contactedTo: isDate(one(query.to)) };
  for (const [key, param] of LIST_PARAMS) filter[key] = ids(query[param]);
  return compactFilter(filter);
}

export function appendReportFilter(params: URLSearchParams, filter: ReportFilterInput): void {
  for (const [key, param] of LIST_PARAMS) filter[key]?.forEach((id) => params.append(param, id));
  if (filter.contactedFrom) params.set('from', filter.contactedFrom);
  if (filter.contactedTo) params.set('to', filter.contactedTo);
}
