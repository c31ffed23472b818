/**
 * Lighthouse performance of the pages staff work in all day, as a manager on a tablet: 768×1024,
 * Lighthouse's mobile throttling (simulated slow 4G, 4× CPU slowdown), the system's Chromium.
 * Each page is audited several times and the run with the median score is kept (scores swing with
 * the machine's load). Prints score, TBT, CLS, LCP and FCP per page and writes the reports' key
 * figures to bench-results/lighthouse-<time>.json.
 *
 * Usage, against a production server (`next build && next start`):
 *   npm run bench:lighthouse -- --base http://localhost:3302 [--runs 3] [--locale zh-HK] [--full]
 *
 * --full also keeps each page's whole median report (bench-results/lighthouse-<page>.json) to read
 * what weighs on it (bootup-time, unused-javascript, largest-contentful-paint-element…).
 */
import fs from 'node:fs';
import path from 'node:path';
import { argValue, signInCookies } from './bench-sign-in';

const PAGES = ['/members', '/contacts', '/reports', '/reports/campaign-analysis'];
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

type Audit = { numericValue?: number };
type Result = { categories: { performance: { score: number | null } }; audits: Record<string, Audit>; finalDisplayedUrl: string; runtimeError?: { message: string } };
type Figures = { page: string; lhr?: Result; score: number; tbt: number; cls: number; lcp: number; fcp: number; speedIndex: number };

// Lighthouse and chrome-launcher are ES modules: a real import(), not one SWC turns into require().
const importModule = new Function('name', 'return import(name)') as <T>(name: string) => Promise<T>;

function figures(page: string, lhr: Result): Figures {
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    page,
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    tbt: Math.round(value('total-blocking-time')),
    cls: Number(value('cumulative-layout-shift').toFixed(3)),
    lcp: Math.round(value('largest-contentful-paint')),
    fcp: Math.round(value('first-contentful-paint')),
    speedIndex: Math.round(value('speed-index')),
  };
}

function median(runs: Figures[]): Figures {
  return [...runs].sort((a, b) => a.score - b.score)[Math.floor(runs.length / 2)];
}

async function main() {
  const base = argValue('--base', 'http://localhost:3000').replace(/\/+$/, '');
  const runs = Number(argValue('--runs', '3'));
  const locale = argValue('--locale', 'zh-HK');
  const cookies = await signInCookies(base, argValue('--login', 'beauty'), argValue('--password', 'demo1234'));
  const cookieHeader = cookies.map((c) => `${c.name}=${c.value}`).join('; ');

  const { default: lighthouse } = await importModule<{ default: (url: string, flags: object, config: object) => Promise<{ lhr: Result } | undefined> }>('lighthouse');
  const { launch } = await importModule<{ launch: (o: object) => Promise<{ port: number; kill: () => Promise<void> }> }>('chrome-launcher');
  const config = {
    extends: 'lighthouse:default',
    settings: {
      onlyCategories: ['performance'],
      formFactor: 'mobile',
      screenEmulation: { mobile: true, width: 768, height: 1024, deviceScaleFactor: 2, disabled: false },
      throttlingMethod: 'simulate',
      extraHeaders: { Cookie: cookieHeader },
    },
  };

  const results: { page: string; median: Figures; runs: Figures[] }[] = [];
  for (const page of PAGES) {
    const url = `${base}/${locale}${page}`;
    // A warm-up visit: the first request to a page of a fresh `next start` pays for loading code.
    await fetch(url, { headers: { cookie: cookieHeader } });
    const pageRuns: Figures[] = [];
    for (let run = 0; run < runs; run += 1) {
      const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
      try {
        const answer = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
        if (!answer) throw new Error(`No Lighthouse result for ${url}`);
        if (answer.lhr.runtimeError) throw new Error(`${url}: ${answer.lhr.runtimeError.message}`);
        if (!answer.lhr.finalDisplayedUrl.includes(page)) throw new Error(`${url} ended at ${answer.lhr.finalDisplayedUrl} (not signed in?)`);
        pageRuns.push({ ...figures(page, answer.lhr), lhr: answer.lhr });
      } finally {
        await chrome.kill();
      }
    }
    const kept = median(pageRuns);
    if (process.argv.includes('--full')) {
      fs.mkdirSync(path.resolve('bench-results'), { recursive: true });
      fs.writeFileSync(path.resolve('bench-results', `lighthouse-${page.slice(1).replace(/\//g, '-')}.json`), JSON.stringify(kept.lhr));
    }
    for (const run of pageRuns) delete run.lhr;
    results.push({ page, median: kept, runs: pageRuns });
    console.log(
      `${page.padEnd(28)} score ${String(kept.score).padStart(3)}  TBT ${String(kept.tbt).padStart(5)} ms  CLS ${kept.cls.toFixed(3)}  LCP ${String(kept.lcp).padStart(5)} ms  FCP ${String(kept.fcp).padStart(5)} ms   (scores ${pageRuns.map((r) => r.score).join(', ')})`,
    );
  }

  const dir = path.resolve('bench-results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `lighthouse-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify({ base, locale, runs, formFactor: 'tablet 768x1024, mobile throttling', results }, null, 2));
  console.log(`Written to ${file}`);
}

main().catch((failure: unknown) => {
  console.error(failure);
  process.exit(1);
});
