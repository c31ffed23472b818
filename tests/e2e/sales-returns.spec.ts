/**
 * 顧客退貨 in the browser: the front desk finds an invoice of the demo data by its number (typed as
 * a scanner would, then Enter), takes one unit of a product back, confirms the refund total and
 * sees the return's number, the line's returned count, the product back in stock and the return
 * on the invoice's page; by the member's card it lists her recent invoices and picks one; a unit
 * another terminal took back meanwhile is refused on its row in the server's words; a salesperson
 * is told the page is not for them. Each run returns units of invoices that still have some.
 */
import type { Page } from '@playwright/test';
import { expect, expectTouchSized, gqlInPage, test } from './fixtures';

type Line = { id: string; kind: string; code: string; quantity: number; returnedQuantity: number };
type Candidate = { id: string; number: string; status: string; branch: { id: string }; member: { memberNo: string } | null; lines: Line[] };

const returnable = (line: Line) => line.kind === 'PRODUCT' && line.quantity > line.returnedQuantity;

/**
 * An issued invoice of the demo data with a product unit still to return (with a member when
 * asked). By number only those printed in capitals: invoiceByNumber looks numbers up in capitals,
 * which misses branches whose code has small letters.
 */
async function invoiceToReturn(page: Page, withMember: boolean, byNumber = false): Promise<Candidate> {
  const { invoices } = await gqlInPage<{ invoices: { nodes: Candidate[] } }>(
    page,
    '{ invoices(first: 100) { nodes { id number status branch { id } member { memberNo } lines { id kind code quantity returnedQuantity } } } }',
  );
  const found = invoices.nodes.find(
    (invoice) =>
      invoice.status === 'ISSUED' && (!withMember || invoice.member) && (!byNumber || invoice.number === invoice.number.toUpperCase()) && invoice.lines.some(returnable),
  );
  if (!found) throw new Error('The demo data has no issued invoice with a product left to return');
  return found;
}

async function onHand(page: Page, branchId: string, code: string): Promise<number> {
  const { sellableItemByCode } = await gqlInPage<{ sellableItemByCode: { onHand: number | null } | null }>(
    page,
    'query($b: ID!, $c: String!) { sellableItemByCode(branchId: $b, code: $c) { onHand } }',
    { b: branchId, c: code },
  );
  return sellableItemByCode?.onHand ?? 0;
}

test('[en] the front desk returns one unit of a product by the invoice number and sees it on the invoice', { tag: '@tablet' }, async ({ page, signInAs, press }) => {
  await signInAs('en');
  const invoice = await invoiceToReturn(page, false, true);
  const line = invoice.lines.find(returnable)!;
  const stockBefore = await onHand(page, invoice.branch.id, line.code);

  await page.goto('/en/sales/returns');
  const number = page.getByTestId('returns-invoice-number');
  await expect(number).toBeFocused();
  // A scanner types the number as printed and presses Enter.
  await number.pressSequentially(invoice.number);
  await number.press('Enter');
  await expect(page.getByTestId('returns-invoice')).toContainText(`Invoice ${invoice.number}`);

  const row = page.getByTestId('returns-line').filter({ has: page.locator(`[data-testid="returns-line-units"][id="returns-units-${line.id}"]`) });
  await expect(row.getByTestId('returns-line-returnable')).toHaveText(String(line.quantity - line.returnedQuantity));
  await expect(page.getByTestId('returns-review')).toBeDisabled();
  const more = row.getByTestId('returns-line-more');
  await expectTouchSized(more, 'the + stepper');
  await expectTouchSized(row.getByTestId('returns-line-less'), 'the − stepper');
  await press(more);
  await expect(row.getByTestId('returns-line-units')).toHaveValue('1');
  const refund = (await row.getByTestId('returns-line-refund').textContent())!.trim();
  expect(refund).toMatch(/\d/);
  await expect(page.getByTestId('returns-total')).toContainText(refund);

  await page.getByTestId('returns-reason').fill('Wrong shade');
  await press(page.getByTestId('returns-review'));
  const confirm = page.getByTestId('returns-confirm');
  await expect(confirm).toContainText(refund);
  await expect(confirm).toContainText('1 unit');
  await expect(page.getByTestId('returns-confirm-submit')).toBeFocused();
  await press(page.getByTestId('returns-confirm-submit'));

  const done = page.getByTestId('returns-done');
  await expect(done).toContainText(/Return \S+SR-\d+ made/);
  const returnNumber = (await done.textContent())!.match(/\S+SR-\d+/)![0];
  await expect(row.getByTestId('returns-line-returned')).toHaveText(String(line.returnedQuantity + 1));
  await expect(page.getByTestId('returns-list')).toContainText(returnNumber);
  expect(await onHand(page, invoice.branch.id, line.code)).toBe(stockBefore + 1);

  await page.goto(`/en/sales/invoices/${invoice.id}`);
  const returns = page.getByTestId('invoice-returns');
  await expect(returns.getByTestId(`invoice-return-${returnNumber}`)).toContainText('Wrong shade');
  await expect(returns.getByTestId('invoice-refunded')).toContainText(/\d/);
  await press(returns.getByTestId('invoice-make-return'));
  await expect(page).toHaveURL(/\/en\/sales\/returns\?invoice=/);
  // The invoice opens at once, its earlier return listed.
  await expect(page.getByTestId('returns-invoice')).toContainText(`Invoice ${invoice.number}`);
  await expect(page.getByTestId('returns-list')).toContainText(returnNumber);
});

