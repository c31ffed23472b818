import type { Writable } from 'node:stream';
import { In, type DataSource } from 'typeorm';
import { createTranslator } from 'use-intl/core';
import { Branch, InvoiceLine, InvoicePayment, Member, Staff, TenderType } from '../../entities';
import type { Locale } from '../../i18n/locales';
import en from '../../messages/en.json';
import th from '../../messages/th.json';
import zhCN from '../../messages/zh-CN.json';
import zhHK from '../../messages/zh-HK.json';
import type { Viewer } from '../auth/viewer';
import { labelFor } from '../contact-settings/contact-option-rules';
import { excelLocalDateTime } from '../export/contact-export.service';
import { writeStreamedWorkbook } from '../export/streamed-workbook';
import { formatMemberName } from '../members/member-name';
import type { InvoiceFilter } from './invoice-filter';
import { invoiceBatches } from './invoice-list.service';

/** The sheet's columns, in the list's order and then the amounts. */
export const INVOICE_EXPORT_COLUMNS = [
  'number', 'businessDate', 'issuedAt', 'branch', 'memberNo', 'customer', 'cashier', 'status', 'staff',
  'subtotal', 'discount', 'tax', 'rounding', 'total', 'product', 'treatment', 'payments', 'change', 'refunded', 'note',
] as const;
export type InvoiceExportColumn = (typeof INVOICE_EXPORT_COLUMNS)[number];

const MONEY: ReadonlySet<InvoiceExportColumn> = new Set(['subtotal', 'discount', 'tax', 'rounding', 'total', 'product', 'treatment', 'change', 'refunded']);
const WIDE: ReadonlySet<InvoiceExportColumn> = new Set(['customer', 'staff', 'payments', 'note']);

export type InvoiceExportLabels = {
  columns: Record<InvoiceExportColumn, string>;
  status: Record<'ISSUED' | 'VOIDED', string>;
  walkIn: string;
  sheetName: string;
  fileName: string;
};

const MESSAGES: Record<Locale, Record<string, unknown>> = { 'zh-HK': zhHK, en, 'zh-CN': zhCN, th };

/** The sheet's words in one locale (`sales.invoices`). */
export function invoiceExportLabels(locale: Locale): InvoiceExportLabels {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'sales.invoices' as never }) as unknown as (key: string) => string;
  return {
    columns: Object.fromEntries(INVOICE_EXPORT_COLUMNS.map((c) => [c, t(`export.columns.${c}`)])) as Record<InvoiceExportColumn, string>,
    status: { ISSUED: t('status.ISSUED'), VOIDED: t('status.VOIDED') },
    walkIn: t('walkIn'),
    sheetName: t('export.sheetName'),
    fileName: t('export.fileName'),
  };
}

export type InvoiceExportCell = string | number | Date | null;

const money = (cents: number) => cents / 100;
const idsOf = (values: Array<number | null>) => [...new Set(values.filter((v): v is number => v !== null))];

async function byIds<T extends { id: number }>(ds: DataSource, target: typeof Branch | typeof Member | typeof Staff | typeof TenderType, ids: number[]): Promise<Map<number, T>> {
  const rows = ids.length ? ((await ds.getRepository(target).findBy({ id: In(ids) })) as unknown as T[]) : [];
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * The filtered invoice list's rows a batch at a time, through the list's scoped query and order;
 * each batch's branches, members, staff, lines and payments cost one query each. The members are
 * those of visible invoices, so ones the viewer may open.
 */
export async function* invoiceExportRows(
  ds: DataSource,
  viewer: Viewer,
  filter: InvoiceFilter,
  locale: Locale,
  labels: InvoiceExportLabels,
  batchSize = 500,
): AsyncGenerator<InvoiceExportCell[][]> {
  for await (const invoices of invoiceBatches(ds, viewer, filter, batchSize)) {
    const invoiceIds = invoices.map((i) => i.id);
    const [lines, payments] = await Promise.all([
      ds.getRepository(InvoiceLine).find({ where: { invoiceId: In(invoiceIds) }, order: { position: 'ASC' } }),
      ds.getRepository(InvoicePayment).find({ where: { invoiceId: In(invoiceIds) }, order: { id: 'ASC' } }),
    ]);
    const [branches, members, staff, tenders] = await Promise.all([
      byIds<Branch>(ds, Branch, idsOf(invoices.map((i) => i.branchId))),
      byIds<Member>(ds, Member, idsOf(invoices.map((i) => i.memberId))),
      byIds<Staff>(ds, Staff, idsOf([...invoices.map((i) => i.cashierId), ...lines.map((l) => l.staffId)])),
      byIds<TenderType>(ds, TenderType, idsOf(payments.map((p) => p.tenderTypeId))),
    ]);
    yield invoices.map((invoice) => {
      const branch = branches.get(invoice.branchId);
      const member = invoice.memberId === null ? null : members.get(invoice.memberId);
      const credited = idsOf(lines.filter((l) => l.invoiceId === invoice.id).map((l) => l.staffId));
      const paid = payments
        .filter((p) => p.invoiceId === invoice.id)
        .map((p) => `${tenders.get(p.tenderTypeId) ? labelFor(tenders.get(p.tenderTypeId)!, locale) : `#${p.tenderTypeId}`} ${money(p.amountCents).toFixed(2)}`);
      const cells: Record<InvoiceExportColumn, InvoiceExportCell> = {
        number: invoice.number,
        businessDate: invoice.businessDate,
        issuedAt: excelLocalDateTime(invoice.issuedAt, branch?.timeZone || 'Asia/Hong_Kong'),
        branch: branch ? labelFor(branch, locale) : null,
        memberNo: member?.memberNo ?? null,
        customer: member ? formatMemberName(member) : invoice.customerName || labels.walkIn,
        cashier: staff.get(invoice.cashierId)?.displayName ?? null,
        status: labels.status[invoice.status],
        staff: credited.map((id) => staff.get(id)?.displayName ?? `#${id}`).join(', ') || null,
        subtotal: money(invoice.subtotalCents),
        discount: money(invoice.discountCents),
        tax: money(invoice.taxCents),
        rounding: money(invoice.roundingCents),
        total: money(invoice.totalCents),
        product: money(invoice.productCents),
        treatment: money(invoice.treatmentCents),
        payments: paid.join('; ') || null,
        change: money(invoice.changeCents),
        refunded: money(invoice.refundedCents),
        note: invoice.note || null,
      };
      return INVOICE_EXPORT_COLUMNS.map((c) => cells[c]);
    });
  }
}

/** Writes the invoice list's .xlsx to `stream`, a batch at a time (see writeStreamedWorkbook). */
export async function writeInvoiceWorkbook(stream: Writable, batches: AsyncIterable<InvoiceExportCell[][]>, labels: InvoiceExportLabels): Promise<void> {
  const columns = INVOICE_EXPORT_COLUMNS.map((c) => ({
    key: c,
    header: labels.columns[c],
    width: WIDE.has(c) ? 28 : MONEY.has(c) ? 12 : 16,
    numFmt: c === 'issuedAt' ? 'yyyy-mm-dd hh:mm' : MONEY.has(c) ? '#,##0.00' : undefined,
  }));
  await writeStreamedWorkbook(stream, labels.sheetName, columns, batches);
}
