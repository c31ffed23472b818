import {
  analysisLine, analysisRows, analysisTotals, campaignSales, countsByRow, NO_OUTCOMES, NO_SALES, ratioOf, statusColumns, sumOutcomes, sumSales,
  type ReportStatus, type StatusGroupCount,
} from '@/services/reports/campaign-analysis';

// The configured statuses of a new salon, in their order (ids as the migration inserts them).
const NOT_NOTIFIED = 1;
const BOOKED = 2;
const NO_ANSWER = 3;
const NOT_NEEDED = 4;
const LEFT_MESSAGE = 5;
const STATUSES: ReportStatus[] = [NOT_NOTIFIED, BOOKED, NO_ANSWER, NOT_NEEDED, LEFT_MESSAGE].map((id) => ({ id, sortOrder: id, active: true }));

/** The seed's report (聯絡活動分析 - 活動, Maybirth + Junebirth) as grouped counts. */
const SEED_COUNTS: StatusGroupCount[] = [
  { rowKey: 'Junebirth', statusId: BOOKED, count: 1 },
  { rowKey: 'Junebirth', statusId: NOT_NOTIFIED, count: 2 },
  { rowKey: 'Maybirth', statusId: NO_ANSWER, count: 52 },
  { rowKey: 'Maybirth', statusId: LEFT_MESSAGE, count: 19 },
  { rowKey: 'Maybirth', statusId: NOT_NOTIFIED, count: 1 },
];

const cellOf = (line: { cells: Array<{ statusId: number; count: number; ratio: number }> }, statusId: number) => line.cells.find((c) => c.statusId === statusId)!;

describe('ratioOf', () => {
  it.each([
    [1, 3, 0.3333],
    [2, 3, 0.6667],
    [1, 32, 0.0313],
    [1, 64, 0.0156],
    [3, 64, 0.0469],
    [52, 72, 0.7222],
    [19, 72, 0.2639],
    [1, 72, 0.0139],
    [53, 75, 0.7067],
    [1, 75, 0.0133],
    [3, 75, 0.04],
    [19, 75, 0.2533],
    [3, 3, 1],
    [0, 3, 0],
  ])('%i / %i = %d', (count, total, ratio) => {
    expect(ratioOf(count, total)).toBe(ratio);
  });

  it('rounds half up exactly where floating point would round down (57 / 800 = 7.125 %)', () => {
    expect(Math.round((57 / 800) * 10000) / 10000).toBe(0.0712);
    expect(ratioOf(57, 800)).toBe(0.0713);
  });

  it('is 0 for an empty row', () => {
    expect(ratioOf(0, 0)).toBe(0);
  });
});

describe('statusColumns', () => {
  it('are the configured statuses in their order (then by id), not the order counts arrive in', () => {
    const shuffled: ReportStatus[] = [
      { id: 7, sortOrder: 2, active: true },
      { id: 3, sortOrder: 1, active: true },
      { id: 5, sortOrder: 2, active: true },
    ];
    expect(statusColumns(shuffled, [{ statusId: 7, count: 4 }]).map((s) => s.id)).toEqual([3, 5, 7]);
  });

  it('show an inactive status only while some contact member has it', () => {
    const statuses: ReportStatus[] = [...STATUSES, { id: 6, sortOrder: 6, active: false }, { id: 7, sortOrder: 0, active: false }];
    expect(statusColumns(statuses, SEED_COUNTS).map((s) => s.id)).toEqual([1, 2, 3, 4, 5]);
    expect(statusColumns(statuses, [...SEED_COUNTS, { statusId: 7, count: 0 }]).map((s) => s.id)).toEqual([1, 2, 3, 4, 5]);
    expect(statusColumns(statuses, [...SEED_COUNTS, { statusId: 7, count: 2 }]).map((s) => s.id)).toEqual([7, 1, 2, 3, 4, 5]);
  });
});

