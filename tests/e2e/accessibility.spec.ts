/**
 * axe-core on every page of the app, and 44px touch targets on the tablet.
 *
 * Each page is one test whose title starts with its area (`-g contacts`, `-g settings`…). axe runs
 * with the WCAG 2.0/2.1 A and AA rules; a critical or serious violation fails the page, listed by
 * rule, element and axe's summary. Next's dev overlay (`nextjs-portal`) is left out so the file also
 * runs against `next dev`. With A11Y_REPORT=<file>, every violation (any impact) and every small
 * target is appended there as one JSON line per page, for a findings list.
 *
 * Touch targets (tablet project only, WCAG 2.5.5 at 44×44 CSS px): every visible button, link,
 * select, checkbox, radio, text field and element with a widget role. A control counts as large
 * enough when it, or a label that activates it, is 44×44. Left out, as 2.5.5 allows:
 * - inline links inside running text (the link's block holds other text: a sentence, a hint);
 * - visually hidden elements (1 px or less, e.g. a skip link until it is focused);
 * - controls inside the dev overlay.
 */
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Cookie, Page, TestInfo } from '@playwright/test';
import { MANAGER, expect, gqlInPage, test } from './fixtures';

type Area = 'home' | 'members' | 'contacts' | 'appointments' | 'sales' | 'loyalty' | 'prepaid' | 'reports' | 'settings' | 'account' | 'sign-in' | 'not-found';
type Ids = { memberId: string; walkInId: string; contactId: string; campaignId: string; branchId: string; busyDate: string; roleId: string; staffId: string; invoiceId: string };
type Visit = { area: Area; what: string; path: (ids: Ids) => string; as?: 'manager' | 'is007' | 'nobody' };

