import 'reflect-metadata';
import type { NextRequest } from 'next/server';
import { translateDomainError } from '../../../../../graphql/errors';
import type { Locale } from '../../../../../i18n/locales';
import { errorResponse, exportCaller, xlsxDownload } from '../../../../../lib/export-route';
import { toAnalysisView, toReportFilter, type ReportFilterInput } from '../../../../../resolvers/reports/report-filter.input';
import { DomainError, ErrorCode, invalidField } from '../../../../../services/errors/domain-error';
import { errorTranslator } from '../../../../../services/i18n/translator';
import { dateIn } from '../../../../../services/export/member-export.service';
import { exportTranslator, writeCampaignAnalysisWorkbook } from '../../../../../services/reports/campaign-analysis-export.service';
import { isProgressId } from '../../../../../services/reports/export-progress';
import { trackExportProgress } from '../../../../../services/reports/export-progress.service';
import type { CampaignAnalysisView, ReportFilter } from '../../../../../services/reports/report-filter';
import { reportContextFor } from '../../../../../services/reports/report-query.service';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** A 400 worded in the export's own messages: the field's label in `reports.export.fields`, the reason in `reports.export.errors`. */
class ExportParamError extends Error {
  constructor(readonly field: string, readonly reasonKey: string) {
    super(`${field}: ${reasonKey}`);
  }
}

/** A refused parameter as JSON: the field, and a message naming its label in the caller's language. */
function badParam(error: DomainError | ExportParamError, locale: Locale): Response {
  if (error instanceof DomainError) {
    if (error.code !== ErrorCode.BadUserInput) return errorResponse(error, locale);
    return Response.json({ error: { code: error.code, message: translateDomainError(error, locale).message, field: error.field } }, { status: 400 });
  }
  const own = exportTranslator(locale);
  const message = errorTranslator(locale)('invalidField', { field: own(`fields.${error.field}`), reason: own(`errors.${error.reasonKey}`) });
  return Response.json({ error: { code: ErrorCode.BadUserInput, message, field: error.field } }, { status: 400 });
}

/** `views=CAMPAIGN,MEMBER`: at least one, each once, in the order given. */
function viewsParam(url: URL): CampaignAnalysisView[] {
  const raw = url.searchParams.get('views')?.trim();
  if (!raw) throw invalidField('views', 'required');
  const views = raw.split(',').map((v) => toAnalysisView(v.trim(), 'views'));
  if (new Set(views).size !== views.length) throw new ExportParamError('views', 'duplicateView');
  return views;
}

/** `filter=<ReportFilterInput as JSON>`: an object (toReportFilter checks its fields), or nothing for "all". */
function filterParam(url: URL): Partial<ReportFilterInput> | null {
  const raw = url.searchParams.get('filter');
  if (!raw) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ExportParamError('filter', 'notFilterJson');
  }
  if (parsed !== null && (typeof parsed !== 'object' || Array.isArray(parsed))) throw new ExportParamError('filter', 'notFilterJson');
  return parsed as Partial<ReportFilterInput> | null;
}

function progressParam(url: URL): string | null {
  const raw = url.searchParams.get('progress');
  if (raw === null || raw === '') return null;
  if (!isProgressId(raw)) throw new ExportParamError('progress', 'progressId');
  return raw;
}

/**
 * GET /api/reports/campaign-analysis/export?views=CAMPAIGN,SALESPERSON&filter=<ReportFilterInput
 * as JSON>&locale=<locale>&progress=<id>: 聯絡活動分析 as an .xlsx download, one sheet per view,
 * from the same service as the API's `campaignAnalysis` field (so the viewer's visibility applies),
 * streamed a batch at a time. With `progress`, the page can poll `reportExportProgress(id)`
 * while the file downloads. Signed-in session or `Authorization: Bearer <token>`.
 */
export async function GET(req: NextRequest): Promise<Response> {
  const caller = await exportCaller(req);
  if (caller instanceof Response) return caller;
  const { ds, viewer, locale } = caller;
  const url = new URL(req.url);

  let views: CampaignAnalysisView[];
  let filter: ReportFilter;
  let progressId: string | null;
  try {
    views = viewsParam(url);
    filter = await toReportFilter(filterParam(url), 'filter');
    progressId = progressParam(url);
  } catch (error) {
    if (error instanceof DomainError || error instanceof ExportParamError) return badParam(error, locale);
    throw error;
  }

  const context = await reportContextFor(ds, viewer);
  const progress = progressId ? await trackExportProgress(ds, viewer.staffId, progressId) : undefined;
  const date = dateIn(context.now, context.timeZone);
  return xlsxDownload(
    (output) => writeCampaignAnalysisWorkbook(output, ds, viewer, { views, filter, locale, context, progress }),
    `campaign-analysis-${date}.xlsx`,
    `${exportTranslator(locale)('fileName')}-${date}.xlsx`,
    'campaign analysis',
  );
}
