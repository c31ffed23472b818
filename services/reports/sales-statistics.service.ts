import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { Branch, Department, Invoice, InvoiceLine, InvoicePayment, Product, ProductCategory, SalesReturn, SalesReturnRefund, Staff, TenderType, Treatment } from '../../entities';
import { isSqlite } from '../../db/dialect';
import type { Locale } from '../../i18n/locales';
import { Permission } from '../admin/permission';
import { requirePermission, type Viewer } from '../auth/viewer';
import { labelFor } from '../contact-settings/contact-option-rules';
import { invalidField } from '../errors/domain-error';
import { invoiceCountParts, invoiceQuery } from '../sales/invoice-scope.service';
import {
  NONE_KEY, SALES_MAX_DAYS, foldByPeriod, isPeriodGrouping, periodDays, rankedRows, salesBasis, tenderRows, totalsOf,
  type SalesGrouping, type SalesRow,
} from './sales-statistics';

type Db = DataSource | EntityManager;

export type SalesStatisticsFilter = { from: string; to: string; branchIds?: number[] };

export type SalesStatisticsRowOut = SalesRow & { label: string };
export type SalesStatisticsReport = { grouping: SalesGrouping; from: string; to: string; rows: SalesStatisticsRowOut[]; totals: SalesRow };

type Raw = Record<string, string | number | null>;
const num = (v: unknown) => Number(v ?? 0);
const keyOf = (v: unknown) => (v === null || v === undefined ? NONE_KEY : String(v));

/** The period's range checked here too, so the export refuses what the query refuses. */
export function checkSalesPeriod(filter: SalesStatisticsFilter, field = 'filter'): void {
  const days = periodDays(filter.from, filter.to);
  if (days < 1) throw invalidField(`${field}.to`, 'dateRangeReversed');
  if (days > SALES_MAX_DAYS) throw invalidField(`${field}.to`, 'rangeTooLong', { max: SALES_MAX_DAYS });
}

/**
 * The viewer's issued invoices of the period (voided ones count for nothing), through THE scoped
 * entry point, so a viewer limited to branches sums only theirs. Needs sales.view there as well.
 */
function periodInvoices(db: Db, viewer: Viewer, filter: SalesStatisticsFilter): SelectQueryBuilder<Invoice> {
  const qb = invoiceQuery(db, viewer)
    .andWhere('i.businessDate >= :salesFrom AND i.businessDate <= :salesTo', { salesFrom: filter.from, salesTo: filter.to })
    .andWhere('i.status = :salesIssued', { salesIssued: 'ISSUED' });
  if (filter.branchIds?.length) qb.andWhere('i.branchId IN (:...salesBranchIds)', { salesBranchIds: filter.branchIds });
  return qb;
}

/**
 * What a line's returned units refunded: the cumulative share of its total (return-refund.ts), which
 * is what its return lines add up to however the units came back.
 */
function lineReturnedSql(db: Db): string {
  return isSqlite(db) ? '(l.totalCents * l.returnedQuantity) / l.quantity' : '(l.totalCents * l.returnedQuantity) DIV l.quantity';
}

function lineGroupExpression(grouping: SalesGrouping): string {
  switch (grouping) {
    case 'STAFF': return 'l.staffId';
    case 'PRODUCT': return 'l.productId';
    case 'TREATMENT': return 'l.treatmentId';
    case 'KIND': return 'l.kind';
    case 'DEPARTMENT': return 'l.departmentId';
    // Treatment lines have no product category: they make one row of their own.
    case 'CATEGORY': return "CASE WHEN l.kind = 'TREATMENT' THEN 'TREATMENT' ELSE p.categoryId END";
    default: throw new Error(`not a line grouping: ${grouping}`);
  }
}

type InvoiceSums = { key: string; grossCents: number; returnedCents: number; invoices: number; quantity: number };

/** Issued invoices of the period (and branches) on a query of alias `i`, summed per group. */
async function sumInvoices(qb: SelectQueryBuilder<Invoice>, filter: SalesStatisticsFilter, column: string): Promise<InvoiceSums[]> {
  qb.andWhere('i.businessDate >= :salesFrom AND i.businessDate <= :salesTo', { salesFrom: filter.from, salesTo: filter.to })
    .andWhere('i.status = :salesIssued', { salesIssued: 'ISSUED' });
  if (filter.branchIds?.length) qb.andWhere('i.branchId IN (:...salesBranchIds)', { salesBranchIds: filter.branchIds });
  const raw: Raw[] = await qb
    .select(column, 'k')
    .addSelect('SUM(i.totalCents)', 'gross')
    .addSelect('SUM(i.refundedCents)', 'returned')
    .addSelect('COUNT(*)', 'n')
    .groupBy(column)
    .getRawMany();
  return raw.map((r) => ({ key: keyOf(r.k), grossCents: num(r.gross), returnedCents: num(r.returned), invoices: num(r.n), quantity: 0 }));
}

