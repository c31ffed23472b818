/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { FollowUpHeader } from '@/components/reports/follow-up/follow-up-header';
import { FollowUpReport as FollowUpReportScreen } from '@/components/reports/follow-up/follow-up-report';
import { followUpHref, type Drill } from '@/components/reports/follow-up/follow-up-params';
import { FollowUpTable } from '@/components/reports/follow-up/follow-up-table';
import type { FollowUpReport } from '@/components/reports/follow-up/follow-up-documents';
import { renderWithIntl } from './render-with-intl';
import { renderWithReportApollo, type ReportAnswer, type ReportCall } from './report-apollo';

jest.mock('@/i18n/navigation', () => ({
  // The real Link adds the locale prefix and needs the router; the mock keeps the href asked for.
  Link: ({ href, children, scroll, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; scroll?: boolean; children: ReactNode }) => (
    <a href={href} data-scroll={String(scroll ?? true)} {...rest}>
      {children}
    </a>
  ),
  useRouter: () => ({ push: jest.fn() }),
}));

const figures = (assigned: number, contacted: number, phone: number, sms: number, booked: number, attended: number, overdue: number) => ({
  assigned, contacted, logs: phone + sms, logsByMethod: [{ methodId: '1', count: phone }, { methodId: '3', count: sms }], booked, attended, overdue,
});

const report: FollowUpReport = {
  from: '2020-05-01',
  to: '2020-05-31',
  methods: [{ id: '1', label: '電話' }, { id: '3', label: '短訊' }],
  rows: [
    { salesperson: { id: '12', code: 'IS003', displayName: 'Candy Chan' }, ...figures(37, 30, 28, 2, 1, 0, 3) },
    { salesperson: { id: '11', code: 'IS007', displayName: 'Apple Yu' }, ...figures(38, 22, 20, 0, 0, 0, 0) },
  ],
  totals: figures(75, 52, 48, 2, 1, 0, 3),
  filter: {
    branches: [],
    campaigns: [{ id: '5', code: 'Maybirth', name: '5月生日會員優惠' }, { id: '6', code: 'Junebirth', name: '6月生日會員優惠' }],
    salesGroups: [],
    salespeople: [],
    memberGroups: [{ id: '2', code: 'VIPG', name: 'VIP Gold' }],
  },
  ranBy: { id: '1', code: 'HKB2B', displayName: 'HKB2B Support', login: 'beauty' },
  ranAt: '2020-06-01T02:30:00Z',
};

const filter = { contactedFrom: '2020-05-01', contactedTo: '2020-05-31', campaignIds: ['5', '6'] };
const hrefFor = (drill: Drill) => followUpHref({ filter, drill });

/** Each cell of a row as [column, count, href or null when not a link]. */
function cells(row: HTMLElement): Array<[string | null, number, string | null]> {
  return within(row).getAllByTestId('follow-up-count').map((el) => [el.getAttribute('data-column'), Number(el.getAttribute('data-count')), el.getAttribute('href')]);
}

describe('FollowUpTable', () => {
  it('heads the columns with the figures and one column per contact method, in order', () => {
    renderWithIntl(<FollowUpTable report={report} hrefFor={hrefFor} current={null} />, 'zh-HK');
    const headers = within(screen.getByTestId('follow-up-table')).getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(['銷售員', '已分配會員', '已聯絡會員', '聯絡記錄', '預約', '出席驗證', '逾期跟進', '總數', '電話', '短訊']);
  });

  it('shows a row per salesperson and the totals, every number above zero linking to its members', () => {
    renderWithIntl(<FollowUpTable report={report} hrefFor={hrefFor} current={null} />, 'en');
    const rows = screen.getAllByTestId('follow-up-row');
    expect(rows.map((r) => r.getAttribute('data-code'))).toEqual(['IS003', 'IS007']);
    expect(within(rows[0]).getByRole('rowheader').textContent).toBe('Candy Chan (IS003)');
    const base = '/reports/follow-up?campaign=5&campaign=6&from=2020-05-01&to=2020-05-31';
    expect(cells(rows[0])).toEqual([
      ['assigned', 37, `${base}&metric=ASSIGNED&sp=12`],
      ['contacted', 30, `${base}&metric=CONTACTED&sp=12`],
      ['logs', 30, `${base}&metric=LOGGED&sp=12`],
      ['method-1', 28, `${base}&metric=LOGGED&sp=12&method=1`],
      ['method-3', 2, `${base}&metric=LOGGED&sp=12&method=3`],
      ['booked', 1, `${base}&metric=BOOKED&sp=12`],
      ['attended', 0, null],
      ['overdue', 3, `${base}&metric=OVERDUE&sp=12`],
    ]);
    const totals = screen.getByTestId('follow-up-totals');
    expect(within(totals).getByRole('rowheader').textContent).toBe('Total');
    expect(cells(totals).map(([column, count, href]) => [column, count, href?.replace(base, '') ?? null])).toEqual([
      ['assigned', 75, '&metric=ASSIGNED'],
      ['contacted', 52, '&metric=CONTACTED'],
      ['logs', 50, '&metric=LOGGED'],
      ['method-1', 48, '&metric=LOGGED&method=1'],
      ['method-3', 2, '&metric=LOGGED&method=3'],
      ['booked', 1, '&metric=BOOKED'],
      ['attended', 0, null],
      ['overdue', 3, '&metric=OVERDUE'],
    ]);
  });

  it('names each number for screen readers and marks the one whose members are listed', () => {
    renderWithIntl(<FollowUpTable report={report} hrefFor={hrefFor} current={{ metric: 'LOGGED', salespersonId: '11', methodId: '1' }} />, 'en');
    const link = screen.getByRole('link', { name: 'Apple Yu (IS007) – 電話 logs: 20 — show the contact members' });
    expect(link).toHaveAttribute('aria-current', 'true');
    // Opening a number keeps the page where it is; the list below scrolls itself into view.
    expect(link).toHaveAttribute('data-scroll', 'false');
    expect(screen.getAllByRole('link').filter((a) => a.getAttribute('aria-current'))).toHaveLength(1);
  });
});