test('[zh-HK] by the member\'s card: her recent invoices, and a unit another terminal took meanwhile is refused on its row', async ({ page, signInAs, press }) => {
  await signInAs('zh-HK');
  const invoice = await invoiceToReturn(page, true);
  const line = invoice.lines.find(returnable)!;

  await page.goto('/zh-HK/sales/returns');
  const member = page.getByTestId('returns-member');
  await member.fill(invoice.member!.memberNo);
  await member.press('Enter');
  await expect(page.getByTestId('returns-member-invoices')).toBeVisible();
  await press(page.getByTestId(`returns-choose-${invoice.number}`));
  await expect(page.getByTestId('returns-invoice')).toContainText(`發票 ${invoice.number}`);

  const row = page.getByTestId('returns-line').filter({ has: page.locator(`[id="returns-units-${line.id}"]`) });
  const left = line.quantity - line.returnedQuantity;
  await press(row.getByTestId('returns-line-all'));
  await expect(row.getByTestId('returns-line-units')).toHaveValue(String(left));
  await expect(row.getByTestId('returns-line-more')).toBeDisabled();
  await press(page.getByTestId('returns-review'));

  // Meanwhile another terminal takes one unit of the line back.
  const { tenderTypes } = await gqlInPage<{ tenderTypes: { nodes: Array<{ id: string }> } }>(page, '{ tenderTypes(first: 1) { nodes { id } } }');
  await gqlInPage(page, 'mutation($input: ReturnSaleInput!) { returnSale(input: $input) { id } }', {
    input: { idempotencyKey: `e2e-${Date.now()}`, invoiceId: invoice.id, lines: [{ invoiceLineId: line.id, quantity: 1 }], refundTenderTypeId: tenderTypes.nodes[0].id },
  });

  await press(page.getByTestId('returns-confirm-submit'));
  await expect(row.getByTestId('returns-line-error')).toContainText(`只可再退 ${left - 1} 件`);
  // The row shows what is left now.
  await expect(row.getByTestId('returns-line-returnable')).toHaveText(String(left - 1));
  await expect(page.getByTestId('returns-confirm')).toHaveCount(0);
  await expect(page.getByTestId('returns-done')).toHaveCount(0);
});

test('[zh-HK] a salesperson is told returns are not for them', async ({ page, signInAs }) => {
  await signInAs('zh-HK', 'is007');
  await page.goto('/zh-HK/sales/returns');
  // The sales area's layout refuses first when the viewer holds no sales permission at all.
  await expect(page.getByTestId(/^(sales|returns)-forbidden$/)).toBeVisible();
});
