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
/** Runs only the flows whose name contains this (e.g. E2E_ONLY='campaign analysis'); all when unset. */
const ONLY = process.env.E2E_ONLY || '';

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

async function signIn(page: Page, device: Device, locale: string, login: string, password: string) {
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

// ---------- member search, selection, bulk actions and quick lookup ----------

function membersTable(page: Page): Locator {
  return page.getByTestId('members-table');
}

async function cellTexts(page: Page, column: number): Promise<string[]> {
  return (await membersTable(page).locator(`tbody tr td:nth-child(${column + 1})`).allTextContents()).map((t) => t.trim());
}

/** "已選取 275 / 276 位" → [275, 276]. */
async function selectedOfTotal(page: Page): Promise<[number, number]> {
  const text = ((await page.getByTestId('members-selected').textContent()) ?? '').replace(/,/g, '');
  const numbers = text.match(/\d+/g)?.map(Number) ?? [];
  if (numbers.length < 2) fail(`cannot read the selection count from "${text}"`);
  return [numbers[0], numbers[1]];
}

async function expectSelected(page: Page, selected: (total: number) => number): Promise<void> {
  await eventually(async () => {
    const [actual, total] = await selectedOfTotal(page);
    if (actual !== selected(total)) fail(`expected ${selected(total)} of ${total} selected, got ${actual}`);
  });
}

async function expectExcluded(page: Page, memberNo: string, excluded: boolean): Promise<void> {
  await eventually(async () => {
    const row = membersTable(page).locator('tbody tr', { has: page.getByTestId(`select-${memberNo}`) });
    const actual = (await row.getAttribute('data-excluded', { timeout: STEP_TIMEOUT_MS })) === 'true';
    if (actual !== excluded) fail(`${memberNo} should ${excluded ? '' : 'not '}be struck from the selection`);
  });
}

async function searchMembers(page: Page, device: Device, fields: Record<string, string>): Promise<void> {
  await press(page.getByTestId('search-reset'), device);
  await expectPath(page, '/zh-HK/members');
  // The form is rebuilt from the URL once the reset navigation lands; typing before then is lost.
  await eventually(async () => {
    if (new URL(page.url()).search) fail('reset did not clear the filter from the URL');
  });
  await page.waitForLoadState('networkidle');
  for (const [field, value] of Object.entries(fields)) await page.getByTestId(`search-${field}`).fill(value);
  await press(page.getByTestId('search-submit'), device);
}

const memberSearchFlows: Flow[] = [
  {
    name: 'the manager searches members by phone prefix and by name, unticks a row, selects all and restores across pages',
    async run(page, device) {
      await signInAsManager(page, device, 'zh-HK');
      await page.goto(`${BASE_URL}/zh-HK/members`);
      await expectText(membersTable(page).locator('tbody tr').first().locator('td').first(), 'A001');
      if (device.options.hasTouch) {
        await expectTouchSized(page.getByTestId('search-submit'), 'search button');
        await expectTouchSized(page.getByTestId('select-all'), 'select-all button');
        await expectTouchSized(page.getByTestId('sort-NAME'), 'name sort header');
      }

      await searchMembers(page, device, { phone: '1122' });
      await eventually(async () => {
        if (!page.url().includes('phone=1122')) fail('the phone filter is not in the URL');
        const phones = await cellTexts(page, 2);
        if (!phones.length || !phones.every((p) => p.split(', ').some((n) => n.startsWith('1122')))) fail(`phones not matching 1122: ${phones.join(' | ')}`);
      });
      await expectText(membersTable(page).locator('tbody tr').first().locator('td').first(), 'A001');

      await searchMembers(page, device, { name: '陳小' });
      await eventually(async () => {
        const names = await cellTexts(page, 1);
        if (!names.length || !names.every((n) => n.includes('陳小'))) fail(`names not matching 陳小: ${names.join(' | ')}`);
        if (!names.includes('陳小麗')) fail('陳小麗 is missing from a search for 陳小');
      });

      // Untick A002 on the unfiltered list; the exclusion survives a trip to the next page and back.
      await press(page.getByTestId('search-reset'), device);
      await expectPath(page, '/zh-HK/members');
      await expectText(membersTable(page).locator('tbody tr').nth(1).locator('td').first(), 'A002');
      await press(page.getByTestId('select-A002'), device);
      await expectExcluded(page, 'A002', true);
      await expectSelected(page, (total) => total - 1);
      await press(page.getByTestId('members-next'), device);
      await eventually(async () => {
        if (!page.url().includes('after=')) fail('next page did not open');
        if ((await cellTexts(page, 0))[0] === 'A001') fail('second page still starts with A001');
      });
      await press(page.getByTestId('members-previous'), device);
      await expectText(membersTable(page).locator('tbody tr').first().locator('td').first(), 'A001');
      await expectExcluded(page, 'A002', true);
      await expectSelected(page, (total) => total - 1);

      await press(page.getByTestId('select-all'), device);
      await expectExcluded(page, 'A002', false);
      await expectSelected(page, (total) => total);
      await press(page.getByTestId('restore'), device);
      await expectExcluded(page, 'A002', true);
      await expectSelected(page, (total) => total - 1);
    },
  },
  {
    name: 'the manager changes the group of a 2-member selection, sees the progress reach done, then opens the labels',
    async run(page, device) {
      await signInAsManager(page, device, 'zh-HK');
      await page.goto(`${BASE_URL}/zh-HK/members`);
      await searchMembers(page, device, { memberNo: 'A05' });
      let numbers: string[] = [];
      await eventually(async () => {
        numbers = await cellTexts(page, 0);
        if (numbers.length < 3 || !numbers.every((n) => n.startsWith('A05'))) fail(`expected several A05… members, got ${numbers.join(' ')}`);
      });
      for (const memberNo of numbers.slice(2)) await press(page.getByTestId(`select-${memberNo}`), device);
      await expectSelected(page, () => 2);

      await press(page.getByTestId('bulk-change-group'), device);
      await page.getByTestId('bulk-dialog').waitFor();
      await page.getByTestId('bulk-target').selectOption({ label: 'VIP Silver' });
      await press(page.getByTestId('bulk-confirm'), device);
      await eventually(async () => {
        if ((await page.getByTestId('bulk-progress').getAttribute('data-status')) !== 'DONE') fail('the bulk change has not finished');
      });
      await expectText(page.getByTestId('bulk-progress-text'), '已處理 2 / 2');
      await eventually(async () => {
        const groups = await cellTexts(page, 4);
        if (!groups[0]?.startsWith('VIP Silver') || !groups[1]?.startsWith('VIP Silver')) fail(`groups not refreshed: ${groups.slice(0, 2).join(' | ')}`);
      });

      const [labels] = await Promise.all([page.context().waitForEvent('page'), press(page.getByTestId('bulk-labels'), device)]);
      await eventually(async () => {
        const url = new URL(labels.url());
        if (url.pathname !== '/zh-HK/members/labels' || !url.searchParams.get('selection')) fail(`labels opened at ${labels.url()}`);
      });
      // The sheet lists exactly the two selected members (on labels, or under "no address").
      await labels.getByTestId('page-title').waitFor({ timeout: STEP_TIMEOUT_MS });
      await eventually(async () => {
        const text = (await labels.locator('main').textContent()) ?? '';
        for (const memberNo of numbers.slice(0, 2)) if (!text.includes(memberNo)) fail(`labels do not list ${memberNo}`);
        for (const memberNo of numbers.slice(2)) if (text.includes(memberNo)) fail(`labels list the unticked ${memberNo}`);
      });
    },
  },
  {
    name: 'quick lookup: "/" focuses it, a phone number and Enter opens the member, arrows pick among several',
    async run(page, device) {
      await signInAsManager(page, device, 'zh-HK');
      const input = page.getByTestId('quick-lookup-input');
      if (device.options.hasTouch) await expectTouchSized(input, 'quick lookup');
      await page.keyboard.press('/');
      await eventually(async () => {
        if (!(await input.evaluate((el) => el === document.activeElement))) fail('"/" did not focus the quick lookup');
      });
      await input.fill('11223344');
      await input.press('Enter');
      await eventually(async () => {
        if (!/^\/zh-HK\/members\/\d+$/.test(pathOf(page))) fail(`expected a member page, got ${pathOf(page)}`);
      });
      await expectText(page.getByTestId('member-no'), 'A001');

      await input.fill('A00');
      const options = page.getByTestId('quick-lookup-option');
      await eventually(async () => {
        if ((await options.count()) < 2) fail('the lookup listed fewer than two members for A00');
      });
      await input.press('ArrowDown');
      await input.press('ArrowDown');
      const second = ((await options.nth(1).locator('span').first().textContent()) ?? '').trim();
      await input.press('Enter');
      await expectText(page.getByTestId('member-no'), second);

      await input.fill('A00');
      await eventually(async () => {
        if ((await options.count()) < 1) fail('the lookup listed nothing for A00');
      });
      const first = ((await options.first().locator('span').first().textContent()) ?? '').trim();
      await press(options.first(), device);
      await expectText(page.getByTestId('member-no'), first);
    },
  },
];

flows.push(...memberSearchFlows);

// ---------- registration, walk-ins, member page, recycle bin ----------

/** A phone number no other run has used: HK mobile 6xxxxxxx from the clock and a counter. */
let phoneCounter = 0;
function freshPhone(): string {
  phoneCounter += 1;
  return `6${String((Date.now() + phoneCounter * 7919) % 10_000_000).padStart(7, '0')}`;
}

/** Submits the member form; if the phone is already on file, goes on past the warning. */
async function submitMemberForm(page: Page, device: Device): Promise<void> {
  await press(page.getByTestId('member-form-submit'), device);
  await eventually(async () => {
    if (/\/members\/\d+$/.test(pathOf(page))) return;
    if ((await page.getByTestId('duplicate-proceed').count()) > 0) {
      await press(page.getByTestId('duplicate-proceed'), device);
    }
    fail(`still on ${pathOf(page)} after submitting the member form`);
  });
}

async function memberNoOnPage(page: Page): Promise<string> {
  let memberNo = '';
  await eventually(async () => {
    memberNo = ((await page.getByTestId('member-no').textContent()) ?? '').trim();
    if (!memberNo) fail('the member page shows no member number');
  });
  return memberNo;
}

/** Registers a member through the form as the signed-in user; returns the new member number. */
async function registerMember(page: Page, device: Device, lastName: string, firstName: string): Promise<string> {
  await page.goto(`${BASE_URL}/zh-HK/members/new`);
  await page.getByTestId('member-form').waitFor();
  await page.getByTestId('input-lastName').fill(lastName);
  await page.getByTestId('input-firstName').fill(firstName);
  await page.getByTestId('input-gender').selectOption('FEMALE');
  await page.getByTestId('input-phone').fill(freshPhone());
  await submitMemberForm(page, device);
  return memberNoOnPage(page);
}

const memberLifecycleFlows: Flow[] = [
  {
    name: 'the manager registers a member: required fields marked, errors at the field, then the member page with the new A number',
    async run(page, device) {
      await signInAsManager(page, device, 'zh-HK');
      await page.goto(`${BASE_URL}/zh-HK/members/new`);
      await page.getByTestId('member-form').waitFor();
      for (const field of ['lastName', 'gender', 'phone']) {
        const label = ((await page.getByTestId(`field-${field}`).locator('label').textContent()) ?? '').trim();
        if (!label.endsWith('*')) fail(`the ${field} label "${label}" has no * marker`);
      }
      if (device.options.hasTouch) await expectTouchSized(page.getByTestId('member-form-submit'), 'register button');
      await page.getByTestId('input-phone').fill('1234');
      await press(page.getByTestId('member-form-submit'), device);
      await page.getByTestId('error-lastName').waitFor();
      await page.getByTestId('error-phone').waitFor();
      if (!/\/members\/new$/.test(pathOf(page))) fail('an invalid form left the page');

      await page.getByTestId('input-lastName').fill('測試');
      await page.getByTestId('input-firstName').fill('美君');
      await page.getByTestId('input-gender').selectOption('FEMALE');
      await page.getByTestId('input-phone').fill(freshPhone());
      await page.getByTestId('input-email').fill('may@example.com');
      await submitMemberForm(page, device);
      const memberNo = await memberNoOnPage(page);
      if (!/^A\d+$/.test(memberNo)) fail(`expected a TKO A-number, got ${memberNo}`);
      await expectText(page.getByTestId('page-title'), '測試美君小姐');
      await expectText(page.getByTestId('member-branch'), 'TKO');
    },
  },
  {
    name: 'the front desk creates a walk-in with only a phone, gets a K number, and converts it to a member',
    async run(page, device) {
      await signInAsManager(page, device, 'zh-HK');
      await page.goto(`${BASE_URL}/zh-HK/members/new?walkIn=1`);
      const phone = freshPhone();
      await page.getByTestId('walk-in-phone').fill(phone);
      await press(page.getByTestId('walk-in-submit'), device);
      await eventually(async () => {
        if ((await page.getByTestId('duplicate-proceed').count()) > 0) await press(page.getByTestId('duplicate-proceed'), device);
        if (!/\/members\/\d+$/.test(pathOf(page))) fail('the walk-in page did not open');
      });
      const memberPath = pathOf(page);
      const walkInNo = await memberNoOnPage(page);
      if (!/^K\d+$/.test(walkInNo)) fail(`expected a K number, got ${walkInNo}`);
      await page.getByTestId('walk-in-badge').waitFor();

      await press(page.getByTestId('member-convert'), device);
      await expectPath(page, `${memberPath}/convert`);
      await page.getByTestId('member-form').waitFor();
      const prefilled = await page.getByTestId('input-phone').inputValue();
      if (prefilled !== phone) fail(`the convert form shows phone "${prefilled}", expected ${phone}`);
      await page.getByTestId('input-lastName').fill('Chan');
      await page.getByTestId('input-firstName').fill('Susan');
      await page.getByTestId('input-gender').selectOption('FEMALE');
      await submitMemberForm(page, device);
      await expectPath(page, memberPath);
      await eventually(async () => {
        const memberNo = await memberNoOnPage(page);
        if (!/^A\d+$/.test(memberNo)) fail(`the converted member has number ${memberNo}`);
      });
      if ((await page.getByTestId('walk-in-badge').count()) !== 0) fail('the converted member still shows the walk-in badge');
      await press(page.getByTestId('history-tab-audit'), device);
      await page.getByTestId('audit-table').waitFor();
    },
  },
  {
    name: 'the manager deletes a member and restores it from the recycle bin',
    async run(page, device) {
      await signInAsManager(page, device, 'zh-HK');
      const memberNo = await registerMember(page, device, '刪除', '測試');
      const memberPath = pathOf(page);
      await press(page.getByTestId('member-delete'), device);
      await press(page.getByTestId('delete-confirm-yes'), device);
      await expectPath(page, '/zh-HK/members');
      if (!page.url().includes(`deleted=${memberNo}`)) fail(`the list was opened without the deleted notice: ${page.url()}`);

      await page.goto(`${BASE_URL}${memberPath}`);
      await eventually(async () => {
        if ((await page.getByTestId('member-no').count()) !== 0) fail('a deleted member still has its page');
      });

      await page.goto(`${BASE_URL}/zh-HK/members/recycle-bin`);
      const row = page.getByTestId(`recycled-${memberNo}`);
      await row.waitFor();
      await eventually(async () => {
        const deletedBy = ((await row.locator('td').nth(3).textContent()) ?? '').trim();
        if (!deletedBy.startsWith(MANAGER.displayName)) fail(`deleted by "${deletedBy}", expected ${MANAGER.displayName}`);
      });
      await press(page.getByTestId(`restore-${memberNo}`), device);
      await page.getByTestId('recycle-bin-notice').waitFor();
      await eventually(async () => {
        if ((await page.getByTestId(`recycled-${memberNo}`).count()) !== 0) fail('the restored member is still in the recycle bin');
      });
      await page.goto(`${BASE_URL}${memberPath}`);
      await expectText(page.getByTestId('member-no'), memberNo);
    },
  },
];

flows.push(...memberLifecycleFlows);

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

// ---------- the contact-campaign flow (seed 000), in every locale ----------

const LOCALES = ['zh-HK', 'en', 'zh-CN', 'th'] as const;
type FlowLocale = (typeof LOCALES)[number];

/** Today's date in Hong Kong (the demo branches' zone), as YYYY-MM-DD. */
function todayInHongKong(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Hong_Kong', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

async function signInAs(page: Page, device: Device, locale: FlowLocale, login: string) {
  await page.context().clearCookies();
  await signIn(page, device, locale, login, 'demo1234');
  await expectPath(page, `/${locale}`);
  await page.getByTestId('app-shell').waitFor();
}

async function contactRowCount(page: Page): Promise<number> {
  return page.getByTestId('contact-row').count();
}

function contactFlow(locale: FlowLocale): Flow {
  return {
    name: `[${locale}] search → assign to a new campaign across two salespeople → each sees only theirs → log with a preset note and follow-up → the manager sees the latest state`,
    async run(page, device) {
      const code = `E2E${Date.now().toString(36).toUpperCase()}`;
      await signInAs(page, device, locale, MANAGER.login);

      // Campaign setup (聯絡活動 > 新增).
      await page.goto(`${BASE_URL}/${locale}/contacts/campaigns/new`);
      await page.getByTestId('campaign-form').waitFor();
      await page.locator('#member-field-code').fill(code);
      await page.locator('#member-field-name').fill(`E2E ${locale}`);
      await page.locator('#member-field-offerId').selectOption({ index: 1 });
      await press(page.getByTestId('campaign-save'), device);
      await expectPath(page, `/${locale}/contacts/campaigns`);

      // Search, then 聯絡活動: choose the campaign, then TKO's Candy Chan and Apple Yu.
      await page.goto(`${BASE_URL}/${locale}/members?no=A01`);
      let memberNos: string[] = [];
      await eventually(async () => {
        memberNos = await cellTexts(page, 0);
        if (memberNos.length < 4 || !memberNos.every((n) => n.startsWith('A01'))) fail(`expected A01… members, got ${memberNos.join(' ')}`);
      });
      await press(page.getByTestId('bulk-assign-campaign'), device);
      await page.getByTestId(`assign-campaign-${code}`).check();
      await press(page.getByTestId('assign-campaign-confirm'), device);
      await page.getByTestId('assign-salespeople-step').waitFor();
      await page.getByTestId('assign-salesperson-IS007').check();
      await page.getByTestId('assign-salesperson-IS003').check();
      const total = memberNos.length;
      await eventually(async () => {
        const line = (await page.getByTestId('assign-preview-line').textContent()) ?? '';
        const min = Math.floor(total / 2);
        const max = Math.ceil(total / 2);
        if (!line.includes(String(total)) || !line.includes(String(min)) || !line.includes(String(max))) fail(`preview "${line}" does not say ${total} members, ${min} to ${max} each`);
      });
      await press(page.getByTestId('assign-confirm'), device);
      const viewContacts = page.getByTestId('assign-view-contacts');
      await viewContacts.waitFor({ timeout: STEP_TIMEOUT_MS });
      const listHref = await viewContacts.getAttribute('href');
      if (!listHref) fail('no link to the contact list');
      await press(viewContacts, device);
      await eventually(async () => {
        if ((await contactRowCount(page)) !== total) fail(`manager sees ${await contactRowCount(page)} contacts, expected ${total}`);
      });

      // Apple Yu sees only her half.
      await signInAs(page, device, locale, 'is007');
      await page.goto(`${BASE_URL}${listHref}`);
      const mine = Math.floor(total / 2);
      await eventually(async () => {
        const rows = await contactRowCount(page);
        if (rows !== mine) fail(`Apple Yu sees ${rows} contacts, expected ${mine}`);
        const salespeople = await page.getByTestId('contact-row-salesperson').allTextContents();
        if (!salespeople.every((s) => s.includes('IS007'))) fail(`Apple Yu sees others' contacts: ${salespeople.join(' | ')}`);
      });

      // She opens the first, picks a preset note, sets a follow-up for later today and saves.
      const firstMemberNo = ((await page.getByTestId('contact-row-member-no').first().textContent()) ?? '').trim();
      await press(page.getByTestId('contact-row-link').first(), device);
      await page.getByTestId('contact-add').waitFor();
      await press(page.getByTestId('log-preset-toggle'), device);
      const preset = page.getByTestId('log-preset').first();
      const presetText = ((await preset.textContent()) ?? '').trim();
      await press(preset, device);
      await page.getByTestId('log-status').selectOption({ index: 2 });
      const statusLabel = ((await page.getByTestId('log-status').locator('option:checked').textContent()) ?? '').trim();
      await page.getByTestId('log-content').fill(`e2e ${locale}`);
      // Contacted just after midnight with a follow-up minutes later: due today whenever the test runs.
      await page.getByTestId('log-time').fill('00:05');
      await page.getByTestId('log-next').fill(`${todayInHongKong()}T00:10`);
      await press(page.getByTestId('log-submit'), device);
      await expectText(page.getByTestId('log-note-text').first(), presetText);
      await expectText(page.getByTestId('contact-status'), statusLabel);
      await eventually(async () => {
        const state = (await page.getByTestId('follow-up-state').first().textContent()) ?? '';
        if (!state.trim()) fail('no follow-up state shown');
      });

      // Her home page lists the follow-up due today.
      await page.goto(`${BASE_URL}/${locale}`);
      await eventually(async () => {
        const links = await page.getByTestId('home-follow-up-link').allTextContents();
        if (!links.some((l) => l.includes(firstMemberNo))) fail(`home follow-ups do not list ${firstMemberNo}: ${links.join(' | ')}`);
      });

      // The manager sees every contact, and the row shows the latest log.
      await signInAs(page, device, locale, MANAGER.login);
      await page.goto(`${BASE_URL}${listHref}`);
      await eventually(async () => {
        if ((await contactRowCount(page)) !== total) fail(`manager sees ${await contactRowCount(page)} contacts, expected ${total}`);
        const row = page.getByTestId('contact-row').filter({ has: page.getByTestId('contact-row-member-no').getByText(firstMemberNo, { exact: true }) });
        const status = ((await row.getByTestId('contact-row-status').textContent()) ?? '').trim();
        const note = ((await row.getByTestId('contact-row-note').textContent()) ?? '').trim();
        if (status !== statusLabel || note !== presetText) fail(`row of ${firstMemberNo} shows "${status}" / "${note}", expected "${statusLabel}" / "${presetText}"`);
      });
    },
  };
}

flows.push(...LOCALES.map(contactFlow));

// ---------- contact campaign analysis (會員 > 報告 > 聯絡活動分析, seed 000, issue 6), in every locale ----------
// Runs before the booking flow below, which books Junebirth's A001 (desktop run) and A002 (tablet
// run) and so moves them from 未通知 to 已預約: the figures are the seed's, less those bookings.

type AnalysisFigures = Record<string, { counts: Record<string, number>; ratios: Record<string, number>; total: number }>;

/** The table's figures by row code (the totals row as "總數"), read from the cells' data attributes. */
async function analysisFigures(page: Page): Promise<AnalysisFigures> {
  return page.getByTestId('analysis-table').evaluate((table) => {
    const figures: AnalysisFigures = {};
    const lines = [...table.querySelectorAll<HTMLElement>('[data-testid="analysis-row"], [data-testid="analysis-totals"]')];
    for (const line of lines) {
      const code = line.dataset.testid === 'analysis-totals' ? '總數' : line.dataset.code ?? '';
      const entry = { counts: {} as Record<string, number>, ratios: {} as Record<string, number>, total: 0 };
      line.querySelectorAll<HTMLElement>('[data-testid="analysis-count"]').forEach((c) => (entry.counts[c.dataset.statusKey ?? ''] = Number(c.dataset.count)));
      line.querySelectorAll<HTMLElement>('[data-testid="analysis-ratio"]').forEach((c) => (entry.ratios[c.dataset.statusKey ?? ''] = Number(c.dataset.ratio)));
      entry.total = Number(line.querySelector<HTMLElement>('[data-testid="analysis-total-count"]')?.dataset.count);
      figures[code] = entry;
    }
    return figures;
  });
}

const ratio4 = (count: number, total: number) => Math.round((count / total) * 10_000) / 10_000;

/** The seed's 聯絡活動分析 - 活動 for Maybirth and Junebirth, with `moved` Junebirth members booked since the seed. */
function seedCampaignFigures(moved: number): AnalysisFigures {
  const line = (total: number, counts: Record<string, number>) => ({
    total,
    counts,
    ratios: Object.fromEntries(Object.entries(counts).map(([key, count]) => [key, ratio4(count, total)])),
  });
  return {
    Junebirth: line(3, { booked: 1 + moved, not_notified: 2 - moved, no_answer: 0, left_message: 0 }),
    Maybirth: line(72, { no_answer: 52, not_notified: 1, booked: 0, left_message: 19 }),
    總數: line(75, { no_answer: 52, booked: 1 + moved, not_notified: 3 - moved, left_message: 19 }),
  };
}

async function expectAnalysisFigures(page: Page, expected: AnalysisFigures): Promise<void> {
  await eventually(async () => {
    const actual = await analysisFigures(page);
    for (const [code, line] of Object.entries(expected)) {
      const row = actual[code];
      if (!row) fail(`no row ${code} in the analysis (rows: ${Object.keys(actual).join(', ')})`);
      if (row.total !== line.total) fail(`${code} total is ${row.total}, expected ${line.total}`);
      for (const [key, count] of Object.entries(line.counts)) {
        if ((row.counts[key] ?? 0) !== count || (row.ratios[key] ?? 0) !== line.ratios[key]) {
          fail(`${code} ${key} shows ${row.counts[key]} (${row.ratios[key]}), expected ${count} (${line.ratios[key]})`);
        }
      }
    }
  });
}

async function analysisTotal(page: Page): Promise<number> {
  return Number(await page.getByTestId('analysis-totals').getByTestId('analysis-total-count').getAttribute('data-count'));
}

async function expectAnalysisView(page: Page, view: string, total: number): Promise<void> {
  await eventually(async () => {
    if (new URL(page.url()).searchParams.get('view') !== view) fail(`the URL is not on the ${view} view`);
    if ((await page.getByTestId('analysis-table').getAttribute('data-view')) !== view) fail(`the table is not the ${view} view`);
    if ((await analysisTotal(page)) !== total) fail(`the ${view} view totals ${await analysisTotal(page)}, expected ${total}`);
  });
}

function reportsFlow(locale: FlowLocale): Flow {
  const t = (loadMessages(locale) as unknown as { reports: { analysis: { title: string } } }).reports.analysis;
  return {
    name: `[${locale}] campaign analysis of Maybirth + Junebirth shows the seed's figures in every view, the chart, the print view and an Excel export`,
    async run(page, device) {
      await page.addInitScript(() => {
        const w = window as unknown as { printCalls: number };
        w.printCalls = 0;
        window.print = () => {
          w.printCalls += 1;
        };
      });
      await signInAs(page, device, locale, MANAGER.login);
      const { campaigns } = await gqlInPage<{ campaigns: { nodes: Array<{ id: string; code: string }> } }>(page, '{ campaigns(first: 100, includeArchived: true) { nodes { id code } } }');
      const june = campaigns.nodes.find((c) => c.code === 'Junebirth');
      if (!june) fail('no Junebirth campaign');
      const juneContacts = await gqlInPage<{ contactMembers: { nodes: Array<{ member: { memberNo: string }; status: { key: string | null } }> } }>(
        page,
        'query($c: [ID!]) { contactMembers(filter: { campaignIds: $c }, first: 100) { nodes { member { memberNo } status { key } } } }',
        { c: [june.id] },
      );
      const moved = juneContacts.contactMembers.nodes.filter((n) => ['A001', 'A002'].includes(n.member.memberNo) && n.status.key === 'booked').length;

      await press(page.getByTestId('nav-reports'), device);
      await expectPath(page, `/${locale}/reports`);
      await press(page.getByTestId('reports-open-campaignAnalysis'), device);
      await expectPath(page, `/${locale}/reports/campaign-analysis`);
      await expectText(page.getByTestId('page-title'), t.title);
      await page.getByTestId('analysis-not-run').waitFor();

      const campaignChoice = (code: string) => page.getByTestId('analysis-filter-campaign').locator('button', { hasText: `(${code})` });
      await campaignChoice('Maybirth').waitFor();
      if (device.options.hasTouch) {
        await expectTouchSized(campaignChoice('Maybirth'), 'the Maybirth choice');
        await expectTouchSized(page.getByTestId('analysis-run'), 'the run button');
        await expectTouchSized(page.getByTestId('analysis-view-SALESPERSON'), 'the salesperson view');
      }
      await press(campaignChoice('Maybirth'), device);
      await press(campaignChoice('Junebirth'), device);
      await press(page.getByTestId('analysis-run'), device);
      await expectAnalysisView(page, 'CAMPAIGN', 75);
      const seed = seedCampaignFigures(moved);
      await expectAnalysisFigures(page, seed);
      await eventually(async () => {
        const campaignsLine = ((await page.getByTestId('analysis-header-campaign').textContent()) ?? '');
        if (!campaignsLine.includes('Maybirth') || !campaignsLine.includes('Junebirth')) fail(`the header lists campaigns "${campaignsLine}"`);
        const ranBy = ((await page.getByTestId('analysis-header-ranBy').textContent()) ?? '').trim();
        if (!ranBy.endsWith(MANAGER.login)) fail(`the header names "${ranBy}" as who ran it`);
      });

      // The stacked bars: one per row and the totals, drawn as SVG.
      const chart = page.getByTestId('analysis-share-chart');
      await eventually(async () => {
        if ((await chart.getAttribute('data-bars')) !== '3') fail(`the chart has ${await chart.getAttribute('data-bars')} bars, expected 3`);
        if ((await chart.locator('svg .recharts-bar-rectangle').count()) === 0) fail('the share chart draws no bars');
      });
      await page.getByTestId('analysis-trend-chart').locator('svg').first().waitFor();

      // Other views count the same 75 contact members.
      await press(page.getByTestId('analysis-view-SALESPERSON'), device);
      await expectAnalysisView(page, 'SALESPERSON', 75);
      await press(page.getByTestId('analysis-view-MEMBER'), device);
      await expectAnalysisView(page, 'MEMBER', 75);
      await eventually(async () => {
        const line = ((await page.getByTestId('analysis-header-page').textContent()) ?? '');
        if (!/1\s*\/\s*1/.test(line)) fail(`the member view's page line reads "${line}"`);
        const totals = await page.getByTestId('analysis-row').getByTestId('analysis-total-count').evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.count)));
        if (totals.reduce((a, b) => a + b, 0) !== 75) fail(`the member rows add up to ${totals.reduce((a, b) => a + b, 0)}, not 75`);
      });
      await page.goBack();
      await page.goBack();
      await expectAnalysisView(page, 'CAMPAIGN', 75);

      // 列印: the print view prints itself once, with the table header and the same figures.
      await press(page.getByTestId('analysis-print'), device);
      await expectPath(page, `/${locale}/reports/campaign-analysis/print`);
      await page.locator('[data-testid="analysis-print"][data-ready="true"]').waitFor();
      await page.emulateMedia({ media: 'print' });
      await expectAnalysisFigures(page, seed);
      await eventually(async () => {
        const headers = await page.getByTestId('analysis-table').locator('thead th').count();
        if (headers < 6) fail(`the printed table has ${headers} header cells`);
        const display = await page.getByTestId('analysis-table').locator('thead').evaluate((e) => getComputedStyle(e).display);
        if (display !== 'table-header-group') fail(`the printed header row is display: ${display}`);
        if (await page.getByTestId('analysis-print-again').isVisible()) fail('buttons are printed');
        if (await page.getByTestId('app-nav').isVisible()) fail('the navigation is printed');
        const calls = await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);
        if (calls !== 1) fail(`window.print() ran ${calls} times`);
      });
      await page.emulateMedia({ media: 'screen' });

      // 匯出: the campaign and member views in one workbook.
      await press(page.getByTestId('analysis-print-back'), device);
      await expectAnalysisView(page, 'CAMPAIGN', 75);
      await press(page.getByTestId('analysis-export'), device);
      await page.getByTestId('analysis-export-view-MEMBER').check();
      const download = page.waitForEvent('download', { timeout: STEP_TIMEOUT_MS * 2 });
      await press(page.getByTestId('analysis-export-download'), device);
      const file = await download;
      const saved = await file.path();
      if (!saved || fs.statSync(saved).size === 0) fail('the export downloaded an empty file');
      if (!file.suggestedFilename().endsWith('.xlsx')) fail(`the export is named "${file.suggestedFilename()}"`);
      await page.getByTestId('analysis-export-done').waitFor();
    },
  };
}

