import { Readable } from 'node:stream';
import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import type { NextRequest } from 'next/server';
import getRawBody from 'raw-body';
import { getDataSource } from '../db/data-source';
import { requestAddress, withAuditOrigin } from '../services/audit/audit-origin';
import type { Locale } from '../i18n/locales';
import { errorTranslator, negotiateLocale } from '../services/i18n/translator';
import { contextFromRequest } from './http-context';
import { noteErrorCode, requestIdFrom, withRequestLog } from './request-log';
import { getApolloServer } from './server';

/** Bodies larger than this are refused unread: GRAPHQL_MAX_BODY_BYTES, 1 MiB by default. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export function maxBodyBytes(): number {
  const configured = Number(process.env.GRAPHQL_MAX_BODY_BYTES);
  return Number.isSafeInteger(configured) && configured > 0 ? configured : DEFAULT_MAX_BODY_BYTES;
}

/** A request refused before GraphQL sees it: HTTP status, error code and message key. */
type Refusal = { status: number; code: string; messageKey: string; params?: Record<string, number> };

const isRefusal = (value: unknown): value is Refusal => typeof value === 'object' && value !== null && 'messageKey' in value;

/**
 * The /api/graphql endpoint: refuses an oversized or malformed body before any other work
 * (authentication included), hands the rest to Apollo, and logs one line per request under the
 * caller's x-request-id (or a new one), which the answer echoes.
 */
export function handleGraphQLRequest(req: NextRequest): Promise<Response> {
  const requestId = requestIdFrom(req.headers.get('x-request-id'));
  return withRequestLog(requestId, async () => {
    const response = await answer(req);
    response.headers.set('x-request-id', requestId);
    return response;
  });
}

async function answer(req: NextRequest): Promise<Response> {
  const locale = negotiateLocale(req.headers.get('x-locale'), req.headers.get('accept-language'));
  const body = req.method === 'POST' ? await postedBody(req) : undefined;
  if (isRefusal(body)) return refuse(body, locale);
  const server = await getApolloServer();
  // Every audit entry the request records carries its address and, once the viewer is read, its token.
  const result = await withAuditOrigin({ address: requestAddress(req.headers) }, () =>
    server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method, headers: headerMap(req.headers), search: new URL(req.url).search, body },
      context: async () => contextFromRequest(await getDataSource(), req),
    }),
  );
  return toResponse(result);
}

/** A POST's body for Apollo: JSON parsed (Apollo expects an object), any other type left for Apollo to refuse. */
async function postedBody(req: Request): Promise<unknown> {
  const text = await readBody(req, maxBodyBytes());
  if (isRefusal(text)) return text;
  if (text === '') return undefined;
  if (req.headers.get('content-type')?.split(';')[0].trim().toLowerCase() !== 'application/json') return text;
  try {
    return JSON.parse(text);
  } catch {
    return { status: 400, code: 'BAD_REQUEST', messageKey: 'malformedBody' } satisfies Refusal;
  }
}

/** The body as text, or a refusal once more than `limit` bytes are declared or have arrived. */
async function readBody(req: Request, limit: number): Promise<string | Refusal> {
  if (!req.body) return '';
  const stream = Readable.fromWeb(req.body as Parameters<typeof Readable.fromWeb>[0]);
  try {
    return await getRawBody(stream, { limit, length: req.headers.get('content-length'), encoding: 'utf-8' });
  } catch (error) {
    const type = (error as getRawBody.RawBodyError).type;
    if (type === 'entity.too.large') return { status: 413, code: 'PAYLOAD_TOO_LARGE', messageKey: 'bodyTooLarge', params: { max: limit } };
    if (type === 'request.size.invalid' || type === 'request.aborted') return { status: 400, code: 'BAD_REQUEST', messageKey: 'malformedBody' };
    throw error;
  } finally {
    stream.destroy();
  }
}

function refuse(refusal: Refusal, locale: Locale): Response {
  noteErrorCode(refusal.code);
  const message = errorTranslator(locale)(refusal.messageKey, refusal.params);
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code: refusal.code } }] }), {
    status: refusal.status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

function headerMap(headers: Headers): HeaderMap {
  const map = new HeaderMap();
  headers.forEach((value, key) => map.set(key, value));
  return map;
}

function toResponse(result: HTTPGraphQLResponse): Response {
  const body =
    result.body.kind === 'complete'
      ? result.body.string
      : (Readable.toWeb(Readable.from(result.body.asyncIterator)) as ReadableStream<Uint8Array>);
  return new Response(body, { status: result.status ?? 200, headers: [...result.headers] });
}
