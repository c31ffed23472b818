import { In, type DataSource, type SelectQueryBuilder } from 'typeorm';
import { Invoice, InvoiceLine, InvoicePayment } from '../../entities';
import type { Page } from '../../graphql/connection';
import type { Viewer } from '../auth/viewer';
import { invalidField } from '../errors/domain-error';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import { normaliseInvoiceNumber, prefixUpperBound, type InvoiceFilter } from './invoice-filter';
import { invoiceCountParts, invoiceQuery } from './invoice-scope.service';

/**
 * How a filter is written: a page walks the issued-time index newest first and tests each row, so
 * the staff and tender filters are EXISTS probes of the lines' (staffId, invoiceId) and payments'
 * (tenderTypeId, invoiceId) indexes and the amount is tested on the row (unary plus keeps the
 * amount index, and the sort it would need, out of the page); a count for a viewer who sees every
 * branch reads every match, so there they are sets of invoice ids from those indexes and the amount
 * is an index range; a count for a viewer limited to branches walks her branches' (branch, column,
 * member) indexes, so staff and tender are EXISTS probes again and the amount an index range.
 */
export type FilterForm = 'page' | 'count' | 'branch-count';

/** Narrows an invoice query (alias `i`) by the list's filters, each a condition one index serves. */
export function applyInvoiceFilter(qb: SelectQueryBuilder<Invoice>, filter: InvoiceFilter, form: FilterForm = 'page'): SelectQueryBuilder<Invoice> {
  if (filter.branchIds?.length) qb.andWhere('i.branchId IN (:...filterBranchIds)', { filterBranchIds: filter.branchIds });
  if (filter.from) qb.andWhere('i.businessDate >= :filterFrom', { filterFrom: filter.from });
  if (filter.to) qb.andWhere('i.businessDate <= :filterTo', { filterTo: filter.to });
  if (filter.memberId !== undefined) qb.andWhere('i.memberId = :filterMemberId', { filterMemberId: filter.memberId });
  const byId = (table: string, column: string, param: string) =>
    form !== 'count'
      ? `EXISTS (SELECT 1 FROM ${table} fx WHERE fx.${column} = :${param} AND fx.invoiceId = i.id)`
      : `i.id IN (SELECT fx.invoiceId FROM ${table} fx WHERE fx.${column} = :${param})`;
  if (filter.staffId !== undefined) qb.andWhere(byId('invoice_lines', 'staffId', 'filterStaffId'), { filterStaffId: filter.staffId });
  if (filter.tenderTypeId !== undefined) qb.andWhere(byId('invoice_payments', 'tenderTypeId', 'filterTenderTypeId'), { filterTenderTypeId: filter.tenderTypeId });
  // The line filters (統計分析's drill-through) are probes of the invoice's own lines by its index.
  const withLine = (condition: string, join = '') => `EXISTS (SELECT 1 FROM invoice_lines fl${join} WHERE fl.invoiceId = i.id AND ${condition})`;
  if (filter.kind) qb.andWhere(withLine('fl.kind = :filterKind'), { filterKind: filter.kind });
  if (filter.productId !== undefined) qb.andWhere(withLine('fl.productId = :filterProductId'), { filterProductId: filter.productId });
  if (filter.treatmentId !== undefined) qb.andWhere(withLine('fl.treatmentId = :filterTreatmentId'), { filterTreatmentId: filter.treatmentId });
  if (filter.departmentId !== undefined) qb.andWhere(withLine('fl.departmentId = :filterDepartmentId'), { filterDepartmentId: filter.departmentId });
  if (filter.categoryId !== undefined) {
    qb.andWhere(withLine('fp.categoryId = :filterCategoryId', ' INNER JOIN products fp ON fp.id = fl.productId'), { filterCategoryId: filter.categoryId });
  }
  if (filter.status) qb.andWhere('i.status = :filterStatus', { filterStatus: filter.status });
  const total = form === 'page' ? '+i.totalCents' : 'i.totalCents';
  if (filter.minTotalCents !== undefined) qb.andWhere(`${total} >= :filterMinTotal`, { filterMinTotal: filter.minTotalCents });
  if (filter.maxTotalCents !== undefined) qb.andWhere(`${total} <= :filterMaxTotal`, { filterMaxTotal: filter.maxTotalCents });
  if (filter.number) {
    // As typed and in capitals: most numbers are capitals, but a branch code may not be
    // ("WanchaiSI-…"), and SQLite compares case by case.
    const typed = filter.number.trim();
    const upper = normaliseInvoiceNumber(filter.number);
    const range = (n: number) => `(i.number >= :filterNumberFrom${n} AND i.number < :filterNumberTo${n})`;
    qb.andWhere(typed === upper ? range(0) : `(${range(0)} OR ${range(1)})`, {
      filterNumberFrom0: upper, filterNumberTo0: prefixUpperBound(upper), filterNumberFrom1: typed, filterNumberTo1: prefixUpperBound(typed),
    });
  }
  return qb;
}

/** The viewer's invoices matching a filter, unordered: the list, its count and the export share it. */
export function filteredInvoiceQuery(ds: DataSource, viewer: Viewer, filter: InvoiceFilter, form: FilterForm = 'page'): SelectQueryBuilder<Invoice> {
  return applyInvoiceFilter(invoiceQuery(ds, viewer), filter, form);
}

/** Cursor of an invoice in the newest-first list: when it was issued, then its id. */
export function invoiceCursor(invoice: Pick<Invoice, 'issuedAt' | 'id'>): string {
  return encodeCursor([invoice.issuedAt.toISOString(), invoice.id]);
}

