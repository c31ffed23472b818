import type {
  AnalysisRowFragment as AnalysisRow, AnalysisStatusCellFragment as StatusCell, AnalysisStatusColumnFragment as StatusColumn,
  AnalysisTotalsFragment as AnalysisTotals,
} from '@/graphql/generated/graphql';
import type { ContactTrend } from './analysis-documents';

/**
 * The charts' data, built from the same GraphQL result the table shows: each bar segment is a
 * cell's count and the API's ratio, so the chart cannot disagree with the table.
 */

/** A row's cells in the columns' order; a column the row lacks counts 0 (the API sends every column, this only guards the alignment). */
export function cellsInColumnOrder(columns: StatusColumn[], cells: StatusCell[]): StatusCell[] {
  const byStatus = new Map(cells.map((c) => [c.statusId, c]));
  return columns.map((column) => byStatus.get(column.id) ?? { statusId: column.id, count: 0, ratio: 0 });
}

/** Series colours: distinguishable, and legible on white at tablet size; they repeat after ten statuses. */
export const SERIES_COLOURS = ['#7a2f5e', '#2f6f9f', '#d08a1e', '#3c8d5a', '#b8434a', '#6b5fb5', '#1f8f8a', '#8a6d3b', '#c2577f', '#56606b'];

export type ShareSeries = { statusId: string; label: string; colour: string };

/** One bar: a row of the table (or the totals row), its segments keyed by status id. */
export type ShareBar = {
  key: string;
  /** The axis label: the row's code (short enough for the axis). */
  label: string;
  /** The row's name, for the tooltip. */
  name: string;
  total: number;
  ratios: Record<string, number>;
  counts: Record<string, number>;
};

export type ShareChart = { series: ShareSeries[]; bars: ShareBar[] };

function barOf(columns: StatusColumn[], key: string, label: string, name: string, cells: StatusCell[], total: number): ShareBar {
  const ratios: Record<string, number> = {};
  const counts: Record<string, number> = {};
  for (const cell of cellsInColumnOrder(columns, cells)) {
    ratios[cell.statusId] = cell.ratio;
    counts[cell.statusId] = cell.count;
  }
  return { key, label, name, total, ratios, counts };
}

/**
 * The stacked 100% bars: one per row, one segment per status column in the columns' order, and
 * a last bar for the totals row (labelled `totalsLabel`) when given.
 */
export function statusShareChart(columns: StatusColumn[], rows: AnalysisRow[], totals: { label: string; line: AnalysisTotals } | null): ShareChart {
  const series = columns.map((column, index) => ({ statusId: column.id, label: column.label, colour: SERIES_COLOURS[index % SERIES_COLOURS.length] }));
  const bars = rows.map((row) => barOf(columns, row.key, row.code, row.name, row.cells, row.total));
  if (totals) bars.push(barOf(columns, 'totals', totals.label, totals.label, totals.line.cells, totals.line.total));
  return { series, bars };
}

export type TrendPoint = { day: string; label: string; count: number };

/** The trend line's points: every day of the API's range, oldest first, with a short label ("5/4", "4 พ.ค."). */
export function trendPoints(trend: ContactTrend, locale: string): TrendPoint[] {
  // Days are calendar dates: formatted in UTC so no time zone moves them.
  const short = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  return trend.days.map((d) => ({ day: d.day, label: short.format(new Date(`${d.day}T00:00:00Z`)), count: d.count }));
}
