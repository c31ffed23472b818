/**
 * 統計分析: the pure part — the groupings, period buckets (day, ISO week, month of the invoice date,
 * which is already the branch's salon day) and folding grouped sums into rows and totals.
 * No database and no framework here; the service feeds it what the scoped queries summed.
 */
import { addDays, differenceInCalendarDays, endOfMonth, format, getISOWeek, getISOWeekYear, parseISO, startOfISOWeek, startOfMonth } from 'date-fns';

export const SALES_GROUPINGS = ['DAY', 'WEEK', 'MONTH', 'BRANCH', 'STAFF', 'PRODUCT', 'TREATMENT', 'KIND', 'CATEGORY', 'DEPARTMENT', 'TENDER'] as const;
export type SalesGrouping = (typeof SALES_GROUPINGS)[number];
export type SalesPeriodGrouping = 'DAY' | 'WEEK' | 'MONTH';

/**
 * What a grouping sums: invoices (their amount, net of refunds), their lines (what each line came to,
 * net of what its returned units refunded; before the invoice's cash rounding), or their payments
 * (per tender, net of refunds paid back by that tender).
 */
export type SalesBasis = 'invoice' | 'line' | 'payment';

export function salesBasis(grouping: SalesGrouping): SalesBasis {
  if (grouping === 'TENDER') return 'payment';
  return ['DAY', 'WEEK', 'MONTH', 'BRANCH'].includes(grouping) ? 'invoice' : 'line';
}

export function isPeriodGrouping(grouping: SalesGrouping): grouping is SalesPeriodGrouping {
  return grouping === 'DAY' || grouping === 'WEEK' || grouping === 'MONTH';
}

/** The longest period one report covers (a year and a leap day). */
export const SALES_MAX_DAYS = 366;

const day = (d: Date) => format(d, 'yyyy-MM-dd');

/** The default period: the month so far. */
export function defaultSalesPeriod(today: string): { from: string; to: string } {
  return { from: day(startOfMonth(parseISO(today))), to: today };
}

/** Days in an inclusive period (0 or less when reversed). */
export function periodDays(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from)) + 1;
}

/** A bucket of the period: its key ("2026-12-07", "2026-W49", "2026-12") and the days it covers within the report's period. */
export type PeriodBucket = { key: string; from: string; to: string };

/** The bucket a salon day falls in; weeks are ISO weeks (Monday to Sunday, numbered by ISO week year). */
export function bucketOf(date: string, grouping: SalesPeriodGrouping): PeriodBucket {
  const d = parseISO(date);
  if (grouping === 'DAY') return { key: date, from: date, to: date };
  if (grouping === 'MONTH') return { key: date.slice(0, 7), from: day(startOfMonth(d)), to: day(endOfMonth(d)) };
  const monday = startOfISOWeek(d);
  return { key: `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, '0')}`, from: day(monday), to: day(addDays(monday, 6)) };
}

/** Every bucket of a period in order, each clipped to the period, so empty days, weeks and months still show (as zero). */
export function periodBuckets(from: string, to: string, grouping: SalesPeriodGrouping): PeriodBucket[] {
  const buckets: PeriodBucket[] = [];
  for (let cursor = from; cursor <= to; ) {
    const bucket = bucketOf(cursor, grouping);
    buckets.push({ key: bucket.key, from: cursor, to: bucket.to < to ? bucket.to : to });
    cursor = day(addDays(parseISO(bucket.to), 1));
  }
  return buckets;
}

/** Sums for one group as the database returned them. */
export type SalesSums = {
  /** Before returns. */
  grossCents: number;
  /** Refunded on returns of these invoices, lines or tenders. */
  returnedCents: number;
  /** Distinct invoices. */
  invoices: number;
  /** Units sold less units returned (line groupings; 0 otherwise). */
  quantity: number;
};

export type SalesRow = SalesSums & { key: string; netCents: number; from?: string; to?: string };

export const ZERO_SUMS: SalesSums = { grossCents: 0, returnedCents: 0, invoices: 0, quantity: 0 };

const withNet = (key: string, sums: SalesSums): SalesRow => ({ key, ...sums, netCents: sums.grossCents - sums.returnedCents });

function add(a: SalesSums, b: SalesSums): SalesSums {
  return { grossCents: a.grossCents + b.grossCents, returnedCents: a.returnedCents + b.returnedCents, invoices: a.invoices + b.invoices, quantity: a.quantity + b.quantity };
}

/** Per-day sums folded into the period's buckets, every bucket present, in date order. Invoice counts add up: an invoice has one date. */
export function foldByPeriod(days: ReadonlyArray<{ date: string } & SalesSums>, from: string, to: string, grouping: SalesPeriodGrouping): SalesRow[] {
  const buckets = periodBuckets(from, to, grouping);
  const sums = new Map(buckets.map((b) => [b.key, ZERO_SUMS]));
  for (const d of days) {
    const key = bucketOf(d.date, grouping).key;
    const at = sums.get(key);
    if (at) sums.set(key, add(at, d));
  }
  return buckets.map((b) => ({ ...withNet(b.key, sums.get(b.key)!), from: b.from, to: b.to }));
}

/** Rows of a non-period grouping, largest net first, then by key so the order is stable. */
export function rankedRows(groups: ReadonlyArray<{ key: string } & SalesSums>): SalesRow[] {
  return groups.map((g) => withNet(g.key, g)).sort((a, b) => b.netCents - a.netCents || a.key.localeCompare(b.key));
}

/**
 * Tender rows: what was paid by each tender less what was refunded by it. A tender only refunded
 * (e.g. a refund paid in cash on a card sale) still gets its row, with its refund as a negative net.
 */
export function tenderRows(paid: ReadonlyArray<{ key: string; grossCents: number; invoices: number }>, refunded: ReadonlyArray<{ key: string; cents: number }>): SalesRow[] {
  const sums = new Map<string, SalesSums>(paid.map((p) => [p.key, { ...ZERO_SUMS, grossCents: p.grossCents, invoices: p.invoices }]));
  for (const r of refunded) sums.set(r.key, { ...(sums.get(r.key) ?? ZERO_SUMS), returnedCents: (sums.get(r.key)?.returnedCents ?? 0) + r.cents });
  return rankedRows([...sums].map(([key, s]) => ({ key, ...s })));
}

/**
 * The totals row. Money and units add up over rows; invoices do not for line and payment groupings
 * (an invoice with two staff or two tenders is in two rows), so the caller gives the distinct count.
 */
export function totalsOf(rows: readonly SalesRow[], distinctInvoices?: number): SalesRow {
  const sums = rows.reduce<SalesSums>((acc, r) => add(acc, r), ZERO_SUMS);
  return withNet('', { ...sums, invoices: distinctInvoices ?? sums.invoices });
}

/** The key of a group with no staff, category or department ("none"); it opens no invoice list filter. */
export const NONE_KEY = 'none';
