import { execFileSync } from 'node:child_process';
import { PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from 'next/constants';

type Rule = { source: string; has?: Array<{ type: string; key: string; value?: string }>; headers: Array<{ key: string; value: string }> };

/** next.config.js's header rules as `next build` would compute them with these settings. */
async function rulesWith(env: { NODE_ENV: string; NEXTAUTH_URL?: string }): Promise<Rule[]> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  if (!env.NEXTAUTH_URL) delete process.env.NEXTAUTH_URL;
  try {
    let config: { headers: () => Promise<Rule[]> } | undefined;
    await jest.isolateModulesAsync(async () => {
      const configFor = (await import('../../next.config.js')).default as unknown as (phase: string) => typeof config;
      config = configFor(PHASE_PRODUCTION_BUILD);
    });
    return await config!.headers();
  } finally {
    process.env = saved;
  }
}

const header = (rule: Rule | undefined, key: string) => rule?.headers.find((h) => h.key === key)?.value;
const unconditional = (rules: Rule[]) => rules.find((r) => !r.has);
const onHttps = (rules: Rule[]) => rules.find((r) => r.has?.some((c) => c.key === 'x-forwarded-proto' && c.value === 'https'));

describe('security headers', () => {
  it('send a same-origin Content-Security-Policy and Permissions-Policy on every path, without eval in production', async () => {
    const rules = await rulesWith({ NODE_ENV: 'production' });
    const all = unconditional(rules);
    expect(all?.source).toBe('/:path*');
    const csp = header(all, 'Content-Security-Policy')!.split('; ');
    expect(csp).toEqual(expect.arrayContaining(["default-src 'self'", "script-src 'self' 'unsafe-inline'", "connect-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'"]));
    expect(csp.join(' ')).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(header(all, 'Permissions-Policy')).toMatch(/camera=\(\), microphone=\(\), geolocation=\(\)/);
  });

  it('send Strict-Transport-Security only to requests a proxy says came over https', async () => {
    const rules = await rulesWith({ NODE_ENV: 'production', NEXTAUTH_URL: 'http://salon.local:3000' });
    expect(header(unconditional(rules), 'Strict-Transport-Security')).toBeUndefined();
    expect(header(onHttps(rules), 'Strict-Transport-Security')).toMatch(/^max-age=31536000/);
  });

  it('send Strict-Transport-Security always when the public URL is https', async () => {
    const rules = await rulesWith({ NODE_ENV: 'production', NEXTAUTH_URL: 'https://crm.example.com' });
    expect(header(unconditional(rules), 'Strict-Transport-Security')).toMatch(/^max-age=31536000/);
  });

  it('let development use eval and the hot-reload socket', async () => {
    const csp = header(unconditional(await rulesWith({ NODE_ENV: 'development' })), 'Content-Security-Policy');
    expect(csp).toContain("'unsafe-eval'");
    expect(csp).toContain("connect-src 'self' ws: wss:");
  });
});

describe('next.config.js in the production server', () => {
  // Checked in a child process: jest's module registry is not Node's require cache.
  const loaded = (phase: string) =>
    JSON.parse(
      execFileSync(process.execPath, ['-e', `
        const config = require('./next.config.js')(${JSON.stringify(phase)});
        const cache = Object.keys(require.cache);
        console.log(JSON.stringify({
          swc: cache.some((file) => file.includes('@swc/core')),
          alias: Boolean(config.turbopack?.resolveAlias?.['next-intl/config']),
          headers: typeof config.headers,
        }));
      `], { cwd: process.cwd(), encoding: 'utf8' }),
    ) as { swc: boolean; alias: boolean; headers: string };

  it('leaves next-intl\'s build plugin (and the native binaries it loads) out of `next start`, keeping the rest', () => {
    expect(loaded(PHASE_PRODUCTION_SERVER)).toEqual({ swc: false, alias: false, headers: 'function' });
    expect(loaded(PHASE_PRODUCTION_BUILD)).toEqual({ swc: true, alias: true, headers: 'function' });
  });
});
