import { GraphQLError } from 'graphql';
import { getToken } from 'next-auth/jwt';
import type { DataSource } from 'typeorm';
import { ApiTokenService } from '../services/api-tokens/api-token.service';
import { authSecret } from '../services/auth/auth-secret';
import { loadViewer, type Viewer } from '../services/auth/viewer';
import { errorTranslator, negotiateLocale } from '../services/i18n/translator';
import { createContext, type GraphQLContext } from './context';

/**
 * Works out who sent an HTTP request: a bearer token wins; otherwise the next-auth session
 * cookie. A bearer token that is wrong is refused outright rather than treated as anonymous.
 */
export async function contextFromRequest(ds: DataSource, req: Request): Promise<GraphQLContext> {
  const locale = negotiateLocale(req.headers.get('x-locale'), req.headers.get('accept-language'));
  const authorization = req.headers.get('authorization');
  let viewer: Viewer | null = null;
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    viewer = match ? await new ApiTokenService(ds).viewerForSecret(match[1]) : null;
    if (!viewer) {
      throw new GraphQLError(errorTranslator(locale)('unauthenticated'), {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      });
    }
  } else {
    const token = await getToken({ req: req as never, secret: authSecret() });
    if (token?.sub) viewer = await loadViewer(ds, Number(token.sub), 'session');
  }
  return createContext(ds, viewer, locale);
}
