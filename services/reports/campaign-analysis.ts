/**
 * The arithmetic of 聯絡活動分析, with no database: group counts in, rows of status counts and
 * ratios plus a totals row out. Ratios are computed from counts (the totals row from the summed
 * counts, never by averaging the rows' ratios) and rounded half-up to two decimals of a percent.
 */

/** One row of a grouped count: how many contact members of row `rowKey` have status `statusId`. */
export type StatusGroupCount = { rowKey: string; statusId: number; count: number };

/** A status as a report column needs it. */
export type ReportStatus = { id: number; sortOrder: number; active: boolean };

export type StatusCell = { statusId: number; count: number; ratio: number };
export type AnalysisLine = { cells: StatusCell[]; total: number };
export type AnalysisRow = AnalysisLine & { rowKey: string };

/**
 * `count / total` as a fraction rounded half-up to four decimals (a percent to two), in integer
 * arithmetic so 1/32 is 3.13 %, not whatever the float gives; 0 when the total is 0.
 */
export function ratioOf(count: number, total: number): number {
  if (total <= 0) return 0;
  return Math.floor((count * 20000 + total) / (2 * total)) / 10000;
}

/**
 * The report's columns: the configured statuses in their order; an inactive status only when
 * some contact member still has it, so every counted member shows in a column and the row's
 * cells add up to its total.
 */
export function statusColumns<S extends ReportStatus>(statuses: readonly S[], counts: readonly Pick<StatusGroupCount, 'statusId' | 'count'>[]): S[] {
  const used = new Set(counts.filter((c) => c.count > 0).map((c) => c.statusId));
  return [...statuses]
    .filter((s) => s.active || used.has(s.id))
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
}

/** One line from a status → count map: a cell per column, the total over every counted status. */
export function analysisLine(byStatus: ReadonlyMap<number, number>, columns: readonly Pick<ReportStatus, 'id'>[]): AnalysisLine {
  let total = 0;
  for (const count of byStatus.values()) total += count;
  return {
    cells: columns.map((s) => {
      const count = byStatus.get(s.id) ?? 0;
      return { statusId: s.id, count, ratio: ratioOf(count, total) };
    }),
    total,
  };
}

/** Group counts per row, in the order rows first appear in `counts`. */
export function countsByRow(counts: readonly StatusGroupCount[]): Map<string, Map<number, number>> {
  const rows = new Map<string, Map<number, number>>();
  for (const { rowKey, statusId, count } of counts) {
    let row = rows.get(rowKey);
    if (!row) rows.set(rowKey, (row = new Map()));
    row.set(statusId, (row.get(statusId) ?? 0) + count);
  }
  return rows;
}

/** The rows of a grouped count, each with its cells and total. */
export function analysisRows(counts: readonly StatusGroupCount[], columns: readonly Pick<ReportStatus, 'id'>[]): AnalysisRow[] {
  return [...countsByRow(counts)].map(([rowKey, byStatus]) => ({ rowKey, ...analysisLine(byStatus, columns) }));
}

/** The totals row: each status's count summed over the groups, ratios of the grand total. */
export function analysisTotals(counts: readonly Pick<StatusGroupCount, 'statusId' | 'count'>[], columns: readonly Pick<ReportStatus, 'id'>[]): AnalysisLine {
  const byStatus = new Map<number, number>();
  for (const { statusId, count } of counts) byStatus.set(statusId, (byStatus.get(statusId) ?? 0) + count);
  return analysisLine(byStatus, columns);
}

/** Appointment outcomes of the contact members behind a row (預約結果). */
export type AppointmentOutcomes = { booked: number; arrived: number; verified: number; noShow: number; cancelled: number };

export const NO_OUTCOMES: AppointmentOutcomes = Object.freeze({ booked: 0, arrived: 0, verified: 0, noShow: 0, cancelled: 0 });

/** The totals row's outcomes: each outcome summed over the rows' grouped outcome counts. */
export function sumOutcomes(rows: Iterable<AppointmentOutcomes>): AppointmentOutcomes {
  const sum = { ...NO_OUTCOMES };
  for (const row of rows) {
    sum.booked += row.booked;
    sum.arrived += row.arrived;
    sum.verified += row.verified;
    sum.noShow += row.noShow;
    sum.cancelled += row.cancelled;
  }
  return sum;
}

/**
 * What the booked contacts behind a row bought on their visit's day (當日購買), as grouped from
 * campaign_members: how many contacts are booked, how many meet the success rule, and the sums
 * of their same-day invoice, product and treatment amounts (cents, net of returns).
 */
export type SalesSums = { bookedContacts: number; successful: number; invoiceCents: number; productCents: number; treatmentCents: number };

/** A row's sales as reported: success count and ratio only while the success rule is on (null otherwise). */
export type CampaignSales = Omit<SalesSums, 'successful'> & { successful: number | null; successRatio: number | null };

export const NO_SALES: SalesSums = Object.freeze({ bookedContacts: 0, successful: 0, invoiceCents: 0, productCents: 0, treatmentCents: 0 });

/** The totals row's sums: each figure summed over the rows' grouped sums. */
export function sumSales(rows: Iterable<SalesSums>): SalesSums {
  const sum = { ...NO_SALES };
  for (const row of rows) {
    sum.bookedContacts += row.bookedContacts;
    sum.successful += row.successful;
    sum.invoiceCents += row.invoiceCents;
    sum.productCents += row.productCents;
    sum.treatmentCents += row.treatmentCents;
  }
  return sum;
}

/**
 * A row's sales for the report: the success ratio is over the row's booked contacts (a contact
 * that was never booked cannot buy on its visit's day), and both success figures are withheld
 * while the rule is off rather than shown as zero.
 */
export function campaignSales(sums: SalesSums, successRuleEnabled: boolean): CampaignSales {
  const { successful, ...rest } = sums;
  if (!successRuleEnabled) return { ...rest, successful: null, successRatio: null };
  return { ...rest, successful, successRatio: ratioOf(successful, sums.bookedContacts) };
}
