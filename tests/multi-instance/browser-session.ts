/**
 * What a browser does against the app, over real HTTP: keeps cookies, signs in through
 * next-auth's credentials flow (csrf token, then the callback), signs out, and asks GraphQL.
 */
export type GraphQLAnswer = {
  status: number;
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; extensions?: Record<string, any> }>;
};

export type SignInAnswer = { ok: boolean; status: number; url: string | null; error: string | null };

const REQUEST_TIMEOUT_MS = 60_000;

export class BrowserSession {
  private readonly cookies = new Map<string, string>();

  /** `forwardedFor` forges an X-Forwarded-For header on every request, as a client could. */
  constructor(private readonly options: { forwardedFor?: string } = {}) {}

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  /** A session holding the same cookies: what a second browser tab, or a stolen cookie, would send. */
  copy(options: { forwardedFor?: string } = {}): BrowserSession {
    const other = new BrowserSession(options);
    for (const [name, value] of this.cookies) other.cookies.set(name, value);
    return other;
  }

  hasSessionCookie(): boolean {
    return [...this.cookies.keys()].some((name) => /(^|\.)next-auth\.session-token/.test(name));
  }

  async request(base: string, pathname: string, init: { method?: string; body?: string; contentType?: string } = {}): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.cookies.size) headers.cookie = this.cookieHeader();
    if (init.contentType) headers['content-type'] = init.contentType;
    if (this.options.forwardedFor) headers['x-forwarded-for'] = this.options.forwardedFor;
    const response = await fetch(`${base}${pathname}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    this.remember(response);
    return response;
  }

  async signIn(base: string, login: string, password: string): Promise<SignInAnswer> {
    const csrfToken = await this.csrfToken(base);
    const response = await this.request(base, '/api/auth/callback/credentials', {
      method: 'POST',
      contentType: 'application/x-www-form-urlencoded',
      body: new URLSearchParams({ csrfToken, login, password, callbackUrl: `${base}/`, json: 'true' }).toString(),
    });
    const url = await answerUrl(response);
    const error = url ? new URL(url, base).searchParams.get('error') : null;
    return { ok: response.status < 400 && !error && this.hasSessionCookie(), status: response.status, url, error };
  }

  /** Signs out (next-auth ends the session and clears the cookie); returns the HTTP status. */
  async signOut(base: string): Promise<number> {
    const csrfToken = await this.csrfToken(base);
    const response = await this.request(base, '/api/auth/signout', {
      method: 'POST',
      contentType: 'application/x-www-form-urlencoded',
      body: new URLSearchParams({ csrfToken, callbackUrl: `${base}/`, json: 'true' }).toString(),
    });
    await response.arrayBuffer();
    return response.status;
  }

  async graphql(base: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLAnswer> {
    const response = await this.request(base, '/api/graphql', {
      method: 'POST',
      contentType: 'application/json',
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    try {
      return { status: response.status, ...(JSON.parse(text) as Omit<GraphQLAnswer, 'status'>) };
    } catch {
      return { status: response.status, errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
    }
  }

  private async csrfToken(base: string): Promise<string> {
    const response = await this.request(base, '/api/auth/csrf');
    if (!response.ok) throw new Error(`GET ${base}/api/auth/csrf answered ${response.status}`);
    return ((await response.json()) as { csrfToken: string }).csrfToken;
  }

  private remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** next-auth answers `{ url }` to `json=true` posts, or redirects. */
async function answerUrl(response: Response): Promise<string | null> {
  const location = response.headers.get('location');
  const text = await response.text();
  if (location) return location;
  try {
    return (JSON.parse(text) as { url?: string }).url ?? null;
  } catch {
    return null;
  }
}
