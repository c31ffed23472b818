import 'reflect-metadata';
import type { NextRequest } from 'next/server';
import { badParamResponse } from '../../../../../../lib/bad-param-response';
import { exportCaller, xlsxDownload } from '../../../../../../lib/export-route';
import { toSalesStatisticsFilter, type SalesStatisticsFilterInput } from '../../../../../../resolvers/reports/sales-statistics.types';
import { Permission } from '../../../../../../services/admin/permission';
import { viewerTimeZone } from '../../../../../../services/contacts/contact-list.service';
import { DomainError } from '../../../../../../services/errors/domain-error';
import { dateIn } from '../../../../../../services/export/member-export.service';
import { salesViewsTranslator, writeMemberRankingWorkbook } from '../../../../../../services/reports/campaign-return-export.service';
import type { RankingFilter } from '../../../../../../services/reports/campaign-return.service';
import { salonDay } from '../../../../../../services/reports/report-range';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * GET /api/reports/sales/ranking/export?from=YYYY-MM-DD&to=YYYY-MM-DD&branch=1&branch=2&locale=…:
 * 會員消費排名 as an .xlsx download, every ranked member of the period, from the same service as
 * the `memberSalesRanking` query. Needs data.export, reports.sales and sales.view.
 */
export async function GET(req: NextRequest): Promise<Response> {
  const caller = await exportCaller(req, Permission.ReportsSales, Permission.SalesView);
  if (caller instanceof Response) return caller;
  const { ds, viewer, locale } = caller;
  const url = new URL(req.url);
  const now = new Date();
  const timeZone = await viewerTimeZone(ds, viewer);
  let filter: RankingFilter;
  try {
    const input: Partial<SalesStatisticsFilterInput> = {
      from: url.searchParams.get('from') || null,
      to: url.searchParams.get('to') || null,
      branchIds: url.searchParams.getAll('branch'),
    };
    filter = await toSalesStatisticsFilter(input, salonDay(now, timeZone));
  } catch (error) {
    if (error instanceof DomainError) return badParamResponse(error, locale);
    throw error;
  }
  const date = dateIn(now, timeZone);
  return xlsxDownload(
    (output) => writeMemberRankingWorkbook(output, ds, viewer, { filter, locale, context: { now, timeZone } }),
    `member-ranking-${date}.xlsx`,
    `${salesViewsTranslator(locale)('rankingFile')}-${date}.xlsx`,
    'member ranking',
  );
}
