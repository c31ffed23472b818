import { dayQuery } from '@/components/appointments/boards/day-params';
import { dayViewPath } from '@/components/appointments/day/day-views';
import { defaultSortFor, listQueryString, type ContactSortInput, type QuickOption } from '@/components/contacts/list/filter-params';
import { analysisHref } from '@/components/reports/analysis/report-params';

/**
 * Where each home card leads, already filtered: the contact list through its URL state, the
 * arrival board of a branch and day, the campaign analysis with the campaign chosen.
 */

/** New contacts list those waiting longest first, as the home card shows them (SalespersonHome). */
const NOT_CONTACTED_SORT: ContactSortInput = { field: 'ASSIGNED', direction: 'ASC' };

/** The contact list of one salesperson's contact members with a quick option, in the card's order. */
export function contactListHref(salespersonId: string, quick: QuickOption): string {
  const filter = { salespersonIds: [salespersonId], quick };
  return `/contacts?${listQueryString({ filter, sort: quick === 'NOT_CONTACTED' ? NOT_CONTACTED_SORT : defaultSortFor(filter) })}`;
}

export function contactHref(contactMemberId: string): string {
  return `/contacts/${contactMemberId}`;
}

/** 到達版面 of a branch on a day. */
export function arrivalBoardHref(branchId: string, date: string): string {
  return `${dayViewPath('arrivals')}?${dayQuery(branchId, date)}`;
}

/** 聯絡活動分析 by campaign, run, with this campaign chosen. */
export function campaignAnalysisHref(campaignId: string): string {
  return analysisHref({ view: 'CAMPAIGN', filter: { campaignIds: [campaignId] } });
}
