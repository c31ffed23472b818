import type { Page } from '@playwright/test';
import { LOCALES, MANAGER, expect, expectPath, expectTouchSized, gqlInPage, memberCells, test, textOf, todayInHongKong } from './fixtures';

const contactRowCount = (page: Page) => page.getByTestId('contact-row').count();

// The contact-campaign flow (seed 000), in every locale.
for (const locale of LOCALES) {
  test(`[${locale}] search → assign to a new campaign across two salespeople → each sees only theirs → log with a preset note and follow-up → the manager sees the latest state`, async ({ page, press, signInAs }) => {
    const code = `E2E${Date.now().toString(36).toUpperCase()}`;
    await signInAs(locale);

    // Campaign setup (聯絡活動 > 新增).
    await page.goto(`/${locale}/contacts/campaigns/new`);
    await page.getByTestId('campaign-form').waitFor();
    await page.locator('#member-field-code').fill(code);
    await page.locator('#member-field-name').fill(`E2E ${locale}`);
    await page.locator('#member-field-offerId').selectOption({ index: 1 });
    await press(page.getByTestId('campaign-save'));
    await expectPath(page, `/${locale}/contacts/campaigns`);

    // Search, then 聯絡活動: choose the campaign, then TKO's Candy Chan and Apple Yu.
    await page.goto(`/${locale}/members?no=A01`);
    let memberNos: string[] = [];
    await expect(async () => {
      memberNos = await memberCells(page, 0);
      expect(memberNos.length, 'A01… members found').toBeGreaterThanOrEqual(4);
      for (const memberNo of memberNos) expect(memberNo).toMatch(/^A01/);
    }).toPass();
    await press(page.getByTestId('bulk-assign-campaign'));
    await page.getByTestId(`assign-campaign-${code}`).check();
    await press(page.getByTestId('assign-campaign-confirm'));
    await page.getByTestId('assign-salespeople-step').waitFor();
    await page.getByTestId('assign-salesperson-IS007').check();
    await page.getByTestId('assign-salesperson-IS003').check();
    const total = memberNos.length;
    const [min, max] = [Math.floor(total / 2), Math.ceil(total / 2)];
    await expect(async () => {
      const line = (await page.getByTestId('assign-preview-line').textContent()) ?? '';
      for (const figure of [total, min, max]) expect(line, `the preview says ${total} members, ${min} to ${max} each`).toContain(String(figure));
    }).toPass();
    await press(page.getByTestId('assign-confirm'));
    const viewContacts = page.getByTestId('assign-view-contacts');
    await viewContacts.waitFor();
    const listHref = await viewContacts.getAttribute('href');
    expect(listHref, 'the link to the contact list').toBeTruthy();
    await press(viewContacts);
    await expect.poll(() => contactRowCount(page), { message: 'contacts the manager sees' }).toBe(total);

    // Apple Yu sees only her half.
    await signInAs(locale, 'is007');
    await page.goto(listHref!);
    // A salesperson's table leaves the salesperson out until she adds the column.
    await press(page.getByTestId('contacts-columns'));
    await press(page.getByTestId('column-toggle-salesperson'));
    await press(page.getByTestId('contacts-columns-done'));
    await expect(async () => {
      expect(await contactRowCount(page), 'contacts Apple Yu sees').toBe(min);
      for (const salesperson of await page.getByTestId('contact-row-salesperson').allTextContents()) expect(salesperson, "Apple Yu sees only hers").toContain('IS007');
    }).toPass();

    // She opens the first, picks a preset note, sets a follow-up for later today and saves.
    const firstMemberNo = await textOf(page.getByTestId('contact-row-member-no').first());
    await press(page.getByTestId('contact-row-link').first());
    await page.getByTestId('contact-add').waitFor();
    await press(page.getByTestId('log-preset-toggle'));
    const preset = page.getByTestId('log-preset').first();
    const presetText = await textOf(preset);
    await press(preset);
    await page.getByTestId('log-status').selectOption({ index: 2 });
    const statusLabel = await textOf(page.getByTestId('log-status').locator('option:checked'));
    await page.getByTestId('log-content').fill(`e2e ${locale}`);
    // Contacted just after midnight with a follow-up minutes later: due today whenever the test runs.
    await page.getByTestId('log-time').fill('00:05');
    await page.getByTestId('log-next').fill(`${todayInHongKong()}T00:10`);
    await press(page.getByTestId('log-submit'));
    await expect(page.getByTestId('log-note-text').first()).toHaveText(presetText);
    await expect(page.getByTestId('contact-status')).toHaveText(statusLabel);
    await expect(page.getByTestId('follow-up-state').first()).not.toHaveText('');

    // Her home page lists the follow-up due today.
    await page.goto(`/${locale}`);
    await expect(async () => {
      const links = await page.getByTestId('home-follow-up-link').allTextContents();
      expect(links.some((l) => l.includes(firstMemberNo)), `home follow-ups (${links.join(' | ')}) list ${firstMemberNo}`).toBe(true);
    }).toPass();

    // The manager sees every contact, and the row shows the latest log.
    await signInAs(locale, MANAGER.login);
    await page.goto(listHref!);
    await expect(async () => {
      expect(await contactRowCount(page), 'contacts the manager sees').toBe(total);
      const row = page.getByTestId('contact-row').filter({ has: page.getByTestId('contact-row-member-no').getByText(firstMemberNo, { exact: true }) });
      expect(await textOf(row.getByTestId('contact-row-status')), `the status of ${firstMemberNo}`).toBe(statusLabel);
      expect(await textOf(row.getByTestId('contact-row-note')), `the note of ${firstMemberNo}`).toBe(presetText);
    }).toPass();
  });
}