describe('FollowUpHeader', () => {
  it('repeats the filters, the period and who ran it, empty lists as All', () => {
    renderWithIntl(<FollowUpHeader report={report} timeZone="Asia/Hong_Kong" />, 'en');
    const items = within(screen.getByTestId('follow-up-header')).getAllByRole('listitem').map((li) => li.textContent);
    expect(items.slice(0, 7)).toEqual([
      'Branch: All',
      'Campaign: Maybirth, Junebirth',
      'Sales group: All',
      'Salesperson: All',
      'Member group: VIP Gold',
      'Period: May 1, 2020 to May 31, 2020',
      'Run by: beauty',
    ]);
    expect(items[7]).toMatch(/^Run at: Jun 1, 2020/);
  });

  it('reads in Traditional Chinese', () => {
    renderWithIntl(<FollowUpHeader report={report} timeZone="Asia/Hong_Kong" />, 'zh-HK');
    expect(screen.getByTestId('follow-up-header-branch').textContent).toBe('分店：全部');
    expect(screen.getByTestId('follow-up-header-period').textContent).toBe('期間：2020年5月1日 至 2020年5月31日');
  });
});

describe('FollowUpReport (the screen, through Apollo)', () => {
  const none = { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
  const drillMember = (id: string, memberNo: string) => ({
    id, lastContactAt: null, member: { id, memberNo, lastName: '陳', firstName: '小美' },
    campaign: { id: '5', code: 'Maybirth', name: '5月生日會員優惠' }, status: { id: '1', label: '未通知' },
    salesperson: { id: '11', code: 'IS007', displayName: 'Apple Yu' },
  });
  let calls: ReportCall[];
  let failure: string | null;

  function answer(call: ReportCall): ReportAnswer {
    if (call.operationName === 'ReportSalespersonOptions') return { data: { contactSalespeople: none } };
    if (call.operationName.startsWith('Report') && call.operationName.endsWith('Options')) {
      const field = { ReportBranchOptions: 'branches', ReportCampaignOptions: 'campaigns', ReportSalesGroupOptions: 'salesGroups', ReportMemberGroupOptions: 'memberGroups' }[call.operationName]!;
      return { data: { [field]: none } };
    }
    if (call.operationName === 'FollowUpStatisticsReport') {
      if (failure) return { error: failure };
      // Two pages of one row each, so the screen must read on to the end.
      const second = call.variables.after === 'r1';
      const { rows, ...header } = report;
      return { data: { followUpStatistics: { ...header, rows: { nodes: [rows[second ? 1 : 0]], pageInfo: { hasNextPage: !second, endCursor: second ? 'r2' : 'r1' } } } } };
    }
    if (call.operationName === 'FollowUpStatisticMembers') {
      const second = call.variables.after === 'm1';
      return {
        data: {
          followUpStatisticMembers: {
            nodes: [second ? drillMember('42', 'A042') : drillMember('41', 'A041')],
            pageInfo: { hasNextPage: !second, endCursor: second ? 'm2' : 'm1' },
            totalCount: 2,
          },
        },
      };
    }
    throw new Error(`unexpected operation ${call.operationName}`);
  }

  beforeEach(() => {
    calls = [];
    failure = null;
  });

  const reportCalls = () => calls.filter((c) => c.operationName === 'FollowUpStatisticsReport');

  it('reads every page of the report for the URL\'s filter and lists the members behind the number drilled into, a page at a time', async () => {
    const query = { from: '2020-05-01', to: '2020-05-31', campaign: ['5', '6'], metric: 'ASSIGNED', sp: '11' };
    renderWithReportApollo(<FollowUpReportScreen query={query} defaultPeriod={{ from: '2020-06-01', to: '2020-06-30' }} timeZone="Asia/Hong_Kong" />, 'en', answer, calls);
    await screen.findByTestId('follow-up-table');
    expect(reportCalls().map((c) => c.variables.after ?? null)).toEqual([null, 'r1']);
    expect(reportCalls()[0].variables.filter).toEqual(filter);
    expect(screen.getAllByTestId('follow-up-row').map((r) => r.getAttribute('data-code'))).toEqual(['IS003', 'IS007']);

    expect((await screen.findAllByTestId('follow-up-drill-member-no')).map((c) => c.textContent)).toEqual(['A041']);
    const drill = calls.find((c) => c.operationName === 'FollowUpStatisticMembers')!;
    expect(drill.variables).toMatchObject({ metric: 'ASSIGNED', salespersonId: '11', methodId: null, first: 50, after: null });
    fireEvent.click(screen.getByTestId('follow-up-drill-more'));
    await waitFor(() => expect(screen.getAllByTestId('follow-up-drill-member-no').map((c) => c.textContent)).toEqual(['A041', 'A042']));
  });

  it('shows the server\'s refusal in the viewer\'s language', async () => {
    failure = '聯絡日期（至）不可早於開始日期';
    renderWithReportApollo(<FollowUpReportScreen query={{}} defaultPeriod={{ from: '2020-06-01', to: '2020-06-30' }} timeZone="Asia/Hong_Kong" />, 'zh-CN', answer, calls);
    expect((await screen.findByTestId('follow-up-error')).textContent).toContain('聯絡日期（至）不可早於開始日期');
    expect(screen.queryByTestId('follow-up-table')).toBeNull();
  });
});
