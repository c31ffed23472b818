import { TZDate } from '@date-fns/tz';
import { addDays, eachDayOfInterval, parseISO } from 'date-fns';
import { salonDayStart } from '../contacts/contact-filter';

/**
 * The arithmetic of the contacts-per-day trend, with no database. Logs are stored in UTC; a
 * salon day is grouped in SQL by shifting each time by the zone's offset, which is exact only
 * where the offset is constant, so the range is cut at the zone's offset changes (none in Hong
 * Kong; two a year where clocks change) and each piece grouped with its own offset.
 */

/** A stretch of time with one UTC offset: [start, end), offset in minutes east of UTC. */
export type OffsetSegment = { start: Date; end: Date; offsetMinutes: number };

function offsetAt(instant: number, timeZone: string): number {
  return -new TZDate(instant, timeZone).getTimezoneOffset();
}

/** The first instant (to the minute) in (low, high] whose offset differs from low's. */
function changeBetween(low: number, high: number, timeZone: string): number {
  const before = offsetAt(low, timeZone);
  let lo = low;
  let hi = high;
  while (hi - lo > 60_000) {
    const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
    if (offsetAt(mid, timeZone) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** [start, end) cut wherever the zone's offset changes. */
export function offsetSegments(start: Date, end: Date, timeZone: string): OffsetSegment[] {
  const segments: OffsetSegment[] = [];
  const hour = 3_600_000;
  let segmentStart = start.getTime();
  let offset = offsetAt(segmentStart, timeZone);
  // Offsets change at most a few times a year and never twice within 6 hours: probe every 6 hours.
  for (let probe = segmentStart; probe < end.getTime(); ) {
    const next = Math.min(probe + 6 * hour, end.getTime());
    if (offsetAt(next, timeZone) !== offset) {
      const change = Math.min(changeBetween(probe, next, timeZone), end.getTime());
      segments.push({ start: new Date(segmentStart), end: new Date(change), offsetMinutes: offset });
      segmentStart = change;
      offset = offsetAt(change, timeZone);
      probe = change;
      continue;
    }
    probe = next;
  }
  if (segmentStart < end.getTime()) segments.push({ start: new Date(segmentStart), end, offsetMinutes: offset });
  return segments;
}

/** The instants of salon days `from`..`to` (YYYY-MM-DD, inclusive). */
export function trendSpan(from: string, to: string, timeZone: string): { start: Date; end: Date } {
  const start = salonDayStart(from, timeZone);
  const end = new Date(addDays(new TZDate(salonDayStart(to, timeZone).getTime(), timeZone), 1).getTime());
  return { start, end };
}

export type TrendDay = { day: string; count: number };

/** Every day of the range with its count (0 for days without contacts), oldest first. */
export function fillTrend(from: string, to: string, counts: ReadonlyMap<string, number>): TrendDay[] {
  return eachDayOfInterval({ start: parseISO(from), end: parseISO(to) }).map((d) => {
    const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    return { day, count: counts.get(day) ?? 0 };
  });
}