// The contact list as staff use it all day: table first, the key columns in view, nothing drawn over anything.
const SCREENS = { desktop: [{ width: 1440, height: 900 }, { width: 1024, height: 768 }], tablet: [{ width: 768, height: 1024 }] };
const KEY_CELLS = ['contact-row-link', 'contact-row-status', 'contact-row-next-follow-up', 'contact-row-appointment'];

/** Cells whose content is wider than the cell (drawn over the next one), as "testid: scroll > client". */
async function overflowingCells(page: Page): Promise<string[]> {
  return page.getByTestId('contact-row').evaluateAll((rows) =>
    rows.slice(0, 10).flatMap((row) =>
      [...row.querySelectorAll('td')]
        .filter((td) => td.scrollWidth > td.clientWidth + 1)
        .map((td) => `${td.dataset.testid ?? td.dataset.label ?? 'first'}: ${td.scrollWidth} > ${td.clientWidth}`),
    ),
  );
}

test('[zh-HK] the contact list: the first row inside the first screen, the key columns without sideways scrolling, no cell drawn over the next', { tag: '@tablet' }, async ({ page, signInAs }, testInfo) => {
  await signInAs('zh-HK');
  await page.goto('/zh-HK/contacts');
  const first = page.getByTestId('contact-row').first();
  await first.waitFor();
  for (const screen of SCREENS[testInfo.project.name === 'tablet' ? 'tablet' : 'desktop']) {
    await page.setViewportSize(screen);
    await page.evaluate(() => window.scrollTo(0, 0));
    const at = `${screen.width}×${screen.height}`;
    await expect(async () => {
      const row = await first.boundingBox();
      expect(row, `the first row at ${at}`).not.toBeNull();
      expect(row!.y + row!.height, `the first row's bottom at ${at}`).toBeLessThanOrEqual(screen.height);
      for (const testId of [...KEY_CELLS, 'contact-row-note']) {
        const cell = first.getByTestId(testId).first();
        if ((await cell.count()) === 0) continue;
        const box = await cell.boundingBox();
        expect(box!.x + box!.width, `${testId}'s right edge at ${at}`).toBeLessThanOrEqual(screen.width);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `the page's width at ${at}`).toBeLessThanOrEqual(screen.width);
      expect(await overflowingCells(page), `cells wider than their content at ${at}`).toEqual([]);
    }).toPass();
    if (screen.width < 800) {
      await expectTouchSized(page.getByTestId('contact-row-select').first().locator('xpath=..'), 'a row checkbox\'s label');
      await expectTouchSized(page.getByTestId('contact-row-expand').first(), "a row's details button");
      await expectTouchSized(page.getByTestId('contacts-filters-toggle'), 'the filters button');
    }
  }
});

