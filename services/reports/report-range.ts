import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays, format, parseISO, subDays } from 'date-fns';
import { invalidField } from '../errors/domain-error';

/** The longest range a report covers (the trend chart, the staff statistics' period), in days. */
export const REPORT_MAX_DAYS = 366;

/** How many days the trend shows when no range is given: the last 30, today included. */
export const TREND_DEFAULT_DAYS = 30;

/** The salon day (YYYY-MM-DD) an instant falls on in a time zone. */
export function salonDay(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), 'yyyy-MM-dd');
}

/**
 * The trend's days: the given range, or the filter's contact range, or the last 30 days to
 * today; refused as reportRange refuses.
 */
export function trendRange(from: string | undefined, to: string | undefined, today: string, field: string): { from: string; to: string } {
  const end = to ?? (from ? format(subDays(parseISO(from), -(TREND_DEFAULT_DAYS - 1)), 'yyyy-MM-dd') : today);
  const start = from ?? format(subDays(parseISO(end), TREND_DEFAULT_DAYS - 1), 'yyyy-MM-dd');
  return reportRange(start, end, field);
}

/** A campaign's active period (YYYY-MM-DD, inclusive); either end may be open. */
export type CampaignPeriod = { startsOn: string | null; endsOn: string | null };

/** The salon days of the first and the last contact in a report. */
export type ContactedDays = { first: string; last: string };

const present = (days: Array<string | null | undefined>) => days.filter((d): d is string => Boolean(d)).sort();

/**
 * The trend's days when the filter gives no contact range: what the report covers, so an older
 * campaign's chart shows its contacts rather than an empty last month. It runs from the
 * earliest campaign start or first contact to the latest campaign end or last contact (a
 * started campaign without an end runs to today), capped at today; a campaign not yet started
 * gives its first day; a span over REPORT_MAX_DAYS keeps its last days. Null when there is
 * neither a start nor a contact (the caller falls back to the last 30 days).
 */
export function reportedTrendRange(campaigns: readonly CampaignPeriod[], contacted: ContactedDays | null, today: string): { from: string; to: string } | null {
  const starts = present([...campaigns.map((c) => c.startsOn), contacted?.first]);
  if (starts.length === 0) return null;
  const running = campaigns.some((c) => c.startsOn && c.startsOn <= today && !c.endsOn);
  const ends = present([...campaigns.map((c) => c.endsOn), contacted?.last, running ? today : null]);
  const from = starts[0];
  const lastEnd = ends.at(-1) ?? from;
  const capped = lastEnd < today ? lastEnd : today;
  const to = capped < from ? from : capped;
  const longest = format(subDays(parseISO(to), REPORT_MAX_DAYS - 1), 'yyyy-MM-dd');
  return { from: from < longest ? longest : from, to };
}

/**
 * Salon days `from`..`to` as a report range; a reversed range or one longer than REPORT_MAX_DAYS
 * is refused naming the input's `<field>.contactedTo` (the filter's contact range is the range).
 */
export function reportRange(from: string, to: string, field: string): { from: string; to: string } {
  const days = differenceInCalendarDays(parseISO(to), parseISO(from)) + 1;
  if (days < 1) throw invalidField(`${field}.contactedTo`, 'dateRangeReversed');
  if (days > REPORT_MAX_DAYS) throw invalidField(`${field}.contactedTo`, 'rangeTooLong', { max: REPORT_MAX_DAYS });
  return { from, to };
}
