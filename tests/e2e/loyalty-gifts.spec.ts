/**
 * Gifts in the browser: the manager adds a gift category and a gift (150 points), receives 5 units
 * at her branch and corrects the count by one with a note; a member with 1,000 points redeems 2 from
 * her page (the dialog shows the price and the branch's stock), cannot take more than is left, and
 * the redemption is cancelled with a reason. Each project makes its own category, gift and member.
 */
import type { Page } from '@playwright/test';
import { expect, expectTouchSized, gqlInPage, test } from './fixtures';

async function newMemberWithPoints(page: Page, branchId: string, project: string, points: number): Promise<{ id: string; memberNo: string }> {
  const { memberGroups } = await gqlInPage<{ memberGroups: { nodes: Array<{ id: string; code: string }> } }>(page, '{ memberGroups(first: 100) { nodes { id code } } }');
  const group = memberGroups.nodes.find((g) => g.code === 'NEW')!;
  const phone = `5${String(Date.now()).slice(-7)}`;
  const { registerMember } = await gqlInPage<{ registerMember: { id: string; memberNo: string } }>(
    page,
    'mutation($input: RegisterMemberInput!) { registerMember(input: $input) { id memberNo } }',
    { input: { lastName: '禮品', firstName: project, gender: 'FEMALE', phone, branchId, groupId: group.id } },
  );
  await gqlInPage(page, 'mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { id } }', {
    input: { idempotencyKey: crypto.randomUUID(), memberId: registerMember.id, points, reason: 'e2e gifts' },
  });
  return registerMember;
}

test('[en] a manager keeps a gift and its stock, and the front desk redeems it from the member\'s page', async ({ page, press, signIn }, testInfo) => {
  test.setTimeout(240_000);
  // Signed in with the time a loaded machine needs to render the home page the first time.
  await signIn('en', 'beauty', 'demo1234');
  await page.waitForURL((url) => url.pathname === '/en', { timeout: 90_000 });
  const { viewer } = await gqlInPage<{ viewer: { branch: { id: string; code: string } } }>(page, '{ viewer { branch { id code } } }');
  const stamp = `${testInfo.project.name.slice(0, 1).toUpperCase()}${Date.now().toString(36).slice(-6).toUpperCase()}`;
  const categoryName = `E2E gifts ${stamp}`;
  const giftCode = `G${stamp}`;
  const giftName = `E2E hand cream ${stamp}`;

  // 禮品類別
  await page.goto('/en/loyalty/gift-categories');
  await press(page.getByTestId('config-new'));
  await page.getByTestId('field-code').locator('input').fill(`C${stamp}`);
  await page.getByTestId('field-name').locator('input').fill(categoryName);
  await press(page.getByTestId('config-save'));
  await expect(page.getByTestId('gift-categories-editor')).toContainText(categoryName);

  // 禮品管理: the gift, then its stock.
  await page.goto('/en/loyalty/gifts');
  await press(page.getByTestId('config-new'));
  await page.getByTestId('field-code').locator('input').fill(giftCode);
  await page.getByTestId('field-name').locator('input').fill(giftName);
  await page.getByTestId('field-categoryId').locator('select').selectOption({ label: categoryName });
  await page.getByTestId('field-pointsPrice').locator('input').fill('150');
  await press(page.getByTestId('config-save'));
  await expect(page.getByTestId(`gift-stock-levels-${giftCode}`)).toHaveText('None received');

  const stockButton = page.getByTestId(`gift-stock-${giftCode}`);
  await expectTouchSized(stockButton, 'stock button');
  await press(stockButton);
  const panel = page.getByTestId('gift-stock-panel');
  await panel.getByTestId('gift-stock-branch').selectOption(viewer.branch.id);
  await panel.getByTestId('gift-stock-quantity').fill('5');
  await panel.getByTestId('gift-stock-note').fill('Delivery 1');
  await press(panel.getByTestId('gift-stock-save'));
  await expect(panel.getByTestId('gift-stock-status')).toContainText('now has 5 on hand');
  await expect(page.getByTestId(`gift-stock-levels-${giftCode}`)).toHaveText(`${viewer.branch.code}: 5`);
  // A correction needs its reason.
  await panel.getByTestId('gift-stock-kind').selectOption('ADJUST');
  await panel.getByTestId('gift-stock-quantity').fill('-1');
  await press(panel.getByTestId('gift-stock-save'));
  await expect(panel.getByTestId('gift-stock-error-note')).toBeVisible();
  await panel.getByTestId('gift-stock-note').fill('Damaged box');
  await press(panel.getByTestId('gift-stock-save'));
  await expect(panel.getByTestId('gift-stock-status')).toContainText('now has 4 on hand');
  await expect(panel.getByTestId('gift-stock-movement')).toHaveCount(2);
  await expect(panel.getByTestId('gift-stock-movement').first()).toHaveAttribute('data-kind', 'ADJUST');
  await expect(panel.getByTestId('gift-stock-movement').first()).toContainText('Damaged box');

  // 積分兌換 from the member's page.
  const member = await newMemberWithPoints(page, viewer.branch.id, testInfo.project.name, 1000);
  await page.goto(`/en/members/${member.id}`);
  const section = page.getByTestId('gift-redemptions');
  await expect(section.getByTestId('gift-redemptions-empty')).toBeVisible();
  const redeem = section.getByTestId('redeem-gift');
  await expectTouchSized(redeem, 'redeem gift button');
  await press(redeem);
  const dialog = page.getByTestId('redeem-gift-dialog');
  const option = dialog.locator(`[data-testid="redeem-gift-option"][data-code="${giftCode}"]`);
  await expect(option).toContainText('150 points');
  await expect(option.getByTestId('redeem-gift-stock')).toHaveText('4 in stock here');
  await expectTouchSized(option, 'gift choice');
  await press(option);
  await dialog.getByTestId('redeem-quantity').fill('2');
  await expect(dialog.getByTestId('redeem-total')).toHaveText('Takes 300 points');
  await press(dialog.getByTestId('redeem-confirm'));
  await expect(section.getByTestId('gift-redemptions-status')).toHaveText(`Redeemed 2 × ${giftName} for 300 points.`);
  const row = section.getByTestId('gift-redemption');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-status', 'REDEEMED');
  await expect(row).toContainText(giftName);

  // Two are left at the branch: three are refused, naming the quantity.
  await press(redeem);
  await expect(option.getByTestId('redeem-gift-stock')).toHaveText('2 in stock here');
  await press(option);
  await dialog.getByTestId('redeem-quantity').fill('3');
  await press(dialog.getByTestId('redeem-confirm'));
  await expect(dialog.getByTestId('redeem-quantity-error')).toContainText(giftName);
  await press(dialog.getByTestId('redeem-cancel'));
  await expect(dialog).toHaveCount(0);

  // Cancelling gives the points and the units back.
  await press(row.getByTestId('cancel-redemption'));
  await row.getByTestId('cancel-redemption-reason').fill('Changed her mind');
  await press(row.getByTestId('cancel-redemption-confirm'));
  await expect(section.getByTestId('gift-redemptions-status')).toContainText('300 points are back with the member');
  await expect(row).toHaveAttribute('data-status', 'CANCELLED');
  const { gifts } = await gqlInPage<{ gifts: { nodes: Array<{ code: string; stockAt: number }> } }>(
    page,
    'query($branchId: ID!) { gifts(activeOnly: true, first: 100) { nodes { code stockAt(branchId: $branchId) } } }',
    { branchId: viewer.branch.id },
  );
  expect(gifts.nodes.find((g) => g.code === giftCode)?.stockAt).toBe(4);
});
