/**
 * 操作日誌 in the browser: a manager finds a change just made (a comment on a member) by its
 * action, sees who made it and the field before → after, and downloads the filtered log; a
 * salesperson is told the page is not for them; the page fits 1440×900, 1024×768 and 768×1024
 * without sideways scrolling, every control a 44px target. The only data it adds is one comment.
 */
import { expect, expectTouchSized, gqlInPage, MANAGER, test } from './fixtures';

const PATH = '/zh-HK/settings/operation-log';

test('[zh-HK] a manager finds a change in the operation log and exports it', async ({ page, signInAs, press }) => {
  await signInAs('zh-HK');
  const { members } = await gqlInPage<{ members: { nodes: Array<{ id: string }> } }>(page, '{ members(first: 1) { nodes { id } } }');
  const body = `操作日誌 e2e ${Date.now()}`;
  await gqlInPage(page, 'mutation($id: ID!, $body: String!) { addMemberComment(memberId: $id, body: $body) { id } }', { id: members.nodes[0].id, body });

  await page.goto(PATH);
  const table = page.getByTestId('operation-log-table');
  await expect(table).toBeVisible();
  await page.getByTestId('operation-log-filter-action').selectOption('comment');
  await page.getByTestId('operation-log-filter-type').selectOption('member');
  await press(page.getByTestId('operation-log-apply'));
  // The filtered page has arrived once the export link carries the filter.
  await expect(page.getByTestId('operation-log-export')).toHaveAttribute('href', /comment/);
  await expect(table).toHaveAttribute('aria-busy', 'false');
  for (const action of await table.locator('tbody tr td:nth-child(3)').allTextContents()) expect(action).toBe('評語');
  const row = table.locator('tbody tr').filter({ hasText: body });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(MANAGER.displayName);
  await expect(row).toContainText('評語');
  await expect(row).toContainText(`會員 #${members.nodes[0].id}`);
  await expect(page.getByTestId('operation-log-total')).toHaveText(/共 \d+ 項/);

  const [download] = await Promise.all([page.waitForEvent('download'), press(page.getByTestId('operation-log-export'))]);
  expect(download.suggestedFilename()).toMatch(/^操作日誌-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(new URL(download.url()).searchParams.get('filter')).toBe(JSON.stringify({ entityTypes: ['member'], actions: ['comment'] }));

  for (const target of await page.locator('main button, main a.button, main input, main select').all()) {
    if (await target.isVisible()) await expectTouchSized(target, (await target.getAttribute('data-testid')) ?? (await target.textContent()) ?? 'control');
  }
});

test('[zh-HK] a salesperson is told the operation log is not for them', async ({ page, signInAs }) => {
  await signInAs('zh-HK', 'is007');
  await page.goto(PATH);
  await expect(page.getByTestId('settings-read-only')).toBeVisible();
  await expect(page.getByTestId('operation-log-table')).toHaveCount(0);
});

for (const [width, height] of [[1440, 900], [1024, 768], [768, 1024]] as const) {
  test(`[zh-HK] the operation log fits ${width}×${height}`, { tag: width === 768 ? '@tablet' : [] }, async ({ page, signInAs }) => {
    await page.setViewportSize({ width, height });
    await signInAs('zh-HK');
    await page.goto(PATH);
    await expect(page.getByTestId('operation-log-table')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(width);
  });
}
