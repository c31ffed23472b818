import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { LOCALES, MANAGER, expect, expectPath, expectTouchSized, gqlInPage, messages, test, textOf } from './fixtures';

type AnalysisFigures = Record<string, { counts: Record<string, number>; ratios: Record<string, number>; total: number }>;

/** The table's figures by row code (the totals row as "總數"), read from the cells' data attributes. */
async function analysisFigures(page: Page): Promise<AnalysisFigures> {
  return page.getByTestId('analysis-table').evaluate((table) => {
    const figures: AnalysisFigures = {};
    const lines = [...table.querySelectorAll<HTMLElement>('[data-testid="analysis-row"], [data-testid="analysis-totals"]')];
    for (const line of lines) {
      const code = line.dataset.testid === 'analysis-totals' ? '總數' : line.dataset.code ?? '';
      const entry = { counts: {} as Record<string, number>, ratios: {} as Record<string, number>, total: 0 };
      line.querySelectorAll<HTMLElement>('[data-testid="analysis-count"]').forEach((c) => (entry.counts[c.dataset.statusKey ?? ''] = Number(c.dataset.count)));
      line.querySelectorAll<HTMLElement>('[data-testid="analysis-ratio"]').forEach((c) => (entry.ratios[c.dataset.statusKey ?? ''] = Number(c.dataset.ratio)));
      entry.total = Number(line.querySelector<HTMLElement>('[data-testid="analysis-total-count"]')?.dataset.count);
      figures[code] = entry;
    }
    return figures;
  });
}

const ratio4 = (count: number, total: number) => Math.round((count / total) * 10_000) / 10_000;

/** The seed's figures less what the booking flows moved: `june` of Junebirth's 未通知 and `may` of Maybirth's 未接聽 are now 已預約. */
function seedCampaignFigures({ june, may }: { june: number; may: number }): AnalysisFigures {
  const line = (total: number, counts: Record<string, number>) => ({
    total,
    counts,
    ratios: Object.fromEntries(Object.entries(counts).map(([key, count]) => [key, ratio4(count, total)])),
  });
  return {
    Junebirth: line(3, { booked: 1 + june, not_notified: 2 - june, no_answer: 0, left_message: 0 }),
    Maybirth: line(72, { no_answer: 52 - may, not_notified: 1, booked: may, left_message: 19 }),
    總數: line(75, { no_answer: 52 - may, booked: 1 + june + may, not_notified: 3 - june, left_message: 19 }),
  };
}

async function expectAnalysisFigures(page: Page, expected: AnalysisFigures): Promise<void> {
  await expect(async () => {
    const actual = await analysisFigures(page);
    for (const [code, line] of Object.entries(expected)) {
      const row = actual[code];
      expect(row, `row ${code} in the analysis (rows: ${Object.keys(actual).join(', ')})`).toBeDefined();
      expect(row.total, `${code} total`).toBe(line.total);
      for (const [key, count] of Object.entries(line.counts)) {
        expect(row.counts[key] ?? 0, `${code} ${key} count`).toBe(count);
        expect(row.ratios[key] ?? 0, `${code} ${key} ratio`).toBe(line.ratios[key]);
      }
    }
  }).toPass();
}

async function analysisTotal(page: Page): Promise<number> {
  return Number(await page.getByTestId('analysis-totals').getByTestId('analysis-total-count').getAttribute('data-count'));
}

async function expectAnalysisView(page: Page, view: string, total: number): Promise<void> {
  await expect(async () => {
    expect(new URL(page.url()).searchParams.get('view'), 'the view in the URL').toBe(view);
    expect(await page.getByTestId('analysis-table').getAttribute('data-view'), 'the view of the table').toBe(view);
    expect(await analysisTotal(page), `the ${view} view's total`).toBe(total);
  }).toPass();
}

