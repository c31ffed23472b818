/**
 * Signs in through next-auth's credentials API (as the sign-in form does) and returns the cookies
 * of the session, as a Cookie header, for benchmarks that load signed-in pages.
 */
function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
}

export async function signInCookies(base: string, login: string, password: string): Promise<{ name: string; value: string }[]> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const answer = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, login, password, json: 'true' }),
  });
  const cookies = [...jar, ...cookiesOf(answer)].map((pair) => {
    const at = pair.indexOf('=');
    return { name: pair.slice(0, at), value: pair.slice(at + 1) };
  });
  if (!cookies.some((c) => c.name.endsWith('session-token'))) throw new Error(`Sign-in as ${login} failed (HTTP ${answer.status})`);
  return cookies;
}

export function argValue(flag: string, fallback: string): string {
  const at = process.argv.indexOf(flag);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}
