/**
 * 商品 and 庫存 in the browser: a manager creates a product with a barcode, receives stock for it
 * at her branch and sees it on the product page and through the cashier's scanner lookup; an
 * adjustment without a reason is refused next to the field; a salesperson is told which
 * permission the catalogue needs. Codes carry the run's time, so reruns do not collide.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, gqlInPage, test } from './fixtures';

test('[zh-HK] a product with a barcode is created, stock is received for it, and the scanner finds it with its stock', async ({ page, press, signInAs }) => {
  const run = Date.now().toString().slice(-9);
  const code = `E2E-A${run}`;
  const barcode = `489${run}`;
  await signInAs('zh-HK');
  const { viewer } = await gqlInPage<{ viewer: { branch: { id: string } } }>(page, '{ viewer { branch { id } } }');

  await page.goto('/zh-HK/sales/products/new');
  await page.getByTestId('product-form').waitFor();
  await page.getByTestId('product-code').fill(code);
  // A scanner types the barcode and presses Enter: the form stays open.
  await page.getByTestId('product-barcode').fill(barcode);
  await page.getByTestId('product-barcode').press('Enter');
  await expect(page.getByTestId('product-form')).toBeVisible();
  await page.getByTestId('product-name').fill('E2E 玫瑰精油');
  await page.getByTestId('product-priceCents').fill('88.50');
  await page.getByTestId('product-lowStockThreshold').fill('5');
  await press(page.getByTestId('product-save'));

  await expect(page.getByTestId('product-saved')).toBeVisible();
  await expect(page.getByTestId('page-title')).toContainText(code);
  await expect(page.getByTestId('product-barcode')).toHaveValue(barcode);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('nextjs-portal').analyze();
  expect(axe.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => v.id)).toEqual([]);

  // Never stocked: it is on the branch's low-stock list until goods arrive.
  await press(page.getByTestId('product-move-stock'));
  await expect(page.getByTestId('stock-move-form')).toBeVisible();
  await expect(page.getByTestId(`low-stock-${code}`)).toBeVisible();
  await expect(page.getByTestId('stock-product')).not.toHaveValue('');

  await press(page.getByTestId('stock-kind-adjust'));
  await page.getByTestId('stock-quantity').fill('-1');
  await press(page.getByTestId('stock-save'));
  await expect(page.getByTestId('field-reason')).toContainText('原因');

  await press(page.getByTestId('stock-kind-receive'));
  await page.getByTestId('stock-quantity').fill('12');
  await page.getByTestId('stock-reason').fill('DN-E2E');
  await press(page.getByTestId('stock-save'));
  await expect(page.getByTestId('stock-move-status')).toContainText(code);
  await expect(page.getByTestId(`low-stock-${code}`)).toHaveCount(0);

  const { sellableItemByCode } = await gqlInPage<{ sellableItemByCode: { code: string; onHand: number; priceCents: number } | null }>(
    page,
    'query($branchId: ID!, $code: String!) { sellableItemByCode(branchId: $branchId, code: $code) { code onHand priceCents } }',
    { branchId: viewer.branch.id, code: barcode },
  );
  expect(sellableItemByCode).toEqual({ code, onHand: 12, priceCents: 8850 });

  await page.goto('/zh-HK/sales/products?q=' + encodeURIComponent(barcode));
  await expect(page.getByTestId(`product-row-${code}`)).toBeVisible();
  await page.getByTestId(`product-row-${code}`).getByRole('link').click();
  await expect(page.locator('#stock-levels-title')).toBeVisible();
  await expect(page.locator('section[aria-labelledby="stock-movements-title"]')).toContainText('DN-E2E');
});

test('[zh-HK] a salesperson is told the product list needs the catalogue permission', async ({ page, signInAs }) => {
  await signInAs('zh-HK', 'is007');
  await page.goto('/zh-HK/sales/products');
  await expect(page.getByTestId('missing-permission').or(page.getByTestId('sales-forbidden'))).toBeVisible();
});
