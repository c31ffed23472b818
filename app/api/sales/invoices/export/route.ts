import 'reflect-metadata';
import type { NextRequest } from 'next/server';
import { DEFAULT_TIME_ZONE } from '../../../../../i18n/request';
import { errorResponse, exportCaller, xlsxDownload } from '../../../../../lib/export-route';
import { toInvoiceFilter } from '../../../../../resolvers/sales/invoice.input';
import { Permission } from '../../../../../services/admin/permission';
import { viewerTimeZone } from '../../../../../services/contacts/contact-list.service';
import { DomainError, invalidField } from '../../../../../services/errors/domain-error';
import { dateIn } from '../../../../../services/export/member-export.service';
import type { InvoiceFilter } from '../../../../../services/sales/invoice-filter';
import { invoiceExportLabels, invoiceExportRows, writeInvoiceWorkbook } from '../../../../../services/sales/invoice-export.service';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * GET /api/sales/invoices/export?filter=<json>&locale=<locale>: the invoice list for a filter (the
 * GraphQL InvoiceFilter, as the page's URL builds it) as an .xlsx download, newest first, streamed
 * a batch at a time. Needs data.export and sales.view; the rows go through the list's scoped
 * query, so the viewer's member scope applies.
 */
export async function GET(req: NextRequest): Promise<Response> {
  const caller = await exportCaller(req, Permission.SalesView);
  if (caller instanceof Response) return caller;
  const { ds, viewer, locale } = caller;

  let filter: InvoiceFilter;
  try {
    const raw = new URL(req.url).searchParams.get('filter');
    let parsed: unknown = null;
    if (raw) {
      try {
        parsed = JSON.parse(raw);
      } catch {
        throw invalidField('filter', 'notAnOption');
      }
    }
    filter = await toInvoiceFilter(parsed as never);
  } catch (error) {
    if (error instanceof DomainError) return errorResponse(error, locale);
    throw error;
  }

  const labels = invoiceExportLabels(locale);
  const date = dateIn(new Date(), (await viewerTimeZone(ds, viewer)) || DEFAULT_TIME_ZONE);
  return xlsxDownload(
    (output) => writeInvoiceWorkbook(output, invoiceExportRows(ds, viewer, filter, locale, labels), labels),
    `invoices-${date}.xlsx`,
    `${labels.fileName}-${date}.xlsx`,
    'invoices',
  );
}
