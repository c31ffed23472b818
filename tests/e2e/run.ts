/**
 * Browser tests: Chromium (playwright-core) against a running server.
 *
 *   E2E_BASE_URL=http://localhost:3100 npm run test:e2e
 *
 * The server is not started here: CI builds and starts it, then sets E2E_BASE_URL. Each flow runs
 * at desktop size and on a 1024×768 touch tablet, in a fresh browser context (no shared cookies).
 * Prints one line per test and ends with "N passed, N failed"; exits 1 when any failed. A
 * screenshot of every failed flow is saved in test-results/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';

const BASE_URL = (process.env.E2E_BASE_URL || 'http://localhost:3000').replace(/\/+$/, '');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TEST_TIMEOUT_MS = Number(process.env.E2E_TEST_TIMEOUT_MS || 90_000);
const STEP_TIMEOUT_MS = Number(process.env.E2E_STEP_TIMEOUT_MS || 20_000);
const RESULTS_DIR = path.join(process.cwd(), 'test-results');

const MANAGER = { login: 'beauty', password: 'demo1234', displayName: 'HKB2B Support' };
const AREAS = ['members', 'contacts', 'appointments', 'reports', 'settings'] as const;

type Messages = {
  nav: Record<(typeof AREAS)[number] | 'signOut', string>;
  signIn: { title: string; failed: string };
};

function loadMessages(locale: string): Messages {
  return JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', `${locale}.json`), 'utf8')) as Messages;
}
const messages = { 'zh-HK': loadMessages('zh-HK'), en: loadMessages('en') };

type Device = { name: 'desktop' | 'tablet'; options: BrowserContextOptions };
const DEVICES: Device[] = [
  { name: 'desktop', options: { viewport: { width: 1280, height: 800 } } },
  { name: 'tablet', options: { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: false } },
];

type Flow = { name: string; run: (page: Page, device: Device) => Promise<void> };

// ---------- small assertion helpers ----------

class AssertionError extends Error {}

function fail(message: string): never {
  throw new AssertionError(message);
}

/** Polls until `check` passes or the step timeout runs out; rethrows the last failure. */
async function eventually(check: () => Promise<void>, timeoutMs = STEP_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

async function expectPath(page: Page, expected: string): Promise<void> {
  await eventually(async () => {
    if (pathOf(page) !== expected) fail(`expected URL path ${expected}, got ${pathOf(page)}`);
  });
}

async function expectText(locator: Locator, expected: string): Promise<void> {
  await eventually(async () => {
    const actual = ((await locator.textContent({ timeout: STEP_TIMEOUT_MS })) ?? '').trim();
    if (actual !== expected) fail(`expected text "${expected}", got "${actual}"`);
  });
}

async function expectNavLabels(page: Page, labels: Messages['nav']): Promise<void> {
  for (const area of AREAS) await expectText(page.getByTestId(`nav-${area}`), labels[area]);
}

async function expectLang(page: Page, lang: string): Promise<void> {
  await eventually(async () => {
    const actual = await page.evaluate(() => document.documentElement.lang);
    if (actual !== lang) fail(`expected <html lang="${lang}">, got "${actual}"`);
  });
}

/** Touch devices tap, desktops click: the tablet run exercises touch input. */
async function press(locator: Locator, device: Device): Promise<void> {
  if (device.options.hasTouch) await locator.tap();
  else await locator.click();
}

/** Managers use tablets: every control they touch must be at least 44px high. */
async function expectTouchSized(locator: Locator, what: string): Promise<void> {
  const box = await locator.boundingBox();
  if (!box) fail(`${what} is not visible`);
  if (box.height < 44 || box.width < 44) fail(`${what} is ${box.width}×${box.height}px, smaller than 44px`);
}

// ---------- steps shared by flows ----------

async function signIn(page: Page, device: Device, locale: 'zh-HK' | 'en', login: string, password: string) {
  await page.goto(`${BASE_URL}/${locale}/sign-in`);
  await page.getByTestId('sign-in-form').waitFor();
  await page.getByTestId('sign-in-login').fill(login);
  await page.getByTestId('sign-in-password').fill(password);
  await press(page.getByTestId('sign-in-submit'), device);
}

async function signInAsManager(page: Page, device: Device, locale: 'zh-HK' | 'en') {
  await signIn(page, device, locale, MANAGER.login, MANAGER.password);
  await expectPath(page, `/${locale}`);
  await page.getByTestId('app-shell').waitFor();
}

// ---------- flows ----------

const flows: Flow[] = [
  {
    name: 'signs in as the manager in zh-HK and sees the shell',
    async run(page, device) {
      await signInAsManager(page, device, 'zh-HK');
      await expectLang(page, 'zh-HK');
      await expectText(page.getByTestId('viewer-name'), MANAGER.displayName);
      await expectNavLabels(page, messages['zh-HK'].nav);
      await expectText(page.getByTestId('home-display-name'), MANAGER.displayName);
      const branch = ((await page.getByTestId('home-branch').textContent()) ?? '').trim();
      if (!branch || branch === '—') fail('home page shows no branch');
      const today = ((await page.getByTestId('home-today').textContent()) ?? '').trim();
      if (!/\d/.test(today)) fail(`home page date looks wrong: "${today}"`);
      if (device.options.hasTouch) {
        for (const area of AREAS) await expectTouchSized(page.getByTestId(`nav-${area}`), `nav link ${area}`);
        await expectTouchSized(page.getByTestId('locale-switcher'), 'locale switcher');
        await expectTouchSized(page.getByTestId('sign-out'), 'sign-out button');
      }
      // An area page opens from the navigation and is marked as current.
      await press(page.getByTestId('nav-contacts'), device);
      await expectPath(page, '/zh-HK/contacts');
      await expectText(page.getByTestId('page-title'), messages['zh-HK'].nav.contacts);
      await eventually(async () => {
        if ((await page.getByTestId('nav-contacts').getAttribute('aria-current')) !== 'page') fail('contacts is not marked current');
      });
    },
  },
  {
    name: 'a wrong password or unknown login shows the same generic error',
    async run(page, device) {
      await signIn(page, device, 'zh-HK', MANAGER.login, 'not-the-password');
      await expectText(page.getByTestId('sign-in-error'), messages['zh-HK'].signIn.failed);
      await expectPath(page, '/zh-HK/sign-in');
      if ((await page.getByTestId('app-shell').count()) !== 0) fail('shell shown after a failed sign-in');
      if (device.options.hasTouch) await expectTouchSized(page.getByTestId('sign-in-submit'), 'sign-in button');

      await signIn(page, device, 'zh-HK', `nobody-${Date.now().toString(36)}`, 'whatever');
      await expectText(page.getByTestId('sign-in-error'), messages['zh-HK'].signIn.failed);
    },
  },
  {
    name: 'switches the locale to en, keeps the page, then signs out',
    async run(page, device) {
      await signInAsManager(page, device, 'zh-HK');
      await press(page.getByTestId('nav-reports'), device);
      await expectPath(page, '/zh-HK/reports');
      await page.getByTestId('locale-switcher').selectOption('en');
      await expectPath(page, '/en/reports');
      await expectLang(page, 'en');
      await expectNavLabels(page, messages.en.nav);
      await expectText(page.getByTestId('sign-out'), messages.en.nav.signOut);
      await expectText(page.getByTestId('viewer-name'), MANAGER.displayName);

      await press(page.getByTestId('sign-out'), device);
      await expectPath(page, '/en/sign-in');
      await page.getByTestId('sign-in-form').waitFor();
      // The session is gone: the signed-in area sends us back to sign-in.
      await page.goto(`${BASE_URL}/en/members`);
      await expectPath(page, '/en/sign-in');
    },
  },
  {
    name: 'the manager pages through members; the list starts with the seed\'s A001 陳小麗',
    async run(page, device) {
      await signInAsManager(page, device, 'zh-HK');
      await press(page.getByTestId('nav-members'), device);
      await expectPath(page, '/zh-HK/members');
      const firstRow = page.getByTestId('members-table').locator('tbody tr').first();
      await expectText(firstRow.locator('td').nth(0), 'A001');
      await expectText(firstRow.locator('td').nth(1), '陳小麗');
      await press(page.getByTestId('members-next'), device);
      await eventually(async () => {
        if (!page.url().includes('after=')) fail('next page did not open');
        const first = ((await firstRow.locator('td').first().textContent()) ?? '').trim();
        if (first === 'A001') fail('second page still starts with A001');
      });
    },
  },
  {
    name: 'visiting /en while signed out redirects to sign-in',
    async run(page) {
      await page.goto(`${BASE_URL}/en`);
      await expectPath(page, '/en/sign-in');
      await page.getByTestId('sign-in-form').waitFor();
      await expectText(page.getByRole('heading', { level: 1 }), messages.en.signIn.title);
      await expectLang(page, 'en');
    },
  },
];

// ---------- runner ----------

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

async function runOne(browser: Browser, device: Device, flow: Flow): Promise<string | null> {
  const context = await browser.newContext({ ...device.options, baseURL: BASE_URL });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  page.setDefaultNavigationTimeout(Math.max(STEP_TIMEOUT_MS, 30_000));
  // Script errors and React's console errors (hydration mismatches…) fail the flow. Failed
  // requests are expected (a refused sign-in answers 401) and are left to the assertions.
  const browserErrors: string[] = [];
  page.on('pageerror', (error) => browserErrors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      browserErrors.push(`console error: ${message.text()}`);
    }
  });
  try {
    await withTimeout(flow.run(page, device), TEST_TIMEOUT_MS, 'test');
    if (browserErrors.length) fail(browserErrors.join(' | ').slice(0, 500));
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    try {
      fs.mkdirSync(RESULTS_DIR, { recursive: true });
      const file = path.join(RESULTS_DIR, `e2e-${device.name}-${slug(flow.name)}.png`);
      await page.screenshot({ path: file, fullPage: true, timeout: 10_000 });
      return `${message} (at ${page.url()}; screenshot ${path.relative(process.cwd(), file)})`;
    } catch {
      return `${message} (at ${page.url()})`;
    }
  } finally {
    await context.close().catch(() => undefined);
  }
}

async function main(): Promise<number> {
  console.log(`e2e against ${BASE_URL}`);
  let passed = 0;
  let failed = 0;
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
        '--disable-quic',
      ],
    });
  } catch (error) {
    console.log(`could not launch Chromium at ${CHROMIUM_PATH}: ${error instanceof Error ? error.message : error}`);
    console.log(`0 passed, ${flows.length * DEVICES.length} failed`);
    return 1;
  }
  try {
    for (const device of DEVICES) {
      for (const flow of flows) {
        const name = `[${device.name}] ${flow.name}`;
        const started = Date.now();
        const error = await runOne(browser, device, flow);
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        if (error) {
          failed += 1;
          console.log(`FAIL ${name} (${seconds}s): ${error}`);
        } else {
          passed += 1;
          console.log(`ok   ${name} (${seconds}s)`);
        }
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