// Contact campaign analysis (會員 > 報告 > 聯絡活動分析, seed 000, issue 6), in every locale. The
// booking flows (appointments.spec.ts) book Junebirth's A001 (desktop) and A002 (tablet), moving
// them from 未通知 to 已預約, and, when a slot is left today, Maybirth's A009 and A013 from 未接聽:
// the figures expected are the seed's, less the bookings made so far.
for (const locale of LOCALES) {
  test(`[${locale}] campaign analysis of Maybirth + Junebirth shows the seed's figures in every view, the chart, the print view and an Excel export`, async ({ page, hasTouch, press, signInAs }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { printCalls: number };
      w.printCalls = 0;
      window.print = () => {
        w.printCalls += 1;
      };
    });
    await signInAs(locale);
    const { campaigns } = await gqlInPage<{ campaigns: { nodes: Array<{ id: string; code: string }> } }>(page, '{ campaigns(first: 100, includeArchived: true) { nodes { id code } } }');
    const bookedOf = async (code: string, memberNos: string[]) => {
      const campaign = campaigns.nodes.find((c) => c.code === code);
      expect(campaign, `the ${code} campaign`).toBeDefined();
      const contacts = await gqlInPage<{ contactMembers: { nodes: Array<{ member: { memberNo: string }; status: { key: string | null } }> } }>(
        page,
        'query($c: [ID!]) { contactMembers(filter: { campaignIds: $c }, first: 100) { nodes { member { memberNo } status { key } } } }',
        { c: [campaign!.id] },
      );
      return contacts.contactMembers.nodes.filter((n) => memberNos.includes(n.member.memberNo) && n.status.key === 'booked').length;
    };
    const moved = { june: await bookedOf('Junebirth', ['A001', 'A002']), may: await bookedOf('Maybirth', ['A009', 'A013']) };

    await press(page.getByTestId('nav-reports'));
    await expectPath(page, `/${locale}/reports`);
    await press(page.getByTestId('reports-open-campaignAnalysis'));
    await expectPath(page, `/${locale}/reports/campaign-analysis`);
    await expect(page.getByTestId('page-title')).toHaveText(messages(locale).reports.analysis.title);
    await page.getByTestId('analysis-not-run').waitFor();

    const campaignChoice = (code: string) => page.getByTestId('analysis-filter-campaign-options').locator('button', { hasText: `(${code})` });
    await campaignChoice('Maybirth').waitFor();
    if (hasTouch) {
      await expectTouchSized(campaignChoice('Maybirth'), 'the Maybirth choice');
      await expectTouchSized(page.getByTestId('analysis-run'), 'the run button');
      await expectTouchSized(page.getByTestId('analysis-view-SALESPERSON'), 'the salesperson view');
    }
    await press(campaignChoice('Maybirth'));
    await press(campaignChoice('Junebirth'));
    await press(page.getByTestId('analysis-run'));
    await expectAnalysisView(page, 'CAMPAIGN', 75);
    const seed = seedCampaignFigures(moved);
    await expectAnalysisFigures(page, seed);
    await expect(async () => {
      const campaignsLine = (await page.getByTestId('analysis-header-campaign').textContent()) ?? '';
      expect(campaignsLine, 'the campaigns in the header').toContain('Maybirth');
      expect(campaignsLine, 'the campaigns in the header').toContain('Junebirth');
      expect(await textOf(page.getByTestId('analysis-header-ranBy')), 'who ran it, in the header').toMatch(new RegExp(`${MANAGER.login}$`));
    }).toPass();

    // The stacked bars: one per row and the totals, drawn as SVG.
    const chart = page.getByTestId('analysis-share-chart');
    await expect(chart).toHaveAttribute('data-bars', '3');
    await expect.poll(() => chart.locator('svg .recharts-bar-rectangle').count(), { message: 'bars drawn in the share chart' }).toBeGreaterThan(0);
    await page.getByTestId('analysis-trend-chart').locator('svg').first().waitFor();

    // Other views count the same 75 contact members.
    await press(page.getByTestId('analysis-view-SALESPERSON'));
    await expectAnalysisView(page, 'SALESPERSON', 75);
    await press(page.getByTestId('analysis-view-MEMBER'));
    await expectAnalysisView(page, 'MEMBER', 75);
    await expect(async () => {
      expect((await page.getByTestId('analysis-header-page').textContent()) ?? '', "the member view's page line").toMatch(/1\s*\/\s*1/);
      const totals = await page.getByTestId('analysis-row').getByTestId('analysis-total-count').evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.count)));
      expect(totals.reduce((a, b) => a + b, 0), 'the member rows added up').toBe(75);
    }).toPass();
    await page.goBack();
    await page.goBack();
    await expectAnalysisView(page, 'CAMPAIGN', 75);

    // 列印: the print view prints itself once, with the table header and the same figures.
    await press(page.getByTestId('analysis-print'));
    await expectPath(page, `/${locale}/reports/campaign-analysis/print`);
    await page.locator('[data-testid="analysis-print"][data-ready="true"]').waitFor();
    await page.emulateMedia({ media: 'print' });
    await expectAnalysisFigures(page, seed);
    await expect(async () => {
      expect(await page.getByTestId('analysis-table').locator('thead th').count(), 'header cells of the printed table').toBeGreaterThanOrEqual(6);
      expect(await page.getByTestId('analysis-table').locator('thead').evaluate((e) => getComputedStyle(e).display), 'the printed header row').toBe('table-header-group');
      expect(await page.getByTestId('analysis-print-again').isVisible(), 'buttons printed').toBe(false);
      expect(await page.getByTestId('app-nav').isVisible(), 'the navigation printed').toBe(false);
      expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls), 'window.print() calls').toBe(1);
    }).toPass();
    await page.emulateMedia({ media: 'screen' });

    // 匯出: the campaign and member views in one workbook.
    await press(page.getByTestId('analysis-print-back'));
    await expectAnalysisView(page, 'CAMPAIGN', 75);
    await press(page.getByTestId('analysis-export'));
    await page.getByTestId('analysis-export-view-MEMBER').check();
    const download = page.waitForEvent('download', { timeout: 40_000 });
    await press(page.getByTestId('analysis-export-download'));
    const file = await download;
    const saved = await file.path();
    expect(fs.statSync(saved).size, 'bytes in the export').toBeGreaterThan(0);
    expect(file.suggestedFilename(), 'the export file name').toMatch(/\.xlsx$/);
    await page.getByTestId('analysis-export-done').waitFor();
  });
}

