import 'reflect-metadata';
import type { NextRequest } from 'next/server';
import { errorResponse, exportCaller, xlsxDownload } from '../../../../../lib/export-route';
import { toBranchesFilter, toPointsMovementsFilter, type PointsMovementPeriod } from '../../../../../resolvers/loyalty/loyalty-reports.types';
import { Permission } from '../../../../../services/admin/permission';
import { viewerTimeZone } from '../../../../../services/contacts/contact-list.service';
import { DomainError, invalidField } from '../../../../../services/errors/domain-error';
import { dateIn } from '../../../../../services/export/member-export.service';
import { LOYALTY_REPORT_KINDS, loyaltyReportsTranslator, writeLoyaltyReportWorkbook, type LoyaltyReportKind } from '../../../../../services/loyalty/loyalty-reports-export.service';
import { checkMovementsPeriod, type PointsMovementsFilter } from '../../../../../services/loyalty/loyalty-reports.service';
import { salonDay } from '../../../../../services/reports/report-range';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * GET /api/reports/loyalty/export?report=ranking|movements|liability&branch=1&branch=2[&from&to&period]&locale=…:
 * one loyalty report as an .xlsx download, from the same service and member scope as its query.
 * Needs data.export and reports.loyalty; parameters are checked before the download starts, so a
 * refusal is a JSON error naming the field.
 */
export async function GET(req: NextRequest): Promise<Response> {
  const caller = await exportCaller(req, Permission.ReportsLoyalty);
  if (caller instanceof Response) return caller;
  const { ds, viewer, locale } = caller;
  const url = new URL(req.url);
  const now = new Date();
  const timeZone = await viewerTimeZone(ds, viewer);
  let kind: LoyaltyReportKind;
  let branchIds: number[] | undefined;
  let movements: PointsMovementsFilter | undefined;
  try {
    const asked = url.searchParams.get('report') ?? '';
    if (!(LOYALTY_REPORT_KINDS as readonly string[]).includes(asked)) throw invalidField('report', 'notAnOption');
    kind = asked as LoyaltyReportKind;
    const branches = url.searchParams.getAll('branch');
    if (kind === 'movements') {
      movements = await toPointsMovementsFilter({
        from: url.searchParams.get('from') || null,
        to: url.searchParams.get('to') || null,
        period: (url.searchParams.get('period') || null) as PointsMovementPeriod | null,
        branchIds: branches,
      }, salonDay(now, timeZone));
      checkMovementsPeriod(movements);
    } else {
      branchIds = (await toBranchesFilter({ branchIds: branches })).branchIds;
    }
  } catch (error) {
    if (error instanceof DomainError) return errorResponse(error, locale);
    throw error;
  }
  const date = dateIn(now, timeZone);
  const t = loyaltyReportsTranslator(locale);
  return xlsxDownload(
    (output) => writeLoyaltyReportWorkbook(output, ds, viewer, kind, { locale, now, timeZone, branchIds, movements }),
    `loyalty-${kind}-${date}.xlsx`,
    `${t(`tabs.${kind}`)}-${date}.xlsx`,
    `loyalty ${kind}`,
  );
}
