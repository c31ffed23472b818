/**
 * The contact list's state in the URL, so reloads, links (the assignment page's ?campaign=ID)
 * and back/forward keep it: repeated keys for lists, short names for the rest.
 */

export type ContactSortField = 'LAST_CONTACT' | 'MEMBER_NO' | 'NEXT_FOLLOW_UP' | 'ASSIGNED';
export type SortDirection = 'ASC' | 'DESC';
export type ContactSortInput = { field: ContactSortField; direction: SortDirection };

export const SAME_DAY_INVOICE = [
  'INVOICE_POSITIVE', 'PRODUCT_POSITIVE', 'TREATMENT_POSITIVE', 'INVOICE_AT_LEAST', 'PRODUCT_AT_LEAST', 'TREATMENT_AT_LEAST', 'NO_INVOICE',
] as const;
export type SameDayInvoice = (typeof SAME_DAY_INVOICE)[number];

/** 快速選項; the home page links to NOT_CONTACTED (new contacts) and BOOKED_TODAY (today's appointments). */
export const QUICK_OPTIONS = ['CONTACTED_TODAY', 'CONTACTED_THIS_WEEK', 'FOLLOW_UP_DUE_TODAY', 'FOLLOW_UP_OVERDUE', 'NOT_CONTACTED', 'BOOKED_TODAY'] as const;
export type QuickOption = (typeof QUICK_OPTIONS)[number];

/** ContactFilterInput as the API takes it. */
export type ContactFilterInput = {
  campaignIds?: string[];
  salespersonIds?: string[];
  statusIds?: string[];
  booked?: boolean;
  sameDayInvoice?: SameDayInvoice;
  successfulPurchase?: boolean;
  attendanceVerified?: boolean;
  keyword?: string;
  contactedFrom?: string;
  contactedTo?: string;
  quick?: QuickOption;
};

export type QueryRecord = Record<string, string | string[] | undefined>;
export type ListState = { filter: ContactFilterInput; sort: ContactSortInput };

const SORT_FIELDS: ContactSortField[] = ['LAST_CONTACT', 'MEMBER_NO', 'NEXT_FOLLOW_UP', 'ASSIGNED'];
export const DEFAULT_SORT: ContactSortInput = { field: 'LAST_CONTACT', direction: 'DESC' };
const FOLLOW_UP_SORT: ContactSortInput = { field: 'NEXT_FOLLOW_UP', direction: 'ASC' };

/** The order when none is chosen, as the API's: the follow-up quick options by next follow-up, soonest first. */
export function defaultSortFor(filter: ContactFilterInput): ContactSortInput {
  return filter.quick === 'FOLLOW_UP_DUE_TODAY' || filter.quick === 'FOLLOW_UP_OVERDUE' ? FOLLOW_UP_SORT : DEFAULT_SORT;
}

const sameSort = (a: ContactSortInput, b: ContactSortInput) => a.field === b.field && a.direction === b.direction;

/** The sort after the filter changes: a chosen order stays; the default follows the new filter's. */
export function sortAfterFilter(state: ListState, filter: ContactFilterInput): ContactSortInput {
  return sameSort(state.sort, defaultSortFor(state.filter)) ? defaultSortFor(filter) : state.sort;
}

/** The direction a column starts in when first chosen: dates newest first, numbers from the start. */
export const FIRST_DIRECTION: Record<ContactSortField, SortDirection> = { LAST_CONTACT: 'DESC', MEMBER_NO: 'ASC', NEXT_FOLLOW_UP: 'ASC', ASSIGNED: 'DESC' };

const all = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const one = (value: string | string[] | undefined): string | undefined => all(value)[0] || undefined;
const ids = (value: string | string[] | undefined) => all(value).filter((v) => /^\d{1,15}$/.test(v));
const yesNo = (value: string | string[] | undefined) => (one(value) === 'yes' ? true : one(value) === 'no' ? false : undefined);
const isDate = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
const oneOf = <T extends string>(value: string | undefined, options: readonly T[]) => (options.includes(value as T) ? (value as T) : undefined);

/** Drops empty values so the same filter always gives the same URL and request. */
export function compact(filter: ContactFilterInput): ContactFilterInput {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out as ContactFilterInput;
}

export function parseListQuery(query: QueryRecord): ListState {
  const field = oneOf(one(query.sort), SORT_FIELDS);
  const direction = oneOf(one(query.dir), ['ASC', 'DESC'] as const);
  const filter = compact({
    campaignIds: ids(query.campaign),
    salespersonIds: ids(query.salesperson),
    statusIds: ids(query.status),
    booked: yesNo(query.booked),
    sameDayInvoice: oneOf(one(query.invoice), SAME_DAY_INVOICE),
    successfulPurchase: yesNo(query.success),
    attendanceVerified: yesNo(query.verified),
    keyword: one(query.q)?.trim(),
    contactedFrom: isDate(one(query.from)),
    contactedTo: isDate(one(query.to)),
    quick: oneOf(one(query.quick), QUICK_OPTIONS),
  });
  return { filter, sort: field ? { field, direction: direction ?? FIRST_DIRECTION[field] } : defaultSortFor(filter) };
}

export function listQueryString(state: ListState): string {
  const params = new URLSearchParams();
  const { filter, sort } = state;
  filter.campaignIds?.forEach((id) => params.append('campaign', id));
  filter.salespersonIds?.forEach((id) => params.append('salesperson', id));
  filter.statusIds?.forEach((id) => params.append('status', id));
  if (filter.booked !== undefined) params.set('booked', filter.booked ? 'yes' : 'no');
  if (filter.sameDayInvoice) params.set('invoice', filter.sameDayInvoice);
  if (filter.successfulPurchase !== undefined) params.set('success', filter.successfulPurchase ? 'yes' : 'no');
  if (filter.attendanceVerified !== undefined) params.set('verified', filter.attendanceVerified ? 'yes' : 'no');
  if (filter.keyword) params.set('q', filter.keyword);
  if (filter.contactedFrom) params.set('from', filter.contactedFrom);
  if (filter.contactedTo) params.set('to', filter.contactedTo);
  if (filter.quick) params.set('quick', filter.quick);
  if (!sameSort(sort, defaultSortFor(filter))) {
    params.set('sort', sort.field);
    params.set('dir', sort.direction);
  }
  return params.toString();
}

/** Clicking a header: the same column flips its direction, another starts in its natural one. */
export function sortBy(current: ContactSortInput, field: ContactSortField): ContactSortInput {
  if (current.field === field) return { field, direction: current.direction === 'ASC' ? 'DESC' : 'ASC' };
  return { field, direction: FIRST_DIRECTION[field] };
}

/** The export route's URL for the list as shown. */
export function exportUrl(state: ListState, locale: string): string {
  const params = new URLSearchParams({ filter: JSON.stringify(state.filter), sort: JSON.stringify(state.sort), locale });
  return `/api/contacts/export?${params.toString()}`;
}
