import { ArrayMaxSize, validate } from 'class-validator';
import { Args, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, PageArgs, type Page } from '../../graphql/connection';
import { firstValidationError, IsCalendarDate, IsNotBefore, tooMany } from '../../graphql/filter-validation';
import { parseIds } from '../../graphql/ids';
import { LocalDate } from '../../graphql/scalars';
import { decodeCursor, encodeCursor } from '../../services/pagination/cursor';
import { invalidField } from '../../services/errors/domain-error';
import { defaultSalesPeriod } from '../../services/reports/sales-statistics';
import type { SalesStatisticsFilter, SalesStatisticsReport, SalesStatisticsRowOut } from '../../services/reports/sales-statistics.service';

export enum SalesStatisticsGrouping {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  BRANCH = 'BRANCH',
  STAFF = 'STAFF',
  PRODUCT = 'PRODUCT',
  TREATMENT = 'TREATMENT',
  KIND = 'KIND',
  CATEGORY = 'CATEGORY',
  DEPARTMENT = 'DEPARTMENT',
  TENDER = 'TENDER',
}

registerEnumType(SalesStatisticsGrouping, {
  name: 'SalesStatisticsGrouping',
  description: 'What 統計分析 sums sales by. Period and branch sum invoices; staff, item, kind, category and department sum invoice lines (before the invoice\'s cash rounding); tender sums payments.',
  valuesConfig: {
    DAY: { description: 'Invoice date (發票日期, the branch\'s salon day); every day of the period is a row.' },
    WEEK: { description: 'ISO week of the invoice date (Monday to Sunday), clipped to the period.' },
    MONTH: { description: 'Month of the invoice date, clipped to the period.' },
    BRANCH: { description: 'The invoice\'s branch.' },
    STAFF: { description: 'The staff member credited on the line; "none" for lines credited to nobody.' },
    PRODUCT: { description: 'The product sold (product lines only).' },
    TREATMENT: { description: 'The treatment sold (treatment lines only).' },
    KIND: { description: 'Product or treatment (keys PRODUCT, TREATMENT).' },
    CATEGORY: { description: 'The product\'s category; "none" for products without one, "TREATMENT" for every treatment line.' },
    DEPARTMENT: { description: 'The item\'s department at the sale; "none" for items without one.' },
    TENDER: { description: 'The tender paid with; refunds count against the tender they were paid back by.' },
  },
});

const BRANCHES_MAX = 100;

@InputType('SalesStatisticsFilter', { description: '統計分析\'s filters: the period (by invoice date) and branches.' })
export class SalesStatisticsFilterInput {
  @Field(() => LocalDate, { nullable: true, description: 'First invoice date (YYYY-MM-DD), inclusive; absent: the first of the current month.' })
  @IsCalendarDate()
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last invoice date, inclusive, at most 366 days after `from`; absent: today.' })
  @IsCalendarDate()
  @IsNotBefore('from')
  to?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only invoices of these branches (within the viewer\'s scope); absent or empty: every branch she may see.' })
  @ArrayMaxSize(BRANCHES_MAX, tooMany(BRANCHES_MAX))
  branchIds?: string[] | null;
}

/**
 * Validates the filter (from GraphQL or the export's query string: errors name "filter.<field>"
 * either way); the missing ends of the period come from the month so far, in the salon's days.
 */
export async function toSalesStatisticsFilter(input: Partial<SalesStatisticsFilterInput> | null | undefined, today: string, field = 'filter'): Promise<SalesStatisticsFilter> {
  if (input !== null && input !== undefined && (typeof input !== 'object' || Array.isArray(input))) throw invalidField(field, 'notAnOption');
  const instance = Object.assign(new SalesStatisticsFilterInput(), input ?? {});
  const errors = await validate(instance, { skipMissingProperties: true, forbidUnknownValues: false });
  if (errors.length) throw firstValidationError(errors, [field]);
  const fallback = defaultSalesPeriod(input?.to || today);
  const filter: SalesStatisticsFilter = { from: input?.from || fallback.from, to: input?.to || (input?.from && input.from > today ? input.from : today) };
  const branchIds = parseIds(input?.branchIds, `${field}.branchIds`);
  if (branchIds?.length) filter.branchIds = [...new Set(branchIds)];
  return filter;
}

@ObjectType('SalesStatisticsFigures', { description: 'Sales of one group of 統計分析, or of all of them (the totals). Money in cents, as whole numbers (Float, because a chain\'s year passes 32 bits).' })
export class SalesStatisticsFigures {
  @Field(() => Float, { description: 'Net sales: gross less returns, in cents. Voided invoices are never counted.' })
  netCents: number;