const TOUCH_MIN = 44;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Every page under app/[locale] (page.tsx files), in zh-HK, with demo records for the dynamic ones. */
const VISITS: Visit[] = [
  { area: 'sign-in', what: 'the sign-in page, signed out', path: () => '/zh-HK/sign-in', as: 'nobody' },
  { area: 'home', what: "the manager's home", path: () => '/zh-HK' },
  { area: 'home', what: "the salesperson's home (is007)", path: () => '/zh-HK', as: 'is007' },
  { area: 'members', what: 'the member list', path: () => '/zh-HK/members' },
  { area: 'members', what: 'a new member', path: () => '/zh-HK/members/new' },
  { area: 'members', what: 'a new walk-in', path: () => '/zh-HK/members/new?walkIn=1' },
  { area: 'members', what: 'assigning members', path: () => '/zh-HK/members/assign' },
  { area: 'members', what: 'labels', path: () => '/zh-HK/members/labels' },
  { area: 'members', what: 'the recycle bin', path: () => '/zh-HK/members/recycle-bin' },
  { area: 'members', what: 'a member page', path: (ids) => `/zh-HK/members/${ids.memberId}` },
  { area: 'members', what: 'editing a member', path: (ids) => `/zh-HK/members/${ids.memberId}/edit` },
  { area: 'members', what: 'converting a walk-in', path: (ids) => `/zh-HK/members/${ids.walkInId}/convert` },
  { area: 'contacts', what: 'the contact list', path: () => '/zh-HK/contacts' },
  { area: 'contacts', what: 'a contact page', path: (ids) => `/zh-HK/contacts/${ids.contactId}` },
  { area: 'contacts', what: 'the campaigns', path: () => '/zh-HK/contacts/campaigns' },
  { area: 'contacts', what: 'a new campaign', path: () => '/zh-HK/contacts/campaigns/new' },
  { area: 'contacts', what: 'a campaign page', path: (ids) => `/zh-HK/contacts/campaigns/${ids.campaignId}` },
  { area: 'contacts', what: 'contact settings', path: () => '/zh-HK/contacts/settings' },
  { area: 'appointments', what: 'the day tiles', path: () => '/zh-HK/appointments' },
  { area: 'appointments', what: 'the calendar', path: (ids) => `/zh-HK/appointments/calendar?branch=${ids.branchId}&date=${ids.busyDate}` },
  { area: 'appointments', what: 'the arrival board', path: (ids) => `/zh-HK/appointments/arrivals?branch=${ids.branchId}&date=${ids.busyDate}` },
  { area: 'appointments', what: 'the completion board', path: (ids) => `/zh-HK/appointments/completions?branch=${ids.branchId}&date=${ids.busyDate}` },
  { area: 'appointments', what: "a member's bookings", path: (ids) => `/zh-HK/appointments/member/${ids.memberId}` },
  { area: 'sales', what: 'the cashier', path: () => '/zh-HK/sales/checkout' },
  { area: 'sales', what: 'the invoice list', path: () => '/zh-HK/sales/invoices' },
  { area: 'sales', what: 'an invoice', path: (ids) => `/zh-HK/sales/invoices/${ids.invoiceId}` },
  { area: 'sales', what: 'a receipt on 80 mm paper', path: (ids) => `/zh-HK/sales/invoices/${ids.invoiceId}/receipt?paper=80mm` },
  { area: 'sales', what: 'an invoice on A4 paper', path: (ids) => `/zh-HK/sales/invoices/${ids.invoiceId}/receipt?paper=a4` },
  { area: 'sales', what: 'the product list', path: () => '/zh-HK/sales/products' },
  { area: 'sales', what: 'a new product', path: () => '/zh-HK/sales/products/new' },
  { area: 'sales', what: 'product categories', path: () => '/zh-HK/sales/categories' },
  { area: 'sales', what: 'departments', path: () => '/zh-HK/sales/departments' },
  { area: 'sales', what: 'stock', path: () => '/zh-HK/sales/stock' },
  { area: 'sales', what: 'tender types', path: () => '/zh-HK/sales/tenders' },
  { area: 'sales', what: 'returns', path: () => '/zh-HK/sales/returns' },
  { area: 'loyalty', what: 'the loyalty area (opens quick points)', path: () => '/zh-HK/loyalty' },
  { area: 'loyalty', what: 'quick points', path: () => '/zh-HK/loyalty/points' },
  { area: 'loyalty', what: 'coupons', path: () => '/zh-HK/loyalty/coupons' },
  { area: 'loyalty', what: 'gifts', path: () => '/zh-HK/loyalty/gifts' },
  { area: 'loyalty', what: 'gift categories', path: () => '/zh-HK/loyalty/gift-categories' },
  { area: 'loyalty', what: 'points rules', path: () => '/zh-HK/loyalty/points-rules' },
  { area: 'loyalty', what: 'coupon types', path: () => '/zh-HK/loyalty/coupon-types' },
  { area: 'loyalty', what: 'loyalty settings', path: () => '/zh-HK/loyalty/settings' },
  { area: 'prepaid', what: 'the prepaid area (opens the counter)', path: () => '/zh-HK/prepaid' },
  { area: 'prepaid', what: 'the prepaid counter', path: () => '/zh-HK/prepaid/counter' },
  { area: 'prepaid', what: 'instalments', path: () => '/zh-HK/prepaid/instalments' },
  { area: 'prepaid', what: 'package types', path: () => '/zh-HK/prepaid/package-types' },
  { area: 'reports', what: 'the report list', path: () => '/zh-HK/reports' },
  { area: 'reports', what: 'campaign analysis', path: (ids) => `/zh-HK/reports/campaign-analysis?campaign=${ids.campaignId}` },
  { area: 'reports', what: 'campaign analysis, printed', path: (ids) => `/zh-HK/reports/campaign-analysis/print?campaign=${ids.campaignId}` },
  { area: 'reports', what: 'follow-up statistics', path: () => '/zh-HK/reports/follow-up' },
  { area: 'reports', what: 'campaign return', path: (ids) => `/zh-HK/reports/sales/campaign-return?days=30&campaign=${ids.campaignId}` },
  { area: 'reports', what: 'campaign return invoices', path: (ids) => `/zh-HK/reports/sales/campaign-return/${ids.campaignId}?days=30` },
  { area: 'reports', what: 'member ranking', path: () => '/zh-HK/reports/sales/ranking' },
  { area: 'reports', what: 'loyalty: points ranking', path: () => '/zh-HK/reports/loyalty' },
  { area: 'reports', what: 'loyalty: points movements by month', path: () => '/zh-HK/reports/loyalty/movements?period=MONTH' },
  { area: 'reports', what: 'loyalty: points movements by day', path: () => '/zh-HK/reports/loyalty/movements?period=DAY' },
  { area: 'reports', what: 'loyalty: points liability', path: () => '/zh-HK/reports/loyalty/liability' },
  { area: 'reports', what: 'prepaid: liability', path: () => '/zh-HK/reports/prepaid' },
  { area: 'reports', what: 'prepaid: revenue', path: () => '/zh-HK/reports/prepaid/revenue' },
  { area: 'settings', what: 'the settings index', path: () => '/zh-HK/settings' },
  { area: 'settings', what: 'appointment settings', path: () => '/zh-HK/settings/appointments' },
  { area: 'settings', what: 'opening hours', path: () => '/zh-HK/settings/appointments/hours' },
  { area: 'settings', what: 'rooms and resources', path: () => '/zh-HK/settings/appointments/resources' },
  { area: 'settings', what: 'beautician schedules', path: () => '/zh-HK/settings/appointments/schedules' },
  { area: 'settings', what: 'treatments', path: () => '/zh-HK/settings/appointments/treatments' },
  { area: 'settings', what: 'contact visibility', path: () => '/zh-HK/settings/contact-visibility' },
  { area: 'settings', what: 'custom fields', path: () => '/zh-HK/settings/custom-fields' },
  { area: 'settings', what: 'interest groups', path: () => '/zh-HK/settings/interest-groups' },
  { area: 'settings', what: 'member levels', path: () => '/zh-HK/settings/member-levels' },
  { area: 'settings', what: 'numbering', path: () => '/zh-HK/settings/numbering' },
  { area: 'settings', what: 'offers', path: () => '/zh-HK/settings/offers' },
  { area: 'settings', what: 'staff access', path: () => '/zh-HK/settings/staff-access' },
  { area: 'settings', what: 'operation log', path: () => '/zh-HK/settings/operation-log' },
  { area: 'settings', what: 'the recycle bin', path: () => '/zh-HK/settings/recycle-bin' },
  { area: 'settings', what: 'the recycle bin, members', path: () => '/zh-HK/settings/recycle-bin?type=Member' },
  { area: 'settings', what: 'system parameters', path: () => '/zh-HK/settings/system' },
  { area: 'settings', what: 'branches', path: () => '/zh-HK/settings/branches' },
  { area: 'settings', what: 'a branch', path: (ids) => `/zh-HK/settings/branches/${ids.branchId}` },
  { area: 'settings', what: 'a new branch', path: () => '/zh-HK/settings/branches/new' },
  { area: 'settings', what: 'staff', path: () => '/zh-HK/settings/staff' },
  { area: 'settings', what: 'a staff member', path: (ids) => `/zh-HK/settings/staff/${ids.staffId}` },
  { area: 'settings', what: 'a new staff member', path: () => '/zh-HK/settings/staff/new' },
  { area: 'settings', what: 'roles', path: () => '/zh-HK/settings/roles' },
  { area: 'settings', what: 'a role', path: (ids) => `/zh-HK/settings/roles/${ids.roleId}` },
  { area: 'settings', what: 'a new role', path: () => '/zh-HK/settings/roles/new' },
  { area: 'account', what: 'changing one\'s password', path: () => '/zh-HK/account/password' },
  { area: 'not-found', what: 'an unknown address', path: () => '/zh-HK/no-such-page' },
];

