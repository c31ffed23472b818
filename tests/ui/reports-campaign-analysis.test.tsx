/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { CampaignAnalysis } from '@/components/reports/analysis/campaign-analysis';
import { AnalysisPrintView } from '@/components/reports/analysis/print-view';
import type { AnalysisPage } from '@/components/reports/analysis/analysis-documents';
import type { AnalysisRowFragment as AnalysisRow } from '@/graphql/generated/graphql';
import type { Locale } from '@/i18n/locales';
import { renderWithReportApollo, type ReportAnswer, type ReportCall } from './report-apollo';
import { seedCampaignReport } from './reports-analysis-fixture';

const push = jest.fn();
jest.mock('@/i18n/navigation', () => ({
  Link: ({ href, children, ...rest }: { href: string; children: ReactNode }) => (
    <a href={href} {...rest}>
      {children}
    </a>
  ),
  useRouter: () => ({ push }),
}));
// The charts draw with recharts, which measures the page: jsdom has no layout, and the chart data has its own tests.
jest.mock('@/components/reports/analysis/analysis-charts', () => ({
  StatusShareChart: ({ chart }: { chart: { bars: unknown[] } }) => <div data-testid="share-chart" data-bars={chart.bars.length} />,
  ContactTrendChart: () => <div data-testid="trend-chart" />,
}));

let calls: ReportCall[];
let report: (call: ReportCall) => AnalysisPage | { error: string };
let exportResponse: (url: string) => Promise<unknown>;
let progress: { rowsWritten: number; totalRows: number; done: boolean } | null;

const options = {
  branches: { nodes: [{ id: '1', code: 'TKO', name: 'TKO' }], pageInfo: { hasNextPage: false, endCursor: null } },
  campaigns: { nodes: [{ id: '1', code: 'Maybirth', name: '5月生日會員優惠' }, { id: '2', code: 'Junebirth', name: '6月生日會員優惠' }], pageInfo: { hasNextPage: false, endCursor: null } },
  salesGroups: { nodes: [{ id: '1', name: 'Sales' }], pageInfo: { hasNextPage: false, endCursor: null } },
  contactSalespeople: { nodes: [{ id: '7', code: 'IS007', displayName: 'Apple Yu' }], pageInfo: { hasNextPage: false, endCursor: null } },
  memberGroups: { nodes: [{ id: '3', code: 'VIPG', name: 'VIP Gold' }], pageInfo: { hasNextPage: false, endCursor: null } },
};

/** Each filter choice list's document and the field it reads. */
const OPTION_FIELDS: Record<string, keyof typeof options> = {
  ReportBranchOptions: 'branches',
  ReportCampaignOptions: 'campaigns',
  ReportSalesGroupOptions: 'salesGroups',
  ReportSalespersonOptions: 'contactSalespeople',
  ReportMemberGroupOptions: 'memberGroups',
};

function answer(call: ReportCall): ReportAnswer {
  const field = OPTION_FIELDS[call.operationName];
  if (field) return { data: { [field]: options[field] } };
  if (call.operationName === 'CampaignAnalysisReport') {
    const found = report(call);
    return 'error' in found ? found : { data: { campaignAnalysis: found } };
  }
  if (call.operationName === 'ContactTrendChart') return { data: { contactTrend: { from: '2020-05-01', to: '2020-05-31', total: 0, days: [] } } };
  if (call.operationName === 'ReportExportProgress') return { data: { reportExportProgress: progress && { id: 'p', ...progress } } };
  throw new Error(`unexpected operation ${call.operationName}`);
}

const render = (ui: ReactElement, locale: Locale = 'zh-HK') => renderWithReportApollo(ui, locale, answer, calls);

beforeEach(() => {
  calls = [];
  push.mockReset();
  progress = null;
  report = () => seedCampaignReport();
  // Only the Excel download goes through fetch: the report's operations go through Apollo.
  global.fetch = jest.fn(async (url: unknown) => exportResponse(String(url))) as unknown as typeof fetch;
});

