import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDataSource } from '../../db/data-source';
import { authSecret } from './auth-secret';
import { authenticateStaff } from './authenticate-staff.service';
import { clientAddress, parseTrustedProxies, type TrustedProxies } from './client-address';
import { signInGuard } from './sign-in-guard.service';
import { SignInRefused } from './sign-in-refusal';
import { SESSION_MAX_AGE_SECONDS, StaffSessionService } from './staff-session.service';
import { logger } from '../../lib/logger';

/** Shown to the sign-in form for any failure of ours, so no database message reaches a browser. */
const UNAVAILABLE = 'SignInUnavailable';

let proxies: { spec: string | undefined; parsed: TrustedProxies | null } | undefined;

function trustedProxies(): TrustedProxies | null {
  const spec = process.env.TRUSTED_PROXIES;
  if (!proxies || proxies.spec !== spec) proxies = { spec, parsed: parseTrustedProxies(spec) };
  return proxies.parsed;
}

function header(headers: Record<string, unknown> | undefined, name: string): string | null {
  const value = headers?.[name];
  return typeof value === 'string' ? value : null;
}

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'Staff',
      credentials: { login: { type: 'text' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        const login = String(credentials?.login ?? '').trim().toLowerCase();
        const password = String(credentials?.password ?? '');
        if (!login || !password) return null;
        try {
          const ds = await getDataSource();
          const address = clientAddress(header(req?.headers, 'x-forwarded-for'), trustedProxies());
          const staff = await signInGuard(ds).attempt(login, address, () => authenticateStaff(ds, login, password));
          if (!staff) return null;
          const sessionId = await new StaffSessionService(ds).start(staff.id, { userAgent: header(req?.headers, 'user-agent'), address });
          return { id: String(staff.id), name: staff.displayName, sessionId };
        } catch (error) {
          if (error instanceof SignInRefused) throw error;
          logger().error({ err: error }, '[auth] sign-in failed');
          throw new Error(UNAVAILABLE);
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sid = (user as { sessionId?: string }).sessionId;
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      await new StaffSessionService(await getDataSource()).revoke(token?.sid);
    },
  },
};
