import { encode } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { GET, POST } from '../../app/api/graphql/route';
import type { Staff } from '../../entities';
import { getDataSource } from '../../db/data-source';
import { authSecret } from '../../services/auth/auth-secret';
import { StaffSessionService } from '../../services/auth/staff-session.service';

export const GRAPHQL_URL = 'http://localhost/api/graphql';

export type GraphQLResponse<T = Record<string, any>> = {
  status: number;
  body: { data?: T | null; errors?: Array<{ message: string; extensions?: Record<string, any> }> };
};

type CallOptions = { cookie?: string; bearer?: string; locale?: string; acceptLanguage?: string; headers?: Record<string, string> };

/** Sends a real HTTP-shaped request through the /api/graphql route handler. */
export async function gql<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  options: CallOptions = {},
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
  if (options.locale) headers['x-locale'] = options.locale;
  if (options.acceptLanguage) headers['accept-language'] = options.acceptLanguage;
  const response = await POST(new NextRequest(GRAPHQL_URL, { method: 'POST', headers, body: JSON.stringify({ query, variables }) }));
  return { status: response.status, body: await response.json() };
}

/** Any request to the route handler, for protocol-level tests. */
export async function rawRequest(url: string, init: RequestInit = {}): Promise<Response> {
  const request = new NextRequest(url, init as never);
  return (request.method === 'GET' ? GET : POST)(request);
}

/**
 * A next-auth session cookie for a staff member, as the sign-in flow would set it: a server-side
 * session in the process-wide DataSource and a cookie naming it.
 */
export async function sessionCookieFor(staff: Staff, maxAgeSeconds = 60 * 60): Promise<string> {
  const sid = await new StaffSessionService(await getDataSource()).start(staff.id);
  return sessionCookie({ sub: String(staff.id), name: staff.displayName, sid }, maxAgeSeconds);
}

/** A cookie carrying exactly these claims, signed with the app's key. */
export async function sessionCookie(claims: Record<string, unknown>, maxAgeSeconds = 60 * 60): Promise<string> {
  const token = await encode({ token: claims, secret: authSecret(), maxAge: maxAgeSeconds });
  return `next-auth.session-token=${token}`;
}
