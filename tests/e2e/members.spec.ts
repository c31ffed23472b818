import type { Locator, Page } from '@playwright/test';
import { MANAGER, expect, expectPath, expectTouchSized, memberCells, test, textOf } from './fixtures';

const firstCellOfRow = (page: Page, row: number): Locator => page.getByTestId('members-table').locator('tbody tr').nth(row).locator('td').first();

/** "已選取 275 / 276 位" → [275, 276]. */
async function selectedOfTotal(page: Page): Promise<[number, number]> {
  const text = ((await page.getByTestId('members-selected').textContent()) ?? '').replace(/,/g, '');
  const numbers = text.match(/\d+/g)?.map(Number) ?? [];
  expect(numbers.length, `the selection count in "${text}"`).toBeGreaterThanOrEqual(2);
  return [numbers[0], numbers[1]];
}

async function expectSelected(page: Page, selected: (total: number) => number): Promise<void> {
  await expect(async () => {
    const [actual, total] = await selectedOfTotal(page);
    expect(actual, `members selected of ${total}`).toBe(selected(total));
  }).toPass();
}

async function expectExcluded(page: Page, memberNo: string, excluded: boolean): Promise<void> {
  const row = page.getByTestId('members-table').locator('tbody tr', { has: page.getByTestId(`select-${memberNo}`) });
  await expect.poll(async () => (await row.getAttribute('data-excluded')) === 'true', { message: `${memberNo} struck from the selection` }).toBe(excluded);
}

/** A page of the list that does not start where the first one did. */
async function expectNextPage(page: Page): Promise<void> {
  await expect(async () => {
    expect(page.url(), 'the next page').toContain('after=');
    expect((await memberCells(page, 0))[0], 'the second page starts elsewhere').not.toBe('A001');
  }).toPass();
}

/** A phone number no other run has used: HK mobile 6xxxxxxx from the clock and a counter. */
let phoneCounter = 0;
function freshPhone(): string {
  phoneCounter += 1;
  return `6${String((Date.now() + phoneCounter * 7919) % 10_000_000).padStart(7, '0')}`;
}

const onMemberPage = (page: Page) => /\/members\/\d+$/.test(new URL(page.url()).pathname);

async function memberNoOnPage(page: Page): Promise<string> {
  await expect(page.getByTestId('member-no')).not.toHaveText('');
  return textOf(page.getByTestId('member-no'));
}

