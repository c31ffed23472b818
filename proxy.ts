import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

/**
 * Puts every page under a locale prefix (redirecting `/` and unprefixed paths). It does not
 * guard sign-in: the signed-in layout and every service check the viewer themselves, since
 * proxies can be bypassed.
 */
export default createMiddleware(routing);

export const config = {
  // Everything except API routes, Next.js internals and files with an extension (static assets).
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
