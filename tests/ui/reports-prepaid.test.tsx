/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { InMemoryCache, type TypedDocumentNode } from '@apollo/client';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { fireEvent, screen, within } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { LoyaltyReportBranchesQuery } from '@/components/reports/loyalty/loyalty-reports-documents';
import { PrepaidLiabilityReport } from '@/components/reports/prepaid/prepaid-liability-report';
import { PrepaidLiabilityQuery, PrepaidRevenueQuery } from '@/components/reports/prepaid/prepaid-reports-documents';
import { PrepaidRevenueReport } from '@/components/reports/prepaid/prepaid-revenue-report';
import { typePolicies } from '@/lib/apollo/type-policies';
import { renderWithIntl } from './render-with-intl';

const push = jest.fn();
jest.mock('@/i18n/navigation', () => ({
  Link: ({ href, children, ...rest }: { href: string; children: ReactNode }) => <a href={href} {...rest}>{children}</a>,
  useRouter: () => ({ push }),
  usePathname: () => '/reports/prepaid',
}));

type Call = { operationName: string; variables: Record<string, any> };
let calls: Call[];

const tko = { id: '1', code: 'TKO', name: '將軍澳' };
const tst = { id: '2', code: 'TST', name: '尖沙咀' };
const owe = (f: Record<string, number>) => {
  const out = { storedValueCents: 0, storedValueMembers: 0, packages: 0, sessionsRemaining: 0, valueRemainingCents: 0, deferredCents: 0, ...f };
  return { ...out, totalCents: out.storedValueCents + out.deferredCents };
};
const rev = (f: Record<string, number>) => {
  const out = { topUpPaidCents: 0, topUpBonusCents: 0, storedValueSpentCents: 0, storedValueRefundedCents: 0, packageSalesCents: 0, packageRecognisedCents: 0, breakageCents: 0, packageRefundsCents: 0, ...f };
  return { ...out, recognisedTotalCents: out.packageRecognisedCents + out.breakageCents };
};
const ANSWERS: Record<string, unknown> = {
  LoyaltyReportBranches: { branches: { nodes: [{ id: '1', label: 'TKO 將軍澳' }, { id: '2', label: 'TST 尖沙咀' }] } },
  PrepaidLiabilityReport: { prepaidLiability: {
    asOf: '2026-12-07T05:00:00.000Z', memberId: '7',
    totals: owe({ storedValueCents: 80_000, storedValueMembers: 1, packages: 2, sessionsRemaining: 9, valueRemainingCents: 304_000, deferredCents: 536_000 }),
    rows: {
      nodes: [
        { branch: tko, ...owe({ storedValueCents: 80_000, storedValueMembers: 1, packages: 1, valueRemainingCents: 304_000, deferredCents: 266_000 }) },
        { branch: tst, ...owe({ packages: 1, sessionsRemaining: 9, deferredCents: 270_000 }) },
      ],
      totalCount: 2,
    },
  } },
  PrepaidRevenueReport: { prepaidRevenue: {
    from: '2026-01-01', to: '2026-07-31', period: 'MONTH',
    totals: rev({ topUpPaidCents: 100_000, topUpBonusCents: 10_000, packageSalesCents: 350_000, packageRecognisedCents: 42_000, breakageCents: 40_000 }),
    rows: {
      nodes: [
        { period: '2026-03', from: '2026-03-01', to: '2026-03-31', branch: tko, ...rev({ topUpPaidCents: 100_000, topUpBonusCents: 10_000, packageSalesCents: 350_000, packageRecognisedCents: 42_000 }) },
        { period: '2026-07', from: '2026-07-01', to: '2026-07-31', branch: tko, ...rev({ breakageCents: 40_000 }) },
      ],
      pageInfo: { hasNextPage: false, endCursor: null },
      totalCount: 2,
    },
  } },
};

const DOCUMENTS: Array<[string, TypedDocumentNode<any, any>]> = [
  ['LoyaltyReportBranches', LoyaltyReportBranchesQuery], ['PrepaidLiabilityReport', PrepaidLiabilityQuery], ['PrepaidRevenueReport', PrepaidRevenueQuery],
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

describe('預付 報告', () => {
  it('shows one member\'s liability per branch with the totals in dollars, and exports the same', async () => {
    render(<PrepaidLiabilityReport query={{ member: '7', asOf: '2026-12-06' }} />);
    const rows = await screen.findAllByTestId('prepaid-liability-row');
    expect(calls.find((c) => c.operationName === 'PrepaidLiabilityReport')!.variables).toEqual({ filter: { asOf: '2026-12-06', memberId: '7' } });
    expect(rows.map((r) => r.dataset.branch)).toEqual(['TKO', 'TST']);
    expect(within(rows[0]).getByTestId('prepaid-liability-deferredCents').textContent).toBe('2,660.00');
    expect(within(rows[1]).getByTestId('prepaid-liability-sessionsRemaining').textContent).toBe('9');
    expect(within(screen.getByTestId('prepaid-liability-totals')).getByTestId('prepaid-liability-total-totalCents').dataset.value).toBe('616000');
    expect(screen.getByTestId('prepaid-liability-as-of').textContent).toContain('只計會員 7');
    expect(screen.getByTestId('prepaid-report-export').getAttribute('href')).toBe('/api/reports/prepaid/export?report=liability&asOf=2026-12-06&member=7&locale=zh-HK');
  });

  it('shows the revenue per month and branch with breakage, and runs a new period by day from the form', async () => {
    render(<PrepaidRevenueReport query={{ from: '2026-01-01', to: '2026-07-31' }} />);
    const rows = await screen.findAllByTestId('prepaid-revenue-row');
    expect(calls.find((c) => c.operationName === 'PrepaidRevenueReport')!.variables.filter).toEqual({ from: '2026-01-01', to: '2026-07-31' });
    expect(rows.map((r) => r.dataset.period)).toEqual(['2026-03', '2026-07']);
    expect(within(rows[1]).getByTestId('prepaid-revenue-breakageCents').textContent).toBe('400.00');
    expect(within(screen.getByTestId('prepaid-revenue-totals')).getByTestId('prepaid-revenue-total-recognisedTotalCents').dataset.value).toBe('82000');
    await screen.findByRole('option', { name: 'TST 尖沙咀' });
    fireEvent.change(screen.getByTestId('prepaid-report-branch'), { target: { value: '2' } });
    fireEvent.change(screen.getByTestId('prepaid-report-period'), { target: { value: 'DAY' } });
    fireEvent.click(screen.getByTestId('prepaid-report-run'));
    expect(push).toHaveBeenCalledWith('/reports/prepaid/revenue?branch=2&from=2026-01-01&to=2026-07-31&period=DAY');
  });
});