export function decodeInvoiceCursor(after: string): { issuedAt: Date; id: number } {
  const [at, id] = decodeCursor(after, 2);
  const issuedAt = new Date(String(at));
  if (typeof id !== 'number' || Number.isNaN(issuedAt.getTime())) throw invalidField('after', 'invalidCursor');
  return { issuedAt, id };
}

/** Rows strictly after a keyset position, newest first; a range on issuedAt plus the tie-break so both databases seek. */
function afterPosition(qb: SelectQueryBuilder<Invoice>, after: { issuedAt: Date; id: number }): SelectQueryBuilder<Invoice> {
  return qb.andWhere('i.issuedAt <= :afterAt AND (i.issuedAt < :afterAt OR i.id < :afterId)', { afterAt: after.issuedAt, afterId: after.id });
}

async function newestFirst(ds: DataSource, viewer: Viewer, filter: InvoiceFilter, limit: number, after: { issuedAt: Date; id: number } | null): Promise<Invoice[]> {
  const qb = filteredInvoiceQuery(ds, viewer, filter);
  if (after) afterPosition(qb, after);
  // Ids first (an index-only walk where one fits), then the rows: the page reads no row it does not show.
  const ids: Array<{ id: number | string }> = await qb.select('i.id', 'id').orderBy('i.issuedAt', 'DESC').addOrderBy('i.id', 'DESC').limit(limit).getRawMany();
  if (!ids.length) return [];
  const rows = await ds.getRepository(Invoice).findBy({ id: In(ids.map((r) => Number(r.id))) });
  return rows.sort((a, b) => b.issuedAt.getTime() - a.issuedAt.getTime() || b.id - a.id);
}

/**
 * A page of the invoice list (發票查詢), newest first (issued, then id), keyset-paged so deep
 * pages cost what the first does. The total is counted only when asked for, with the same
 * scoped, filtered query.
 */
export async function invoicesPage(ds: DataSource, viewer: Viewer, filter: InvoiceFilter, page: { first: number; after?: string | null }): Promise<Page<Invoice>> {
  const after = page.after ? decodeInvoiceCursor(page.after) : null;
  const rows = await newestFirst(ds, viewer, filter, page.first + 1, after);
  const { nodes, hasNextPage } = sliceWithLookahead(rows, page.first);
  return { nodes, hasNextPage, cursorOf: invoiceCursor, totalCount: () => countInvoices(ds, viewer, filter) };
}

const countOf = async (qb: SelectQueryBuilder<Invoice>) => Number((await qb.select('COUNT(*)', 'n').getRawOne<{ n: number | string }>())?.n ?? 0);

/**
 * Every invoice's count for a filter of staff alone or tender alone, read from the lines' (staffId,
 * invoiceId) or payments' (tenderTypeId, invoiceId) index alone: each invoice id once, and every
 * line and payment belongs to an invoice, so it equals the invoices' count without visiting
 * hundreds of thousands of invoice rows. Null for any other filter.
 */
function sideTableCount(ds: DataSource, filter: InvoiceFilter): Promise<number> | null {
  const set = Object.entries(filter).filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length)).map(([k]) => k);
  if (set.length !== 1) return null;
  const side = set[0] === 'staffId' ? { table: InvoiceLine, column: 'staffId', value: filter.staffId }
    : set[0] === 'tenderTypeId' ? { table: InvoicePayment, column: 'tenderTypeId', value: filter.tenderTypeId } : null;
  if (!side) return null;
  return ds.getRepository(side.table).createQueryBuilder('sx').select('COUNT(DISTINCT sx.invoiceId)', 'n')
    .where(`sx.${side.column} = :sideValue`, { sideValue: side.value })
    .getRawOne<{ n: number | string }>().then((r) => Number(r?.n ?? 0));
}

/**
 * How many invoices the viewer may read match the filter, as plain COUNT(*)s (getCount's
 * COUNT(DISTINCT id) costs a sort): for a viewer who sees every branch, the filter's count less
 * that of the recycle bin's members' invoices (see invoiceCountParts); otherwise the scoped count,
 * index-only by the (branch, column, member) indexes.
 */
export async function countInvoices(ds: DataSource, viewer: Viewer, filter: InvoiceFilter): Promise<number> {
  const parts = await invoiceCountParts(ds, viewer);
  if (!parts) return countOf(filteredInvoiceQuery(ds, viewer, filter, 'branch-count'));
  const all = await (sideTableCount(ds, filter) ?? countOf(applyInvoiceFilter(parts.base, filter, 'count')));
  if (!parts.hiddenMemberIds.length) return all;
  const hidden = applyInvoiceFilter(ds.getRepository(Invoice).createQueryBuilder('i').where('i.memberId IN (:...hiddenMemberIds)', { hiddenMemberIds: parts.hiddenMemberIds }), filter, 'count');
  return all - (await countOf(hidden));
}

/** The filtered list a batch at a time in the list's order (the Excel export). */
export async function* invoiceBatches(ds: DataSource, viewer: Viewer, filter: InvoiceFilter, batchSize = 500): AsyncGenerator<Invoice[]> {
  let after: { issuedAt: Date; id: number } | null = null;
  for (;;) {
    const rows = await newestFirst(ds, viewer, filter, batchSize, after);
    if (rows.length) yield rows;
    if (rows.length < batchSize) return;
    const last = rows[rows.length - 1];
    after = { issuedAt: last.issuedAt, id: last.id };
  }
}
