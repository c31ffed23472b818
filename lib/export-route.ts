import { PassThrough, Readable } from 'node:stream';
import { GraphQLError } from 'graphql';
import type { NextRequest } from 'next/server';
import type { DataSource } from 'typeorm';
import { getDataSource } from '../db/data-source';
import { contextFromRequest } from '../graphql/http-context';
import { isLocale, type Locale } from '../i18n/locales';
import { Permission } from '../services/admin/permission';
import type { Viewer } from '../services/auth/viewer';
import { DomainError, ErrorCode, forbidden, passwordChangeRequired } from '../services/errors/domain-error';
import { errorTranslator, negotiateLocale, permissionName } from '../services/i18n/translator';
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
  if (typeof params.permission === 'string') params.permission = permissionName(params.permission, locale);
  return Response.json(
    { error: { code: error.code, message: t(error.messageKey, params), ...(error.field ? { field: error.field } : {}) } },
    { status: STATUS[error.code] ?? 400 },
  );
}

export type ExportCaller = { ds: DataSource; viewer: Viewer; locale: Locale };

/**
 * Who sends a request to a route handler, from the session cookie or `Authorization: Bearer
 * <token>` as for GraphQL; `?locale=` wins over the headers. Anonymous callers and wrong tokens
 * get a 401; a staff member still on an initial password gets nothing else.
 */
export async function requestCaller(req: NextRequest): Promise<ExportCaller | Response> {
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
  if (viewer.mustChangePassword) return errorResponse(passwordChangeRequired(), locale);
  return { ds, viewer, locale };
}

/**
 * The caller of a download: every download needs data.export (and whatever else `permissions`
 * names), checked here for all of them.
 */
export async function exportCaller(req: NextRequest, ...permissions: Permission[]): Promise<ExportCaller | Response> {
  const caller = await requestCaller(req);
  if (caller instanceof Response) return caller;
  const missing = [Permission.DataExport, ...permissions].find((permission) => !caller.viewer.permissions.has(permission));
  return missing ? errorResponse(forbidden(missing), caller.locale) : caller;
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
