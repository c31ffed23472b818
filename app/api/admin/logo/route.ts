import 'reflect-metadata';
import type { NextRequest } from 'next/server';
import { getDataSource } from '../../../../db/data-source';
import { translateDomainError } from '../../../../graphql/errors';
import { errorResponse, requestCaller } from '../../../../lib/export-route';
import { Permission } from '../../../../services/admin/permission';
import { LOGO_MAX_BYTES, SystemSettingsService } from '../../../../services/admin/system-settings.service';
import { requirePermission } from '../../../../services/auth/viewer';
import { DomainError, invalidField } from '../../../../services/errors/domain-error';
import type { Locale } from '../../../../i18n/locales';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const etagOf = (version: number) => `"logo-${version}"`;

/**
 * GET /api/admin/logo[?v=<version>]: the company logo, for anyone (the sign-in page shows it too).
 * Read from the database, so every app instance serves the same one; `v` (the address the
 * settings give) may be kept for good, the bare address is revalidated with its ETag.
 */
export async function GET(req: NextRequest): Promise<Response> {
  const service = new SystemSettingsService(await getDataSource());
  const { logoVersion } = await service.get();
  if (logoVersion === null) return new Response(null, { status: 404, headers: { 'cache-control': 'no-cache' } });
  const etag = etagOf(logoVersion);
  const asked = new URL(req.url).searchParams.get('v');
  const cacheControl = asked === String(logoVersion) ? 'public, max-age=31536000, immutable' : 'public, no-cache';
  const headers = { etag, 'cache-control': cacheControl, 'x-content-type-options': 'nosniff' };
  if (req.headers.get('if-none-match')?.split(/\s*,\s*/).includes(etag)) return new Response(null, { status: 304, headers });
  const logo = await service.logo();
  if (!logo) return new Response(null, { status: 404, headers: { 'cache-control': 'no-cache' } });
  return new Response(new Uint8Array(logo.content), {
    headers: { ...headers, etag: etagOf(logo.version), 'content-type': logo.mimeType, 'content-length': String(logo.content.byteLength) },
  });
}

/** A refused upload: the status of its code, the message naming the field in the caller's language. */
function refusal(error: DomainError, locale: Locale): Response {
  if (!error.field) return errorResponse(error, locale);
  const message = translateDomainError(error, locale).message;
  return Response.json({ error: { code: error.code, message, field: error.field } }, { status: 400 });
}

/** The request body, or null once it passes `max` bytes (the rest is not read). */
async function bodyUpTo(req: NextRequest, max: number): Promise<Uint8Array | null> {
  const declared = Number(req.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) return null;
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * PUT /api/admin/logo with the image file as the body: sets the company logo (settings.system).
 * PNG, JPEG, GIF or WebP as the bytes say, within the upload limit (and 64 KB). A PUT, not a
 * form POST, so another site cannot send one with the staff member's cookie without CORS.
 */
export async function PUT(req: NextRequest): Promise<Response> {
  const caller = await requestCaller(req);
  if (caller instanceof Response) return caller;
  const { ds, viewer, locale } = caller;
  const service = new SystemSettingsService(ds);
  try {
    // Refused before a byte of the file is read.
    requirePermission(viewer, Permission.SettingsSystem);
    const max = Math.min((await service.get()).uploadMaxBytes, LOGO_MAX_BYTES);
    const body = await bodyUpTo(req, max);
    if (!body) throw invalidField('logo', 'fileTooLarge', { max: Math.floor(max / 1024) });
    const settings = await service.setLogo(viewer, body);
    return Response.json({ logoVersion: settings.logoVersion, version: settings.version }, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    if (error instanceof DomainError) return refusal(error, locale);
    throw error;
  }
}

/** DELETE /api/admin/logo: removes the company logo (settings.system), as the removeSystemLogo mutation does. */
export async function DELETE(req: NextRequest): Promise<Response> {
  const caller = await requestCaller(req);
  if (caller instanceof Response) return caller;
  const { ds, viewer, locale } = caller;
  try {
    const settings = await new SystemSettingsService(ds).removeLogo(viewer);
    return Response.json({ logoVersion: settings.logoVersion, version: settings.version }, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    if (error instanceof DomainError) return refusal(error, locale);
    throw error;
  }
}
