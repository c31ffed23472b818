/**
 * What the browser tests share: sign-in, touch-aware pressing, a second signed-in browser, the
 * check that no page logged a script error, and small readers of the demo's pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Cookie, type Locator, type Page } from '@playwright/test';

export { expect };

export const MANAGER = { login: 'beauty', password: 'demo1234', displayName: 'HKB2B Support' };
export const AREAS = ['members', 'contacts', 'appointments', 'sales', 'loyalty', 'prepaid', 'reports', 'settings'] as const;
export const LOCALES = ['zh-HK', 'en', 'zh-CN', 'th'] as const;
export type Locale = (typeof LOCALES)[number];

type Messages = {
  nav: Record<(typeof AREAS)[number] | 'signOut', string>;
  signIn: { title: string; failed: string };
  reports: { analysis: { title: string } };
};

export function messages(locale: Locale): Messages {
  return JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../messages', `${locale}.json`), 'utf8')) as Messages;
}

type Fixtures = {
  /** Taps on touch projects, clicks on the desktop: the tablet project exercises touch input. */
  press: (target: Locator) => Promise<void>;
  /** Fills and sends the sign-in form; the outcome is for the test to check. */
  signIn: (locale: Locale, login: string, password: string, on?: Page) => Promise<void>;
  /**
   * Signed in as a demo login (cookies cleared first), on the home page with the signed-in shell.
   * The first time in a worker it signs in through the form with the demo password; later it reuses
   * that session, unless it has ended since (signed out, ended by a manager, idle), when it signs in
   * through the form again. With `freshSignIn` it always uses the form.
   */
  signInAs: (locale: Locale, login?: string, on?: Page) => Promise<void>;
  /** Always sign in through the form in signInAs (for the tests of signing in itself). */
  freshSignIn: boolean;
  /** A page in a browser context of its own (no shared cookies), sized as the project. */
  otherPage: Page;
  /** Script errors and React's console errors (hydration mismatches…) fail the test. */
  failOnBrowserErrors: void;
};

// Each fixture hands its value to the test through `provide` (Playwright's `use`, renamed so the
// React hooks lint rule does not take it for React's use()).
// The session cookies of each demo login, per worker (a failed test starts a new worker, which signs in again).
const sessions = new Map<string, Cookie[]>();

export const test = base.extend<Fixtures>({
  freshSignIn: [false, { option: true }],
  press: async ({ hasTouch }, provide) => {
    await provide((target) => (hasTouch ? target.tap() : target.click()));
  },
  signIn: async ({ page, press }, provide) => {
    await provide(async (locale, login, password, on = page) => {
      await on.goto(`/${locale}/sign-in`);
      await on.getByTestId('sign-in-form').waitFor();
      await on.getByTestId('sign-in-login').fill(login);
      await on.getByTestId('sign-in-password').fill(password);
      await press(on.getByTestId('sign-in-submit'));
    });
  },
  signInAs: async ({ page, signIn, freshSignIn }, provide) => {
    await provide(async (locale, login = MANAGER.login, on = page) => {
      const context = on.context();
      await context.clearCookies();
      const kept = freshSignIn ? undefined : sessions.get(login);
      if (kept) {
        await context.addCookies(kept);
        await on.goto(`/${locale}`);
        const shell = on.getByTestId('app-shell');
        await shell.or(on.getByTestId('sign-in-form')).first().waitFor();
        if (new URL(on.url()).pathname === `/${locale}` && (await shell.isVisible())) return;
        // The session has ended since: sign in afresh.
        sessions.delete(login);
        await context.clearCookies();
      }
      await signIn(locale, login, 'demo1234', on);
      await expectPath(on, `/${locale}`);
      await on.getByTestId('app-shell').waitFor();
      sessions.set(login, (await context.cookies()).filter((cookie) => cookie.name.includes('next-auth')));
    });
  },
  otherPage: async ({ browser, viewport, hasTouch, isMobile, baseURL }, provide) => {
    const context = await browser.newContext({ viewport, hasTouch, isMobile, baseURL });
    await provide(await context.newPage());
    await context.close();
  },
  failOnBrowserErrors: [
    async ({ page }, provide) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      // Failed requests are expected (a refused sign-in answers 401) and are left to the assertions.
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          errors.push(`console error: ${message.text()}`);
        }
      });
      await provide();
      expect(errors, 'errors in the browser').toEqual([]);
    },
    { auto: true },
  ],
});

export async function expectPath(page: Page, expected: string): Promise<void> {
  await expect.poll(() => new URL(page.url()).pathname, { message: 'URL path' }).toBe(expected);
}

export async function expectNavLabels(page: Page, labels: Messages['nav']): Promise<void> {
  for (const area of AREAS) await expect(page.getByTestId(`nav-${area}`)).toHaveText(labels[area]);
}

/** Managers use tablets: every control they touch must be at least 44px each way. */
export async function expectTouchSized(target: Locator, what: string): Promise<void> {
  const box = await target.boundingBox();
  expect(box, `${what} is visible`).not.toBeNull();
  expect(box!.height, `${what} height`).toBeGreaterThanOrEqual(44);
  expect(box!.width, `${what} width`).toBeGreaterThanOrEqual(44);
}

/** The trimmed text of an element (waiting for it), '' when it has none. */
export async function textOf(target: Locator): Promise<string> {
  return ((await target.textContent()) ?? '').trim();
}

/** The trimmed texts of one column (0-based) of the members table. */
export async function memberCells(page: Page, column: number): Promise<string[]> {
  return (await page.getByTestId('members-table').locator(`tbody tr td:nth-child(${column + 1})`).allTextContents()).map((t) => t.trim());
}

/** Today's date in Hong Kong (the demo branches' zone), as YYYY-MM-DD. */
export function todayInHongKong(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Hong_Kong', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** Runs a GraphQL operation with the page's session (the API's CSRF guard accepts JSON posts). */
export async function gqlInPage<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return page.evaluate(
    async ([q, v]) => {
      const response = await fetch('/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q, variables: v }) });
      const body = (await response.json()) as { data?: unknown; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data as never;
    },
    [query, variables] as const,
  );
}