  @Field(() => Float, { description: 'What the invoices, lines or payments came to when sold, in cents.' })
  grossCents: number;

  @Field(() => Float, { description: 'Refunded on returns of them (on any later day), in cents.' })
  returnedCents: number;

  @Field(() => Int, { description: 'Distinct invoices counted (an invoice with lines of two staff counts in both rows, once in the totals).' })
  invoiceCount: number;

  @Field(() => Int, { description: 'Units sold less units returned, for line groupings (staff, product, treatment, kind, category, department); 0 otherwise.' })
  quantity: number;
}

@ObjectType('SalesStatisticsRow', { description: 'One group of 統計分析.' })
export class SalesStatisticsRow extends SalesStatisticsFigures {
  @Field(() => String, { description: 'The group: a date, "2026-W49", "2026-12", an id, PRODUCT/TREATMENT, or "none" for lines with no staff, category or department.' })
  key: string;

  @Field(() => String, { description: 'The group\'s name in the caller\'s language (branch, staff, item, category, department, tender); "" for periods, kinds and "none", which the page words.' })
  label: string;

  @Field(() => LocalDate, { nullable: true, description: 'Period groupings: the first day of the bucket within the period.' })
  from: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Period groupings: the last day of the bucket within the period.' })
  to: string | null;
}

@ObjectType('SalesStatisticsRowConnection', { description: 'A page of 統計分析 rows.' })
export class SalesStatisticsRowConnection extends Connection(SalesStatisticsRow, 'SalesStatisticsRow') {}

const rowOf = (r: SalesStatisticsRowOut) => Object.assign(new SalesStatisticsRow(), {
  key: r.key, label: r.label, netCents: r.netCents, grossCents: r.grossCents, returnedCents: r.returnedCents, invoiceCount: r.invoices, quantity: r.quantity, from: r.from ?? null, to: r.to ?? null,
});

/** Rows in the report's order, a page at a time; the cursor is the row's position. */
function pageOf(rows: SalesStatisticsRowOut[], first: number, after?: string | null): Page<SalesStatisticsRow> {
  const start = after ? Number(decodeCursor(after, 1)[0]) + 1 : 0;
  const nodes = rows.slice(start, start + first).map(rowOf);
  const position = new Map(nodes.map((n, index) => [n, start + index]));
  return { nodes, hasNextPage: start + first < rows.length, cursorOf: (n) => encodeCursor([position.get(n)!]), totalCount: async () => rows.length };
}

@ObjectType('SalesStatistics', { description: '統計分析: the viewer\'s issued invoices dated in a period, grouped one way, net of returns (a return counts on its invoice\'s date).' })
export class SalesStatistics {
  @Field(() => SalesStatisticsGrouping, { description: 'How the rows are grouped.' })
  grouping: SalesStatisticsGrouping;

  @Field(() => LocalDate, { description: 'First invoice date of the period.' })
  from: string;

  @Field(() => LocalDate, { description: 'Last invoice date of the period (inclusive).' })
  to: string;

  @Field(() => [ID], { description: 'The branches it was limited to; empty for every branch the viewer may see.' })
  branchIds: string[];

  @Field(() => SalesStatisticsFigures, { description: 'The totals row: every figure over all rows (invoices counted once).' })
  totals: SalesStatisticsFigures;

  report: SalesStatisticsReport;

  @Field(() => SalesStatisticsRowConnection, { description: 'The rows: periods in date order (every bucket, empty ones as zero), other groupings largest net first.' })
  rows(@Args(() => PageArgs) page: PageArgs): SalesStatisticsRowConnection {
    return SalesStatisticsRowConnection.from(pageOf(this.report.rows, page.first, page.after));
  }
}

export function salesStatisticsOf(report: SalesStatisticsReport, branchIds: number[] | undefined): SalesStatistics {
  const t = report.totals;
  return Object.assign(new SalesStatistics(), {
    grouping: report.grouping as SalesStatisticsGrouping,
    from: report.from,
    to: report.to,
    branchIds: (branchIds ?? []).map(String),
    totals: Object.assign(new SalesStatisticsFigures(), { netCents: t.netCents, grossCents: t.grossCents, returnedCents: t.returnedCents, invoiceCount: t.invoices, quantity: t.quantity }),
    report,
  });
}
