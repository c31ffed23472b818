import { In, type DataSource, type SelectQueryBuilder } from 'typeorm';
import { Invoice } from '../../entities';
import type { Page } from '../../graphql/connection';
import type { Viewer } from '../auth/viewer';
import { invalidField } from '../errors/domain-error';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import { normaliseInvoiceNumber, prefixUpperBound, type InvoiceFilter } from './invoice-filter';
import { invoiceQuery } from './invoice-scope.service';

/**
 * Narrows the scoped invoice query (alias `i`) by the list's filters. Each filter is a condition
 * one index serves: the staff and tender filters are sets of invoice ids read from the lines' and
 * payments' (staffId, invoiceId) / (tenderTypeId, invoiceId) indexes, so the database can drive
 * from them instead of probing every invoice.
 */
export function applyInvoiceFilter(qb: SelectQueryBuilder<Invoice>, filter: InvoiceFilter): SelectQueryBuilder<Invoice> {
  if (filter.branchIds?.length) qb.andWhere('i.branchId IN (:...filterBranchIds)', { filterBranchIds: filter.branchIds });
  if (filter.from) qb.andWhere('i.businessDate >= :filterFrom', { filterFrom: filter.from });
  if (filter.to) qb.andWhere('i.businessDate <= :filterTo', { filterTo: filter.to });
  if (filter.memberId !== undefined) qb.andWhere('i.memberId = :filterMemberId', { filterMemberId: filter.memberId });
  if (filter.staffId !== undefined) {
    qb.andWhere('i.id IN (SELECT fl.invoiceId FROM invoice_lines fl WHERE fl.staffId = :filterStaffId)', { filterStaffId: filter.staffId });
  }
  if (filter.tenderTypeId !== undefined) {
    qb.andWhere('i.id IN (SELECT fp.invoiceId FROM invoice_payments fp WHERE fp.tenderTypeId = :filterTenderTypeId)', { filterTenderTypeId: filter.tenderTypeId });
  }
  if (filter.status) qb.andWhere('i.status = :filterStatus', { filterStatus: filter.status });
  if (filter.minTotalCents !== undefined) qb.andWhere('i.totalCents >= :filterMinTotal', { filterMinTotal: filter.minTotalCents });
  if (filter.maxTotalCents !== undefined) qb.andWhere('i.totalCents <= :filterMaxTotal', { filterMaxTotal: filter.maxTotalCents });
  if (filter.number) {
    const prefix = normaliseInvoiceNumber(filter.number);
    qb.andWhere('i.number >= :filterNumberFrom AND i.number < :filterNumberTo', { filterNumberFrom: prefix, filterNumberTo: prefixUpperBound(prefix) });
  }
  return qb;
}

/** The viewer's invoices matching a filter, unordered: the list, its count and the export share it. */
export function filteredInvoiceQuery(ds: DataSource, viewer: Viewer, filter: InvoiceFilter): SelectQueryBuilder<Invoice> {
  return applyInvoiceFilter(invoiceQuery(ds, viewer), filter);
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

/** How many invoices the viewer may read match the filter: a plain COUNT(*) (getCount's COUNT(DISTINCT id) costs a sort). */
export async function countInvoices(ds: DataSource, viewer: Viewer, filter: InvoiceFilter): Promise<number> {
  const row = await filteredInvoiceQuery(ds, viewer, filter).select('COUNT(*)', 'n').getRawOne<{ n: number | string }>();
  return Number(row?.n ?? 0);
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
