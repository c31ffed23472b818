import { expect, expectPath, test } from './fixtures';

test('[zh-HK] the manager finds Apple Yu on 設定 > 員工登入 and ends her sessions; her open page is signed out', async ({ page, otherPage: sales, press, signInAs }) => {
  await signInAs('zh-HK', 'is007', sales);

  await signInAs('zh-HK');
  await page.goto('/zh-HK/settings');
  await press(page.getByTestId('settings-staffAccess'));
  await expectPath(page, '/zh-HK/settings/staff-access');
  // A search submitted before the page hydrates is a plain form post that reloads the whole list.
  await page.waitForLoadState('networkidle');
  await page.getByTestId('staff-access-search').fill('is007');
  await press(page.getByTestId('staff-access-search-submit'));
  await page.getByTestId('staff-access-row-IS007').waitFor();
  await expect(page.locator('[data-testid^="staff-access-row-"]'), 'staff found for is007').toHaveCount(1);
  const sessions = page.getByTestId('staff-access-sessions-IS007');
  await expect.poll(async () => Number((await sessions.textContent())?.trim()), { message: "is007's live sessions after signing in" }).toBeGreaterThanOrEqual(1);

  await press(page.getByTestId('staff-access-end-IS007'));
  await press(page.getByTestId('staff-access-confirm-IS007'));
  await page.getByTestId('staff-access-notice').waitFor();
  await expect(sessions).toHaveText('0');
  expect(await page.getByTestId('staff-access-end-IS007').count(), '結束所有登入 offered with no live session').toBe(0);

  await sales.reload();
  await expectPath(sales, '/zh-HK/sign-in');
});
