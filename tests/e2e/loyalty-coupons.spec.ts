/**
 * E-coupons in the browser: the manager issues a NEW100 coupon (HK$100 off a bill of HK$500 or
 * more) to a new member from her page, the cashier picks it from her unused coupons, the bill
 * comes HK$100 less and the done screen says so; her page then shows the coupon used, and the
 * coupons page lists it and counts it in the report, whose Excel downloads. Each project
 * registers its own member through the API.
 */
import type { Page } from '@playwright/test';
import { expect, expectTouchSized, gqlInPage, test } from './fixtures';

const PRODUCT = { code: 'E2E-COUPON', barcode: '4890000000116', name: 'E2E 優惠券禮盒', priceCents: 60_000 };

type Item = { itemId: string; onHand: number | null };

async function itemByCode(page: Page, branchId: string): Promise<Item | null> {
  const { sellableItemByCode } = await gqlInPage<{ sellableItemByCode: Item | null }>(
    page,
    'query($branchId: ID!, $code: String!) { sellableItemByCode(branchId: $branchId, code: $code) { itemId onHand } }',
    { branchId, code: PRODUCT.code },
  );
  return sellableItemByCode;
}

/** The HK$600 product, with stock at the branch. */
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

async function newMember(page: Page, branchId: string, project: string): Promise<{ id: string; memberNo: string }> {
  const { memberGroups } = await gqlInPage<{ memberGroups: { nodes: Array<{ id: string; code: string }> } }>(page, '{ memberGroups(first: 100) { nodes { id code } } }');
  const group = memberGroups.nodes.find((g) => g.code === 'NEW')!;
  const phone = `6${String(Date.now()).slice(-7)}`;
  const { registerMember } = await gqlInPage<{ registerMember: { id: string; memberNo: string } }>(
    page,
    'mutation($input: RegisterMemberInput!) { registerMember(input: $input) { id memberNo } }',
    { input: { lastName: '優惠', firstName: project, gender: 'FEMALE', phone, branchId, groupId: group.id } },
  );
  return registerMember;
}

// The whole story (issue, sell, refuse a second use, list, report) is long on a shared machine.
test.describe.configure({ timeout: 180_000 });

test('[en] a coupon issued on the member page is redeemed once at the cashier, and the coupons page reports it', async ({ page, press, signInAs }, testInfo) => {
  await signInAs('en');
  const { viewer } = await gqlInPage<{ viewer: { branch: { id: string } } }>(page, '{ viewer { branch { id } } }');
  const branchId = viewer.branch.id;
  await ensureProduct(page, branchId);
  const member = await newMember(page, branchId, testInfo.project.name);

  // Issue from her page.
  await page.goto(`/en/members/${member.id}`);
  const panel = page.getByTestId('member-coupons');
  await expect(panel).toContainText('No coupons issued yet.');
  await expectTouchSized(panel.getByTestId('issue-coupon'), 'issue coupon button');
  await press(panel.getByTestId('issue-coupon'));
  const typeSelect = panel.getByTestId('issue-coupon-type');
  await expect(typeSelect.locator('option', { hasText: 'NEW100' })).toHaveCount(1);
  await typeSelect.selectOption({ label: 'NEW100 新會員 HK$100 優惠券' });
  await press(panel.getByTestId('issue-coupon-confirm'));
  await expect(page.getByTestId('member-coupons-status')).toContainText('Issued coupon');
  const row = panel.getByTestId('member-coupon');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-status', 'ISSUED');
  const code = (await row.getAttribute('data-code'))!;
  expect(code).toMatch(/^[A-Z0-9]{10}$/);

  // Redeem at the cashier: her unused coupon is offered, and takes HK$100 off the HK$600 bill.
  await page.goto('/en/sales/checkout');
  await page.getByTestId('checkout-scan').focus();
  await page.keyboard.type(PRODUCT.barcode);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('checkout-line')).toHaveCount(1);
  await page.getByTestId('checkout-member-lookup').fill(member.memberNo);
  await press(page.getByTestId('checkout-member-match').filter({ hasText: member.memberNo }));
  const use = page.getByTestId(`checkout-coupon-use-${code}`);
  await expectTouchSized(use, 'use coupon button');
  await press(use);
  await expect(page.getByTestId('checkout-coupon-applied')).toContainText(code);
  await expect(page.getByTestId('checkout-coupon-discount')).toContainText('100');
  await expect(page.getByTestId('checkout-total')).toContainText('500');
  await press(page.getByTestId('checkout-payment').locator('[data-tender="Cash"]'));
  await press(page.getByTestId('checkout-pay'));
  await expect(page.getByTestId('checkout-done-coupon')).toContainText('100');
  const number = (await page.getByTestId('checkout-invoice-number').textContent())!.trim();
  expect(number).not.toBe('');

  // The same code again on a new bill is refused, naming why.
  await press(page.getByTestId('checkout-new-bill'));
  await page.getByTestId('checkout-scan').focus();
  await page.keyboard.type(PRODUCT.barcode);
  await page.keyboard.press('Enter');
  await page.getByTestId('checkout-member-lookup').fill(member.memberNo);
  await press(page.getByTestId('checkout-member-match').filter({ hasText: member.memberNo }));
  await expect(page.getByTestId('checkout-coupon')).toContainText('The member has no unused coupons.');
  await page.getByTestId('checkout-coupon-code').fill(code.toLowerCase());
  await press(page.getByTestId('checkout-coupon-apply'));
  await expect(page.getByTestId('checkout-coupon-error')).toHaveText(`"e-coupon" is invalid: Coupon ${code} has already been used`);

  // Her page shows it used; the coupons page lists it and counts it in the report.
  await page.goto(`/en/members/${member.id}`);
  await expect(page.getByTestId('member-coupons').getByTestId('member-coupon')).toHaveAttribute('data-status', 'REDEEMED');

  await page.goto('/en/loyalty/coupons');
  await page.getByTestId('coupon-filter-status').selectOption('REDEEMED');
  await expect(page.getByTestId('coupon-list').locator(`[data-testid="coupon-row"][data-code="${code}"]`)).toContainText('Redeemed');
  await press(page.getByTestId('coupon-tab-report'));
  const reportRow = page.getByTestId('coupon-report').locator('[data-testid="coupon-report-row"][data-code="NEW100"]');
  await expect(reportRow).toBeVisible();
  expect(Number(await reportRow.getByTestId('coupon-report-redeemed').textContent())).toBeGreaterThanOrEqual(1);
  // The Excel link downloads the same figures as a workbook (an .xlsx is a zip: it starts "PK").
  const excel = page.getByTestId('coupon-report-excel');
  await expectTouchSized(excel, 'Excel link');
  const answer = await page.request.get((await excel.getAttribute('href'))!);
  expect(answer.status()).toBe(200);
  expect(answer.headers()['content-disposition']).toContain('.xlsx');
  expect((await answer.body()).subarray(0, 2).toString()).toBe('PK');
});