/**
 * Per-day or per-branch sums of the viewer's invoices. For a viewer who sees every branch the
 * scope leaves out only the recycle bin's members (invoiceCountParts, as the invoice list's count
 * does): the plain sums less those members' invoices' sums, so a year of the chain costs what the
 * plain GROUP BY does rather than testing the member rule on every invoice. Otherwise the sums
 * run on invoiceQuery itself.
 */
async function invoiceGroups(db: Db, viewer: Viewer, filter: SalesStatisticsFilter, grouping: SalesGrouping): Promise<SalesRow[]> {
  // SQLite would walk a (branchId, …) index for the grouping's order and read every row; the unary
  // plus leaves it the covering idx_invoices_sales_statistics and a small sort of 50-odd groups.
  const column = grouping === 'BRANCH' ? (isSqlite(db) ? '+i.branchId' : 'i.branchId') : 'i.businessDate';
  const parts = await invoiceCountParts(db, viewer);
  let sums: InvoiceSums[];
  if (!parts) {
    sums = await sumInvoices(invoiceQuery(db, viewer), filter, column);
  } else {
    const hiddenQuery = () => db.getRepository(Invoice).createQueryBuilder('i').where('i.memberId IN (:...hiddenMemberIds)', { hiddenMemberIds: parts.hiddenMemberIds });
    const [all, hidden] = await Promise.all([sumInvoices(parts.base, filter, column), parts.hiddenMemberIds.length ? sumInvoices(hiddenQuery(), filter, column) : []]);
    const less = new Map(hidden.map((h) => [h.key, h]));
    sums = all.map((a) => {
      const h = less.get(a.key);
      return h ? { ...a, grossCents: a.grossCents - h.grossCents, returnedCents: a.returnedCents - h.returnedCents, invoices: a.invoices - h.invoices } : a;
    }).filter((a) => a.invoices > 0);
  }
  return isPeriodGrouping(grouping) ? foldByPeriod(sums.map((x) => ({ ...x, date: x.key })), filter.from, filter.to, grouping) : rankedRows(sums);
}

/** Product and treatment groupings sum only the lines of their kind. */
function lineKindOf(grouping: SalesGrouping): string | null {
  return grouping === 'PRODUCT' || grouping === 'TREATMENT' ? grouping : null;
}

async function lineGroups(db: Db, viewer: Viewer, filter: SalesStatisticsFilter, grouping: SalesGrouping): Promise<{ rows: SalesRow[]; invoices: number }> {
  const kind = lineKindOf(grouping);
  const qb = periodInvoices(db, viewer, filter).innerJoin(InvoiceLine, 'l', kind ? 'l.invoiceId = i.id AND l.kind = :salesLineKind' : 'l.invoiceId = i.id', { salesLineKind: kind });
  if (grouping === 'CATEGORY') qb.leftJoin(Product, 'p', 'p.id = l.productId');
  const expression = lineGroupExpression(grouping);
  const [raw, distinct] = await Promise.all([
    qb.clone()
      .select(expression, 'k')
      .addSelect('SUM(l.totalCents)', 'gross')
      .addSelect(`SUM(${lineReturnedSql(db)})`, 'returned')
      .addSelect('COUNT(DISTINCT l.invoiceId)', 'n')
      .addSelect('SUM(l.quantity - l.returnedQuantity)', 'q')
      .groupBy(expression)
      .getRawMany<Raw>(),
    periodInvoices(db, viewer, filter).select('COUNT(*)', 'n')
      .andWhere(`EXISTS (SELECT 1 FROM invoice_lines lx WHERE lx.invoiceId = i.id${kind ? ' AND lx.kind = :salesLineKind' : ''})`, { salesLineKind: kind })
      .getRawOne<Raw>(),
  ]);
  const rows = rankedRows(raw.map((r) => ({ key: keyOf(r.k), grossCents: num(r.gross), returnedCents: num(r.returned), invoices: num(r.n), quantity: num(r.q) })));
  return { rows, invoices: num(distinct?.n) };
}