flows.push(...LOCALES.map(reportsFlow));

// ---------- booking from a contact through the front desk (seed 000, issue 5) ----------

/** Runs a GraphQL operation with the page's session (the API's CSRF guard accepts JSON posts). */
async function gqlInPage<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
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

function bookingFlow(memberNoOf: (device: Device) => string): Flow {
  return {
    name: '[zh-HK] from a contact, book a suggested slot; arrive and verify on the arrival board; complete; the contact list shows it',
    async run(page, device) {
      const memberNo = memberNoOf(device);
      await signInAs(page, device, 'zh-HK', MANAGER.login);
      const found = await gqlInPage<{ contactMembers: { nodes: Array<{ id: string; campaign: { code: string }; member: { memberNo: string } }> } }>(
        page,
        'query($k: String) { contactMembers(filter: { keyword: $k }, first: 20) { nodes { id campaign { code } member { memberNo } } } }',
        { k: memberNo },
      );
      const contact = found.contactMembers.nodes.find((n) => n.campaign.code === 'Junebirth' && n.member.memberNo === memberNo);
      if (!contact) fail(`no Junebirth contact for ${memberNo}`);

      await page.goto(`${BASE_URL}/zh-HK/contacts/${contact.id}`);
      await press(page.getByTestId('booking-open'), device);
      const treatment = page.getByTestId('booking-treatment');
      const value = await treatment.locator('option', { hasText: 'AP03' }).getAttribute('value');
      if (!value) fail('treatment AP03 is not offered');
      await treatment.selectOption(value);
      await press(page.getByTestId('booking-suggest'), device);
      await page.getByTestId('booking-slot').first().waitFor();
      await press(page.getByTestId('booking-slot').first(), device);
      await page.getByTestId('booking-review').waitFor();
      await press(page.getByTestId('booking-confirm'), device);
      await page.getByTestId('contact-appointment').waitFor();

      const booked = await gqlInPage<{ contactMember: { status: { key: string | null }; appointment: { id: string; startsAt: string; offerCode: string | null; branch: { id: string } } | null } }>(
        page,
        'query($id: ID!) { contactMember(id: $id) { status { key } appointment { id startsAt offerCode branch { id } } } }',
        { id: contact.id },
      );
      const appointment = booked.contactMember.appointment;
      if (!appointment) fail('the contact has no appointment after booking');
      if (booked.contactMember.status.key !== 'booked') fail(`contact status is ${booked.contactMember.status.key}, expected booked`);
      if (appointment.offerCode !== 'AP') fail(`appointment carries offer ${appointment.offerCode}, expected the campaign's AP`);
      const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Hong_Kong', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(appointment.startsAt));
      const row = (board: Page) => board.locator(`[data-testid="board-row"][data-id="${appointment.id}"]`);

      await page.goto(`${BASE_URL}/zh-HK/appointments/arrivals?branch=${appointment.branch.id}&date=${day}`);
      await row(page).waitFor();
      await press(row(page).getByTestId('board-arrive-verify'), device);
      await eventually(async () => {
        if ((await row(page).getAttribute('data-status')) !== 'ARRIVED') fail('the appointment did not become arrived');
      });

      await page.goto(`${BASE_URL}/zh-HK/appointments/completions?branch=${appointment.branch.id}&date=${day}`);
      await row(page).waitFor();
      await press(row(page).getByTestId('board-complete'), device);
      await eventually(async () => {
        if ((await row(page).count()) !== 0) fail('the completed appointment is still on the completion board');
      });

      await page.goto(`${BASE_URL}/zh-HK/contacts?q=${memberNo}`);
      const listRow = page.getByTestId('contact-row').filter({ has: page.getByTestId('contact-row-member-no').getByText(memberNo, { exact: true }) }).filter({ hasText: 'Junebirth' });
      await eventually(async () => {
        const appointmentCell = ((await listRow.getByTestId('contact-row-appointment').textContent()) ?? '').trim();
        const attendance = ((await listRow.getByTestId('contact-row-attendance').textContent()) ?? '').trim();
        if (!appointmentCell.includes('已完成')) fail(`appointment cell shows "${appointmentCell}"`);
        if (!attendance.startsWith('✓') || !attendance.includes(MANAGER.displayName)) fail(`attendance cell shows "${attendance}"`);
      });
    },
  };
}

