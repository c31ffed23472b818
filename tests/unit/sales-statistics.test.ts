import { bucketOf, defaultSalesPeriod, foldByPeriod, periodBuckets, rankedRows, salesBasis, tenderRows, totalsOf, ZERO_SUMS } from '@/services/reports/sales-statistics';

describe('period buckets', () => {
  it('a day is itself; a month runs from its first to its last day', () => {
    expect(bucketOf('2030-02-14', 'DAY')).toEqual({ key: '2030-02-14', from: '2030-02-14', to: '2030-02-14' });
    expect(bucketOf('2028-02-14', 'MONTH')).toEqual({ key: '2028-02', from: '2028-02-01', to: '2028-02-29' });
  });

  it.each([
    // 2030-01-01 is a Tuesday: its ISO week 1 began on Monday 2029-12-31.
    ['2029-12-31', '2030-W01', '2029-12-31', '2030-01-06'],
    ['2030-01-06', '2030-W01', '2029-12-31', '2030-01-06'],
    ['2030-01-07', '2030-W02', '2030-01-07', '2030-01-13'],
    // 2027-01-01 is a Friday: it belongs to the last ISO week of 2026 (W53).
    ['2027-01-01', '2026-W53', '2026-12-28', '2027-01-03'],
    ['2026-12-07', '2026-W50', '2026-12-07', '2026-12-13'],
  ])('%s is in ISO week %s (%s to %s)', (date, key, from, to) => {
    expect(bucketOf(date, 'WEEK')).toEqual({ key, from, to });
  });

  it('covers the period with every bucket, the first and last clipped to it', () => {
    expect(periodBuckets('2030-01-01', '2030-01-15', 'WEEK')).toEqual([
      { key: '2030-W01', from: '2030-01-01', to: '2030-01-06' },
      { key: '2030-W02', from: '2030-01-07', to: '2030-01-13' },
      { key: '2030-W03', from: '2030-01-14', to: '2030-01-15' },
    ]);
    expect(periodBuckets('2030-01-20', '2030-03-02', 'MONTH').map((b) => [b.key, b.from, b.to])).toEqual([
      ['2030-01', '2030-01-20', '2030-01-31'], ['2030-02', '2030-02-01', '2030-02-28'], ['2030-03', '2030-03-01', '2030-03-02'],
    ]);
    expect(periodBuckets('2028-02-27', '2028-03-01', 'DAY').map((b) => b.key)).toEqual(['2028-02-27', '2028-02-28', '2028-02-29', '2028-03-01']);
    expect(periodBuckets('2030-01-01', '2030-12-31', 'DAY')).toHaveLength(365);
  });

  it('the default period is the month so far', () => {
    expect(defaultSalesPeriod('2030-03-17')).toEqual({ from: '2030-03-01', to: '2030-03-17' });
  });
});

describe('folding and totals', () => {
  const day = (date: string, grossCents: number, returnedCents = 0, invoices = 1) => ({ date, grossCents, returnedCents, invoices, quantity: 0 });

  it('folds days into weeks, empty weeks as zero, net = gross less returns', () => {
    const rows = foldByPeriod([day('2030-01-06', 68_000, 10_000), day('2030-01-07', 2_000), day('2030-01-08', 5_000)], '2030-01-01', '2030-01-20', 'WEEK');
    expect(rows).toEqual([
      { key: '2030-W01', from: '2030-01-01', to: '2030-01-06', grossCents: 68_000, returnedCents: 10_000, netCents: 58_000, invoices: 1, quantity: 0 },
      { key: '2030-W02', from: '2030-01-07', to: '2030-01-13', grossCents: 7_000, returnedCents: 0, netCents: 7_000, invoices: 2, quantity: 0 },
      { key: '2030-W03', from: '2030-01-14', to: '2030-01-20', ...ZERO_SUMS, netCents: 0 },
    ]);
    expect(totalsOf(rows)).toMatchObject({ grossCents: 75_000, returnedCents: 10_000, netCents: 65_000, invoices: 3 });
  });

  it('ranks other groups by net, largest first, ties by key', () => {
    const sums = (key: string, grossCents: number, returnedCents = 0) => ({ key, grossCents, returnedCents, invoices: 1, quantity: 1 });
    expect(rankedRows([sums('1', 500), sums('3', 900, 500), sums('2', 700), sums('none', 400)]).map((r) => [r.key, r.netCents])).toEqual([
      ['2', 700], ['1', 500], ['3', 400], ['none', 400],
    ]);
  });

  it('nets each tender by what it paid back, a tender only refunded included', () => {
    const rows = tenderRows([{ key: '1', grossCents: 73_000, invoices: 2 }, { key: '2', grossCents: 12_000, invoices: 3 }], [{ key: '2', cents: 20_000 }, { key: '3', cents: 1_000 }]);
    expect(rows.map((r) => [r.key, r.grossCents, r.returnedCents, r.netCents, r.invoices])).toEqual([
      ['1', 73_000, 0, 73_000, 2], ['3', 0, 1_000, -1_000, 0], ['2', 12_000, 20_000, -8_000, 3],
    ]);
    // An invoice paid by two tenders is in two rows: the totals take the distinct count given.
    expect(totalsOf(rows, 4)).toMatchObject({ netCents: 64_000, invoices: 4 });
  });

  it('says what each grouping sums', () => {
    expect(['DAY', 'WEEK', 'MONTH', 'BRANCH'].map((g) => salesBasis(g as never))).toEqual(['invoice', 'invoice', 'invoice', 'invoice']);
    expect(['STAFF', 'PRODUCT', 'TREATMENT', 'KIND', 'CATEGORY', 'DEPARTMENT'].every((g) => salesBasis(g as never) === 'line')).toBe(true);
    expect(salesBasis('TENDER')).toBe('payment');
  });
});
