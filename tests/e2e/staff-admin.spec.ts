/**
 * 用戶管理 in the browser: the staff list searched through the address, a new staff member refused
 * for a short initial password next to the field (the form checks with the server's schema), then
 * saved with a generated password shown once; on their page a password reset (generated, shown
 * once), deactivation after a confirmation, reactivation; every control a 44px target.
 */
import { MANAGER, expect, expectTouchSized, test } from './fixtures';

test('an administrator finds, adds, resets, deactivates and reactivates a staff member', async ({ page, press }) => {
  test.setTimeout(300_000);
  const slow = { timeout: 90_000 };
  const code = `E${Date.now().toString(36).slice(-6).toUpperCase()}`;
  await page.goto('/zh-HK/sign-in', slow);
  // Sent before the form hydrates, the sign-in would be a plain form post.
  await page.waitForLoadState('networkidle');
  await page.getByTestId('sign-in-login').fill(MANAGER.login);
  await page.getByTestId('sign-in-password').fill(MANAGER.password);
  await press(page.getByTestId('sign-in-submit'));
  await page.waitForURL(/\/zh-HK$/, slow);

  await page.goto('/zh-HK/settings/staff', slow);
  await expect(page.getByTestId('staff-total')).toBeVisible(slow);
  await page.getByTestId('staff-filter-q').fill('is007');
  await press(page.getByTestId('staff-filter-submit'));
  await expect(page).toHaveURL(/[?&]q=is007/, slow);
  await expect(page.getByTestId('staff-row-IS007')).toBeVisible(slow);
  await expect(page.getByTestId('staff-total')).toHaveText('共 1 位員工');
  // The filtered list is a fresh page load: measure once its styles are in.
  await page.waitForLoadState('networkidle');
  for (const control of ['staff-filter-submit', 'staff-filter-clear', 'staff-new', 'staff-open-IS007']) {
    await expectTouchSized(page.getByTestId(control), control);
  }

  await expect(page.getByTestId('staff-new')).toHaveAttribute('href', '/zh-HK/settings/staff/new');
  // Opened by address: the dev server compiles the page on its first visit, longer than a click waits.
  await page.goto('/zh-HK/settings/staff/new', slow);
  const form = page.getByTestId('staff-form');
  await expect(form).toBeVisible(slow);
  await form.getByLabel('姓名').fill('測試員工');
  await form.getByLabel('代碼').fill(code);
  await form.getByLabel('登入名稱').fill(`e2e.${code.toLowerCase()}`);
  await press(page.getByTestId('staff-role-salesperson').locator('xpath=..'));
  await form.getByLabel('初始密碼').fill('ab1');
  await press(page.getByTestId('staff-save'));
  await expect(page.getByTestId('error-initialPassword')).toHaveText('「初始密碼」無效：最少 8 個字元');

  await form.getByLabel('初始密碼').fill('');
  await press(page.getByTestId('staff-save'));
  await expect(page.getByTestId('staff-created')).toBeVisible(slow);
  const generated = await page.getByTestId('staff-initial-password-value').textContent();
  expect(generated).toMatch(/^[A-Za-z0-9]{12,}$/);
  const opened = await page.getByTestId('staff-created-open').getAttribute('href');
  await page.goto(opened!, slow);

  await expect(page.getByRole('heading', { level: 1 })).toContainText(code, slow);
  await expect(page.getByTestId('staff-must-change')).toBeVisible();
  await expect(page.getByTestId('staff-tokens')).toContainText('沒有 API 權杖');

  await press(page.getByTestId('staff-password-button'));
  await press(page.getByTestId('staff-password-confirm-button'));
  await expect(page.getByTestId('staff-password-message')).toContainText('已重設', slow);
  const reset = await page.getByTestId('staff-initial-password-value').textContent();
  expect(reset).not.toBe(generated);

  await press(page.getByTestId('staff-state-button'));
  await expect(page.getByTestId('staff-state-confirm')).toContainText('測試員工');
  await press(page.getByTestId('staff-state-confirm-button'));
  await expect(page.getByTestId('staff-state-message')).toContainText('已停用', slow);
  await expect(page.getByTestId('staff-inactive-banner')).toBeVisible(slow);

  await press(page.getByTestId('staff-state-button'));
  await press(page.getByTestId('staff-state-confirm-button'));
  await expect(page.getByTestId('staff-state-message')).toContainText('可以再次登入', slow);
  await expect(page.getByTestId('staff-inactive-banner')).toHaveCount(0, slow);

  for (const control of ['staff-save', 'staff-cancel', 'staff-password-button', 'staff-state-button', 'staff-visibility-link', 'staff-access-link']) {
    await expectTouchSized(page.getByTestId(control), control);
  }
  await expectTouchSized(page.getByTestId('staff-role-salesperson').locator('xpath=..'), 'a role checkbox');
});
