/**
 * Issue 17's "Done when" in the browser: a VIP Gold member (2 points per $100, 10 % off) born this
 * month buys two HK$1,000 gift sets at the cashier, which shows the points before payment and on
 * the done screen: HK$1,800 × 2 × 2 (the demo's BDAY2 birth-month double) = 72; the member who
 * referred her gets his 10 % share (7) on his page; she redeems a 20-point gift from her page; a
 * return of one set takes its 36 points back (and 3 of his); a year and a day later the expiry
 * pass (npm run loyalty:expire on the server's database) expires the 16 points left of her lot —
 * and her ledger explains every number. Each project registers its own pair of members.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, expectTouchSized, gqlInPage, test, todayInHongKong } from './fixtures';

const PRODUCT = { code: 'E2E-POINTS', barcode: '4890000000178', name: 'E2E 積分禮盒', priceCents: 100_000 };
const GIFT = { code: 'E2E-GIFT', name: 'E2E 積分禮品', pointsPrice: 20 };

/** The database the server under test runs on: the expiry script runs against the same one. */
const SERVER_DATABASE_URL = process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL;

type Item = { itemId: string; onHand: number | null };

async function itemByCode(page: Page, branchId: string): Promise<Item | null> {
  const { sellableItemByCode } = await gqlInPage<{ sellableItemByCode: Item | null }>(
    page,
    'query($branchId: ID!, $code: String!) { sellableItemByCode(branchId: $branchId, code: $code) { itemId onHand } }',
    { branchId, code: PRODUCT.code },
  );
  return sellableItemByCode;
}

/** The HK$1,000 gift set with stock at the branch, and the 20-point gift with units there. */
async function ensureGoods(page: Page, branchId: string): Promise<void> {
  let item = await itemByCode(page, branchId);
  if (!item) {
    await gqlInPage(page, 'mutation($input: ProductInput!) { createProduct(input: $input) { id } }', { input: PRODUCT });
    item = (await itemByCode(page, branchId))!;
  }
  if ((item.onHand ?? 0) < 5) {
    await gqlInPage(page, 'mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { id } }', { input: { branchId, productId: item.itemId, quantity: 20, reason: 'e2e' } });
  }
  const { gifts } = await gqlInPage<{ gifts: { nodes: Array<{ id: string; code: string }> } }>(page, '{ gifts(first: 100) { nodes { id code } } }');
  let gift = gifts.nodes.find((g) => g.code === GIFT.code);
  if (!gift) gift = (await gqlInPage<{ createGift: { id: string; code: string } }>(page, 'mutation($input: GiftInput!) { createGift(input: $input) { id code } }', { input: GIFT })).createGift;
  await gqlInPage(page, 'mutation($input: GiftStockMoveInput!) { moveGiftStock(input: $input) { onHand } }', {
    input: { idempotencyKey: crypto.randomUUID(), branchId, giftId: gift.id, kind: 'RECEIVE', quantity: 2, note: 'e2e' },
  });
}

async function register(page: Page, branchId: string, firstName: string, extra: Record<string, unknown> = {}): Promise<{ id: string; memberNo: string }> {
  const { memberGroups } = await gqlInPage<{ memberGroups: { nodes: Array<{ id: string; code: string }> } }>(page, '{ memberGroups(first: 100) { nodes { id code } } }');
  const gold = memberGroups.nodes.find((g) => g.code === 'VIPG')!;
  const phone = `6${String(Date.now()).slice(-7)}`;
  const { registerMember } = await gqlInPage<{ registerMember: { id: string; memberNo: string } }>(
    page,
    'mutation($input: RegisterMemberInput!) { registerMember(input: $input) { id memberNo } }',
    { input: { lastName: '積分', firstName, gender: 'FEMALE', phone, branchId, groupId: gold.id, ...extra } },
  );
  return registerMember;
}

/** Her ledger's row of this kind (newest first), with its explanation. */
const entry = (page: Page, kind: string) => page.getByTestId('points-ledger').locator(`[data-testid="points-entry"][data-kind="${kind}"]`).first();

async function expectBalance(page: Page, points: number): Promise<void> {
  await expect(page.getByTestId('points-balance')).toHaveAttribute('data-points', String(points));
}