flows.push(bookingFlow((device) => (device.name === 'desktop' ? 'A001' : 'A002')));

/** The next Monday–Friday after today in Hong Kong, skipping Christmas (the demo branches close). */
function nextWeekdayInHongKong(): string {
  const today = todayInHongKong();
  const day = new Date(`${today}T00:00:00Z`);
  for (;;) {
    day.setUTCDate(day.getUTCDate() + 1);
    const iso = day.toISOString().slice(0, 10);
    if (day.getUTCDay() >= 1 && day.getUTCDay() <= 5 && !iso.endsWith('-12-25')) return iso;
  }
}

const calendarBookingFlow: Flow = {
  name: '[en] the manager taps an empty place on the day calendar, picks a member and a treatment, and the booking appears there',
  async run(page, device) {
    await signInAs(page, device, 'en', MANAGER.login);
    const { branches } = await gqlInPage<{ branches: { nodes: Array<{ id: string; code: string }> } }>(page, '{ branches(first: 20) { nodes { id code } } }');
    const tko = branches.nodes.find((b) => b.code === 'TKO');
    if (!tko) fail('no TKO branch');
    await page.goto(`${BASE_URL}/en/appointments/calendar?branch=${tko.id}&date=${nextWeekdayInHongKong()}`);
    const column = page.getByTestId('calendar-column').first();
    await column.waitFor();
    const blocksBefore = await page.getByTestId('calendar-block').count();
    const box = await column.boundingBox();
    if (!box) fail('the calendar column is not visible');
    // Around noon (the column spans 09:00–22:00; the beautician works 10:00–19:00), clear of the
    // earlier flow's booking; Playwright scrolls the point into view inside the calendar's scroller.
    const position = { x: box.width / 2, y: box.height * (device.name === 'desktop' ? 0.23 : 0.31) };
    if (device.options.hasTouch) await column.tap({ position });
    else await column.click({ position });
    await page.getByTestId('calendar-book-panel').waitFor();
    await page.getByTestId('calendar-book-member').fill('A005');
    await press(page.getByTestId('calendar-book-member-option').first(), device);
    const treatment = page.getByTestId('calendar-book-treatment');
    const value = await treatment.locator('option', { hasText: 'AP03' }).getAttribute('value');
    if (!value) fail('treatment AP03 is not offered');
    await treatment.selectOption(value);
    await press(page.getByTestId('calendar-book-confirm'), device);
    await eventually(async () => {
      const blocks = await page.getByTestId('calendar-block').count();
      if (blocks !== blocksBefore + 1) fail(`expected ${blocksBefore + 1} blocks after booking, found ${blocks}`);
    });
  },
};

