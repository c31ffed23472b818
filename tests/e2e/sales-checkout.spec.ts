/**
 * 收銀 in the browser: a member buys two products (one scanned twice, one found by name) and pays
 * by card and cash with change; a bill is held, resumed, and refused when another terminal took
 * it first; the completion board opens the cashier with the visit. Products are made through the
 * API when the demo data has none yet (codes of their own, so reruns find them).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectTouchSized, gqlInPage, test, todayInHongKong } from './fixtures';

type Item = { itemId: string; onHand: number | null; priceCents: number };
const PRODUCTS = [
  { code: 'E2E-CREAM', barcode: '4890000000017', name: 'E2E 保濕霜', priceCents: 12_000 },
  { code: 'E2E-SERUM', barcode: '4890000000024', name: 'E2E 精華液', priceCents: 35_000 },
] as const;
/** VIP Gold in the demo data: a 10% level discount. */
const MEMBER_NO = 'WeM-00004';

async function viewerBranch(page: Page): Promise<string> {
  const { viewer } = await gqlInPage<{ viewer: { branch: { id: string } } }>(page, '{ viewer { branch { id } } }');
  return viewer.branch.id;
}

async function itemByCode(page: Page, branchId: string, code: string): Promise<Item | null> {
  const { sellableItemByCode } = await gqlInPage<{ sellableItemByCode: Item | null }>(
    page,
    'query($branchId: ID!, $code: String!) { sellableItemByCode(branchId: $branchId, code: $code) { itemId onHand priceCents } }',
    { branchId, code },
  );
  return sellableItemByCode;
}

/** The two test products, with at least 20 of each on hand at the branch. */
async function ensureProducts(page: Page, branchId: string): Promise<void> {
  for (const product of PRODUCTS) {
    let item = await itemByCode(page, branchId, product.code);
    if (!item) {
      await gqlInPage(page, 'mutation($input: ProductInput!) { createProduct(input: $input) { id } }', {
        input: { code: product.code, barcode: product.barcode, name: product.name, priceCents: product.priceCents },
      });
      item = (await itemByCode(page, branchId, product.code))!;
    }
    if ((item.onHand ?? 0) < 20) {
      await gqlInPage(page, 'mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { id } }', {
        input: { branchId, productId: item.itemId, quantity: 50, reason: 'e2e' },
      });
    }
  }
}

/** Scans a code into the scan field the way a scanner does: the characters, then Enter. */
async function scan(page: Page, code: string) {
  const field = page.getByTestId('checkout-scan');
  await expect(field).toBeFocused();
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
}

