import 'reflect-metadata';
import type { NextRequest } from 'next/server';
import { badParamResponse } from '../../../../../../lib/bad-param-response';
import { exportCaller, xlsxDownload } from '../../../../../../lib/export-route';
import { toReportFilter, type ReportFilterInput } from '../../../../../../resolvers/reports/report-filter.input';
import { Permission } from '../../../../../../services/admin/permission';
import { DomainError, invalidField } from '../../../../../../services/errors/domain-error';
import { dateIn } from '../../../../../../services/export/member-export.service';
import { salesViewsTranslator, writeCampaignReturnWorkbook } from '../../../../../../services/reports/campaign-return-export.service';
import { checkReturnDays } from '../../../../../../services/reports/campaign-return.service';
import type { ReportFilter } from '../../../../../../services/reports/report-filter';
import { reportContextFor } from '../../../../../../services/reports/report-query.service';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** `filter=<ReportFilterInput as JSON>`: an object, or nothing for "all". */
function filterParam(url: URL): Partial<ReportFilterInput> | null {
  const raw = url.searchParams.get('filter');
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed === null || (typeof parsed === 'object' && !Array.isArray(parsed))) return parsed as Partial<ReportFilterInput> | null;
  } catch {
    // Refused below, as any other value that is not an object.
  }
  throw invalidField('filter', 'notAnOption');
}

/**
 * GET /api/reports/sales/campaign-return/export?days=30&filter=<ReportFilterInput as JSON>&locale=…:
 * 活動回報 as an .xlsx download (the campaigns, then the invoices behind them), from the same
 * services as the `campaignReturn` query. Needs data.export, reports.sales and sales.view.
 */
export async function GET(req: NextRequest): Promise<Response> {
  const caller = await exportCaller(req, Permission.ReportsSales, Permission.SalesView);
  if (caller instanceof Response) return caller;
  const { ds, viewer, locale } = caller;
  const url = new URL(req.url);
  let filter: ReportFilter;
  let days: number;
  try {
    const raw = url.searchParams.get('days');
    days = checkReturnDays(raw === null || raw.trim() === '' ? Number.NaN : Number(raw));
    filter = await toReportFilter(filterParam(url), 'filter');
  } catch (error) {
    if (error instanceof DomainError) return badParamResponse(error, locale);
    throw error;
  }
  const context = await reportContextFor(ds, viewer);
  const date = dateIn(context.now, context.timeZone);
  return xlsxDownload(
    (output) => writeCampaignReturnWorkbook(output, ds, viewer, { filter, days, locale, context }),
    `campaign-return-${date}.xlsx`,
    `${salesViewsTranslator(locale)('campaignReturnFile')}-${date}.xlsx`,
    'campaign return',
  );
}
