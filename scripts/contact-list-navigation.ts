/**
 * "Data on screen after navigation" for the contact list: from a signed-in page that has finished
 * loading (home), click 聯絡會員 in the main navigation (a client-side navigation) and time until
 * the first contact row is visible. Desktop 1440×900, no throttling: what a salesperson feels on
 * the local server. Prints every run and the median, and writes them to bench-results/.
 *
 *   npm run bench:navigation -- --base http://localhost:3302 [--runs 5] [--locale zh-HK]
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { argValue, signInCookies } from './bench-sign-in';

const FIRST_ROW = '[data-testid="contact-row"]';

async function main() {
  const base = argValue('--base', 'http://localhost:3000').replace(/\/+$/, '');
  const runs = Number(argValue('--runs', '5'));
  const locale = argValue('--locale', 'zh-HK');
  const cookies = await signInCookies(base, argValue('--login', 'beauty'), argValue('--password', 'demo1234'));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const times: number[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addCookies(cookies.map((c) => ({ ...c, url: base })));
    const page = await context.newPage();
    // A warm-up: a fresh `next start` pays for loading each route's code on its first request.
    await page.goto(`${base}/${locale}/contacts`);
    await page.locator(FIRST_ROW).first().waitFor();
    for (let run = 0; run < runs; run += 1) {
      await page.goto(`${base}/${locale}`, { waitUntil: 'networkidle' });
      const started = Date.now();
      await page.getByTestId('nav-contacts').click();
      await page.locator(FIRST_ROW).first().waitFor({ state: 'visible' });
      times.push(Date.now() - started);
    }
  } finally {
    await browser.close();
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
  console.log(`contact list, first row after navigation: median ${median} ms (runs ${times.join(', ')} ms)`);
  const dir = path.resolve('bench-results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `contact-list-navigation-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify({ base, locale, median, runs: times }, null, 2));
}

main().catch((failure: unknown) => {
  console.error(failure);
  process.exit(1);
});
