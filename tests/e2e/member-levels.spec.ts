/**
 * Levels that act, in the browser: a new member (level New) buys HK$5,000 of goods at the cashier,
 * which reaches VIP Silver's threshold (HK$5,000 within 12 months in the demo data); her page then
 * shows her new level, and the level history and the customer history say why: the spend, the
 * months and the invoice. Each project registers its own member through the API.
 */
import type { Page } from '@playwright/test';
import { expect, expectTouchSized, gqlInPage, test } from './fixtures';

const PRODUCT = { code: 'E2E-LEVEL', barcode: '4890000000093', name: 'E2E 升級禮盒', priceCents: 500_000 };

type Item = { itemId: string; onHand: number | null };

async function itemByCode(page: Page, branchId: string): Promise<Item | null> {
  const { sellableItemByCode } = await gqlInPage<{ sellableItemByCode: Item | null }>(
    page,
    'query($branchId: ID!, $code: String!) { sellableItemByCode(branchId: $branchId, code: $code) { itemId onHand } }',
    { branchId, code: PRODUCT.code },
  );
  return sellableItemByCode;
}

/** The HK$5,000 product, with stock at the branch. */
async function ensureProduct(page: Page, branchId: string): Promise<void> {
  let item = await itemByCode(page, branchId);
  if (!item) {
    await gqlInPage(page, 'mutation($input: ProductInput!) { createProduct(input: $input) { id } }', {
      input: { code: PRODUCT.code, barcode: PRODUCT.barcode, name: PRODUCT.name, priceCents: PRODUCT.priceCents },
    });
    item = (await itemByCode(page, branchId))!;
  }
  if ((item.onHand ?? 0) < 5) {
    await gqlInPage(page, 'mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { id } }', {
      input: { branchId, productId: item.itemId, quantity: 20, reason: 'e2e' },
    });
  }
}

/** A member of level New at the branch, registered for this run. */
async function newMember(page: Page, branchId: string, project: string): Promise<{ id: string; memberNo: string }> {
  const { memberGroups } = await gqlInPage<{ memberGroups: { nodes: Array<{ id: string; code: string }> } }>(page, '{ memberGroups(first: 100) { nodes { id code } } }');
  const group = memberGroups.nodes.find((g) => g.code === 'NEW')!;
  const phone = `5${String(Date.now()).slice(-7)}`;
  const { registerMember } = await gqlInPage<{ registerMember: { id: string; memberNo: string } }>(
    page,
    'mutation($input: RegisterMemberInput!) { registerMember(input: $input) { id memberNo } }',
    { input: { lastName: '升級', firstName: project, gender: 'FEMALE', phone, branchId, groupId: group.id } },
  );
  return registerMember;
}

test('[zh-HK] a checkout reaching VIP Silver\'s spend upgrades the member, and her page says why', async ({ page, press, signInAs }, testInfo) => {
  await signInAs('zh-HK');
  const { viewer } = await gqlInPage<{ viewer: { branch: { id: string } } }>(page, '{ viewer { branch { id } } }');
  const branchId = viewer.branch.id;
  await ensureProduct(page, branchId);
  const member = await newMember(page, branchId, testInfo.project.name);

  await page.goto(`/zh-HK/members/${member.id}`);
  await expect(page.getByTestId('member-level')).toHaveText('New');
  await expect(page.getByTestId('level-history').getByTestId('level-change')).toHaveCount(0);

  await page.goto('/zh-HK/sales/checkout');
  await page.getByTestId('checkout-scan').focus();
  await page.keyboard.type(PRODUCT.barcode);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('checkout-line')).toHaveCount(1);
  await page.getByTestId('checkout-member-lookup').fill(member.memberNo);
  await press(page.getByTestId('checkout-member-match').filter({ hasText: member.memberNo }));
  await expect(page.getByTestId('checkout-total')).toContainText('5,000');
  await press(page.getByTestId('checkout-payment').locator('[data-tender="現金"]'));
  await press(page.getByTestId('checkout-pay'));
  const number = (await page.getByTestId('checkout-invoice-number').textContent())!.trim();
  expect(number).not.toBe('');

  await page.goto(`/zh-HK/members/${member.id}`);
  await expect(page.getByTestId('member-level')).toHaveText('VIP Silver');
  const change = page.getByTestId('level-history').getByTestId('level-change');
  await expect(change).toHaveCount(1);
  await expect(change).toHaveAttribute('data-reason', 'UPGRADE');
  await expect(change.getByTestId('level-change-groups')).toHaveText('New → VIP Silver');
  await expect(change.getByTestId('level-change-why')).toHaveText(`自動升級：12 個月內消費 HK$5,000 · 發票 ${number}`);

  // The customer history carries the same change, leading to the invoice that reached the threshold.
  const row = page.getByTestId('member-timeline').locator('tr[data-kind="LEVEL"]');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('New → VIP Silver');
  const open = row.getByTestId('member-timeline-open');
  await expectTouchSized(open, 'level row link');
  const { invoiceByNumber } = await gqlInPage<{ invoiceByNumber: { id: string } }>(page, 'query($number: String!) { invoiceByNumber(number: $number) { id } }', { number });
  await expect(open).toHaveAttribute('href', `/zh-HK/sales/invoices/${invoiceByNumber.id}`);
});
