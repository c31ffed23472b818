import 'reflect-metadata';
import type { NextRequest } from 'next/server';
import { badParamResponse } from '../../../../../lib/bad-param-response';
import { exportCaller, xlsxDownload } from '../../../../../lib/export-route';
import { Permission } from '../../../../../services/admin/permission';
import { invalidField } from '../../../../../services/errors/domain-error';
import { couponReportTranslator, writeCouponReportWorkbook } from '../../../../../services/loyalty/coupon-report-export.service';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * GET /api/loyalty/coupons/report?from=<ISO instant>&before=<ISO instant>&label=…&locale=…: the
 * e-coupon report as an .xlsx download, the same figures as the `couponReport` query (holders
 * within the caller's member scope). Needs data.export and loyalty.issueCoupons.
 */
export async function GET(req: NextRequest): Promise<Response> {
  const caller = await exportCaller(req, Permission.LoyaltyIssueCoupons);
  if (caller instanceof Response) return caller;
  const { ds, viewer, locale } = caller;
  const url = new URL(req.url);
  const from = new Date(url.searchParams.get('from') ?? '');
  const before = new Date(url.searchParams.get('before') ?? '');
  if (Number.isNaN(from.getTime())) return badParamResponse(invalidField('from', 'invalidDate'), locale);
  if (Number.isNaN(before.getTime()) || before <= from) return badParamResponse(invalidField('before', 'dateRangeReversed'), locale);
  const label = (url.searchParams.get('label') ?? '').slice(0, 40);
  const file = `${couponReportTranslator(locale)('file')}-${label || from.toISOString().slice(0, 10)}.xlsx`;
  return xlsxDownload((output) => writeCouponReportWorkbook(output, ds, viewer, { from, before, label, locale }), 'coupon-report.xlsx', file, 'coupon report');
}
