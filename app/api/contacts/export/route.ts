import 'reflect-metadata';
import { PassThrough, Readable } from 'node:stream';
import { GraphQLError } from 'graphql';
import type { NextRequest } from 'next/server';
import { getDataSource } from '../../../../db/data-source';
import { contextFromRequest } from '../../../../graphql/http-context';
import { DEFAULT_TIME_ZONE } from '../../../../i18n/request';
import { isLocale, type Locale } from '../../../../i18n/locales';
import { toContactFilter, toContactSort } from '../../../../resolvers/contacts/contact-filter.input';
import type { Viewer } from '../../../../services/auth/viewer';
import type { ContactFilter, ContactSort } from '../../../../services/contacts/contact-filter';
import { viewerTimeZone } from '../../../../services/contacts/contact-list';
import { contactScope } from '../../../../services/contacts/contact-scope';
import { DomainError, ErrorCode, invalidField } from '../../../../services/errors/domain-error';
import { contactExportLabels, contactExportRows, writeContactWorkbook } from '../../../../services/export/contact-export';
import { dateIn } from '../../../../services/export/member-export';
import { errorTranslator, negotiateLocale } from '../../../../services/i18n/translator';

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

/** A query-string parameter holding JSON (the list's filter or sort, as the page's URL builds them). */
function jsonParam(url: URL, name: string): unknown {
  const raw = url.searchParams.get(name);
  if (!raw) return null;
  try {
    return JSON.parse(raw);
  } catch {
    throw invalidField(name, 'notAnOption');
  }
}

/**
 * GET /api/contacts/export?filter=<json>&sort=<json>&locale=<locale>: the contact list for a
 * filter and sort as an .xlsx download with the list's columns, streamed a batch at a time.
 * Signed-in session or `Authorization: Bearer <token>`; the rows go through the same query as the
 * list, so the viewer's contact scope and the recycle bin apply.
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

  let filter: ContactFilter;
  let sort: ContactSort;
  try {
    filter = await toContactFilter(jsonParam(url, 'filter') as never);
    sort = toContactSort(jsonParam(url, 'sort') as never);
  } catch (error) {
    if (error instanceof DomainError) return errorResponse(error, locale);
    throw error;
  }

  const [timeZone, scope] = await Promise.all([viewerTimeZone(ds, viewer), contactScope(ds, viewer)]);
  const context = { timeZone, scope, now: new Date() };
  const labels = contactExportLabels(locale);
  const output = new PassThrough();
  writeContactWorkbook(output, contactExportRows(ds, viewer, filter, sort, context, labels, locale), labels).catch((error: unknown) => {
    console.error('[export] contact export failed', error);
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  const date = dateIn(context.now, timeZone || DEFAULT_TIME_ZONE);
  const fileName = `${labels.fileName}-${date}.xlsx`;
  return new Response(Readable.toWeb(output) as ReadableStream<Uint8Array>, {
    headers: {
      'content-type': XLSX_TYPE,
      'content-disposition': `attachment; filename="contacts-${date}.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'cache-control': 'no-store',
    },
  });
}