/** Where an element is drawn, or null when it is not. */
async function boxOf(target: Locator) {
  return target.boundingBox();
}

/** Whether `inner` is drawn wholly inside `outer`'s visible box (1px of rounding allowed) and on top there. */
async function shownWithin(inner: Locator, outer: Locator): Promise<boolean> {
  const [a, b] = [await boxOf(inner), await boxOf(outer)];
  if (!a || !b) return false;
  const inside = a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.width <= b.x + b.width + 1 && a.y + a.height <= b.y + b.height + 1;
  if (!inside) return false;
  return inner.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  });
}

// 聯絡活動分析 on a tablet (issue 13): the chosen campaigns stay in view, the code column and the
// totals stay put while the figures scroll sideways, the column groups fold and unfold (and are
// remembered), headings do not overflow, and the trend covers the campaigns' own dates (May 2020).
test('[en] the campaign analysis reads at 1440, 1024 and 768: chosen campaigns shown, code and totals pinned, groups fold, the trend covers the campaigns', { tag: '@tablet' }, async ({ page, hasTouch, press, signInAs }) => {
  await signInAs('en');
  await page.goto('/en/reports/campaign-analysis');
  const options = page.getByTestId('analysis-filter-campaign-options');
  await options.locator('button', { hasText: '(Maybirth)' }).waitFor();
  await press(options.locator('button', { hasText: '(Maybirth)' }));
  await press(options.locator('button', { hasText: '(Junebirth)' }));
  const chips = page.getByTestId('analysis-filter-campaign-chip');
  await expect(chips).toHaveCount(2);
  for (const chip of await chips.all()) {
    await expect(chip).toBeVisible();
    if (hasTouch) await expectTouchSized(chip, `the chip ${await textOf(chip)}`);
  }
  await press(page.getByTestId('analysis-run'));
  const table = page.getByTestId('analysis-table');
  const scroller = page.getByTestId('analysis-table-scroll');
  await expect(table).toHaveAttribute('data-view', 'CAMPAIGN');
  await expect(page.getByTestId('analysis-row')).toHaveCount(2);

  const sizes = hasTouch ? [{ width: 768, height: 1024 }] : [{ width: 1440, height: 900 }, { width: 1024, height: 768 }];
  for (const size of sizes) {
    await page.setViewportSize(size);
    const at = `at ${size.width}×${size.height}`;
    await scroller.scrollIntoViewIfNeeded();
    for (const group of ['statuses', 'ratios', 'outcomes']) {
      await expect(page.getByTestId(`analysis-group-${group}`), `${group} shown ${at}`).toHaveAttribute('aria-pressed', 'true');
      if (hasTouch) await expectTouchSized(page.getByTestId(`analysis-group-${group}`), `the ${group} toggle`);
    }
    const totals = page.getByTestId('analysis-totals');
    const firstCode = page.getByTestId('analysis-row').first().getByRole('rowheader');
    // Scrolled to the start, the middle and the end: the code column and 總 數目 stay on screen.
    for (const where of [0, 0.5, 1]) {
      await scroller.evaluate((el, f) => (el.scrollLeft = (el.scrollWidth - el.clientWidth) * f), where);
      await expect.poll(() => shownWithin(firstCode, scroller), { message: `the first column ${at}, scrolled ${where * 100}%` }).toBe(true);
      await expect.poll(() => shownWithin(totals.getByTestId('analysis-total-count'), scroller), { message: `總 數目 of the totals row ${at}, scrolled ${where * 100}%` }).toBe(true);
      await expect.poll(() => shownWithin(page.getByTestId('analysis-total-column'), scroller), { message: `the 總 數目 heading ${at}, scrolled ${where * 100}%` }).toBe(true);
    }
    // At the end the last group, the same-day sales, is on screen beside the totals.
    await expect.poll(() => shownWithin(totals.getByTestId('analysis-amount-treatmentCents'), scroller), { message: `the totals row's 護理金額 ${at}, scrolled to the end` }).toBe(true);
    // Headings wrap rather than spill into their neighbours.
    const spilled = await table.locator('th').evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent));
    expect(spilled, `headings wider than their cells ${at}`).toEqual([]);
  }

  // Folding the statuses, ratios and sales leaves the outcomes and the totals readable without scrolling.
  await press(page.getByTestId('analysis-group-statuses'));
  await press(page.getByTestId('analysis-group-ratios'));
  await press(page.getByTestId('analysis-group-sales'));
  await expect(table).toHaveAttribute('data-folded', 'statuses,ratios,sales');
  await expect(table.getByTestId('analysis-count')).toHaveCount(0);
  await scroller.evaluate((el) => (el.scrollLeft = 0));
  if (!hasTouch) await expect.poll(() => scroller.evaluate((el) => el.scrollWidth <= el.clientWidth + 1), { message: 'the folded table fits its box at 1024' }).toBe(true);
  await expect.poll(() => shownWithin(page.getByTestId('analysis-totals').getByTestId('analysis-outcome-booked'), scroller), { message: 'the folded table\'s 預約 unscrolled' }).toBe(true);
  await expect.poll(() => shownWithin(page.getByTestId('analysis-totals').getByTestId('analysis-total-count'), scroller), { message: 'the folded table\'s 總 數目 unscrolled' }).toBe(true);
  // Remembered on the next visit, and unfolded again.
  await page.reload();
  await expect(page.getByTestId('analysis-table')).toHaveAttribute('data-folded', 'statuses,ratios,sales');
  await press(page.getByTestId('analysis-group-statuses'));
  await press(page.getByTestId('analysis-group-ratios'));
  await press(page.getByTestId('analysis-group-sales'));
  await expect(page.getByTestId('analysis-table')).toHaveAttribute('data-folded', '');
  await expect(page.getByTestId('analysis-count').first()).toBeAttached();

  // The trend covers the campaigns' contacts (their first, in May 2020), not an empty last month.
  const trend = page.getByTestId('analysis-trend-chart');
  await trend.scrollIntoViewIfNeeded();
  await expect(async () => {
    const from = (await trend.getAttribute('data-from')) ?? '';
    const to = (await trend.getAttribute('data-to')) ?? '';
    const days = Number(await trend.getAttribute('data-days'));
    expect(Number(await trend.getAttribute('data-total')), 'contacts in the trend').toBeGreaterThan(0);
    // The campaigns' first contacts were on 4 May 2020; a contact made since stretches the range to today, at most 366 days.
    expect(from === '2020-05-04' || days === 366, `the trend's range ${from} to ${to} (${days} days)`).toBe(true);
  }).toPass();
  await expect(page.getByTestId('analysis-trend-empty')).toHaveCount(0);
  await expect.poll(() => trend.locator('svg .recharts-area-area').count(), { message: 'the trend drawn' }).toBeGreaterThan(0);
});

