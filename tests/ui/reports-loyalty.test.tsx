/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { InMemoryCache, type TypedDocumentNode } from '@apollo/client';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { fireEvent, screen, within } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { LoyaltyReportBranchesQuery, PointsLiabilityQuery, PointsMovementsQuery, PointsRankingQuery } from '@/components/reports/loyalty/loyalty-reports-documents';
import { PointsLiabilityReport } from '@/components/reports/loyalty/points-liability-report';
import { PointsMovementsReport } from '@/components/reports/loyalty/points-movements-report';
import { PointsRankingReport } from '@/components/reports/loyalty/points-ranking-report';
import { typePolicies } from '@/lib/apollo/type-policies';
import { renderWithIntl } from './render-with-intl';

const push = jest.fn();
jest.mock('@/i18n/navigation', () => ({
  Link: ({ href, children, ...rest }: { href: string; children: ReactNode }) => <a href={href} {...rest}>{children}</a>,
  useRouter: () => ({ push }),
  usePathname: () => '/reports/loyalty',
}));

type Call = { operationName: string; variables: Record<string, any> };
let calls: Call[];

const figures = (f: Record<string, number>) => ({ issued: 0, earned: 0, referral: 0, adjustedIn: 0, redeemed: 0, expired: 0, reversed: 0, adjustedOut: 0, net: 0, ...f });
const tko = { id: '1', code: 'TKO', name: '將軍澳' };
const ANSWERS: Record<string, unknown> = {
  LoyaltyReportBranches: { branches: { nodes: [{ id: '1', label: 'TKO 將軍澳' }, { id: '2', label: 'TST 尖沙咀' }] } },
  PointsRanking: { pointsRanking: {
    memberCount: 1200,
    rows: {
      nodes: [
        { rank: 2, balance: 500, earnedTotal: 550, member: { id: '4', memberNo: 'A004', displayName: '陳小姐' } },
        { rank: 2, balance: 500, earnedTotal: 500, member: { id: '5', memberNo: 'A005', displayName: '李小姐' } },
        { rank: 4, balance: 200, earnedTotal: 450, member: { id: '6', memberNo: 'A006', displayName: '黃小姐' } },
      ],
      pageInfo: { hasNextPage: false, endCursor: null },
      totalCount: 3,
    },
  } },
  PointsMovements: { pointsMovements: {
    from: '2026-06-01', to: '2026-07-31', period: 'MONTH',
    totals: figures({ issued: 1550, earned: 1350, referral: 200, redeemed: 100, expired: 250, net: 1200 }),
    rows: {
      nodes: [
        { period: '2026-06', from: '2026-06-01', to: '2026-06-30', branch: tko, ...figures({ issued: 1150, earned: 1150, redeemed: 100, net: 1050 }) },
        { period: '2026-07', from: '2026-07-01', to: '2026-07-31', branch: tko, ...figures({ issued: 400, earned: 200, referral: 200, expired: 250, net: 150 }) },
      ],
      pageInfo: { hasNextPage: false, endCursor: null },
      totalCount: 2,
    },
  } },
  PointsLiability: { pointsLiability: {
    points: 1970, members: 4, asOf: '2026-12-07T05:00:00.000Z',
    byBranch: { nodes: [{ branch: tko, members: 3, points: 1200 }, { branch: { id: '2', code: 'TST', name: '尖沙咀' }, members: 1, points: 770 }], totalCount: 2 },
    byExpiry: { nodes: [{ month: '2027-06', points: 1570 }, { month: '2027-07', points: 200 }, { month: null, points: 200 }], totalCount: 3 },
  } },
};

const DOCUMENTS: Array<[string, TypedDocumentNode<any, any>]> = [
  ['LoyaltyReportBranches', LoyaltyReportBranchesQuery], ['PointsRanking', PointsRankingQuery], ['PointsMovements', PointsMovementsQuery], ['PointsLiability', PointsLiabilityQuery],
];

function render(ui: ReactElement) {
  const mocks: NonNullable<MockedProviderProps['mocks']> = DOCUMENTS.map(([operationName, query]) => ({
    request: { query, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: Record<string, any>) => {
      calls.push({ operationName, variables });
      return { data: ANSWERS[operationName] as never };
    },
  }));
  return renderWithIntl(<MockedProvider mocks={mocks} cache={new InMemoryCache({ typePolicies })}>{ui}</MockedProvider>, 'zh-HK');
}

beforeEach(() => {
  calls = [];
  push.mockReset();
});

describe('會員積分 報告', () => {
  it('ranks the members with shared ranks among all members, each opening her page, and exports the same ranking', async () => {
    render(<PointsRankingReport query={{ branch: '1' }} />);
    const rows = await screen.findAllByTestId('points-ranking-row');
    expect(calls.find((c) => c.operationName === 'PointsRanking')!.variables).toMatchObject({ filter: { branchIds: ['1'] }, first: 50, after: null });
    expect(rows.map((r) => r.dataset.rank)).toEqual(['2', '2', '4']);
    expect(within(rows[2]).getByRole('link').getAttribute('href')).toBe('/members/6');
    expect(within(rows[0]).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '陳小姐', '500', '550']);
    expect(screen.getByTestId('points-ranking-member-count').textContent).toBe('全部 1,200 位會員中的排名');
    expect(screen.getByTestId('loyalty-report-export').getAttribute('href')).toBe('/api/reports/loyalty/export?report=ranking&branch=1&locale=zh-HK');
  });

  it('shows the movements per month and branch with the totals, and runs a new period by day from the form', async () => {
    render(<PointsMovementsReport query={{ from: '2026-06-01', to: '2026-07-31' }} />);
    const rows = await screen.findAllByTestId('points-movements-row');
    expect(calls.find((c) => c.operationName === 'PointsMovements')!.variables.filter).toEqual({ from: '2026-06-01', to: '2026-07-31' });
    expect(rows.map((r) => [r.dataset.period, r.dataset.branch])).toEqual([['2026-06', 'TKO'], ['2026-07', 'TKO']]);
    expect(within(rows[1]).getByTestId('points-movements-expired').textContent).toBe('250');
    expect(within(screen.getByTestId('points-movements-totals')).getByTestId('points-movements-total-net').dataset.value).toBe('1200');
    await screen.findByRole('option', { name: 'TST 尖沙咀' });
    fireEvent.change(screen.getByTestId('loyalty-report-branch'), { target: { value: '2' } });
    fireEvent.change(screen.getByTestId('loyalty-report-period'), { target: { value: 'DAY' } });
    fireEvent.click(screen.getByTestId('loyalty-report-run'));
    expect(push).toHaveBeenCalledWith('/reports/loyalty/movements?branch=2&from=2026-06-01&to=2026-07-31&period=DAY');
  });

  it('shows the liability by branch and by expiry month, never-expiring points in words', async () => {
    render(<PointsLiabilityReport query={{}} />);
    expect((await screen.findByTestId('points-liability-summary')).textContent).toBe('4 位會員共持有 1,970 積分');
    expect(screen.getAllByTestId('points-liability-branch').map((r) => [r.dataset.branch, r.dataset.points])).toEqual([['TKO', '1200'], ['TST', '770']]);
    expect(screen.getAllByTestId('points-liability-expiry').map((r) => r.textContent)).toEqual(['2027-061,570', '2027-07200', '永不過期200']);
    expect(calls.find((c) => c.operationName === 'PointsLiability')!.variables).toEqual({ filter: {} });
  });
});
