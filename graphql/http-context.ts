import { GraphQLError } from 'graphql';
import { getToken } from 'next-auth/jwt';
import type { DataSource } from 'typeorm';
import { ApiTokenService } from '../services/api-tokens/api-token.service';
import { noteAuditCaller } from '../services/audit/audit-origin';
import { authSecret } from '../services/auth/auth-secret';
import { decodeSessionToken } from '../services/auth/session-token';
import { StaffSessionService } from '../services/auth/staff-session.service';
import type { Viewer } from '../services/auth/viewer';
import { errorTranslator, negotiateLocale } from '../services/i18n/translator';
import { createContext, type GraphQLContext } from './context';

/** A bearer token was sent but is not a live token. */
export class InvalidBearerToken extends Error {}

/**
 * Who sent an HTTP request: a bearer token wins; otherwise the next-auth session cookie, counted
 * only while its server-side session is live. A bearer token that is wrong is refused outright
 * rather than treated as anonymous.
 */
export async function viewerFromRequest(ds: DataSource, req: Request): Promise<Viewer | null> {
  const authorization = req.headers.get('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    const viewer = match ? await new ApiTokenService(ds).viewerForSecret(match[1]) : null;
    if (!viewer) throw new InvalidBearerToken();
    return viewer;
  }
  const token = await getToken({ req: req as never, secret: authSecret(), decode: decodeSessionToken });
  return token ? new StaffSessionService(ds).viewerFor(token) : null;
}

export async function contextFromRequest(ds: DataSource, req: Request): Promise<GraphQLContext> {
  const locale = negotiateLocale(req.headers.get('x-locale'), req.headers.get('accept-language'));
  try {
    const viewer = await viewerFromRequest(ds, req);
    noteAuditCaller(viewer);
    return createContext(ds, viewer, locale);
  } catch (error) {
    if (!(error instanceof InvalidBearerToken)) throw error;
    throw new GraphQLError(errorTranslator(locale)('unauthenticated'), {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
}
