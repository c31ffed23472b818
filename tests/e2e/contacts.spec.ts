import type { Page } from '@playwright/test';
import { LOCALES, MANAGER, expect, expectPath, memberCells, test, textOf, todayInHongKong } from './fixtures';

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