test('[zh-HK] with every column chosen, long text wraps inside its cell; the member column stays while the table scrolls sideways (a card per row on a tablet)', { tag: '@tablet' }, async ({ page, signInAs }, testInfo) => {
  await signInAs('zh-HK');
  const me = await gqlInPage<{ viewer: { id: string } }>(page, '{ viewer { id } }');
  const url = new URL(page.url());
  await page.context().addCookies([{ name: `contact-list-columns-${me.viewer.id}`, value: 'campaign.salesperson.phones.lastContactAt.method.content.bookingBranch.bookingAt.bookingNote.bookingStatus.attendanceNote.attendanceVerified.verifiedBy.verifiedAt.verificationNote', domain: url.hostname, path: '/' }]);
  await page.goto('/zh-HK/contacts');
  await page.getByTestId('contact-row').first().waitFor();
  await expect(page.getByTestId('contact-row-verificationNote').first()).toBeVisible();
  expect(await overflowingCells(page), 'cells wider than their content').toEqual([]);
  const region = page.getByTestId('contacts-table-region');
  if (testInfo.project.name === 'tablet') {
    // A card per row: nothing to scroll sideways to.
    expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth), 'the cards are as wide as the screen').toBeLessThanOrEqual(1);
    return;
  }
  const name = page.getByTestId('contact-row-link').first();
  const before = (await name.boundingBox())!.x;
  await region.evaluate((el) => el.scrollBy(600, 0));
  await expect.poll(() => region.evaluate((el) => el.scrollLeft), { message: 'the table scrolled sideways' }).toBeGreaterThan(0);
  expect((await name.boundingBox())!.x, 'the member column stays in view').toBeCloseTo(before, 0);
});

test('[en] the filters fold away behind chips that remove them; the columns chosen survive a reload', async ({ page, press, signInAs }) => {
  await signInAs('en');
  await page.goto('/en/contacts?booked=no&quick=CONTACTED_THIS_WEEK');
  // The total is read in the browser: once it shows, the chips answer taps.
  await page.getByTestId('contacts-total').waitFor();
  await expect(page.getByTestId('contacts-filter-count')).toHaveText('2 filters');
  await expect(page.getByTestId('contact-filters')).toBeHidden();
  await press(page.getByTestId('contacts-filter-chip').filter({ hasText: 'Quick options' }));
  await expect.poll(() => new URL(page.url()).search, { message: 'the quick option removed from the URL' }).toBe('?booked=no');
  await expect(page.getByTestId('contacts-filter-count')).toHaveText('1 filter');
  await press(page.getByTestId('contacts-filter-clear'));
  await expect(page.getByTestId('contacts-filter-count')).toHaveText('No filters');

  await page.getByTestId('contact-row').first().waitFor();
  await expect(page.getByTestId('contact-row-campaign')).toHaveCount(0);
  await press(page.getByTestId('contacts-columns'));
  await press(page.getByTestId('column-toggle-campaign'));
  await press(page.getByTestId('contacts-columns-done'));
  await expect(page.getByTestId('contact-row-campaign').first()).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('contact-row-campaign').first()).toBeVisible();
  await expect(page.getByTestId('contacts-columns')).toHaveText('Columns (2)');
});

test("[zh-HK] 新增 出席備註 from a booked row's detail on the list is saved", { tag: '@tablet' }, async ({ page, press, signInAs }) => {
  await signInAs('zh-HK');
  // Seed 000's booked contact: A003 陳大文 from Junebirth.
  const found = await gqlInPage<{ contactMembers: { nodes: Array<{ id: string; appointment: { id: string; attendanceNote: string } | null }> } }>(
    page,
    '{ contactMembers(filter: { keyword: "A003", booked: true }, first: 5) { nodes { id appointment { id attendanceNote } } } }',
  );
  const contact = found.contactMembers.nodes.find((n) => n.appointment);
  expect(contact, 'a booked contact of A003').toBeDefined();
  const appointment = contact!.appointment!;
  const text = `e2e 出席 ${Date.now().toString(36)}`;
  await page.goto('/zh-HK/contacts?q=A003&booked=yes');
  const row = page.locator(`[data-testid="contact-row"][data-id="${contact!.id}"]`);
  await press(row.getByTestId('contact-row-expand'));
  const detail = page.locator(`[data-testid="contact-row-detail"][data-id="${contact!.id}"]`);
  await press(detail.getByTestId('note-attendanceNote-edit'));
  await detail.getByTestId('note-attendanceNote-input').fill(text);
  await press(detail.getByTestId('note-attendanceNote-save'));
  await expect(detail.getByTestId('note-attendanceNote')).toHaveText(text);
  const saved = await gqlInPage<{ appointment: { attendanceNote: string } }>(page, 'query($id: ID!) { appointment(id: $id) { attendanceNote } }', { id: appointment.id });
  expect(saved.appointment.attendanceNote, 'the note read back').toBe(text);
  // Leave the demo visit's note as it was.
  await gqlInPage(page, 'mutation($id: ID!, $note: String!) { setAppointmentNotes(id: $id, input: { attendanceNote: $note }) { id } }', { id: appointment.id, note: appointment.attendanceNote });
});
