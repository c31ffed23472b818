import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import { daySpan, weekSpan, type Span } from './follow-up-state';

/**
 * The contact list's filters (聯絡會員 > 列表) as the service takes them: ids parsed, empty values
 * dropped. Pure: the query is built in contact-list.service.ts, the GraphQL input in resolvers/contacts.
 */

/** 預約即日開發票: a condition on the booked visit's same-day invoice. */
export const SAME_DAY_INVOICE_FILTERS = [
  'INVOICE_POSITIVE', 'PRODUCT_POSITIVE', 'TREATMENT_POSITIVE', 'INVOICE_AT_LEAST', 'PRODUCT_AT_LEAST', 'TREATMENT_AT_LEAST', 'NO_INVOICE',
] as const;
export type SameDayInvoiceFilter = (typeof SAME_DAY_INVOICE_FILTERS)[number];

/** 快速選項; NOT_CONTACTED and BOOKED_TODAY are the home page's links (new contacts, today's appointments). */
export const CONTACT_QUICK_OPTIONS = [
  'CONTACTED_TODAY', 'CONTACTED_THIS_WEEK', 'FOLLOW_UP_DUE_TODAY', 'FOLLOW_UP_OVERDUE', 'NOT_CONTACTED', 'BOOKED_TODAY',
] as const;
export type ContactQuickOption = (typeof CONTACT_QUICK_OPTIONS)[number];

export const CONTACT_SORT_FIELDS = ['LAST_CONTACT', 'MEMBER_NO', 'NEXT_FOLLOW_UP', 'ASSIGNED'] as const;
export type ContactSortField = (typeof CONTACT_SORT_FIELDS)[number];
export type ContactSort = { field: ContactSortField; direction: 'ASC' | 'DESC' };

/** Newest contact first; members never contacted come last. */
export const DEFAULT_CONTACT_SORT: ContactSort = { field: 'LAST_CONTACT', direction: 'DESC' };

/** The follow-up lists' order: next follow-up, soonest (for overdue: oldest) first. */
export const FOLLOW_UP_SORT: ContactSort = { field: 'NEXT_FOLLOW_UP', direction: 'ASC' };

/**
 * The order when the caller gives none: the follow-up quick options list by next follow-up,
 * soonest first (what is due first is worked first, and the (memberHidden, nextFollowUpAt, id)
 * index serves the page in that order); everything else by last contact, newest first.
 */
export function defaultContactSort(filter: Pick<ContactFilter, 'quick'>): ContactSort {
  return filter.quick === 'FOLLOW_UP_DUE_TODAY' || filter.quick === 'FOLLOW_UP_OVERDUE' ? FOLLOW_UP_SORT : DEFAULT_CONTACT_SORT;
}

export type ContactFilter = {
  campaignIds?: number[];
  salespersonIds?: number[];
  statusIds?: number[];
  booked?: boolean;
  sameDayInvoice?: SameDayInvoiceFilter;
  /** 成功購買: true for Y, false for N, under the contact settings' success rule. */
  successfulPurchase?: boolean;
  attendanceVerified?: boolean;
  keyword?: string;
  /** First salon day (YYYY-MM-DD) of "contacted between"; a member matches with any log in the range. */
  contactedFrom?: string;
  /** Last salon day (YYYY-MM-DD), inclusive. */
  contactedTo?: string;
  quick?: ContactQuickOption;
};

/** Which same-day amount column a filter tests, and how. */
export type InvoiceCondition =
  | { column: 'sameDayInvoiceCents' | 'sameDayProductCents' | 'sameDayTreatmentCents'; test: 'positive' | 'atLeast' }
  | { column: 'sameDayInvoiceCents'; test: 'none' };

export function invoiceCondition(filter: SameDayInvoiceFilter): InvoiceCondition {
  switch (filter) {
    case 'INVOICE_POSITIVE': return { column: 'sameDayInvoiceCents', test: 'positive' };
    case 'PRODUCT_POSITIVE': return { column: 'sameDayProductCents', test: 'positive' };
    case 'TREATMENT_POSITIVE': return { column: 'sameDayTreatmentCents', test: 'positive' };
    case 'INVOICE_AT_LEAST': return { column: 'sameDayInvoiceCents', test: 'atLeast' };
    case 'PRODUCT_AT_LEAST': return { column: 'sameDayProductCents', test: 'atLeast' };
    case 'TREATMENT_AT_LEAST': return { column: 'sameDayTreatmentCents', test: 'atLeast' };
    case 'NO_INVOICE': return { column: 'sameDayInvoiceCents', test: 'none' };
  }
}

/** Midnight at the start of a salon day (YYYY-MM-DD) in the salon's time zone, as an instant. */
export function salonDayStart(day: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(new TZDate(y, m - 1, d, timeZone).getTime());
}

/** The instants of salon days `from`..`to` (both inclusive, either open). */
export function salonDayRange(from: string | undefined, to: string | undefined, timeZone: string): { start?: Date; end?: Date } {
  return {
    start: from ? salonDayStart(from, timeZone) : undefined,
    end: to ? new Date(addDays(new TZDate(salonDayStart(to, timeZone).getTime(), timeZone), 1).getTime()) : undefined,
  };
}

/**
 * What a quick option asks for: contact logs within a span, open follow-ups due in a span, no
 * contact yet, or a booked appointment (the contact's current booking) starting within a span.
 */
export type QuickCondition =
  | { kind: 'contacted'; span: Span }
  | { kind: 'followUp'; start?: Date; end: Date }
  | { kind: 'notContacted' }
  | { kind: 'appointment'; span: Span };

export function quickCondition(option: ContactQuickOption, now: Date, timeZone: string): QuickCondition {
  const today = daySpan(now, timeZone);
  switch (option) {
    case 'CONTACTED_TODAY': return { kind: 'contacted', span: today };
    case 'CONTACTED_THIS_WEEK': return { kind: 'contacted', span: weekSpan(now, timeZone) };
    case 'FOLLOW_UP_DUE_TODAY': return { kind: 'followUp', start: today.start, end: today.end };
    case 'FOLLOW_UP_OVERDUE': return { kind: 'followUp', end: today.start };
    case 'NOT_CONTACTED': return { kind: 'notContacted' };
    case 'BOOKED_TODAY': return { kind: 'appointment', span: today };
  }
}

/**
 * How a keyword is matched: the name keys by prefix (spaces dropped, lower case), the member
 * number by prefix as typed and upper-cased, and — when it looks like a phone number — either
 * phone by prefix on its digits.
 */
export type KeywordTerms = { name: string; memberNos: string[]; phone: string | null };

export function keywordTerms(keyword: string, normaliseName: (q: string) => string): KeywordTerms | null {
  const trimmed = keyword.trim();
  if (!trimmed) return null;
  const digits = trimmed.replace(/\D/g, '');
  const phoneLike = /^[\d\s+()-]+$/.test(trimmed) && digits.length > 0;
  const memberNos = [...new Set([trimmed, trimmed.toUpperCase()])];
  return { name: normaliseName(trimmed), memberNos, phone: phoneLike ? digits : null };
}

/** Drops undefined and empty values, so equal filters compare (and serialise) equal. */
export function compactFilter(filter: ContactFilter): ContactFilter {
  const out: ContactFilter = {};
  for (const [key, value] of Object.entries(filter) as Array<[keyof ContactFilter, unknown]>) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
