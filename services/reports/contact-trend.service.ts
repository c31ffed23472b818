import { In, type DataSource } from 'typeorm';
import { Campaign, CampaignMember, ContactLog } from '../../entities';
import { fillTrend, offsetSegments, trendSpan, type TrendDay } from './contact-trend';
import type { ReportFilter } from './report-filter';
import { reportedTrendRange, salonDay, trendRange, type ContactedDays } from './report-range';
import { applyReportFilter, type ReportContext } from './report-query.service';
import { isSqlite } from '../../db/dialect';

/** The SQL that turns a stored UTC time into its salon day (YYYY-MM-DD) at a fixed offset. */
export function dayExpression(ds: DataSource, column: string, offsetMinutes: number): string {
  const minutes = Math.trunc(offsetMinutes);
  return isSqlite(ds)
    ? `date(${column}, '${minutes >= 0 ? '+' : ''}${minutes} minutes')`
    : `DATE_FORMAT(DATE_ADD(${column}, INTERVAL ${minutes} MINUTE), '%Y-%m-%d')`;
}

/**
 * Contact logs per salon day from `from` to `to` (inclusive) on the visible contact members that
 * match the report filter (its contact range is the trend's own range, so it is not applied twice):
 * grouped in the database, one query per stretch of constant UTC offset.
 */
export async function contactTrend(ds: DataSource, filter: ReportFilter, context: ReportContext, from: string, to: string): Promise<TrendDay[]> {
  const members: ReportFilter = { ...filter, contactedFrom: undefined, contactedTo: undefined };
  const span = trendSpan(from, to, context.timeZone);
  const counts = new Map<string, number>();
  for (const segment of offsetSegments(span.start, span.end, context.timeZone)) {
    const day = dayExpression(ds, 'l.contactedAt', segment.offsetMinutes);
    const qb = ds.getRepository(ContactLog).createQueryBuilder('l')
      .innerJoin(CampaignMember, 'cm', 'cm.id = l.campaignMemberId')
      .where('l.contactedAt >= :tStart AND l.contactedAt < :tEnd', { tStart: segment.start, tEnd: segment.end });
    const raw = await applyReportFilter(qb, members, context)
      .select(day, 'day')
      .addSelect('COUNT(*)', 'n')
      .groupBy(day)
      .getRawMany<{ day: string; n: number | string }>();
    for (const r of raw) counts.set(String(r.day), (counts.get(String(r.day)) ?? 0) + Number(r.n));
  }
  return fillTrend(from, to, counts);
}

/** A raw MIN/MAX of a stored time: MariaDB's driver gives a Date (the connection is in UTC), SQLite the stored UTC text. */
function utcInstant(value: Date | string): Date {
  if (value instanceof Date) return value;
  const iso = value.includes('T') ? value : value.replace(' ', 'T');
  return new Date(/(Z|[+-]\d\d:?\d\d)$/.test(iso) ? iso : `${iso}Z`);
}

/** The salon days of the first and last contact logs on the contact members matching the filter (its contact range aside); null without any. */
async function contactedDays(ds: DataSource, filter: ReportFilter, context: ReportContext): Promise<ContactedDays | null> {
  const members: ReportFilter = { ...filter, contactedFrom: undefined, contactedTo: undefined };
  const qb = ds.getRepository(ContactLog).createQueryBuilder('l').innerJoin(CampaignMember, 'cm', 'cm.id = l.campaignMemberId');
  const row = await applyReportFilter(qb, members, context)
    .select('MIN(l.contactedAt)', 'first')
    .addSelect('MAX(l.contactedAt)', 'last')
    .getRawOne<{ first: Date | string | null; last: Date | string | null }>();
  if (!row?.first || !row.last) return null;
  return { first: salonDay(utcInstant(row.first), context.timeZone), last: salonDay(utcInstant(row.last), context.timeZone) };
}

/**
 * The trend's range for a filter: its contact range when it gives one, else what the report
 * covers — the dates of its campaigns (the chosen ones, or every campaign) and of its contacts
 * (reportedTrendRange) — else the last 30 days; refused under `field` as trendRange refuses.
 */
export async function trendRangeFor(ds: DataSource, filter: ReportFilter, context: ReportContext, field: string): Promise<{ from: string; to: string }> {
  const today = salonDay(context.now, context.timeZone);
  if (filter.contactedFrom || filter.contactedTo) return trendRange(filter.contactedFrom, filter.contactedTo, today, field);
  const [campaigns, contacted] = await Promise.all([
    ds.getRepository(Campaign).find({
      select: { id: true, startsOn: true, endsOn: true },
      where: filter.campaignIds?.length ? { id: In(filter.campaignIds) } : {},
    }),
    contactedDays(ds, filter, context),
  ]);
  return reportedTrendRange(campaigns, contacted, today) ?? trendRange(undefined, undefined, today, field);
}