test('[en] a purchase earns double in her birth month, the referrer his share, a gift and a return move them, and a year later the rest expires', async ({ page, press, signInAs }, testInfo) => {
  // A purchase, two members' pages, a gift, a return and a year's expiry: longer than one flow.
  test.setTimeout(240_000);
  expect(SERVER_DATABASE_URL, 'E2E_DATABASE_URL: the server\'s database, for the expiry script').toBeTruthy();
  await signInAs('en');
  const { viewer } = await gqlInPage<{ viewer: { branch: { id: string } } }>(page, '{ viewer { branch { id } } }');
  const branchId = viewer.branch.id;
  await ensureGoods(page, branchId);
  const referrer = await register(page, branchId, `推薦人 ${testInfo.project.name}`);
  const member = await register(page, branchId, `會員 ${testInfo.project.name}`, { referrerId: referrer.id, birthday: `1990-${todayInHongKong().slice(5, 7)}-15` });

  // The cashier: two sets, her VIP Gold discount, the points shown before payment and after.
  await page.goto('/en/sales/checkout');
  for (let i = 0; i < 2; i += 1) {
    await page.getByTestId('checkout-scan').focus();
    await page.keyboard.type(PRODUCT.barcode);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('checkout-line')).toHaveCount(1);
  await page.getByTestId('checkout-member-lookup').fill(member.memberNo);
  await press(page.getByTestId('checkout-member-match').filter({ hasText: member.memberNo }));
  await expect(page.getByTestId('checkout-total')).toContainText('1,800');
  await expect(page.getByTestId('checkout-points')).toHaveText('72 points');
  await press(page.getByTestId('checkout-payment').locator('[data-tender="Cash"]'));
  await press(page.getByTestId('checkout-pay'));
  await expect(page.getByTestId('checkout-done-points')).toContainText('72 points');
  const number = (await page.getByTestId('checkout-invoice-number').textContent())!.trim();

  // Her page: 72 points, the ledger saying how.
  await page.goto(`/en/members/${member.id}`);
  await expectBalance(page, 72);
  const earned = entry(page, 'EARN');
  await expect(earned.getByTestId('points-entry-points')).toHaveText('+72');
  await expect(earned.getByTestId('points-entry-explanation')).toContainText(`Invoice ${number} · level VIP Gold: 2 points per $100`);
  await expect(earned.getByTestId('points-entry-explanation')).toContainText('× 2 points per $100 × 2 (生日月份雙倍積分) = 72');

  // His page: 10 % of her 72.
  await page.goto(`/en/members/${referrer.id}`);
  await expectBalance(page, 7);
  await expect(entry(page, 'REFERRAL').getByTestId('points-entry-explanation')).toContainText(`Referral 10% of 72 points earned by ${member.memberNo}`);

  // She redeems the 20-point gift at the front desk.
  await page.goto(`/en/members/${member.id}`);
  const redeem = page.getByTestId('redeem-gift');
  await expectTouchSized(redeem, 'redeem gift button');
  await press(redeem);
  const dialog = page.getByTestId('redeem-gift-dialog');
  await press(dialog.locator(`[data-testid="redeem-gift-option"][data-code="${GIFT.code}"]`));
  await expect(dialog.getByTestId('redeem-total')).toContainText('20');
  await press(dialog.getByTestId('redeem-confirm'));
  await expect(dialog).toBeHidden();
  await expectBalance(page, 52);
  await expect(entry(page, 'REDEEM').getByTestId('points-entry-explanation')).toContainText(`Gift redeemed: ${GIFT.name} (${GIFT.code})`);

  // One set comes back: its 36 points go, and 3 of his.
  const { invoices } = await gqlInPage<{ invoices: { nodes: Array<{ id: string; number: string; lines: Array<{ id: string }> }> } }>(
    page,
    'query($memberId: ID!) { invoices(filter: { memberId: $memberId }, first: 5) { nodes { id number lines { id } } } }',
    { memberId: member.id },
  );
  const invoice = invoices.nodes.find((i) => i.number === number)!;
  const { tenderTypes } = await gqlInPage<{ tenderTypes: { nodes: Array<{ id: string; code: string }> } }>(page, '{ tenderTypes(first: 50) { nodes { id code } } }');
  await gqlInPage(page, 'mutation($input: ReturnSaleInput!) { returnSale(input: $input) { id } }', {
    input: { idempotencyKey: crypto.randomUUID(), invoiceId: invoice.id, lines: [{ invoiceLineId: invoice.lines[0].id, quantity: 1 }], refundTenderTypeId: tenderTypes.nodes.find((t) => t.code === 'CASH')!.id, reason: 'e2e' },
  });
  await page.reload();
  await expectBalance(page, 16);
  const reversed = entry(page, 'REVERSE');
  await expect(reversed.getByTestId('points-entry-points')).toHaveText('-36');
  await expect(reversed.getByTestId('points-entry-explanation')).toContainText(`Invoice ${number} · reverses 72 points earned`);
  await expect(reversed.getByTestId('points-entry-explanation')).toContainText('Line 1: returned 1 of 2, 36 points back');

  // A year and a day later the expiry pass takes what is left of her lot.
  const later = new Date(Date.now() + 366 * 24 * 3600 * 1000).toISOString();
  execFileSync('npm', ['run', '--silent', 'loyalty:expire', '--', '--as-of', later], { env: { ...process.env, DATABASE_URL: SERVER_DATABASE_URL }, stdio: 'pipe' });
  await page.reload();
  await expectBalance(page, 0);
  const expired = entry(page, 'EXPIRE');
  await expect(expired.getByTestId('points-entry-points')).toHaveText('-16');
  await expect(expired.getByTestId('points-entry-explanation')).toContainText('(72 points earned)');
  // Every number explained: the ledger adds up from 72 to 0.
  const points = await page.getByTestId('points-ledger').getByTestId('points-entry-points').allTextContents();
  expect(points.map(Number).reduce((a, b) => a + b, 0)).toBe(0);
  expect(points).toEqual(['-16', '-36', '-20', '+72']);
});
