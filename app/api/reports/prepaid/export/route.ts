import 'reflect-metadata';
import type { NextRequest } from 'next/server';
import { errorResponse, exportCaller, xlsxDownload } from '../../../../../lib/export-route';
import type { PointsMovementPeriod } from '../../../../../resolvers/loyalty/loyalty-reports.types';
import { toPrepaidLiabilityFilter, toPrepaidRevenueFilter } from '../../../../../resolvers/prepaid/prepaid-reports.resolvers';
import { Permission } from '../../../../../services/admin/permission';
import { viewerTimeZone } from '../../../../../services/contacts/contact-list.service';
import { DomainError, invalidField } from '../../../../../services/errors/domain-error';
import { dateIn } from '../../../../../services/export/member-export.service';
import { PREPAID_REPORT_KINDS, prepaidReportsTranslator, writePrepaidReportWorkbook, type PrepaidReportKind } from '../../../../../services/prepaid/prepaid-reports-export.service';
import { checkLiabilityMember, checkRevenuePeriod, type PrepaidLiabilityFilter, type PrepaidRevenueFilter } from '../../../../../services/prepaid/prepaid-reports.service';
import { salonDay } from '../../../../../services/reports/report-range';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * GET /api/reports/prepaid/export?report=liability|revenue&branch=1&branch=2[&asOf&member][&from&to&period]&locale=…:
 * one prepaid report as an .xlsx download, from the same service and member scope as its query.
 * Needs data.export and reports.prepaid; parameters (and the member's scope) are checked before
 * the download starts, so a refusal is a JSON error naming the field.
 */
export async function GET(req: NextRequest): Promise<Response> {
  const caller = await exportCaller(req, Permission.ReportsPrepaid);
  if (caller instanceof Response) return caller;
  const { ds, viewer, locale } = caller;
  const url = new URL(req.url);
  const now = new Date();
  const timeZone = await viewerTimeZone(ds, viewer);
  let kind: PrepaidReportKind;
  let liability: PrepaidLiabilityFilter | undefined;
  let revenue: PrepaidRevenueFilter | undefined;
  try {
    const asked = url.searchParams.get('report') ?? '';
    if (!(PREPAID_REPORT_KINDS as readonly string[]).includes(asked)) throw invalidField('report', 'notAnOption');
    kind = asked as PrepaidReportKind;
    const branchIds = url.searchParams.getAll('branch');
    if (kind === 'revenue') {
      revenue = await toPrepaidRevenueFilter({
        from: url.searchParams.get('from') || null,
        to: url.searchParams.get('to') || null,
        period: (url.searchParams.get('period') || null) as PointsMovementPeriod | null,
        branchIds,
      }, salonDay(now, timeZone));
      checkRevenuePeriod(revenue);
    } else {
      liability = await toPrepaidLiabilityFilter({ asOf: url.searchParams.get('asOf') || null, memberId: url.searchParams.get('member') || null, branchIds });
      // The member's scope is checked here, while a refusal can still be an error rather than a broken file.
      if (liability.memberId !== undefined) await checkLiabilityMember(ds, viewer, liability.memberId, 'member');
    }
  } catch (error) {
    if (error instanceof DomainError) return errorResponse(error, locale);
    throw error;
  }
  const date = dateIn(now, timeZone);
  const t = prepaidReportsTranslator(locale);
  return xlsxDownload(
    (output) => writePrepaidReportWorkbook(output, ds, viewer, kind, { locale, now, timeZone, liability, revenue }),
    `prepaid-${kind}-${date}.xlsx`,
    `${t(`tabs.${kind}`)}-${date}.xlsx`,
    `prepaid ${kind}`,
  );
}