flows.push(calendarBookingFlow);

// ---------- staff follow-up statistics (同事跟進的統計, issue 6) ----------

const followUpStatisticsFlow: Flow = {
  name: '[zh-HK] the manager runs the staff follow-up statistics for May 2020, drills into a number and opens a member',
  async run(page, device) {
    await signInAs(page, device, 'zh-HK', MANAGER.login);
    await page.goto(`${BASE_URL}/zh-HK/reports/follow-up`);
    await page.getByTestId('follow-up-filters').waitFor();
    await eventually(async () => {
      if ((await page.getByTestId('follow-up-filter-salesperson').locator('button').count()) < 2) fail('the salesperson filter offers no salespeople');
    });
    await page.getByTestId('follow-up-filter-from').fill('2020-05-01');
    await page.getByTestId('follow-up-filter-to').fill('2020-05-31');
    await press(page.getByTestId('follow-up-run'), device);
    await eventually(async () => {
      const period = ((await page.getByTestId('follow-up-header-period').textContent()) ?? '').trim();
      if (!period.includes('2020年5月1日') || !period.includes('2020年5月31日')) fail(`header period reads "${period}"`);
      if ((await page.getByTestId('follow-up-row').count()) === 0) fail('no salesperson rows');
    });
    const ranBy = ((await page.getByTestId('follow-up-header-ranBy').textContent()) ?? '').trim();
    if (!ranBy.endsWith(MANAGER.login)) fail(`header names "${ranBy}" as who ran it`);

    // The demo's May 2020 contacts: the totals row's "contacted" number lists exactly that many members.
    const contacted = page.getByTestId('follow-up-totals').locator('[data-testid="follow-up-count"][data-column="contacted"]');
    const count = Number(await contacted.getAttribute('data-count'));
    if (!(count > 0)) fail(`totals show ${count} members contacted in May 2020`);
    if (device.options.hasTouch) await expectTouchSized(contacted, 'the contacted number');
    await press(contacted, device);
    await page.getByTestId('follow-up-drill').waitFor();
    await eventually(async () => {
      const total = Number(await page.getByTestId('follow-up-drill-total').getAttribute('data-count'));
      const rows = await page.getByTestId('follow-up-drill-row').count();
      if (total !== count || rows !== Math.min(count, 50)) fail(`drill-down lists ${rows} rows of ${total}, expected ${count}`);
    });
    if ((await contacted.getAttribute('aria-current')) !== 'true') fail('the number drilled into is not marked');

    // On paper: the table, not the drill-down.
    await page.emulateMedia({ media: 'print' });
    if (!(await page.getByTestId('follow-up-table').isVisible())) fail('the table does not print');
    if (await page.getByTestId('follow-up-drill').isVisible()) fail('the drill-down prints');
    await page.emulateMedia({ media: 'screen' });

    const memberNo = ((await page.getByTestId('follow-up-drill-member-no').first().textContent()) ?? '').trim();
    const rowId = await page.getByTestId('follow-up-drill-row').first().getAttribute('data-id');
    await press(page.getByTestId('follow-up-drill-link').first(), device);
    await expectPath(page, `/zh-HK/contacts/${rowId}`);
    await eventually(async () => {
      const text = (await page.locator('main').textContent()) ?? '';
      if (!text.includes(memberNo)) fail(`the contact page does not show member ${memberNo}`);
    });
  },
};

