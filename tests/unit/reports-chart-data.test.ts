import { cellsInColumnOrder, SERIES_COLOURS, statusShareChart, trendPoints } from '@/components/reports/analysis/chart-data';
import { seedCampaignReport } from '../ui/reports-analysis-fixture';

describe('status share chart data', () => {
  const report = seedCampaignReport();
  const chart = statusShareChart(report.columns, report.rows.nodes, { label: '總數', line: report.totals });

  it('has one series per status column, in the columns\' order', () => {
    expect(chart.series.map((s) => s.label)).toEqual(['會員接聽', '不需要', '無人接聽', '已預約', '未通知', '留言']);
    expect(chart.series.map((s) => s.colour)).toEqual(SERIES_COLOURS.slice(0, 6));
  });

  it('has one bar per table row, then the totals', () => {
    expect(chart.bars.map((b) => [b.label, b.total])).toEqual([['Junebirth', 3], ['Maybirth', 72], ['總數', 75]]);
  });

  it('gives each segment the count and ratio of the table cell for that row and status', () => {
    const lines = [...report.rows.nodes, { code: '總數', ...report.totals }];
    lines.forEach((line, i) => {
      const bar = chart.bars[i];
      for (const cell of cellsInColumnOrder(report.columns, line.cells)) {
        expect(bar.counts[cell.statusId]).toBe(cell.count);
        expect(bar.ratios[cell.statusId]).toBe(cell.ratio);
      }
    });
    const june = chart.bars[0];
    expect([june.counts['4'], june.ratios['4'], june.counts['5'], june.ratios['5']]).toEqual([1, 0.3333, 2, 0.6667]);
    const totals = chart.bars[2];
    expect([totals.counts['3'], totals.ratios['3'], totals.counts['6'], totals.ratios['6']]).toEqual([52, 0.6933, 19, 0.2533]);
  });

  it('takes the ratios as the API rounded them (the segments of a bar add up to the row, within rounding)', () => {
    for (const bar of chart.bars) {
      const sum = Object.values(bar.ratios).reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - 1)).toBeLessThanOrEqual(0.0001 * report.columns.length);
    }
  });

  it('aligns cells sent in another order to the columns, a missing one as 0', () => {
    const columns = report.columns.slice(0, 3);
    expect(cellsInColumnOrder(columns, [{ statusId: '3', count: 5, ratio: 1 }, { statusId: '1', count: 0, ratio: 0 }])).toEqual([
      { statusId: '1', count: 0, ratio: 0 },
      { statusId: '2', count: 0, ratio: 0 },
      { statusId: '3', count: 5, ratio: 1 },
    ]);
  });

  it('leaves the totals bar out when none is given', () => {
    expect(statusShareChart(report.columns, report.rows.nodes, null).bars).toHaveLength(2);
  });
});

describe('contact trend points', () => {
  const trend = { from: '2020-05-02', to: '2020-05-04', total: 7, days: [{ day: '2020-05-02', count: 0 }, { day: '2020-05-03', count: 3 }, { day: '2020-05-04', count: 4 }] };

  it('keeps every day of the range with its count, adding up to the API\'s total', () => {
    const points = trendPoints(trend, 'en');
    expect(points.map((p) => [p.day, p.count])).toEqual([['2020-05-02', 0], ['2020-05-03', 3], ['2020-05-04', 4]]);
    expect(points.reduce((sum, p) => sum + p.count, 0)).toBe(trend.total);
  });

  it('labels days in the locale without shifting them by a time zone', () => {
    expect(trendPoints(trend, 'en').map((p) => p.label)).toEqual(['May 2', 'May 3', 'May 4']);
    expect(trendPoints(trend, 'zh-HK')[2].label).toBe('5月4日');
  });
});
