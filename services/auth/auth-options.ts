import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDataSource } from '../../db/data-source';
import { authSecret } from './auth-secret';
import { authenticateStaff } from './authenticate-staff';
import { LoginThrottle } from './login-throttle';

/** A signed-in session lasts a working day; then the staff member signs in again. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

const throttle = new LoginThrottle();

function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.['x-forwarded-for'];
  return typeof forwarded === 'string' ? forwarded.split(',')[0].trim() : 'local';
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
        const key = `${login}|${clientAddress(req?.headers)}`;
        const wait = throttle.delayFor(key, Date.now());
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const staff = await authenticateStaff(await getDataSource(), login, password);
        if (!staff) {
          throttle.recordFailure(key, Date.now());
          return null;
        }
        throttle.recordSuccess(key);
        return { id: String(staff.id), name: staff.displayName };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    async session({ session, token }) {
      if (session.user) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