/** Signs in through the form in a context of its own and keeps the session cookies. */
async function sessionCookies(browser: Browser, testInfo: TestInfo, login: string): Promise<{ cookies: Cookie[]; context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const page = await context.newPage();
  await page.goto('/zh-HK/sign-in');
  // Sent before the form hydrates, the sign-in would be a plain form post.
  await page.waitForLoadState('networkidle');
  await page.getByTestId('sign-in-login').fill(login);
  await page.getByTestId('sign-in-password').fill('demo1234');
  await page.getByTestId('sign-in-submit').click();
  // Signed in once the form moves on; the page it lands on is another test's business.
  await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'), { timeout: 60_000 });
  return { cookies: await context.cookies(), context, page };
}

/** Demo records for the dynamic pages: a contact (its member and campaign), a walk-in, a busy branch day. */
async function demoIds(page: Page): Promise<Ids> {
  const { contactMembers } = await gqlInPage<{ contactMembers: { nodes: Array<{ id: string; member: { id: string }; campaign: { id: string } }> } }>(
    page,
    '{ contactMembers(first: 1) { nodes { id member { id } campaign { id } } } }',
  );
  const contact = contactMembers.nodes[0];
  expect(contact, 'a contact in the demo data').toBeDefined();
  const { memberSearch } = await gqlInPage<{ memberSearch: { nodes: Array<{ id: string }> } }>(page, '{ memberSearch(filter: { kind: WALK_INS }, first: 1) { nodes { id } } }');
  let walkInId = memberSearch.nodes[0]?.id;
  if (!walkInId) {
    // A fresh demo database has no walk-in; the convert page needs one.
    const { branches } = await gqlInPage<{ branches: { nodes: Array<{ id: string }> } }>(page, '{ branches(first: 1) { nodes { id } } }');
    const phone = `6${String(Date.now() % 10_000_000).padStart(7, '0')}`;
    const created = await gqlInPage<{ createWalkIn: { id: string } }>(page, 'mutation($b: ID!, $p: String!) { createWalkIn(input: { branchId: $b, phone: $p }) { id } }', { b: branches.nodes[0].id, p: phone });
    walkInId = created.createWalkIn.id;
  }
  const busy = await gqlInPage<{ contactMembers: { nodes: Array<{ appointment: { startsAt: string; branch: { id: string } } | null }> } }>(
    page,
    '{ contactMembers(first: 100) { nodes { appointment { startsAt branch { id } } } } }',
  );
  const booked = busy.contactMembers.nodes.find((n) => n.appointment)?.appointment;
  const { branches } = await gqlInPage<{ branches: { nodes: Array<{ id: string }> } }>(page, '{ branches(first: 1) { nodes { id } } }');
  const { viewer } = await gqlInPage<{ viewer: { id: string } }>(page, '{ viewer { id } }');
  const { roles } = await gqlInPage<{ roles: { nodes: Array<{ id: string }> } }>(page, '{ roles(first: 1) { nodes { id } } }');
  const { invoices } = await gqlInPage<{ invoices: { nodes: Array<{ id: string }> } }>(page, '{ invoices(first: 1) { nodes { id } } }');
  expect(invoices.nodes[0], 'an invoice in the demo data').toBeDefined();
  const hongKongDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Hong_Kong' }).format(at);
  return {
    memberId: contact.member.id,
    walkInId,
    contactId: contact.id,
    campaignId: contact.campaign.id,
    branchId: booked?.branch.id ?? branches.nodes[0].id,
    busyDate: hongKongDay(booked ? new Date(booked.startsAt) : new Date()),
    staffId: viewer.id,
    roleId: roles.nodes[0].id,
    invoiceId: invoices.nodes[0].id,
  };
}