flows.push(followUpStatisticsFlow);

// ---------- staff access ----------

const staffAccessFlow: Flow = {
  name: '[zh-HK] the manager finds Apple Yu on 設定 > 員工登入 and ends her sessions; her open page is signed out',
  async run(page, device) {
    const browser = page.context().browser();
    if (!browser) fail('no browser for a second context');
    const salesContext = await browser.newContext({ ...device.options, baseURL: BASE_URL });
    try {
      const sales = await salesContext.newPage();
      await signInAs(sales, device, 'zh-HK', 'is007');

      await signInAs(page, device, 'zh-HK', MANAGER.login);
      await page.goto(`${BASE_URL}/zh-HK/settings`);
      await press(page.getByTestId('settings-staffAccess'), device);
      await expectPath(page, '/zh-HK/settings/staff-access');
      await page.getByTestId('staff-access-search').fill('is007');
      await press(page.getByTestId('staff-access-search-submit'), device);
      const row = page.getByTestId('staff-access-row-IS007');
      await row.waitFor();
      await eventually(async () => {
        if ((await page.locator('[data-testid^="staff-access-row-"]').count()) !== 1) fail('the search for is007 lists other staff');
      });
      const sessions = page.getByTestId('staff-access-sessions-IS007');
      await eventually(async () => {
        if (!(Number((await sessions.textContent())?.trim()) >= 1)) fail(`is007 shows ${await sessions.textContent()} live sessions after signing in`);
      });

      await press(page.getByTestId('staff-access-end-IS007'), device);
      await press(page.getByTestId('staff-access-confirm-IS007'), device);
      await page.getByTestId('staff-access-notice').waitFor();
      await expectText(sessions, '0');
      if ((await page.getByTestId('staff-access-end-IS007').count()) !== 0) fail('結束所有登入 is still offered with no live session');

      await sales.reload();
      await expectPath(sales, '/zh-HK/sign-in');
    } finally {
      await salesContext.close();
    }
  },
};

flows.push(staffAccessFlow);

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
      for (const flow of flows.filter((f) => !ONLY || f.name.includes(ONLY))) {
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
