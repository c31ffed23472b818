import { PassThrough, Readable } from 'node:stream';
import { GraphQLError } from 'graphql';
import type { NextRequest } from 'next/server';
import type { DataSource } from 'typeorm';
import { getDataSource } from '../db/data-source';
import { contextFromRequest } from '../graphql/http-context';
import { isLocale, type Locale } from '../i18n/locales';
import type { Viewer } from '../services/auth/viewer';
import { DomainError, ErrorCode } from '../services/errors/domain-error';
import { errorTranslator, negotiateLocale } from '../services/i18n/translator';
import { logger } from './logger';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.BadUserInput]: 400,
};

/** A refused download: the error's code as HTTP status, its message in the caller's language. */
export function errorResponse(error: DomainError, locale: Locale): Response {
  const t = errorTranslator(locale);
  const params = { ...error.params };
  if (typeof params.entity === 'string') params.entity = t(`entity.${params.entity}`);
  return Response.json(
    { error: { code: error.code, message: t(error.messageKey, params), ...(error.field ? { field: error.field } : {}) } },
    { status: STATUS[error.code] ?? 400 },
  );
}

export type ExportCaller = { ds: DataSource; viewer: Viewer; locale: Locale };

/**
 * Who asks for a download, from the session cookie or `Authorization: Bearer <token>` as for
 * GraphQL; `?locale=` wins over the headers. Anonymous callers and wrong tokens get a 401.
 */
export async function exportCaller(req: NextRequest): Promise<ExportCaller | Response> {
  const asked = new URL(req.url).searchParams.get('locale');
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
  return { ds, viewer, locale };
}

/**
 * Streams a workbook as an attachment: `write` fills the stream in the background (a failure
 * ends the download); `asciiName` is the plain file name for old clients, `fileName` the
 * localised one.
 */
export function xlsxDownload(write: (output: PassThrough) => Promise<void>, asciiName: string, fileName: string, what: string): Response {
  const output = new PassThrough();
  write(output).catch((error: unknown) => {
    logger().error({ err: error, export: what }, 'export failed');
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return new Response(Readable.toWeb(output) as ReadableStream<Uint8Array>, {
    headers: {
      'content-type': XLSX_TYPE,
      'content-disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'cache-control': 'no-store',
    },
  });
}
