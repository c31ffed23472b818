/**
 * 統計分析 in the browser: a manager opens sales by month for the demo's year, sees the chart and
 * the table, opens the invoice list from a month's count and finds as many invoices there,
 * switches to sales by staff through the form, downloads the Excel and prints (only the report on
 * paper); a salesperson is told the report is not for them. Read-only: it adds no data.
 */
import { expect, test } from './fixtures';

const FIRST_LOAD = { timeout: 60_000 };

test.slow();

test('[en] a manager reads sales by month, drills into a month\'s invoices, regroups by staff and exports', async ({ page, signInAs, press }) => {
  await signInAs('en');
  await page.goto('/en/reports/sales?grouping=MONTH&from=2026-01-01&to=2026-12-31');
  await expect(page.getByTestId('sales-stats-table')).toBeVisible(FIRST_LOAD);
  await expect(page.getByTestId('sales-report-tab-statistics')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('sales-stats-basis')).toContainText('voided invoices are left out');
  await expect(page.getByTestId('sales-stats-chart')).toHaveAttribute('data-bars', '12');

  // The month with the most invoices: its count opens the invoice list on exactly those.
  const counts = page.locator('[data-testid^="sales-stats-invoices-2026-"]');
  const texts = await counts.allTextContents();
  const busiest = texts.map((t) => Number(t.replace(/,/g, ''))).reduce((best, n, i, all) => (n > all[best] ? i : best), 0);
  const expected = Number(texts[busiest].replace(/,/g, ''));
  expect(expected).toBeGreaterThan(0);
  await press(counts.nth(busiest));
  await expect(page).toHaveURL(/\/en\/sales\/invoices\?.*status=ISSUED/, FIRST_LOAD);
  await expect(page.getByTestId('invoice-total')).toHaveText(`${expected.toLocaleString('en')} invoice${expected === 1 ? '' : 's'}`, FIRST_LOAD);
  await page.goBack();

  await expect(page.getByTestId('sales-stats-grouping')).toBeVisible(FIRST_LOAD);
  await page.getByTestId('sales-stats-grouping').selectOption('STAFF');
  await press(page.getByTestId('sales-stats-apply'));
  await expect(page).toHaveURL(/grouping=STAFF/, FIRST_LOAD);
  await expect(page.getByTestId('sales-stats-table').locator('thead')).toContainText('Staff credited');
  await expect(page.getByTestId('sales-stats-table').locator('thead')).toContainText('Units (net)');

  const download = page.waitForEvent('download');
  await press(page.getByTestId('sales-stats-export'));
  expect((await download).suggestedFilename()).toMatch(/2026-01-01_2026-12-31_staff\.xlsx$/);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('sales-stats-filters')).toBeHidden();
  await expect(page.getByTestId('sales-stats-table')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
});

test('[en] a salesperson is told sales statistics are not for them', async ({ page, signInAs }) => {
  await signInAs('en', 'is007');
  await page.goto('/en/reports/sales');
  await expect(page.getByTestId('sales-report-forbidden')).toBeVisible(FIRST_LOAD);
});
