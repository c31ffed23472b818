import { cookies, headers } from 'next/headers';
import { getToken } from 'next-auth/jwt';
import { getDataSource } from '../../db/data-source';
import { authSecret } from './auth-secret';
import { decodeSessionToken } from './session-token';
import { StaffSessionService } from './staff-session.service';
import type { Viewer } from './viewer';

/**
 * The signed-in viewer for Server Components and route handlers, or null: the session cookie,
 * counted only while its server-side session is live.
 */
export async function getSessionViewer(): Promise<Viewer | null> {
  const token = await getToken({ req: { cookies: await cookies(), headers: await headers() } as never, secret: authSecret(), decode: decodeSessionToken });
  return token ? new StaffSessionService(await getDataSource()).viewerFor(token) : null;
}
