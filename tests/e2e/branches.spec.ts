/**
 * 店面管理 in the browser: the list, a new branch refused for a bad phone next to the field (the
 * form checks with the server's schema), saved, edited, closed after a confirmation that says its
 * staff stay active, gone from the booking flow's branch picker, and reopened. The branch made here
 * is left closed, so later flows' pickers are as the demo made them.
 */
import { MANAGER, expect, gqlInPage, test } from './fixtures';

test('an administrator adds, edits, closes and reopens a branch', async ({ page, press, signIn }) => {
  test.setTimeout(240_000);
  const code = `E${Date.now().toString(36).slice(-6).toUpperCase()}`;
  await signIn('zh-HK', MANAGER.login, MANAGER.password);
  await page.waitForURL(/\/zh-HK$/, { timeout: 90_000 });
  await page.goto('/zh-HK/settings/branches');
  await expect(page.getByTestId('branch-row-TKO')).toBeVisible({ timeout: 90_000 });
  await press(page.getByTestId('branch-new'));

  const form = page.getByTestId('branch-form');
  // Generous waits for navigations: the dev server compiles each page on its first visit.
  const slow = { timeout: 90_000 };
  await expect(form).toBeVisible(slow);
  await form.getByLabel('代碼').fill(code);
  await form.getByLabel('名稱', { exact: false }).first().fill('測試分店');
  await form.getByLabel('電話').fill('12345');
  await form.getByLabel('英文名稱').fill('Test branch');
  await press(page.getByTestId('branch-save'));
  await expect(page.getByTestId('error-phone')).toHaveText('「電話」無效：不是香港、中國內地或泰國的電話號碼');

  await form.getByLabel('電話').fill('+66 2 123 4567');
  await form.getByLabel('時區').selectOption('Asia/Bangkok');
  await press(page.getByTestId('branch-save'));
  await expect(page.getByTestId('branch-saved')).toBeVisible(slow);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
  await expect(page.getByTestId('branch-hours-link')).toHaveAttribute('href', /\/settings\/appointments\/hours\?branch=\d+/);
  await expect(page.getByTestId('branch-form').getByLabel('電話')).toHaveValue('021234567');

  await page.getByTestId('branch-form').getByLabel('地址').fill('曼谷素坤逸路 1 號');
  await press(page.getByTestId('branch-save'));
  await expect(page.getByTestId('branches-saved')).toBeVisible(slow);
  const row = page.getByTestId(`branch-row-${code}`);
  await expect(row).toContainText('021234567');
  await expect(row).toContainText('Asia/Bangkok');
  await expect(row).toContainText('營業中');

  await press(page.getByTestId(`branch-edit-${code}`));
  await expect(page.getByTestId('branch-staff-note')).toContainText('沒有', slow);
  await press(page.getByTestId('branch-state-button'));
  await expect(page.getByTestId('branch-state-confirm')).toContainText(code);
  await press(page.getByTestId('branch-state-confirm-button'));
  await expect(page.getByTestId('branch-state-message')).toHaveText(`分店 ${code} 已關閉。`);
  await expect(page.getByTestId('branch-closed-banner')).toBeVisible();

  await press(page.getByTestId('branch-state-button'));
  await press(page.getByTestId('branch-state-confirm-button'));
  await expect(page.getByTestId('branch-state-message')).toHaveText(`分店 ${code} 已重開。`);
  await expect(page.getByTestId('branch-closed-banner')).toHaveCount(0);

  // Left closed: not offered when booking.
  await press(page.getByTestId('branch-state-button'));
  await press(page.getByTestId('branch-state-confirm-button'));
  await expect(page.getByTestId('branch-closed-banner')).toBeVisible();
  await page.goto('/zh-HK/settings/branches');
  await expect(page.getByTestId(`branch-row-${code}`)).toContainText('已關閉');
  // The booking flow's picker asks for open branches only.
  const picker = await gqlInPage<{ branches: { nodes: { code: string }[] } }>(page, 'query { branches(first: 100, includeClosed: false) { nodes { code } } }');
  expect(picker.branches.nodes.map((b) => b.code)).toContain('TKO');
  expect(picker.branches.nodes.map((b) => b.code)).not.toContain(code);
});