test.describe('the member list', () => {
  async function searchMembers(page: Page, press: (target: Locator) => Promise<void>, fields: Record<string, string>): Promise<void> {
    await press(page.getByTestId('search-reset'));
    await expectPath(page, '/zh-HK/members');
    // The form is rebuilt from the URL once the reset navigation lands; typing before then is lost.
    await expect.poll(() => new URL(page.url()).search, { message: 'the filter left in the URL after reset' }).toBe('');
    await page.waitForLoadState('networkidle');
    for (const [field, value] of Object.entries(fields)) await page.getByTestId(`search-${field}`).fill(value);
    await press(page.getByTestId('search-submit'));
  }

  test("the manager pages through members; the list starts with the seed's A001 陳小麗", async ({ page, press, signInAs }) => {
    await signInAs('zh-HK');
    await press(page.getByTestId('nav-members'));
    await expectPath(page, '/zh-HK/members');
    const firstRow = page.getByTestId('members-table').locator('tbody tr').first();
    await expect(firstRow.locator('td').nth(0)).toHaveText('A001');
    await expect(firstRow.locator('td').nth(1)).toHaveText('陳小麗');
    await press(page.getByTestId('members-next'));
    await expectNextPage(page);
  });

  test('the manager searches members by phone prefix and by name, unticks a row, selects all and restores across pages', { tag: '@tablet' }, async ({ page, hasTouch, press, signInAs }) => {
    await signInAs('zh-HK');
    await page.goto('/zh-HK/members');
    await expect(firstCellOfRow(page, 0)).toHaveText('A001');
    if (hasTouch) {
      await expectTouchSized(page.getByTestId('search-submit'), 'search button');
      await expectTouchSized(page.getByTestId('select-all'), 'select-all button');
      await expectTouchSized(page.getByTestId('sort-NAME'), 'name sort header');
    }

    await searchMembers(page, press, { phone: '1122' });
    await expect(async () => {
      expect(page.url(), 'the phone filter in the URL').toContain('phone=1122');
      const phones = await memberCells(page, 2);
      expect(phones.length, 'members found by phone').toBeGreaterThan(0);
      for (const phone of phones) expect(phone.split(', ').some((n) => n.startsWith('1122')), `${phone} matches 1122`).toBe(true);
    }).toPass();
    await expect(firstCellOfRow(page, 0)).toHaveText('A001');

    await searchMembers(page, press, { name: '陳小' });
    await expect(async () => {
      const names = await memberCells(page, 1);
      expect(names.length, 'members found by name').toBeGreaterThan(0);
      for (const name of names) expect(name).toContain('陳小');
      expect(names).toContain('陳小麗');
    }).toPass();

    // Untick A002 on the unfiltered list; the exclusion survives a trip to the next page and back.
    await press(page.getByTestId('search-reset'));
    await expectPath(page, '/zh-HK/members');
    await expect(firstCellOfRow(page, 1)).toHaveText('A002');
    await press(page.getByTestId('select-A002'));
    await expectExcluded(page, 'A002', true);
    await expectSelected(page, (total) => total - 1);
    await press(page.getByTestId('members-next'));
    await expectNextPage(page);
    await press(page.getByTestId('members-previous'));
    await expect(firstCellOfRow(page, 0)).toHaveText('A001');
    await expectExcluded(page, 'A002', true);
    await expectSelected(page, (total) => total - 1);

    await press(page.getByTestId('select-all'));
    await expectExcluded(page, 'A002', false);
    await expectSelected(page, (total) => total);
    await press(page.getByTestId('restore'));
    await expectExcluded(page, 'A002', true);
    await expectSelected(page, (total) => total - 1);
  });

  test('the manager changes the group of a 2-member selection, sees the progress reach done, then opens the labels', async ({ page, press, signInAs }) => {
    await signInAs('zh-HK');
    await page.goto('/zh-HK/members');
    await searchMembers(page, press, { memberNo: 'A05' });
    let numbers: string[] = [];
    await expect(async () => {
      numbers = await memberCells(page, 0);
      expect(numbers.length, 'A05… members found').toBeGreaterThanOrEqual(3);
      for (const memberNo of numbers) expect(memberNo).toMatch(/^A05/);
    }).toPass();
    for (const memberNo of numbers.slice(2)) await press(page.getByTestId(`select-${memberNo}`));
    await expectSelected(page, () => 2);

    await press(page.getByTestId('bulk-change-group'));
    await page.getByTestId('bulk-dialog').waitFor();
    await page.getByTestId('bulk-target').selectOption({ label: 'VIP Silver' });
    await press(page.getByTestId('bulk-confirm'));
    await expect(page.getByTestId('bulk-progress')).toHaveAttribute('data-status', 'DONE');
    await expect(page.getByTestId('bulk-progress-text')).toHaveText('已處理 2 / 2');
    await expect(async () => {
      const groups = await memberCells(page, 4);
      expect(groups[0], 'the first group after the change').toMatch(/^VIP Silver/);
      expect(groups[1], 'the second group after the change').toMatch(/^VIP Silver/);
    }).toPass();

    const [labels] = await Promise.all([page.context().waitForEvent('page'), press(page.getByTestId('bulk-labels'))]);
    await expect(async () => {
      const url = new URL(labels.url());
      expect(url.pathname, 'the labels page').toBe('/zh-HK/members/labels');
      expect(url.searchParams.get('selection'), 'the selection the labels are for').toBeTruthy();
    }).toPass();
    // The sheet lists exactly the two selected members (on labels, or under "no address").
    await labels.getByTestId('page-title').waitFor();
    await expect(async () => {
      const text = (await labels.locator('main').textContent()) ?? '';
      for (const memberNo of numbers.slice(0, 2)) expect(text, `labels list ${memberNo}`).toContain(memberNo);
      for (const memberNo of numbers.slice(2)) expect(text, `labels leave out the unticked ${memberNo}`).not.toContain(memberNo);
    }).toPass();
  });

  test('quick lookup: "/" focuses it, a phone number and Enter opens the member, arrows pick among several', async ({ page, hasTouch, press, signInAs }) => {
    await signInAs('zh-HK');
    const input = page.getByTestId('quick-lookup-input');
    if (hasTouch) await expectTouchSized(input, 'quick lookup');
    await page.keyboard.press('/');
    await expect(input).toBeFocused();
    await input.fill('11223344');
    await input.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname, { message: 'a member page' }).toMatch(/^\/zh-HK\/members\/\d+$/);
    await expect(page.getByTestId('member-no')).toHaveText('A001');

    await input.fill('A00');
    const options = page.getByTestId('quick-lookup-option');
    await expect.poll(() => options.count(), { message: 'members listed for A00' }).toBeGreaterThanOrEqual(2);
    await input.press('ArrowDown');
    await input.press('ArrowDown');
    const second = await textOf(options.nth(1).locator('span').first());
    await input.press('Enter');
    await expect(page.getByTestId('member-no')).toHaveText(second);

    await input.fill('A00');
    await expect.poll(() => options.count(), { message: 'members listed for A00' }).toBeGreaterThanOrEqual(1);
    const first = await textOf(options.first().locator('span').first());
    await press(options.first());
    await expect(page.getByTestId('member-no')).toHaveText(first);
  });
});

