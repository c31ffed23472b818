import 'reflect-metadata';
import { PassThrough, Readable } from 'node:stream';
import { GraphQLError } from 'graphql';
import type { NextRequest } from 'next/server';
import { getDataSource } from '../../../../db/data-source';
import { contextFromRequest } from '../../../../graphql/http-context';
import { parseId } from '../../../../graphql/ids';
import { DEFAULT_TIME_ZONE } from '../../../../i18n/request';
import { isLocale, type Locale } from '../../../../i18n/locales';
import type { Viewer } from '../../../../services/auth/viewer';
import { DomainError, ErrorCode } from '../../../../services/errors/domain-error';
import { dateIn, exportLabels, memberExportRows, writeMemberWorkbook } from '../../../../services/export/member-export';
import { errorTranslator, negotiateLocale } from '../../../../services/i18n/translator';
import { loadMemberSelection } from '../../../../services/selections/member-selection.service';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.BadUserInput]: 400,
};

function errorResponse(error: DomainError, locale: Locale): Response {
  const t = errorTranslator(locale);
  const params = { ...error.params };
  if (typeof params.entity === 'string') params.entity = t(`entity.${params.entity}`);
  return Response.json(
    { error: { code: error.code, message: t(error.messageKey, params), ...(error.field ? { field: error.field } : {}) } },
    { status: STATUS[error.code] ?? 400 },
  );
}

/**
 * GET /api/members/export?selection=<id>&locale=<locale>: the viewer's saved selection as an
 * .xlsx download, streamed row by row. Signed-in session or `Authorization: Bearer <token>`;
 * only the selection's owner may export it, and only the members they may see are in it.
 */
export async function GET(req: NextRequest): Promise<Response> {
  const url = new URL(req.url);
  const asked = url.searchParams.get('locale');
  let locale: Locale = isLocale(asked) ? asked : negotiateLocale(req.headers.get('x-locale'), req.headers.get('accept-language'));
  const ds = await getDataSource();
  let viewer: Viewer | null = null;
  try {
    const context = await contextFromRequest(ds, req);
    viewer = context.viewer;
    if (!isLocale(asked)) locale = context.locale;
  } catch (error) {
    // A wrong bearer token is refused, not treated as anonymous: either way, no export.
    if (!(error instanceof GraphQLError)) throw error;
  }
  if (!viewer) return errorResponse(new DomainError(ErrorCode.Unauthenticated, 'unauthenticated'), locale);

  let selection;
  try {
    selection = await loadMemberSelection(ds, viewer, parseId(url.searchParams.get('selection') ?? '', 'selection'));
  } catch (error) {
    if (error instanceof DomainError) return errorResponse(error, locale);
    throw error;
  }

  const labels = exportLabels(locale);
  const output = new PassThrough();
  writeMemberWorkbook(output, memberExportRows(ds, viewer, selection, labels), labels).catch((error: unknown) => {
    console.error('[export] member export failed', error);
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  const date = dateIn(new Date(), DEFAULT_TIME_ZONE);
  const fileName = `${labels.fileName}-${date}.xlsx`;
  return new Response(Readable.toWeb(output) as ReadableStream<Uint8Array>, {
    headers: {
      'content-type': XLSX_TYPE,
      'content-disposition': `attachment; filename="members-${date}.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'cache-control': 'no-store',
    },
  });
}