const analysisCalls = () => calls.filter((c) => c.operationName === 'CampaignAnalysisReport');

function memberRows(from: number, count: number): AnalysisRow[] {
  return Array.from({ length: count }, (_, i) => ({
    key: String(from + i), code: `A${String(from + i).padStart(3, '0')}`, name: `會員 ${from + i}`,
    cells: [{ statusId: '5', count: 1, ratio: 1 }], total: 1, outcomes: { booked: 0, arrived: 0, verified: 0, noShow: 0, cancelled: 0 },
    sales: { bookedContacts: 0, successful: 0, successRatio: 0, invoiceCents: 0, productCents: 0, treatmentCents: 0 },
  }));
}

describe('CampaignAnalysis', () => {
  it('waits for 確定 before running, offering the filter choices', async () => {
    render(<CampaignAnalysis query={{}} timeZone="Asia/Hong_Kong" />);
    expect(screen.getByTestId('analysis-not-run').textContent).toBe('選擇篩選條件及分析類別，然後按「確定」。');
    const campaigns = screen.getByTestId('analysis-filter-campaign');
    fireEvent.click(await within(campaigns).findByText('5月生日會員優惠 (Maybirth)'));
    fireEvent.click(within(campaigns).getByText('6月生日會員優惠 (Junebirth)'));
    fireEvent.click(screen.getByTestId('analysis-run'));
    expect(push).toHaveBeenCalledWith('/reports/campaign-analysis?view=CAMPAIGN&campaign=1&campaign=2');
    expect(analysisCalls()).toHaveLength(0);
  });

  it('shows the chosen campaigns as chips above the list, each removing its campaign', async () => {
    render(<CampaignAnalysis query={{ campaign: ['2'] }} timeZone="Asia/Hong_Kong" />, 'en');
    const campaigns = screen.getByTestId('analysis-filter-campaign');
    const chip = await within(campaigns).findByRole('button', { name: '6月生日會員優惠 (Junebirth) Remove' });
    expect(within(campaigns).getByRole('list', { name: 'Chosen: Campaign' })).toBeTruthy();
    fireEvent.click(within(screen.getByTestId('analysis-filter-campaign-options')).getByText('5月生日會員優惠 (Maybirth)'));
    expect(within(campaigns).getAllByTestId('analysis-filter-campaign-chip').map((c) => c.dataset.value)).toEqual(['2', '1']);
    fireEvent.click(chip);
    expect(within(campaigns).getAllByTestId('analysis-filter-campaign-chip').map((c) => c.dataset.value)).toEqual(['1']);
    fireEvent.click(screen.getByTestId('analysis-run'));
    expect(push).toHaveBeenCalledWith('/reports/campaign-analysis?view=CAMPAIGN&campaign=1');
  });

  it('runs the view in the URL and shows the header, the table, the actions and the chart', async () => {
    render(<CampaignAnalysis query={{ view: 'CAMPAIGN', campaign: ['1', '2'] }} timeZone="Asia/Hong_Kong" />);
    expect(screen.getByTestId('analysis-loading')).toBeTruthy();
    await screen.findByTestId('analysis-table');
    expect(analysisCalls()[0].variables).toEqual({ view: 'CAMPAIGN', filter: { campaignIds: ['1', '2'] }, first: 100, after: null });
    expect(screen.getByTestId('analysis-header-page').textContent).toBe('頁數：1 / 1');
    expect(screen.getAllByTestId('analysis-row').map((r) => r.dataset.code)).toEqual(['Junebirth', 'Maybirth']);
    expect(screen.getByTestId('analysis-print').getAttribute('href')).toBe('/reports/campaign-analysis/print?view=CAMPAIGN&campaign=1&campaign=2');
    expect(screen.getByTestId('analysis-view-MEMBER').getAttribute('href')).toBe('/reports/campaign-analysis?view=MEMBER&campaign=1&campaign=2');
    expect(screen.getByTestId('analysis-view-CAMPAIGN').getAttribute('aria-current')).toBe('page');
    expect(screen.getByTestId('share-chart').dataset.bars).toBe('3');
    expect(screen.queryByTestId('analysis-next')).toBeNull();
  });

  it('pages the member view 100 rows at a time, forwards and back', async () => {
    report = (call) => {
      const second = call.variables.after === 'c100';
      const page = seedCampaignReport();
      return {
        ...page,
        view: 'MEMBER',
        rows: { nodes: second ? memberRows(101, 50) : memberRows(1, 100), pageInfo: { hasNextPage: !second, endCursor: second ? 'c150' : 'c100' }, totalCount: 150 },
      };
    };
    render(<CampaignAnalysis query={{ view: 'MEMBER' }} timeZone="Asia/Hong_Kong" />, 'en');
    await screen.findByTestId('analysis-table');
    expect(screen.getByTestId('analysis-header-page').textContent).toBe('Page: 1 / 2');
    expect(screen.getAllByTestId('analysis-row')).toHaveLength(100);
    expect((screen.getByTestId('analysis-previous') as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByTestId('analysis-next'));
    await waitFor(() => expect(screen.getByTestId('analysis-header-page').textContent).toBe('Page: 2 / 2'));
    expect(analysisCalls().at(-1)!.variables.after).toBe('c100');
    expect(screen.getAllByTestId('analysis-row')[0].dataset.code).toBe('A101');
    expect((screen.getByTestId('analysis-next') as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByTestId('analysis-previous'));
    await waitFor(() => expect(screen.getByTestId('analysis-header-page').textContent).toBe('Page: 1 / 2'));
    expect(screen.getAllByTestId('analysis-row')[0].dataset.code).toBe('A001');
  });

  it('says when no contact members match, in the viewer\'s language', async () => {
    report = () => ({ ...seedCampaignReport(), rows: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } });
    render(<CampaignAnalysis query={{ view: 'BRANCH', from: '2030-01-01' }} timeZone="Asia/Hong_Kong" />, 'th');
    expect((await screen.findByTestId('analysis-empty')).textContent).toBe('ไม่มีลูกค้าที่ต้องติดต่อตรงกับตัวกรองนี้');
    expect(screen.queryByTestId('analysis-table')).toBeNull();
  });

  it('shows the API\'s error', async () => {
    report = () => ({ error: '聯絡日期（至）不可早於開始日期' });
    render(<CampaignAnalysis query={{ view: 'CAMPAIGN' }} timeZone="Asia/Hong_Kong" />, 'zh-CN');
    expect((await screen.findByTestId('analysis-error')).textContent).toBe('未能加载报告：聯絡日期（至）不可早於開始日期');
  });
});

describe('the export panel', () => {
  let saved: string[];

  beforeEach(() => {
    saved = [];
    URL.createObjectURL = jest.fn(() => 'blob:report');
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  async function openPanel() {
    render(<CampaignAnalysis query={{ view: 'CAMPAIGN', campaign: ['1', '2'] }} timeZone="Asia/Hong_Kong" />);
    fireEvent.click(await screen.findByTestId('analysis-export'));
    expect((screen.getByTestId('analysis-export-view-CAMPAIGN') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByTestId('analysis-export-view-MEMBER'));
  }

  it('downloads the ticked views, shows the progress while it streams and saves under the server\'s file name', async () => {
    let finish: () => void = () => undefined;
    let requested = '';
    exportResponse = (url) => {
      requested = url;
      return new Promise((resolve) => {
        finish = () => {
          const chunks = [new Uint8Array([80, 75]), new Uint8Array([3, 4])];
          resolve({
            ok: true,
            status: 200,
            headers: { get: (name: string) => ({ 'content-disposition': `attachment; filename="x.xlsx"; filename*=UTF-8''${encodeURIComponent('聯絡活動分析.xlsx')}`, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })[name.toLowerCase()] ?? null },
            body: { getReader: () => ({ read: async () => (chunks.length ? { done: false, value: chunks.shift() } : { done: true, value: undefined }) }) },
          });
        };
      });
    };
    await openPanel();
    progress = { rowsWritten: 40, totalRows: 77, done: false };
    fireEvent.click(screen.getByTestId('analysis-export-download'));
    expect(await screen.findByText('已匯出 40 / 77 行', undefined, { timeout: 3_000 })).toBeTruthy();

    const url = new URL(requested, 'http://localhost');
    expect(url.pathname).toBe('/api/reports/campaign-analysis/export');
    expect(url.searchParams.get('views')).toBe('CAMPAIGN,MEMBER');
    expect(JSON.parse(url.searchParams.get('filter')!)).toEqual({ campaignIds: ['1', '2'] });
    expect(url.searchParams.get('locale')).toBe('zh-HK');
    const polled = calls.filter((c) => c.operationName === 'ReportExportProgress');
    expect(polled[0].variables.id).toBe(url.searchParams.get('progress'));

    await act(async () => finish());
    expect((await screen.findByTestId('analysis-export-done')).textContent).toBe('已下載 聯絡活動分析.xlsx');
    expect(saved).toEqual(['聯絡活動分析.xlsx']);
  });

  it('shows the route\'s error message when it refuses', async () => {
    exportResponse = async () => ({
      ok: false,
      status: 400,
      statusText: 'Bad Request',
      headers: { get: () => 'application/json' },
      body: null,
      json: async () => ({ error: { code: 'BAD_USER_INPUT', message: '分析類別無效' } }),
    });
    await openPanel();
    fireEvent.click(screen.getByTestId('analysis-export-download'));
    expect((await screen.findByTestId('analysis-export-error')).textContent).toBe('匯出失敗：分析類別無效');
    expect(saved).toEqual([]);
  });
});

describe('the print view', () => {
  let printCalls: number;

  beforeEach(() => {
    printCalls = 0;
    window.print = () => {
      printCalls += 1;
    };
  });

  function pagedReport(view: AnalysisPage['view'], totalCount: number) {
    report = (call) => {
      const start = call.variables.after ? Number(call.variables.after) : 0;
      const count = Math.min(100, totalCount - start);
      const end = start + count;
      return { ...seedCampaignReport(), view, rows: { nodes: memberRows(start + 1, count), pageInfo: { hasNextPage: end < totalCount, endCursor: String(end) }, totalCount } };
    };
  }

  it('prints every row of the campaign, branch and salesperson views, then opens the print dialog once', async () => {
    pagedReport('SALESPERSON', 250);
    render(<AnalysisPrintView query={{ view: 'SALESPERSON' }} timeZone="Asia/Hong_Kong" />);
    await waitFor(() => expect(screen.getByTestId('analysis-print').dataset.ready).toBe('true'));
    expect(screen.getAllByTestId('analysis-row')).toHaveLength(250);
    expect(analysisCalls().map((c) => c.variables.after)).toEqual([null, '100', '200']);
    expect(screen.queryByTestId('analysis-print-limited')).toBeNull();
    expect(screen.queryByTestId('analysis-header-page')).toBeNull();
    expect(printCalls).toBe(1);
  });

  it('prints the member view\'s first 2,000 rows and says the export has them all', async () => {
    pagedReport('MEMBER', 2_345);
    render(<AnalysisPrintView query={{ view: 'MEMBER' }} timeZone="Asia/Hong_Kong" />, 'en');
    await waitFor(() => expect(screen.getByTestId('analysis-print').dataset.ready).toBe('true'), { timeout: 10_000 });
    expect(screen.getAllByTestId('analysis-row')).toHaveLength(2_000);
    expect(analysisCalls()).toHaveLength(20);
    expect(screen.getByTestId('analysis-print-limited').textContent).toBe('Printing the first 2,000 of 2,345 rows; export to Excel for all of them.');
    expect(printCalls).toBe(1);
    // Drawing 2,000 rows in jsdom: a budget for a busy 2-core machine, not a speed check.
  }, 90_000);
});
