import 'reflect-metadata';
import type { NextRequest } from 'next/server';
import { errorResponse, exportCaller, xlsxDownload } from '../../../../../lib/export-route';
import { toSalesStatisticsFilter } from '../../../../../resolvers/reports/sales-statistics.types';
import { Permission } from '../../../../../services/admin/permission';
import { viewerTimeZone } from '../../../../../services/contacts/contact-list.service';
import { DomainError, invalidField } from '../../../../../services/errors/domain-error';
import { salonDay } from '../../../../../services/reports/report-range';
import { SALES_GROUPINGS, type SalesGrouping } from '../../../../../services/reports/sales-statistics';
import { salesStatisticsTranslator, writeSalesStatisticsWorkbook } from '../../../../../services/reports/sales-statistics-export.service';
import { checkSalesPeriod, type SalesStatisticsFilter } from '../../../../../services/reports/sales-statistics.service';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

function groupingParam(url: URL): SalesGrouping {
  const raw = url.searchParams.get('grouping')?.trim() ?? '';
  if (!(SALES_GROUPINGS as readonly string[]).includes(raw)) throw invalidField('grouping', 'notAnOption');
  return raw as SalesGrouping;
}

/**
 * GET /api/reports/sales/export?grouping=MONTH&filter=<SalesStatisticsFilter as JSON>&locale=…:
 * 統計分析 as an .xlsx download, from the same service, filter and scope as the page. Needs
 * data.export, reports.sales and sales.view (the invoices' scope); the parameters are checked
 * before the download starts, so a refusal is a JSON error naming the field.
 */
export async function GET(req: NextRequest): Promise<Response> {
  const caller = await exportCaller(req, Permission.ReportsSales, Permission.SalesView);
  if (caller instanceof Response) return caller;
  const { ds, viewer, locale } = caller;
  const url = new URL(req.url);
  const timeZone = await viewerTimeZone(ds, viewer);
  const now = new Date();

  let grouping: SalesGrouping;
  let filter: SalesStatisticsFilter;
  try {
    grouping = groupingParam(url);
    let parsed: unknown = null;
    const raw = url.searchParams.get('filter');
    if (raw) {
      try {
        parsed = JSON.parse(raw);
      } catch {
        throw invalidField('filter', 'notAnOption');
      }
    }
    filter = await toSalesStatisticsFilter(parsed as never, salonDay(now, timeZone));
    checkSalesPeriod(filter);
  } catch (error) {
    if (error instanceof DomainError) return errorResponse(error, locale);
    throw error;
  }

  const t = salesStatisticsTranslator(locale);
  const name = `${filter.from}_${filter.to}_${grouping.toLowerCase()}.xlsx`;
  return xlsxDownload(
    (output) => writeSalesStatisticsWorkbook(output, ds, viewer, filter, grouping, locale, now, timeZone),
    `sales-statistics-${name}`,
    `${t('sheet.fileName')}-${name}`,
    'sales-statistics',
  );
}
