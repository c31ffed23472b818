/**
 * 會員積分 報告 in the browser, on the desktop and the tablet (each its own demo member): a
 * manager gives her member points by quick points (adjustPoints), then finds her in the points
 * ranking at the rank her member page gives, today's movements at her branch counting the points
 * added, the liability holding them, and downloads each tab's Excel; on the tablet the controls
 * are touch-sized; a salesperson is told the reports are not for her.
 */
import { expect, expectTouchSized, gqlInPage, test, todayInHongKong } from './fixtures';

const FIRST_LOAD = { timeout: 60_000 };

test.slow();

type DemoMember = { id: string; memberNo: string; branch: { id: string; code: string } };

test('[en] a manager reads the points ranking, movements and liability, and downloads each', async ({ page, signInAs, press }, testInfo) => {
  await signInAs('en');
  await page.goto('/en/reports');
  await press(page.getByTestId('reports-open-loyalty'));
  await expect(page).toHaveURL(/\/en\/reports\/loyalty$/, FIRST_LOAD);

  // Each project its own member, given more points than any demo member holds, so she is on the first page.
  const { members } = await gqlInPage<{ members: { nodes: DemoMember[] } }>(page, 'query { members(first: 2) { nodes { id memberNo branch { id code } } } }');
  const member = members.nodes[testInfo.project.name === 'tablet' ? 1 : 0];
  const points = 900_000 + Math.floor(Math.random() * 90_000);
  await gqlInPage(page, 'mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { id } }', {
    input: { memberId: member.id, points, reason: 'loyalty reports browser test', idempotencyKey: crypto.randomUUID() },
  });
  const { memberPoints } = await gqlInPage<{ memberPoints: { balance: number; rank: number } }>(page, 'query($id: ID!) { memberPoints(memberId: $id) { balance rank } }', { id: member.id });

  await page.reload();
  const row = page.getByTestId('points-ranking-row').filter({ has: page.getByRole('link', { name: member.memberNo, exact: true }) });
  await expect(row).toHaveAttribute('data-balance', String(memberPoints.balance), FIRST_LOAD);
  await expect(row).toHaveAttribute('data-rank', String(memberPoints.rank));
  await expect(page.getByTestId('loyalty-report-tab-ranking')).toHaveAttribute('aria-current', 'page');
  if (testInfo.project.name === 'tablet') {
    for (const id of ['loyalty-report-tab-movements', 'loyalty-report-run', 'loyalty-report-export', 'loyalty-report-print']) await expectTouchSized(page.getByTestId(id), id);
    await expectTouchSized(row.getByRole('link'), 'the member\'s link');
  }
  let download = page.waitForEvent('download');
  await press(page.getByTestId('loyalty-report-export'));
  expect((await download).suggestedFilename()).toMatch(/^Points ranking-\d{4}-\d{2}-\d{2}\.xlsx$/);

  // Movements: today by day, at her branch, count at least the points just added by hand.
  await press(page.getByTestId('loyalty-report-tab-movements'));
  await expect(page.getByTestId('loyalty-report-period')).toBeVisible(FIRST_LOAD);
  const today = todayInHongKong();
  await page.getByTestId('loyalty-report-from').fill(today);
  await page.getByTestId('loyalty-report-to').fill(today);
  await page.getByTestId('loyalty-report-period').selectOption('DAY');
  await page.getByTestId('loyalty-report-branch').selectOption(member.branch.id);
  await press(page.getByTestId('loyalty-report-run'));
  await expect(page).toHaveURL(/\/reports\/loyalty\/movements\?.*period=DAY/, FIRST_LOAD);
  const todays = page.locator(`[data-testid="points-movements-row"][data-period="${today}"][data-branch="${member.branch.code}"]`);
  const added = Number(await todays.getByTestId('points-movements-adjustedIn').getAttribute('data-value', FIRST_LOAD));
  expect(added).toBeGreaterThanOrEqual(points);
  await expect(page.getByTestId('points-movements-total-adjustedIn')).toHaveAttribute('data-value', String(added));
  download = page.waitForEvent('download');
  await press(page.getByTestId('loyalty-report-export'));
  expect((await download).suggestedFilename()).toMatch(/^Points movements-.*\.xlsx$/);

  // Liability: her branch holds at least her balance, and both breakdowns add up to the same total.
  await press(page.getByTestId('loyalty-report-tab-liability'));
  const summary = page.getByTestId('points-liability-summary');
  await expect(summary).toBeVisible(FIRST_LOAD);
  const total = Number(await summary.getAttribute('data-points'));
  const branch = Number(await page.locator(`[data-testid="points-liability-branch"][data-branch="${member.branch.code}"]`).getAttribute('data-points'));
  expect(branch).toBeGreaterThanOrEqual(memberPoints.balance);
  const sum = async (testId: string) => (await page.getByTestId(testId).evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-points'))))).reduce((s, n) => s + n, 0);
  expect(await sum('points-liability-branch')).toBe(total);
  expect(await sum('points-liability-expiry')).toBe(total);
  download = page.waitForEvent('download');
  await press(page.getByTestId('loyalty-report-export'));
  expect((await download).suggestedFilename()).toMatch(/^Points liability-.*\.xlsx$/);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('loyalty-report-filters')).toBeHidden();
  await expect(page.getByTestId('points-liability-branches')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
});

test('[en] a salesperson is told the loyalty reports are not for her', async ({ page, signInAs }) => {
  await signInAs('en', 'is007');
  await page.goto('/en/reports/loyalty');
  await expect(page.getByTestId('loyalty-report-forbidden')).toBeVisible(FIRST_LOAD);
});