test.describe('registration, walk-ins and the recycle bin', () => {
  /** Submits the member form; if the phone is already on file, goes on past the warning. */
  async function submitMemberForm(page: Page, press: (target: Locator) => Promise<void>): Promise<void> {
    await press(page.getByTestId('member-form-submit'));
    await expect(async () => {
      if (onMemberPage(page)) return;
      if ((await page.getByTestId('duplicate-proceed').count()) > 0) await press(page.getByTestId('duplicate-proceed'));
      expect(new URL(page.url()).pathname, 'the member page after submitting the form').toMatch(/\/members\/\d+$/);
    }).toPass();
  }

  test('the manager registers a member: required fields marked, errors at the field, then the member page with the new A number', { tag: '@tablet' }, async ({ page, hasTouch, press, signInAs }) => {
    await signInAs('zh-HK');
    await page.goto('/zh-HK/members/new');
    await page.getByTestId('member-form').waitFor();
    for (const field of ['lastName', 'gender', 'phone']) {
      expect(await textOf(page.getByTestId(`field-${field}`).locator('label')), `the ${field} label`).toMatch(/\*$/);
    }
    if (hasTouch) await expectTouchSized(page.getByTestId('member-form-submit'), 'register button');
    await page.getByTestId('input-phone').fill('1234');
    await press(page.getByTestId('member-form-submit'));
    await page.getByTestId('error-lastName').waitFor();
    await page.getByTestId('error-phone').waitFor();
    expect(new URL(page.url()).pathname, 'an invalid form stays').toMatch(/\/members\/new$/);

    await page.getByTestId('input-lastName').fill('測試');
    await page.getByTestId('input-firstName').fill('美君');
    await page.getByTestId('input-gender').selectOption('FEMALE');
    await page.getByTestId('input-phone').fill(freshPhone());
    await page.getByTestId('input-email').fill('may@example.com');
    await submitMemberForm(page, press);
    expect(await memberNoOnPage(page), 'a TKO A-number').toMatch(/^A\d+$/);
    await expect(page.getByTestId('page-title')).toHaveText('測試美君小姐');
    await expect(page.getByTestId('member-branch')).toHaveText('TKO');
  });

  test('the front desk creates a walk-in with only a phone, gets a K number, and converts it to a member', async ({ page, press, signInAs }) => {
    await signInAs('zh-HK');
    await page.goto('/zh-HK/members/new?walkIn=1');
    const phone = freshPhone();
    await page.getByTestId('walk-in-phone').fill(phone);
    await press(page.getByTestId('walk-in-submit'));
    await expect(async () => {
      if ((await page.getByTestId('duplicate-proceed').count()) > 0) await press(page.getByTestId('duplicate-proceed'));
      expect(onMemberPage(page), 'the walk-in page opened').toBe(true);
    }).toPass();
    const memberPath = new URL(page.url()).pathname;
    expect(await memberNoOnPage(page), 'a walk-in number').toMatch(/^K\d+$/);
    await page.getByTestId('walk-in-badge').waitFor();

    await press(page.getByTestId('member-convert'));
    await expectPath(page, `${memberPath}/convert`);
    await page.getByTestId('member-form').waitFor();
    expect(await page.getByTestId('input-phone').inputValue(), 'the phone on the convert form').toBe(phone);
    await page.getByTestId('input-lastName').fill('Chan');
    await page.getByTestId('input-firstName').fill('Susan');
    await page.getByTestId('input-gender').selectOption('FEMALE');
    await submitMemberForm(page, press);
    await expectPath(page, memberPath);
    await expect.poll(() => textOf(page.getByTestId('member-no')), { message: 'the converted member number' }).toMatch(/^A\d+$/);
    expect(await page.getByTestId('walk-in-badge').count(), 'the walk-in badge on the converted member').toBe(0);
    await press(page.getByTestId('history-tab-audit'));
    await page.getByTestId('audit-table').waitFor();
  });

  test('the manager deletes a member and restores it from the recycle bin', async ({ page, press, signInAs }) => {
    await signInAs('zh-HK');
    await page.goto('/zh-HK/members/new');
    await page.getByTestId('member-form').waitFor();
    await page.getByTestId('input-lastName').fill('刪除');
    await page.getByTestId('input-firstName').fill('測試');
    await page.getByTestId('input-gender').selectOption('FEMALE');
    await page.getByTestId('input-phone').fill(freshPhone());
    await submitMemberForm(page, press);
    const memberNo = await memberNoOnPage(page);
    const memberPath = new URL(page.url()).pathname;

    await press(page.getByTestId('member-delete'));
    await press(page.getByTestId('delete-confirm-yes'));
    await expectPath(page, '/zh-HK/members');
    expect(page.url(), 'the list opened with the deleted notice').toContain(`deleted=${memberNo}`);

    await page.goto(memberPath);
    await expect(page.getByTestId('member-no')).toHaveCount(0);

    // The members' bin is the one recycle bin, showing members.
    await page.goto('/zh-HK/members/recycle-bin');
    await expectPath(page, '/zh-HK/settings/recycle-bin');
    const row = page.getByTestId('recycle-bin-table').locator('tbody tr', { hasText: `(${memberNo})` });
    await row.waitFor();
    await expect.poll(() => textOf(row.locator('td').nth(2)), { message: 'deleted by' }).toMatch(new RegExp(`^${MANAGER.displayName}`));
    await press(row.locator('[data-testid^="restore-"]'));
    await page.getByTestId('recycle-bin-notice').waitFor();
    await expect(page.getByTestId('recycle-bin-table').locator('tbody tr', { hasText: `(${memberNo})` })).toHaveCount(0);
    await page.goto(memberPath);
    await expect(page.getByTestId('member-no')).toHaveText(memberNo);
  });
});
