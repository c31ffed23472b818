/**
 * 系統參數 in the browser: the admin's form refuses a bad value with the API's wording before
 * anything is sent and saves the whole form; a salesperson sees it read-only; the page fits
 * 1440×900, 1024×768 and 768×1024 without sideways scrolling, every control a 44px target.
 * Saving sends the values shown, so the demo's parameters stay as they were (only the version moves).
 */
import { expect, expectTouchSized, test } from './fixtures';

const PATH = '/zh-HK/settings/system';

test('[zh-HK] an admin checks and saves the system parameters', async ({ page, signInAs, press }) => {
  await signInAs('zh-HK');
  await page.goto(PATH);
  const form = page.getByTestId('system-settings-form');
  await expect(form).toBeVisible();
  await expect(page.getByTestId('settings-read-only')).toHaveCount(0);

  const session = form.getByLabel('閒置登出時間（分鐘）');
  const before = await session.inputValue();
  await session.fill('10');
  await press(page.getByTestId('system-settings-save'));
  await expect(page.getByTestId('error-sessionLengthMinutes')).toHaveText('「閒置登出時間（分鐘）」無效：必須介乎 15 至 10080');
  await expect(session).toBeFocused();

  await session.fill(before);
  await expect(page.getByTestId('error-sessionLengthMinutes')).toHaveCount(0);
  await expect(page.getByTestId('system-settings-example')).toContainText('例子：');
  await press(page.getByTestId('system-settings-save'));
  await expect(page.getByTestId('system-settings-status')).toHaveText('已儲存。');

  for (const target of await page.locator('main button, main input:not([type=file]):not([type=checkbox]), main select').all()) {
    if (await target.isVisible()) await expectTouchSized(target, (await target.getAttribute('name')) ?? (await target.textContent()) ?? 'control');
  }
});

test('[zh-HK] a salesperson sees the system parameters read-only', async ({ page, signInAs }) => {
  await signInAs('zh-HK', 'is007');
  await page.goto(PATH);
  await expect(page.getByTestId('settings-read-only')).toBeVisible();
  await expect(page.getByTestId('system-settings-save')).toHaveCount(0);
  await expect(page.getByTestId('system-logo-upload')).toHaveCount(0);
  await expect(page.getByTestId('system-settings-form').getByLabel('公司名稱')).toBeDisabled();
});

for (const [width, height] of [[1440, 900], [1024, 768], [768, 1024]] as const) {
  test(`[zh-HK] the system parameters fit ${width}×${height}`, { tag: width === 768 ? '@tablet' : [] }, async ({ page, signInAs }) => {
    await page.setViewportSize({ width, height });
    await signInAs('zh-HK');
    await page.goto(PATH);
    await expect(page.getByTestId('system-settings-form')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(width);
  });
}