describe('analysisRows and analysisTotals', () => {
  const columns = statusColumns(STATUSES, SEED_COUNTS);
  const rows = analysisRows(SEED_COUNTS, columns);
  const totals = analysisTotals(SEED_COUNTS, columns);

  it('reproduce the seed\'s report: Junebirth 1 booked (33.33 %) and 2 not notified (66.67 %) of 3', () => {
    const june = rows.find((r) => r.rowKey === 'Junebirth')!;
    expect(june.total).toBe(3);
    expect(june.cells).toEqual([
      { statusId: NOT_NOTIFIED, count: 2, ratio: 0.6667 },
      { statusId: BOOKED, count: 1, ratio: 0.3333 },
      { statusId: NO_ANSWER, count: 0, ratio: 0 },
      { statusId: NOT_NEEDED, count: 0, ratio: 0 },
      { statusId: LEFT_MESSAGE, count: 0, ratio: 0 },
    ]);
  });

  it('reproduce the seed\'s report: Maybirth 52 no answer (72.22 %), 19 left a message (26.39 %), 1 not notified (1.39 %) of 72', () => {
    const may = rows.find((r) => r.rowKey === 'Maybirth')!;
    expect(may.total).toBe(72);
    expect([NO_ANSWER, LEFT_MESSAGE, NOT_NOTIFIED, BOOKED].map((s) => cellOf(may, s))).toEqual([
      { statusId: NO_ANSWER, count: 52, ratio: 0.7222 },
      { statusId: LEFT_MESSAGE, count: 19, ratio: 0.2639 },
      { statusId: NOT_NOTIFIED, count: 1, ratio: 0.0139 },
      { statusId: BOOKED, count: 0, ratio: 0 },
    ]);
  });

  it('reproduce the seed\'s totals over 75: 69.33 % no answer, 1.33 % booked, 4.00 % not notified, 25.33 % left a message', () => {
    expect(totals.total).toBe(75);
    expect(totals.cells).toEqual([
      { statusId: NOT_NOTIFIED, count: 3, ratio: 0.04 },
      { statusId: BOOKED, count: 1, ratio: 0.0133 },
      { statusId: NO_ANSWER, count: 52, ratio: 0.6933 },
      { statusId: NOT_NEEDED, count: 0, ratio: 0 },
      { statusId: LEFT_MESSAGE, count: 19, ratio: 0.2533 },
    ]);
  });

  it('compute the totals\' ratios from the summed counts, not by averaging the rows\' ratios', () => {
    const counts: StatusGroupCount[] = [
      { rowKey: 'a', statusId: NO_ANSWER, count: 1 },
      { rowKey: 'a', statusId: NOT_NOTIFIED, count: 2 },
      { rowKey: 'b', statusId: NO_ANSWER, count: 52 },
      { rowKey: 'b', statusId: NOT_NOTIFIED, count: 20 },
    ];
    const [a, b] = analysisRows(counts, STATUSES);
    const averaged = (cellOf(a, NO_ANSWER).ratio + cellOf(b, NO_ANSWER).ratio) / 2;
    const total = cellOf(analysisTotals(counts, STATUSES), NO_ANSWER);
    expect(total).toEqual({ statusId: NO_ANSWER, count: 53, ratio: 0.7067 });
    expect(total.ratio).not.toBeCloseTo(averaged, 2);
  });

  it('add up: each row\'s cells to its total, each column over the rows to the totals row', () => {
    for (const row of rows) expect(row.cells.reduce((sum, c) => sum + c.count, 0)).toBe(row.total);
    expect(rows.reduce((sum, r) => sum + r.total, 0)).toBe(totals.total);
    for (const cell of totals.cells) {
      expect(rows.reduce((sum, r) => sum + cellOf(r, cell.statusId).count, 0)).toBe(cell.count);
    }
  });

  it('keep the rows in the order the counts first name them, merging repeated groups', () => {
    const counts: StatusGroupCount[] = [
      { rowKey: '9', statusId: BOOKED, count: 1 },
      { rowKey: '4', statusId: BOOKED, count: 2 },
      { rowKey: '9', statusId: BOOKED, count: 3 },
    ];
    expect([...countsByRow(counts)].map(([key, byStatus]) => [key, byStatus.get(BOOKED)])).toEqual([['9', 4], ['4', 2]]);
    expect(analysisRows(counts, STATUSES).map((r) => [r.rowKey, r.total])).toEqual([['9', 4], ['4', 2]]);
  });

  it('count every status in a row\'s total, whether or not it is a column', () => {
    const line = analysisLine(new Map([[BOOKED, 1], [99, 1]]), STATUSES);
    expect(line.total).toBe(2);
    expect(cellOf(line, BOOKED)).toEqual({ statusId: BOOKED, count: 1, ratio: 0.5 });
  });

  it('give an empty report a zero totals row', () => {
    expect(analysisTotals([], STATUSES)).toEqual({ total: 0, cells: STATUSES.map((s) => ({ statusId: s.id, count: 0, ratio: 0 })) });
    expect(analysisRows([], STATUSES)).toEqual([]);
  });
});

describe('sumOutcomes', () => {
  it('adds each outcome over the rows and leaves the shared zero alone', () => {
    const rows = [
      { booked: 3, arrived: 2, verified: 1, noShow: 1, cancelled: 0 },
      { booked: 2, arrived: 0, verified: 0, noShow: 0, cancelled: 2 },
    ];
    expect(sumOutcomes(rows)).toEqual({ booked: 5, arrived: 2, verified: 1, noShow: 1, cancelled: 2 });
    expect(sumOutcomes([])).toEqual(NO_OUTCOMES);
    expect(NO_OUTCOMES).toEqual({ booked: 0, arrived: 0, verified: 0, noShow: 0, cancelled: 0 });
  });
});

describe('campaign sales (成功購買 and same-day amounts)', () => {
  const june = { bookedContacts: 3, successful: 1, invoiceCents: 150_000, productCents: 30_000, treatmentCents: 120_000 };
  const may = { bookedContacts: 29, successful: 0, invoiceCents: 0, productCents: 0, treatmentCents: 0 };

  it('gives the success ratio over the booked contacts, half-up to 4 decimals', () => {
    expect(campaignSales(june, true)).toEqual({ ...june, successRatio: 0.3333 });
    expect(campaignSales({ ...june, bookedContacts: 32 }, true).successRatio).toBe(0.0313);
  });

  it('gives 0 %, not a division by zero, without booked contacts', () => {
    expect(campaignSales(NO_SALES, true)).toEqual({ ...NO_SALES, successRatio: 0 });
  });

  it('withholds success while the rule is off, keeping the amounts', () => {
    expect(campaignSales(june, false)).toEqual({ ...june, successful: null, successRatio: null });
  });

  it('totals from summed counts, never by averaging the rows\' ratios', () => {
    const totals = campaignSales(sumSales([june, may]), true);
    expect(totals).toEqual({ bookedContacts: 32, successful: 1, successRatio: 0.0313, invoiceCents: 150_000, productCents: 30_000, treatmentCents: 120_000 });
    expect(sumSales([])).toEqual(NO_SALES);
  });
});
