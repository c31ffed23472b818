/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';
import { AnalysisHeader } from '@/components/reports/analysis/analysis-header';
import { ContactTrendChart } from '@/components/reports/analysis/analysis-charts';
import { AnalysisTable } from '@/components/reports/analysis/analysis-table';
import { statusShareChart } from '@/components/reports/analysis/chart-data';
import { renderWithIntl } from './render-with-intl';
import { seedCampaignReport } from './reports-analysis-fixture';

const report = seedCampaignReport();

function renderTable(locale: 'zh-HK' | 'en' | 'zh-CN' | 'th' = 'zh-HK', withSuccess = true) {
  return renderWithIntl(<AnalysisTable view={report.view} columns={report.columns} rows={report.rows.nodes} totals={report.totals} withSuccess={withSuccess} />, locale);
}

const texts = (cells: HTMLElement[]) => cells.map((c) => c.textContent);

describe('AnalysisTable', () => {
  it('has the seed\'s columns: code, name, 數目 and 比率 per status in order, the appointment outcomes, then 總 (pinned on screen)', () => {
    renderTable();
    const headers = texts(within(screen.getByTestId('analysis-table')).getAllByRole('columnheader'));
    expect(headers).toEqual([
      '活動編號', '活動名稱',
      '會員接聽 數目', '會員接聽 比率', '不需要 數目', '不需要 比率', '無人接聽 數目', '無人接聽 比率',
      '已預約 數目', '已預約 比率', '未通知 數目', '未通知 比率', '留言 數目', '留言 比率',
      '預約', '到達', '驗證', '失約', '取消', '成功購買 數目', '成功購買 比率', '發票金額', '產品金額', '護理金額', '總 數目', '總 比率',
    ]);
  });

  it('shows the booked contacts\' successful purchases and same-day amounts per row and in the totals; no success columns while the rule is off', () => {
    renderTable('en');
    const [june, may] = screen.getAllByTestId('analysis-row');
    const figures = (row: HTMLElement) => [
      within(row).getByTestId('analysis-successful').textContent, within(row).getByTestId('analysis-success-ratio').textContent,
      ...['invoiceCents', 'productCents', 'treatmentCents'].map((a) => within(row).getByTestId(`analysis-amount-${a}`).textContent),
    ];
    expect(figures(june)).toEqual(['1', '100.00%', '1,200.00', '0.00', '1,200.00']);
    expect(figures(may)).toEqual(['0', '0.00%', '0.00', '0.00', '0.00']);
    expect(figures(screen.getByTestId('analysis-totals'))).toEqual(['1', '100.00%', '1,200.00', '0.00', '1,200.00']);
    expect(within(june).getByTestId('analysis-amount-treatmentCents').dataset.cents).toBe('120000');
  });

  it('leaves out the success count and ratio while the success rule is off, keeping the amounts', () => {
    renderTable('zh-HK', false);
    expect(screen.queryByTestId('analysis-successful-column')).toBeNull();
    expect(screen.queryByTestId('analysis-success-ratio')).toBeNull();
    expect(screen.getByTestId('analysis-amount-column-invoiceCents').textContent).toBe('發票金額');
  });

  it('shows each row\'s counts and the API\'s ratios with two decimals, as the seed\'s table reads', () => {
    renderTable();
    const [june, may] = screen.getAllByTestId('analysis-row');
    expect(texts(within(june).getAllByRole('cell')).slice(0, 13)).toEqual([
      '6月生日會員優惠', '0', '0.00%', '0', '0.00%', '0', '0.00%', '1', '33.33%', '2', '66.67%', '0', '0.00%',
    ]);
    expect(texts(within(june).getAllByRole('cell')).slice(-2)).toEqual(['3', '100.00%']);
    expect(within(june).getByRole('rowheader').textContent).toBe('Junebirth');
    expect(texts(within(may).getAllByRole('cell')).slice(7, 13)).toEqual(['0', '0.00%', '1', '1.39%', '19', '26.39%']);
    expect(texts(within(may).getAllByRole('cell')).slice(-2)).toEqual(['72', '100.00%']);
    const totals = screen.getByTestId('analysis-totals');
    expect(within(totals).getByRole('rowheader').textContent).toBe('總數');
    expect(texts(within(totals).getAllByRole('cell')).slice(5, 13)).toEqual(['52', '69.33%', '1', '1.33%', '3', '4.00%', '19', '25.33%']);
    expect(texts(within(totals).getAllByRole('cell')).slice(13)).toEqual(['1', '1', '1', '0', '0', '1', '100.00%', '1,200.00', '0.00', '1,200.00', '75', '100.00%']);
  });

  it('folds the column groups the viewer turns off, keeps 總 數目, and remembers the choice', () => {
    window.localStorage.clear();
    const { unmount } = renderTable();
    const headers = () => texts(within(screen.getByTestId('analysis-table')).getAllByRole('columnheader'));
    expect(screen.getByTestId('analysis-group-outcomes').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByTestId('analysis-group-ratios'));
    fireEvent.click(screen.getByTestId('analysis-group-outcomes'));
    fireEvent.click(screen.getByTestId('analysis-group-sales'));
    expect(headers()).toEqual(['活動編號', '活動名稱', '會員接聽 數目', '不需要 數目', '無人接聽 數目', '已預約 數目', '未通知 數目', '留言 數目', '總 數目']);
    expect(screen.getByTestId('analysis-group-outcomes').getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(screen.getByTestId('analysis-group-statuses'));
    expect(headers()).toEqual(['活動編號', '活動名稱', '總 數目']);
    expect(within(screen.getByTestId('analysis-totals')).getByTestId('analysis-total-count').dataset.count).toBe('75');
    unmount();

    renderTable();
    expect(headers()).toEqual(['活動編號', '活動名稱', '總 數目']);
    fireEvent.click(screen.getByTestId('analysis-group-outcomes'));
    expect(headers()).toEqual(['活動編號', '活動名稱', '預約', '到達', '驗證', '失約', '取消', '總 數目']);
    window.localStorage.clear();
  });

  it('prints every column whatever is folded on screen', () => {
    window.localStorage.setItem('reports.analysis.foldedGroups', 'statuses,ratios,outcomes,sales');
    renderWithIntl(<AnalysisTable view={report.view} columns={report.columns} rows={report.rows.nodes} totals={report.totals} withSuccess foldable={false} />);
    expect(within(screen.getByTestId('analysis-table')).getAllByRole('columnheader')).toHaveLength(26);
    expect(screen.queryByTestId('analysis-groups')).toBeNull();
    window.localStorage.clear();
  });

  it('carries the raw numbers for machines: status key, count and ratio', () => {
    renderTable('th');
    const june = screen.getAllByTestId('analysis-row')[0];
    const booked = within(june).getAllByTestId('analysis-count').find((c) => c.dataset.statusKey === 'booked')!;
    const bookedRatio = within(june).getAllByTestId('analysis-ratio').find((c) => c.dataset.statusKey === 'booked')!;
    expect([booked.dataset.count, bookedRatio.dataset.ratio]).toEqual(['1', '0.3333']);
    expect(within(june).getByTestId('analysis-total-count').dataset.count).toBe('3');
  });

  it('names its columns in the viewer\'s language', () => {
    renderTable('en');
    expect(screen.getByRole('columnheader', { name: 'Campaign code' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '已預約 count' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Total %' })).toBeTruthy();
    expect(within(screen.getByTestId('analysis-totals')).getByRole('rowheader').textContent).toBe('Total');
  });

  it('shows the same numbers as the share chart built from the same result', () => {
    renderTable();
    const chart = statusShareChart(report.columns, report.rows.nodes, { label: '總數', line: report.totals });
    const lines = [...screen.getAllByTestId('analysis-row'), screen.getByTestId('analysis-totals')];
    lines.forEach((line, i) => {
      const bar = chart.bars[i];
      for (const cell of within(line).getAllByTestId('analysis-count')) expect(Number(cell.dataset.count)).toBe(bar.counts[cell.dataset.statusId!]);
      for (const cell of within(line).getAllByTestId('analysis-ratio')) expect(Number(cell.dataset.ratio)).toBe(bar.ratios[cell.dataset.statusId!]);
      expect(Number(within(line).getByTestId('analysis-total-count').dataset.count)).toBe(bar.total);
    });
  });
});

describe('AnalysisHeader', () => {
  it('repeats the filters as in the seed, 全部 for those not chosen, with who ran it and the page', () => {
    renderWithIntl(<AnalysisHeader report={report} timeZone="Asia/Hong_Kong" page={{ page: 1, pages: 1 }} />);
    expect(screen.getByTestId('analysis-header-branch').textContent).toBe('分店：全部');
    expect(screen.getByTestId('analysis-header-campaign').textContent).toBe('活動：Maybirth, Junebirth');
    expect(screen.getByTestId('analysis-header-memberGroup').textContent).toBe('會員組別：全部');
    expect(screen.getByTestId('analysis-header-salesGroup').textContent).toBe('銷售組別：全部');
    expect(screen.getByTestId('analysis-header-salesperson').textContent).toBe('銷售員：全部');
    expect(screen.getByTestId('analysis-header-ranBy').textContent).toBe('負責人：beauty');
    expect(screen.getByTestId('analysis-header-page').textContent).toBe('頁數：1 / 1');
    expect(screen.getByTestId('analysis-header-ranAt').textContent).toContain('2020');
  });

  it('names the contact range and leaves the page out when printing', () => {
    renderWithIntl(
      <AnalysisHeader report={{ ...report, filter: { ...report.filter, contactedFrom: '2020-05-01', contactedTo: '2020-05-31' } }} timeZone="Asia/Hong_Kong" />,
      'en',
    );
    expect(screen.getByTestId('analysis-header-contactRange').textContent).toBe('Contact date: 2020-05-01 to 2020-05-31');
    expect(screen.queryByTestId('analysis-header-page')).toBeNull();
  });
});

describe('ContactTrendChart', () => {
  it('says there were no contacts in its range instead of drawing empty axes', () => {
    renderWithIntl(<ContactTrendChart trend={{ from: '2020-05-01', to: '2020-06-30', total: 0, days: [{ day: '2020-05-01', count: 0 }] }} />);
    expect(screen.getByTestId('analysis-trend-empty').textContent).toBe('2020-05-01 至 2020-06-30 沒有聯絡紀錄。');
    expect(screen.getByTestId('analysis-trend-chart').querySelector('svg')).toBeNull();
  });
});