async function tenderGroups(db: Db, viewer: Viewer, filter: SalesStatisticsFilter): Promise<{ rows: SalesRow[]; invoices: number }> {
  const [paid, refunded, distinct] = await Promise.all([
    periodInvoices(db, viewer, filter).innerJoin(InvoicePayment, 'pm', 'pm.invoiceId = i.id')
      .select('pm.tenderTypeId', 'k').addSelect('SUM(pm.amountCents)', 'gross').addSelect('COUNT(DISTINCT pm.invoiceId)', 'n')
      .groupBy('pm.tenderTypeId').getRawMany<Raw>(),
    periodInvoices(db, viewer, filter).innerJoin(SalesReturn, 'sr', 'sr.invoiceId = i.id').innerJoin(SalesReturnRefund, 'rf', 'rf.salesReturnId = sr.id')
      .select('rf.tenderTypeId', 'k').addSelect('SUM(rf.amountCents)', 'cents')
      .groupBy('rf.tenderTypeId').getRawMany<Raw>(),
    periodInvoices(db, viewer, filter).select('COUNT(*)', 'n').getRawOne<Raw>(),
  ]);
  const rows = tenderRows(
    paid.map((r) => ({ key: keyOf(r.k), grossCents: num(r.gross), invoices: num(r.n) })),
    refunded.map((r) => ({ key: keyOf(r.k), cents: num(r.cents) })),
  );
  return { rows, invoices: num(distinct?.n) };
}

type Named = { id: number; name: string; translations?: Parameters<typeof labelFor>[0]['translations'] };

async function namesOf(db: Db, grouping: SalesGrouping, ids: number[], locale: Locale): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const load = async <T extends { id: number }>(target: new () => T, label: (row: T) => string) =>
    new Map(((await db.getRepository(target).findBy({ id: In(ids) } as never)) as T[]).map((row) => [String(row.id), label(row)]));
  const localised = (row: Named) => labelFor({ name: row.name, translations: row.translations ?? null }, locale);
  switch (grouping) {
    case 'BRANCH': return load(Branch, (b) => localised(b as unknown as Named));
    case 'STAFF': return load(Staff, (s) => `${s.displayName} (${s.code})`);
    case 'PRODUCT': return load(Product, (p) => `${p.code} ${localised(p as unknown as Named)}`);
    case 'TREATMENT': return load(Treatment, (t) => `${t.code} ${t.name}`);
    case 'CATEGORY': return load(ProductCategory, (c) => localised(c as unknown as Named));
    case 'DEPARTMENT': return load(Department, (d) => localised(d as unknown as Named));
    case 'TENDER': return load(TenderType, (t) => localised(t as unknown as Named));
    default: return new Map();
  }
}

/**
 * 統計分析 for one grouping: rows and totals of the viewer's issued invoices dated in the period
 * (and branches), net of returns — a return counts against the invoice it refunds, on that
 * invoice's date, so every row is the net of the invoices the invoice list shows for it. Rows with
 * no staff, category or department have key "none"; their label is left to the caller (""), as
 * are the labels of period and kind rows, which are words of the page.
 */
export async function salesStatistics(db: Db, viewer: Viewer, filter: SalesStatisticsFilter, grouping: SalesGrouping, locale: Locale): Promise<SalesStatisticsReport> {
  requirePermission(viewer, Permission.ReportsSales);
  checkSalesPeriod(filter);
  const basis = salesBasis(grouping);
  let rows: SalesRow[];
  let totals: SalesRow;
  if (basis === 'invoice') {
    rows = await invoiceGroups(db, viewer, filter, grouping);
    totals = totalsOf(rows);
  } else {
    const grouped = basis === 'line' ? await lineGroups(db, viewer, filter, grouping) : await tenderGroups(db, viewer, filter);
    rows = grouped.rows;
    totals = totalsOf(rows, grouped.invoices);
  }
  const ids = rows.map((r) => Number(r.key)).filter((id) => Number.isInteger(id) && id > 0);
  const names = isPeriodGrouping(grouping) || grouping === 'KIND' ? new Map<string, string>() : await namesOf(db, grouping, ids, locale);
  return { grouping, from: filter.from, to: filter.to, rows: rows.map((r) => ({ ...r, label: names.get(r.key) ?? '' })), totals };
}

