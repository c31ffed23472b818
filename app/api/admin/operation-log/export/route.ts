import 'reflect-metadata';
import type { NextRequest } from 'next/server';
import { DEFAULT_TIME_ZONE } from '../../../../../i18n/request';
import { errorResponse, exportCaller, xlsxDownload } from '../../../../../lib/export-route';
import { toOperationLogFilter } from '../../../../../resolvers/admin/operation-log.input';
import { operationLogExportLabels, operationLogExportRows, writeOperationLogWorkbook } from '../../../../../services/admin/operation-log-export.service';
import type { OperationLogFilter } from '../../../../../services/admin/operation-log.service';
import { Permission } from '../../../../../services/admin/permission';
import { requirePermission } from '../../../../../services/auth/viewer';
import { viewerTimeZone } from '../../../../../services/contacts/contact-list.service';
import { DomainError, invalidField } from '../../../../../services/errors/domain-error';
import { dateIn } from '../../../../../services/export/member-export.service';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * GET /api/admin/operation-log/export?filter=<json>&locale=<locale>: the operation log for a
 * filter (as the page's URL builds it) as an .xlsx download, newest first, streamed a batch at a
 * time. Needs data.export and auditLog.view; the rows go through the screen's query, so the
 * viewer's member scope applies.
 */
export async function GET(req: NextRequest): Promise<Response> {
  const caller = await exportCaller(req);
  if (caller instanceof Response) return caller;
  const { ds, viewer, locale } = caller;

  let filter: OperationLogFilter;
  try {
    requirePermission(viewer, Permission.DataExport);
    requirePermission(viewer, Permission.AuditLogView);
    const raw = new URL(req.url).searchParams.get('filter');
    let parsed: unknown = null;
    if (raw) {
      try {
        parsed = JSON.parse(raw);
      } catch {
        throw invalidField('filter', 'notAnOption');
      }
    }
    filter = await toOperationLogFilter(parsed as never);
  } catch (error) {
    if (error instanceof DomainError) return errorResponse(error, locale);
    throw error;
  }

  const timeZone = (await viewerTimeZone(ds, viewer)) || DEFAULT_TIME_ZONE;
  const labels = operationLogExportLabels(locale);
  const date = dateIn(new Date(), timeZone);
  return xlsxDownload(
    (output) => writeOperationLogWorkbook(output, operationLogExportRows(ds, viewer, filter, { timeZone }, labels), labels),
    `operation-log-${date}.xlsx`,
    `${labels.fileName}-${date}.xlsx`,
    'operationLog',
  );
}
