/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { CampaignReturnInvoices } from '@/components/reports/sales-views/campaign-return-invoices';
import { CampaignReturnView } from '@/components/reports/sales-views/campaign-return';
import { MemberRanking } from '@/components/reports/sales-views/member-ranking';
import { renderWithReportApollo, type ReportAnswer, type ReportCall } from './report-apollo';

jest.mock('@/i18n/navigation', () => ({
  Link: ({ href, children, ...rest }: { href: string; children: ReactNode }) => <a href={href} {...rest}>{children}</a>,
  useRouter: () => ({ push: jest.fn() }),
}));

const none = { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
const figures = (invoices: number, buyers: number, grossCents: number, returnedCents: number) => ({ invoices, buyers, grossCents, returnedCents, netCents: grossCents - returnedCents });

let calls: ReportCall[];
function answer(call: ReportCall): ReportAnswer {
  switch (call.operationName) {
    case 'CampaignReturn':
      return { data: { campaignReturn: {
        days: call.variables.days,
        totals: figures(3, 3, 390_000, 30_000),
        filter: { branches: [], campaigns: [], salesGroups: [], salespeople: [], memberGroups: [], contactedFrom: null, contactedTo: null },
        ranBy: { id: '1', code: 'M1', displayName: 'Manager', login: 'beauty' },
        ranAt: '2026-06-30T04:00:00.000Z',
        rows: {
          nodes: [
            { campaign: { id: '2', code: 'JUNEBIRTH', name: '6月生日會員優惠' }, ...figures(2, 2, 270_000, 30_000) },
            { campaign: { id: '1', code: 'MAYBIRTH', name: '5月生日會員優惠' }, ...figures(1, 1, 120_000, 0) },
          ],
          pageInfo: { hasNextPage: false, endCursor: null },
          totalCount: 2,
        },
      } } };
    case 'CampaignReturnInvoices':
      return { data: { campaignReturnInvoices: {
        nodes: [{ id: '9', number: 'TKOSI-00009', businessDate: '2026-06-05', customerName: null, totalCents: 150_000, refundedCents: 30_000, status: 'ISSUED', member: { id: '4', memberNo: 'A004', displayName: '陳小姐' }, branch: { id: '1', code: 'TKO' } }],
        pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 1,
      } } };
    case 'MemberSalesRanking':
      return { data: { memberSalesRanking: {
        nodes: [
          { rank: 1, member: { id: '4', memberNo: 'A004', displayName: '陳小姐' }, ...figures(2, 1, 150_000, 0) },
          { rank: 1, member: { id: '5', memberNo: 'A005', displayName: '李小姐' }, ...figures(1, 1, 150_000, 0) },
          { rank: 3, member: { id: '6', memberNo: 'A006', displayName: '黃小姐' }, ...figures(1, 1, 150_000, 30_000) },
        ],
        pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 3,
      } } };
    default:
      return { data: { branches: none, campaigns: none, salesGroups: none, contactSalespeople: none, memberGroups: none } };
  }
}

beforeEach(() => {
  calls = [];
});

const render = (ui: React.ReactElement) => renderWithReportApollo(ui, 'zh-HK', answer, calls);

describe('活動回報', () => {
  it('waits for a window before running', () => {
    render(<CampaignReturnView query={{}} timeZone="Asia/Hong_Kong" />);
    expect(screen.getByTestId('campaign-return-not-run')).toBeTruthy();
    expect(calls.filter((c) => c.operationName === 'CampaignReturn')).toHaveLength(0);
  });

  it('shows each campaign\'s net sales with the totals, each campaign opening its invoices, and an export with the same window', async () => {
    render(<CampaignReturnView query={{ days: '7', campaign: ['1', '2'] }} timeZone="Asia/Hong_Kong" />);
    const rows = await screen.findAllByTestId('campaign-return-row');
    expect(calls.find((c) => c.operationName === 'CampaignReturn')!.variables).toMatchObject({ days: 7, filter: { campaignIds: ['1', '2'] } });
    expect(rows.map((r) => r.dataset.code)).toEqual(['JUNEBIRTH', 'MAYBIRTH']);
    expect(within(rows[0]).getByTestId('campaign-return-netCents').textContent).toBe('2,400.00');
    expect(within(rows[0]).getByTestId('campaign-return-drill').getAttribute('href')).toBe('/reports/sales/campaign-return/2?days=7&campaign=1&campaign=2');
    const totals = screen.getByTestId('campaign-return-totals');
    expect(within(totals).getByTestId('campaign-return-total-returnedCents').dataset.value).toBe('30000');
    expect(screen.getByTestId('campaign-return-export').getAttribute('href')).toContain('/api/reports/sales/campaign-return/export?days=7');
  });

  it('lists the invoices behind a row, each opening its invoice', async () => {
    render(<CampaignReturnInvoices campaignId="2" campaignCode="JUNEBIRTH" query={{ days: '7' }} />);
    const row = await screen.findByTestId('campaign-return-invoice');
    expect(within(row).getByRole('link').getAttribute('href')).toBe('/sales/invoices/9');
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2026-06-05', 'A004', '陳小姐', '1,500.00', '300.00', '1,200.00']);
    expect(screen.getByTestId('campaign-return-invoices-back').getAttribute('href')).toBe('/reports/sales/campaign-return?days=7');
  });
});

describe('會員消費排名', () => {
  it('shows the ranks (ties shared), each member opening their page, for the period asked', async () => {
    render(<MemberRanking query={{ from: '2026-06-01', to: '2026-06-30' }} />);
    const rows = await screen.findAllByTestId('ranking-row');
    expect(calls.find((c) => c.operationName === 'MemberSalesRanking')!.variables.filter).toEqual({ from: '2026-06-01', to: '2026-06-30' });
    expect(rows.map((r) => r.dataset.rank)).toEqual(['1', '1', '3']);
    expect(within(rows[2]).getByRole('link').getAttribute('href')).toBe('/members/6');
    expect(within(rows[2]).getByTestId('ranking-netCents').textContent).toBe('1,200.00');
    expect(screen.getByTestId('ranking-export').getAttribute('href')).toBe('/api/reports/sales/ranking/export?from=2026-06-01&to=2026-06-30&locale=zh-HK');
  });
});
