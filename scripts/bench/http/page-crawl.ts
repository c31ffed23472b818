/**
 * `npm run bench:pages`: the server's memory while pages render, which the GraphQL harness
 * (run.ts) does not exercise. Signed in as the manager, it renders every page route under
 * app/[locale] once in zh-HK and in en (a dynamic segment gets the id 1), then keeps CALLERS
 * callers going over the same routes for SECONDS, then optionally downloads one Excel export in
 * full. It prints the server's RSS (VmRSS) and its peak (VmHWM, the kernel's own high-water mark,
 * so nothing between samples is missed) after each phase.
 *
 * Needs a running product server (BENCH_URL, default http://127.0.0.1:3100). Options:
 *   --callers N     concurrent callers in the load phase (default 4)
 *   --seconds S     length of the load phase (default 60)
 *   --export PATH   an export URL path (with its query) to download after the load phase
 * BENCH_SERVER_PID overrides the pid measured (default: the one listening on the port).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { argValue, signInCookies } from '../../bench-sign-in';
import { loadAverage, pidListeningOn } from './server-process';

const LOCALES = ['zh-HK', 'en'];

/** Every page route as a URL path: route groups dropped, a dynamic segment as 1, an optional catch-all as nothing. */
function pageRoutes(appDir: string): string[] {
  const routes: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), [...segments, entry.name]);
      else if (entry.name === 'page.tsx') routes.push(routeOf(segments));
    }
  };
  walk(path.join(appDir, '[locale]'), []);
  return [...new Set(routes)].sort();
}

function routeOf(segments: string[]): string {
  const parts = segments
    .filter((s) => !/^\(.*\)$/.test(s) && !/^\[\[\.\.\..*\]\]$/.test(s))
    .map((s) => (/^\[.*\]$/.test(s) ? '1' : s));
  return `/${parts.join('/')}`;
}

/** VmRSS and VmHWM of the process, in MB. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const mb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / 1024;
  return { rss: mb('VmRSS'), peak: mb('VmHWM') };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });

/** GETs a path and reads the answer to its end; resolves with the status and the bytes read. */
function get(base: string, urlPath: string, cookie: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.get(new URL(urlPath, base), { agent, headers: { cookie } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

async function main() {
  const base = process.env.BENCH_URL ?? 'http://127.0.0.1:3100';
  const port = Number(new URL(base).port || 80);
  const pid = Number(process.env.BENCH_SERVER_PID) || pidListeningOn(port);
  if (!pid) throw new Error(`No server listens on ${base}`);
  const callers = Number(argValue('--callers', '4'));
  const seconds = Number(argValue('--seconds', '60'));
  const exportPath = argValue('--export', '');
  const cookie = (await signInCookies(base, 'beauty', 'demo1234')).map((c) => `${c.name}=${c.value}`).join('; ');
  const paths = pageRoutes(path.resolve(__dirname, '../../../app')).flatMap((route) => LOCALES.map((locale) => `/${locale}${route === '/' ? '' : route}`));
  const report = (phase: string) => {
    const { rss, peak } = memoryOf(pid);
    console.log(`| ${phase} | ${rss.toFixed(0)} | ${peak.toFixed(0)} | ${loadAverage()} |`);
  };
  console.log(`${paths.length} page paths; ${callers} callers for ${seconds} s\n`);
  console.log('| phase | RSS (MB) | peak RSS so far (MB) | load |\n|---|---:|---:|---|');
  report('start');

  const statuses = new Map<number, number>();
  for (const p of paths) {
    const { status } = await get(base, p, cookie);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
  report('every route once');

  let served = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: callers }, async (_, caller) => {
      for (let i = caller; Date.now() < until; i += callers) {
        const { status } = await get(base, paths[i % paths.length], cookie);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        served++;
      }
    }),
  );
  report(`${callers} callers, ${seconds} s (${served} pages)`);

  if (exportPath) {
    const started = Date.now();
    const { status, bytes } = await get(base, exportPath, cookie);
    report(`export: HTTP ${status}, ${(bytes / 1e6).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  await new Promise((resolve) => setTimeout(resolve, 3000));
  report('3 s later');
  console.log(`\nStatuses: ${[...statuses].map(([s, n]) => `${s} × ${n}`).join(', ')}`);
  agent.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
