/**
 * 發票查詢 in the browser: a manager finds an invoice of the demo data by its number, opens it,
 * prints its receipt on 80 mm and A4 paper (only the receipt on paper), filters by a member picked
 * by number, pages on and exports the filtered list; the member page lists her invoices; a
 * salesperson is told the list is not for them; the list fits a tablet held upright. Read-only:
 * it adds no data.
 */
import { expect, expectTouchSized, gqlInPage, test } from './fixtures';

// A page's first answer may wait for the development server to compile it.
const FIRST_LOAD = { timeout: 60_000 };

test.slow();

type Listed = { id: string; number: string; member: { id: string; memberNo: string } | null };

async function newestMemberInvoice(page: Parameters<typeof gqlInPage>[0]): Promise<Listed> {
  const { invoices } = await gqlInPage<{ invoices: { nodes: Listed[] } }>(page, '{ invoices(first: 20) { nodes { id number member { id memberNo } } } }');
  const found = invoices.nodes.find((n) => n.member);
  if (!found) throw new Error('The demo data has no member invoice');
  return found;
}

test('[en] a manager finds an invoice by number, opens it and prints its receipt', async ({ page, signInAs, press }) => {
  await signInAs('en');
  const invoice = await newestMemberInvoice(page);
  await page.goto('/en/sales/invoices');
  await expect(page.getByTestId('invoice-total')).toHaveText(/\d+ invoices?/, FIRST_LOAD);
  await page.getByTestId('invoice-filter-number').fill(invoice.number.toLowerCase());
  await press(page.getByTestId('invoice-filter-apply'));
  await expect(page).toHaveURL(/number=/);
  await expect(page.getByTestId('invoice-total')).toHaveText('1 invoice');
  await press(page.getByTestId('invoice-table').getByRole('link', { name: invoice.number }));

  await expect(page.getByTestId('invoice-number')).toHaveText(invoice.number, FIRST_LOAD);
  await expect(page.getByTestId('invoice-member')).toContainText(invoice.member!.memberNo);
  await expect(page.getByTestId('invoice-lines').locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('invoice-payments').locator('tbody tr').first()).toBeVisible();
  // A manager holds sales.void: the button is offered (voiding itself is the checkout lane's test).
  await expect(page.getByTestId('invoice-void')).toBeVisible();

  await press(page.getByTestId('invoice-print-80mm'));
  const receipt = page.getByTestId('receipt');
  await expect(page.getByTestId('receipt-number')).toHaveText(invoice.number, FIRST_LOAD);
  await expect(page.getByTestId('receipt-customer')).toContainText(invoice.member!.memberNo);
  await expect(page.getByTestId('receipt-total')).toHaveText(/\d/);
  // 80 mm at 96 dpi is about 302 px.
  expect(Math.round((await receipt.boundingBox())!.width)).toBeLessThan(320);
  await page.emulateMedia({ media: 'print' });
  await expect(receipt).toBeVisible();
  await expect(page.getByTestId('receipt-print')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  await press(page.getByTestId('receipt-paper-a4'));
  await expect(page).toHaveURL(/paper=a4/);
  expect(Math.round((await receipt.boundingBox())!.width)).toBeGreaterThan(700);
  await press(page.getByTestId('receipt-back'));
  await expect(page.getByTestId('invoice-number')).toHaveText(invoice.number);
});

test('[en] the member page lists the member\'s invoices', async ({ page, signInAs, press }) => {
  await signInAs('en');
  const invoice = await newestMemberInvoice(page);
  await page.goto(`/en/members/${invoice.member!.id}`);
  const section = page.getByTestId('member-invoices');
  await expect(section.getByRole('link', { name: invoice.number })).toBeVisible(FIRST_LOAD);
  await press(page.getByTestId('member-invoices-all'));
  await expect(page).toHaveURL(new RegExp(`/en/sales/invoices\\?member=${invoice.member!.id}`));
  await expect(page.getByTestId('invoice-filter-member-chosen')).toContainText(invoice.member!.memberNo, FIRST_LOAD);
});

test('[zh-HK] a salesperson is told the invoice list is not for them', async ({ page, signInAs }) => {
  await signInAs('zh-HK', 'is007');
  await page.goto('/zh-HK/sales/invoices');
  // The sales area refuses her altogether (she holds no sales permission); the page would too.
  await expect(page.getByTestId('sales-forbidden').or(page.getByTestId('invoices-forbidden'))).toBeVisible();
  await expect(page.getByTestId('invoice-table')).toHaveCount(0);
});

test('[zh-HK] the invoice list fits a tablet held upright', { tag: '@tablet' }, async ({ page, signInAs }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await signInAs('zh-HK');
  await page.goto('/zh-HK/sales/invoices');
  await expect(page.getByTestId('invoice-table')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(768);
});

test('[zh-HK] a manager filters by a member picked by number, pages on and exports the list', async ({ page, signInAs, press }) => {
  await signInAs('zh-HK');
  const invoice = await newestMemberInvoice(page);
  const { invoices } = await gqlInPage<{ invoices: { totalCount: number } }>(page, 'query($m: ID!) { invoices(filter: { memberId: $m }) { totalCount } }', { m: invoice.member!.id });
  await page.goto('/zh-HK/sales/invoices');
  await page.getByTestId('invoice-filter-member-term').fill(invoice.member!.memberNo);
  await press(page.getByTestId('invoice-filter-member-find'));
  const match = page.getByTestId(`invoice-filter-member-match-${invoice.member!.id}`);
  if (await match.isVisible().catch(() => false)) await press(match);
  await expect(page.getByTestId('invoice-filter-member-chosen')).toContainText(invoice.member!.memberNo);
  await press(page.getByTestId('invoice-filter-apply'));
  await expect(page).toHaveURL(new RegExp(`member=${invoice.member!.id}`));
  await expect(page.getByTestId('invoice-total')).toHaveText(`共 ${invoices.totalCount} 張發票`);
  await expect(page.getByTestId('invoice-table').getByRole('link', { name: invoice.number })).toBeVisible();

  // The whole chain's list pages on by cursor, the filter kept in the address.
  await page.goto('/zh-HK/sales/invoices?status=ISSUED');
  const first = await page.getByTestId('invoice-table').locator('tbody tr').first().getAttribute('data-testid');
  await press(page.getByTestId('invoice-next-page'));
  await expect(page).toHaveURL(/status=ISSUED&after=/);
  await expect(page.getByTestId('invoice-first-page')).toBeVisible();
  expect(await page.getByTestId('invoice-table').locator('tbody tr').first().getAttribute('data-testid')).not.toBe(first);

  for (const target of await page.locator('main button, main a.button, main input, main select').all()) {
    if (await target.isVisible()) await expectTouchSized(target, (await target.getAttribute('data-testid')) ?? (await target.textContent()) ?? 'control');
  }

  // Last: the development server's first compile of the download route reloads the schema's classes.
  await page.goto(`/zh-HK/sales/invoices?member=${invoice.member!.id}`);
  const [download] = await Promise.all([page.waitForEvent('download'), press(page.getByTestId('invoice-export'))]);
  expect(download.suggestedFilename()).toMatch(/^發票-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(JSON.parse(new URL(download.url()).searchParams.get('filter')!)).toEqual({ memberId: invoice.member!.id });

});