// Staff follow-up statistics (同事跟進的統計, issue 6).
test('[zh-HK] the manager runs the staff follow-up statistics for May 2020, drills into a number and opens a member', { tag: '@tablet' }, async ({ page, hasTouch, press, signInAs }) => {
  await signInAs('zh-HK');
  await page.goto('/zh-HK/reports/follow-up');
  await page.getByTestId('follow-up-filters').waitFor();
  await expect.poll(() => page.getByTestId('follow-up-filter-salesperson').locator('button').count(), { message: 'salespeople offered by the filter' }).toBeGreaterThanOrEqual(2);
  await page.getByTestId('follow-up-filter-from').fill('2020-05-01');
  await page.getByTestId('follow-up-filter-to').fill('2020-05-31');
  await press(page.getByTestId('follow-up-run'));
  await expect(async () => {
    const period = await textOf(page.getByTestId('follow-up-header-period'));
    expect(period, 'the period in the header').toContain('2020年5月1日');
    expect(period, 'the period in the header').toContain('2020年5月31日');
    expect(await page.getByTestId('follow-up-row').count(), 'salesperson rows').toBeGreaterThan(0);
  }).toPass();
  expect(await textOf(page.getByTestId('follow-up-header-ranBy')), 'who ran it, in the header').toMatch(new RegExp(`${MANAGER.login}$`));

  // The demo's May 2020 contacts: the totals row's "contacted" number lists exactly that many members.
  const contacted = page.getByTestId('follow-up-totals').locator('[data-testid="follow-up-count"][data-column="contacted"]');
  const count = Number(await contacted.getAttribute('data-count'));
  expect(count, 'members contacted in May 2020').toBeGreaterThan(0);
  if (hasTouch) await expectTouchSized(contacted, 'the contacted number');
  await press(contacted);
  await page.getByTestId('follow-up-drill').waitFor();
  await expect(async () => {
    expect(Number(await page.getByTestId('follow-up-drill-total').getAttribute('data-count')), 'the drill-down total').toBe(count);
    expect(await page.getByTestId('follow-up-drill-row').count(), 'drill-down rows').toBe(Math.min(count, 50));
  }).toPass();
  expect(await contacted.getAttribute('aria-current'), 'the number drilled into is marked').toBe('true');

  // On paper: the table, not the drill-down.
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByTestId('follow-up-table').isVisible(), 'the table prints').toBe(true);
  expect(await page.getByTestId('follow-up-drill').isVisible(), 'the drill-down prints').toBe(false);
  await page.emulateMedia({ media: 'screen' });

  const memberNo = await textOf(page.getByTestId('follow-up-drill-member-no').first());
  const rowId = await page.getByTestId('follow-up-drill-row').first().getAttribute('data-id');
  await press(page.getByTestId('follow-up-drill-link').first());
  await expectPath(page, `/zh-HK/contacts/${rowId}`);
  await expect(page.locator('main')).toContainText(memberNo);
});