type SmallTarget = { element: string; width: number; height: number };

/** The visible touch targets smaller than 44×44, with the exceptions in the header comment. */
async function smallTargets(page: Page): Promise<SmallTarget[]> {
  return page.evaluate((min) => {
    const selector = [
      'a[href]',
      'button',
      'select',
      'textarea',
      'summary',
      'input:not([type="hidden"])',
      '[role="button"]',
      '[role="link"]',
      '[role="checkbox"]',
      '[role="radio"]',
      '[role="switch"]',
      '[role="tab"]',
      '[role="menuitem"]',
      '[role="option"]',
    ].join(',');
    const describe = (el: Element): string => {
      const testId = el.getAttribute('data-testid');
      const name = (el.getAttribute('aria-label') || (el as HTMLElement).innerText || el.getAttribute('value') || el.getAttribute('name') || '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const type = el.getAttribute('type');
      return `<${el.tagName.toLowerCase()}${type ? ` type=${type}` : ''}${testId ? ` data-testid=${testId}` : ''}>${name ? ` "${name}"` : ''}`;
    };
    const blockOf = (el: Element): Element => {
      let node = el.parentElement;
      while (node && ['inline', 'inline-block', 'contents'].includes(getComputedStyle(node).display)) node = node.parentElement;
      return node ?? el;
    };
    /** A link inside running text: its block holds other words than the link's own. */
    const isInline = (el: Element): boolean => {
      if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
      const block = blockOf(el);
      const own = (el.textContent ?? '').trim();
      const all = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
      return all.length > own.length && !block.matches('nav, [role="toolbar"], [role="navigation"], td, th');
    };
    const labelsOf = (el: Element): Element[] => (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement ? Array.from(el.labels ?? []) : []);
    const small: Array<{ element: string; width: number; height: number }> = [];
    for (const el of Array.from(document.querySelectorAll(selector))) {
      if (el.closest('nextjs-portal')) continue;
      if (!(el as HTMLElement).checkVisibility?.({ visibilityProperty: true, opacityProperty: false })) continue;
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      if (isInline(el)) continue;
      const boxes = [box, ...labelsOf(el).map((label) => label.getBoundingClientRect())];
      if (boxes.some((b) => b.width >= min && b.height >= min)) continue;
      small.push({ element: describe(el), width: Math.round(box.width * 10) / 10, height: Math.round(box.height * 10) / 10 });
    }
    return small;
  }, TOUCH_MIN);
}

function record(line: object): void {
  const file = process.env.A11Y_REPORT;
  if (file) fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
}

// Sessions and demo ids, signed in once per worker (a failed test starts a new worker, which signs in again).
const sessions = new Map<string, Cookie[]>();
let ids: Ids | undefined;

/** The session of a demo login; the manager's also finds the demo ids. */
async function sessionOf(browser: Browser, testInfo: TestInfo, who: 'manager' | 'is007'): Promise<Cookie[]> {
  if (!sessions.has(who)) {
    const signedIn = await sessionCookies(browser, testInfo, who === 'manager' ? MANAGER.login : who);
    if (who === 'manager') ids = await demoIds(signedIn.page);
    await signedIn.context.close();
    sessions.set(who, signedIn.cookies);
  }
  return sessions.get(who)!;
}

test.describe('accessibility', { tag: '@tablet' }, () => {
  // A dev server compiles each page on its first visit, which can take longer than a navigation's usual 30 s.
  test.describe.configure({ timeout: 180_000 });
  test.use({ navigationTimeout: 90_000 });

  for (const visit of VISITS) {
    const who = visit.as ?? 'manager';
    test(`${visit.area}: ${visit.what} has no critical or serious axe violations${who === 'nobody' ? '' : ` (as ${who})`} and 44px touch targets on the tablet`, async ({ page, browser, hasTouch }, testInfo) => {
      if (who !== 'nobody') await page.context().addCookies(await sessionOf(browser, testInfo, who));
      if (!ids) await sessionOf(browser, testInfo, 'manager');
      const path = visit.path(ids!);
      await page.goto(path);
      // Client-loaded data (lists, the calendar, the boards) is on screen once the network settles.
      await page.waitForLoadState('networkidle');
      await page.locator('main, form').first().waitFor();
      if (who !== 'nobody') expect(new URL(page.url()).pathname, `${path} opened signed in, not the sign-in page`).not.toMatch(/\/sign-in$/);

      // Legacy mode runs axe in the page itself rather than gathering each frame's results in a blank
      // page opened for it, which costs seconds a page here; it leaves out only cross-origin frames,
      // and the app has no frames.
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).exclude('nextjs-portal').setLegacyMode(true).analyze();
      const blocking = results.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
      const listed = blocking.flatMap((v) =>
        v.nodes.map((n) => `[${v.impact}] ${v.id} at ${n.target.join(' ')}: ${(n.failureSummary ?? v.help).replace(/\s+/g, ' ')}`),
      );
      const small = hasTouch ? await smallTargets(page) : [];
      record({
        project: testInfo.project.name,
        path,
        url: page.url(),
        who,
        violations: results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })) })),
        small,
      });
      expect.soft(listed, `critical and serious axe violations on ${path}`).toEqual([]);
      if (hasTouch) {
        expect.soft(small.map((s) => `${s.element} is ${s.width}×${s.height}`), `touch targets under ${TOUCH_MIN}×${TOUCH_MIN} px on ${path}`).toEqual([]);
      }
    });
  }
});