test('[zh-HK] a member buys two products, one scanned twice; card and cash split with change; the receipt links follow', { tag: '@tablet' }, async ({ page, press, signInAs }) => {
  await signInAs('zh-HK');
  const branchId = await viewerBranch(page);
  await ensureProducts(page, branchId);
  const before = await itemByCode(page, branchId, PRODUCTS[0].code);

  await page.goto('/zh-HK/sales');
  await expect(page).toHaveURL(/\/zh-HK\/sales\/checkout$/);
  await expect(page.getByTestId('sales-subnav-checkout')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('checkout-branch')).toHaveValue(branchId);
  await expect(page.getByTestId('checkout-shortcuts')).toBeAttached();

  await page.getByTestId('checkout-scan').focus();
  await scan(page, PRODUCTS[0].barcode);
  await expect(page.getByTestId('checkout-line')).toHaveCount(1);
  await scan(page, PRODUCTS[0].barcode);
  await expect(page.getByTestId('checkout-line')).toHaveCount(1);
  await expect(page.getByTestId('checkout-line-quantity')).toHaveValue('2');

  // By name: the matches list, and a tap adds it; the field keeps focus for the next scan.
  await page.getByTestId('checkout-scan').fill('E2E 精華');
  await press(page.getByTestId('checkout-search-result').filter({ hasText: PRODUCTS[1].code }));
  await expect(page.getByTestId('checkout-line')).toHaveCount(2);
  await expect(page.getByTestId('checkout-scan')).toBeFocused();

  await page.getByTestId('checkout-member-lookup').fill(MEMBER_NO);
  await press(page.getByTestId('checkout-member-match').filter({ hasText: MEMBER_NO }));
  await expect(page.getByTestId('checkout-member-level')).toContainText('10%');

  // 2 × 120 + 350 = 590, less the member's 10% = 531.
  await expect(page.getByTestId('checkout-total')).toContainText('531');
  await expect(page.getByTestId('checkout-pay')).toBeDisabled();

  const tender = (label: string) => page.getByTestId('checkout-payment').locator(`[data-tender="${label}"]`);
  await press(tender('信用卡'));
  const amounts = page.getByTestId('checkout-payment-amount');
  await expect(amounts.nth(0)).toHaveValue('531');
  await amounts.nth(0).fill('300');
  await expect(page.getByTestId('checkout-due')).toContainText('231');
  await expect(page.getByTestId('checkout-pay')).toBeDisabled();
  await press(tender('現金'));
  await expect(amounts.nth(1)).toHaveValue('231');
  await amounts.nth(1).fill('250');
  await expect(page.getByTestId('checkout-change')).toContainText('19');
  await expect(page.getByTestId('checkout-pay')).toBeEnabled();

  // A full bill with its payments and the held bills open: no serious axe findings, touch-sized controls.
  await press(page.getByTestId('checkout-held-open'));
  await page.getByTestId('checkout-held-bills').waitFor();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('nextjs-portal').analyze();
  expect(axe.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  const line = page.getByTestId('checkout-line').first();
  for (const testId of ['checkout-line-more', 'checkout-line-quantity', 'checkout-line-price', 'checkout-line-staff', 'checkout-line-remove']) {
    await expectTouchSized(line.getByTestId(testId), testId);
  }
  await expectTouchSized(amounts.nth(0), 'payment amount');
  await expectTouchSized(page.getByTestId('checkout-pay'), 'pay');
  await press(page.getByTestId('checkout-held-close'));

  await press(page.getByTestId('checkout-pay'));
  const number = (await page.getByTestId('checkout-invoice-number').textContent())!.trim();
  expect(number).not.toBe('');
  await expect(page.getByTestId('checkout-done-change')).toContainText('19');
  const { invoiceByNumber: invoice } = await gqlInPage<{ invoiceByNumber: { id: string; totalCents: number; changeCents: number } }>(
    page,
    'query($number: String!) { invoiceByNumber(number: $number) { id totalCents changeCents } }',
    { number },
  );
  expect(invoice).toMatchObject({ totalCents: 53_100, changeCents: 1_900 });
  await expect(page.getByTestId('checkout-receipt-80mm')).toHaveAttribute('href', `/zh-HK/sales/invoices/${invoice.id}/receipt?paper=80mm`);
  await expect(page.getByTestId('checkout-receipt-a4')).toHaveAttribute('href', `/zh-HK/sales/invoices/${invoice.id}/receipt?paper=a4`);
  expect((await itemByCode(page, branchId, PRODUCTS[0].code))!.onHand).toBe(before!.onHand! - 2);

  await press(page.getByTestId('checkout-new-bill'));
  await expect(page.getByTestId('checkout-lines-empty')).toBeVisible();
  await expect(page.getByTestId('checkout-scan')).toBeFocused();
});

test('[zh-HK] hold a bill and resume it; a bill another terminal took up is refused clearly', async ({ page, press, signInAs }, testInfo) => {
  await signInAs('zh-HK');
  const branchId = await viewerBranch(page);
  await ensureProducts(page, branchId);
  const label = `E2E ${testInfo.project.name} ${Date.now()}`;

  await page.goto('/zh-HK/sales/checkout');
  await page.getByTestId('checkout-scan').focus();
  await scan(page, PRODUCTS[1].code);
  await page.getByTestId('checkout-walk-in-name').fill('陳小姐');
  await page.getByTestId('checkout-hold-label').fill(label);
  await press(page.getByTestId('checkout-hold'));
  await expect(page.getByTestId('checkout-notice')).toContainText(label);
  await expect(page.getByTestId('checkout-lines-empty')).toBeVisible();

  await press(page.getByTestId('checkout-held-open'));
  const held = page.getByTestId('checkout-held-bill').filter({ hasText: label });
  await expect(held.getByTestId('checkout-held-age')).toContainText('分鐘前');
  await press(held.getByTestId('checkout-held-resume'));
  await expect(page.getByTestId('checkout-line')).toHaveCount(1);
  await expect(page.getByTestId('checkout-line')).toHaveAttribute('data-code', PRODUCTS[1].code);
  await expect(page.getByTestId('checkout-walk-in-name')).toHaveValue('陳小姐');

  // Park it again, then another terminal takes it up before this one does.
  await page.getByTestId('checkout-hold-label').fill(label);
  await press(page.getByTestId('checkout-hold'));
  await press(page.getByTestId('checkout-held-open'));
  await expect(held).toHaveCount(1);
  const { heldBills } = await gqlInPage<{ heldBills: { nodes: Array<{ id: string; label: string }> } }>(
    page,
    'query($branchId: ID!) { heldBills(branchId: $branchId, first: 100) { nodes { id label } } }',
    { branchId },
  );
  const id = heldBills.nodes.find((bill) => bill.label === label)!.id;
  await gqlInPage(page, 'mutation($id: ID!) { resumeHeldBill(id: $id) { id } }', { id });
  await press(held.getByTestId('checkout-held-resume'));
  await expect(page.getByTestId('checkout-held-error')).toBeVisible();
  await expect(page.getByTestId('checkout-lines-empty')).toBeVisible();
  await expect(held).toHaveCount(0);
});

test('[zh-HK] 結帳 on the completion board opens the cashier with the visit: member, treatment, beautician credited', async ({ page, press, signInAs }) => {
  await signInAs('zh-HK');
  const today = todayInHongKong();
  const { treatments } = await gqlInPage<{ treatments: { nodes: Array<{ id: string; code: string; active: boolean }> } }>(page, '{ treatments(first: 50) { nodes { id code active } } }');
  const treatment = treatments.nodes.find((t) => t.code === 'T01')!;
  const { quickLookup } = await gqlInPage<{ quickLookup: { nodes: Array<{ id: string; memberNo: string; branch: { id: string } }> } }>(
    page,
    'query($term: String!) { quickLookup(term: $term, first: 5) { nodes { id memberNo branch { id } } } }',
    { term: 'A005' },
  );
  const member = quickLookup.nodes.find((m) => m.memberNo === 'A005')!;
  const { suggestSlots } = await gqlInPage<{ suggestSlots: { slots: Array<{ startsAt: string; beautician: { id: string } }> } }>(
    page,
    'query($input: SlotSuggestionInput!) { suggestSlots(input: $input) { slots { startsAt beautician { id } } } }',
    { input: { branchId: member.branch.id, treatmentId: treatment.id, fromDate: today, toDate: today, first: 1 } },
  );
  const slot = suggestSlots.slots[0];
  test.skip(!slot, `no free slot left today (${today}): a visit can only arrive on its day`);
  const { bookAppointment: booked } = await gqlInPage<{ bookAppointment: { id: string } }>(
    page,
    'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }',
    { input: { branchId: member.branch.id, memberId: member.id, treatmentId: treatment.id, beauticianId: slot.beautician.id, startsAt: slot.startsAt } },
  );
  await gqlInPage(page, 'mutation($id: ID!) { arriveAppointment(id: $id, verify: false) { id } }', { id: booked.id });

  await page.goto(`/zh-HK/appointments/completions?branch=${member.branch.id}&date=${today}`);
  const row = page.locator(`[data-testid="board-row"][data-id="${booked.id}"]`);
  await press(row.getByTestId('board-checkout'));
  await expect(page).toHaveURL(new RegExp(`/zh-HK/sales/checkout\\?appointment=${booked.id}$`));
  await expect(page.getByTestId('checkout-appointment')).toBeVisible();
  await expect(page.getByTestId('checkout-member')).toBeVisible();
  const line = page.getByTestId('checkout-line');
  await expect(line).toHaveCount(1);
  await expect(line).toHaveAttribute('data-code', 'T01');
  await expect(line.getByTestId('checkout-line-staff')).toHaveValue(slot.beautician.id);

  await press(page.getByTestId('checkout-payment').locator('[data-tender="現金"]'));
  await press(page.getByTestId('checkout-pay'));
  const number = (await page.getByTestId('checkout-invoice-number').textContent())!.trim();
  const { invoiceByNumber } = await gqlInPage<{ invoiceByNumber: { appointmentId: string | null } }>(
    page,
    'query($number: String!) { invoiceByNumber(number: $number) { appointmentId } }',
    { number },
  );
  expect(invoiceByNumber.appointmentId).toBe(booked.id);
});
