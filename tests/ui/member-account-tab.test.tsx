/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ContactAccountTabs } from '@/components/prepaid/account/contact-account-tabs';
import { AccountPackageLedgerQuery, MemberAccountQuery, MemberInstalmentsQuery, MoreStoredValueEntriesQuery } from '@/components/prepaid/account/member-account-documents';
import { MemberAccountTab } from '@/components/prepaid/account/member-account-tab';
import { MockedApollo, responders, type Call } from './apollo-responders';
import { renderWithIntl } from './render-with-intl';

/** Read-only unless a test grants an action: the actions themselves are the forms' own tests. */
const NOTHING_ALLOWED = { topUp: false, sellPackages: false, useSessions: false, addSessions: false, refund: false };

// The card panel is lane B's, with its own tests; here it only has to be on the tab.
jest.mock('@/components/prepaid/cards/member-cards-panel', () => ({ MemberCardsPanel: ({ memberId }: { memberId: string }) => <div data-testid="member-cards-stub">{memberId}</div> }));

const staff = { __typename: 'Staff', id: '3', displayName: 'Amy Lee' };
const branch = { __typename: 'Branch', id: '1', name: 'Tsim Sha Tsui' };
const svEntry = (id: string, kind: string, amountCents: number, balanceAfterCents: number, more: Record<string, unknown> = {}) => ({
  __typename: 'StoredValueEntry', id, kind, amountCents, paidCents: 0, bonusCents: 0, balanceAfterCents, reason: null, createdAt: '2026-12-01T02:00:00.000Z',
  staff, branch, invoice: null, prepaidSale: null, ...more,
});
const payment = svEntry('2', 'PAYMENT', -48_000, 62_000, { invoice: { __typename: 'Invoice', id: '11', number: 'TSTSI-00011' } });
const topUp = svEntry('1', 'TOP_UP', 110_000, 110_000, { paidCents: 100_000, bonusCents: 10_000, prepaidSale: { __typename: 'PrepaidSale', id: '5', number: 'TSTPP-00005' } });
const older = svEntry('0', 'REFUND', -1_000, 0, { reason: 'moved away' });

const pkg = (id: string, name: string, kind: string, more: Record<string, unknown> = {}) => ({
  __typename: 'MemberPackage', id, name, kind, sessionsTotal: 0, sessionsRemaining: 0, valueCents: 0, remainingCents: 0, status: 'ACTIVE',
  validTo: '2027-06-06', expired: false, usable: true, soldAt: '2026-12-07T02:00:00.000Z', ...more,
});
const tenFacials = pkg('21', 'Ten facials', 'SESSIONS', { sessionsTotal: 10, sessionsRemaining: 7 });
const discount = pkg('22', 'Discount 4000', 'VALUE', { valueCents: 400_000, remainingCents: 304_000 });
const oldFive = pkg('23', 'Old five', 'SESSIONS', { sessionsTotal: 5, sessionsRemaining: 2, validTo: '2026-11-30', expired: true, usable: false });
const single = pkg('24', 'Single', 'SESSIONS', { sessionsTotal: 1, sessionsRemaining: 0, usable: false });

const sale = { __typename: 'PrepaidSale', id: '6', number: 'TSTPP-00006' };
const instalment = (id: string, sequence: number, dueDate: string, paidCents: number, overdue: boolean) => ({
  __typename: 'Instalment', id, sequence, dueDate, amountCents: 100_000, paidCents, outstandingCents: 100_000 - paidCents, overdue, paidAt: paidCents === 100_000 ? '2026-10-01T02:00:00.000Z' : null, prepaidSale: sale,
});
const paidOne = instalment('31', 1, '2026-10-01', 100_000, false);
const lateOne = instalment('32', 2, '2026-11-01', 0, true);
const nextOne = instalment('33', 3, '2026-12-20', 25_000, false);

const account = {
  __typename: 'MemberAccount', memberId: '12', today: '2026-12-07',
  storedValue: { __typename: 'StoredValueAccount', balanceCents: 62_000, paidInCents: 100_000, bonusInCents: 10_000 },
  storedValueEntries: { __typename: 'StoredValueLedgerConnection', totalCount: 3, pageInfo: { __typename: 'PageInfo', hasNextPage: true, endCursor: 'sv-2' }, nodes: [payment, topUp] },
  packages: { __typename: 'MemberAccountPackageConnection', totalCount: 4, nodes: [single, oldFive, discount, tenFacials] },
  instalmentsOutstandingCents: 175_000,
  instalments: [lateOne, nextOne],
  points: { __typename: 'MemberPointsSummary', memberId: '12', balance: 1_238, expiring: [{ __typename: 'PointsExpiryGroup', expiresAt: '2027-01-31T04:00:00.000Z', points: 300 }] },
  coupons: { __typename: 'CouponConnection', totalCount: 2, nodes: [{ __typename: 'Coupon', id: '41', code: 'BDAY-7Q2K', validTo: '2026-12-31', type: { __typename: 'CouponType', id: '1', name: 'Birthday 10%' } }] },
};
const member = { __typename: 'Member', id: '12', branch: { __typename: 'Branch', id: '1', currency: 'HKD' } };
const systemSettings = { __typename: 'SystemSettings', currencyDisplay: 'symbol', currencyDecimals: 2 };
const ledger = {
  __typename: 'MemberPackage', id: '21',
  entries: {
    __typename: 'PackageEntryConnection', totalCount: 2,
    nodes: [
      { __typename: 'PackageEntry', id: '52', kind: 'USE', sessions: -1, valueCents: 0, sessionsAfter: 9, remainingAfterCents: 0, reason: null, createdAt: '2026-12-05T02:00:00.000Z', staff, treatment: { __typename: 'Treatment', id: '7', name: 'Facial A' }, invoice: { __typename: 'Invoice', id: '12', number: 'TSTSI-00012' } },
      { __typename: 'PackageEntry', id: '51', kind: 'SALE', sessions: 10, valueCents: 0, sessionsAfter: 10, remainingAfterCents: 0, reason: null, createdAt: '2026-12-01T02:00:00.000Z', staff, treatment: null, invoice: null },
    ],
  },
};

function renderTab(locale: 'en' | 'zh-HK', calls: Call[]) {
  const mocks = responders(
    [
      [MemberAccountQuery, () => ({ member, systemSettings, memberAccount: account })],
      [MoreStoredValueEntriesQuery, (v) => (v.after === 'sv-2' ? { memberAccount: { __typename: 'MemberAccount', memberId: '12', storedValueEntries: { __typename: 'StoredValueLedgerConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'sv-3' }, nodes: [older] } } } : undefined)],
      [AccountPackageLedgerQuery, (v) => (v.id === '21' ? { memberPackage: ledger } : undefined)],
      [MemberInstalmentsQuery, () => ({ member, systemSettings, memberAccount: { __typename: 'MemberAccount', memberId: '12', today: '2026-12-07', instalmentsOutstandingCents: 175_000, instalments: [paidOne, lateOne, nextOne] } })],
    ],
    calls,
    'refused',
  );
  return mocks;
}

const cells = (row: HTMLElement) => Array.from(row.querySelectorAll('td')).map((td) => td.textContent);

describe('MemberAccountTab', () => {
  it('shows the stored value split into paid and bonus, and its ledger with each entry\'s document and who', async () => {
    const calls: Call[] = [];
    renderWithIntl(<MockedApollo mocks={renderTab('en', calls)}><MemberAccountTab memberId="12" allowed={NOTHING_ALLOWED} /></MockedApollo>, 'en');
    expect(await screen.findByTestId('stored-value-balance')).toHaveTextContent('HK$620.00');
    expect(screen.getByTestId('stored-value-paid-in')).toHaveTextContent('HK$1,000.00');
    expect(screen.getByTestId('stored-value-bonus-in')).toHaveTextContent('HK$100.00');
    const rows = screen.getAllByTestId('stored-value-entry');
    expect(cells(rows[0]).slice(1)).toEqual(['Payment', '-HK$480.00', 'HK$620.00', 'TSTSI-00011', 'Amy Lee, Tsim Sha Tsui']);
    expect(within(rows[0]).getByRole('link', { name: 'TSTSI-00011' })).toHaveAttribute('href', '/en/sales/invoices/11');
    expect(cells(rows[1]).slice(1)).toEqual(['Top-up (paid HK$1,000.00 + bonus HK$100.00)', 'HK$1,100.00', 'HK$1,100.00', 'TSTPP-00005', 'Amy Lee, Tsim Sha Tsui']);
    expect(calls[0]).toEqual({ operation: 'MemberAccount', variables: expect.objectContaining({ memberId: '12' }) });

    fireEvent.click(screen.getByTestId('stored-value-more'));
    await waitFor(() => expect(screen.getAllByTestId('stored-value-entry')).toHaveLength(3));
    expect(cells(screen.getAllByTestId('stored-value-entry')[2])[1]).toBe('Refund — moved away');
    expect(screen.queryByTestId('stored-value-more')).toBeNull();
    expect(screen.getByTestId('member-cards-stub')).toHaveTextContent('12');
  });

  it('shows each package\'s remainder and validity with expired and used-up badges, and its ledger when opened', async () => {
    renderWithIntl(<MockedApollo mocks={renderTab('en', [])}><MemberAccountTab memberId="12" allowed={NOTHING_ALLOWED} /></MockedApollo>, 'en');
    const packages = await screen.findAllByTestId('account-package');
    expect(packages.map((p) => within(p).getByTestId('package-remaining').textContent)).toEqual([
      '0 of 1 sessions left · valid to Jun 6, 2027',
      '2 of 5 sessions left · valid to Nov 30, 2026',
      'HK$3,040.00 of HK$4,000.00 left · valid to Jun 6, 2027',
      '7 of 10 sessions left · valid to Jun 6, 2027',
    ]);
    expect(within(packages[0]).getByTestId('package-used-up')).toHaveTextContent('Used up');
    expect(within(packages[0]).queryByTestId('package-expired')).toBeNull();
    expect(within(packages[1]).getByTestId('package-expired')).toHaveTextContent('Expired');
    expect(within(packages[3]).queryByTestId('package-expired')).toBeNull();
    expect(within(packages[3]).queryByTestId('package-used-up')).toBeNull();

    fireEvent.click(within(packages[3]).getByTestId('package-ledger-toggle'));
    const entries = await within(packages[3]).findAllByTestId('package-entry');
    expect(cells(entries[0]).slice(1)).toEqual(['Used Facial A', '-1', '9', 'TSTSI-00012', 'Amy Lee']);
    expect(cells(entries[1]).slice(1)).toEqual(['Sold', '+10', '10', '—', 'Amy Lee']);
    expect(within(packages[3]).getByTestId('package-ledger-toggle')).toHaveAttribute('aria-expanded', 'true');
  });

  it('shows points, coupons and the instalments outstanding with the overdue one marked', async () => {
    renderWithIntl(<MockedApollo mocks={renderTab('en', [])}><MemberAccountTab memberId="12" allowed={NOTHING_ALLOWED} /></MockedApollo>, 'en');
    expect(await screen.findByTestId('account-points-balance')).toHaveTextContent('1,238');
    expect(screen.getByTestId('account-points-expiry')).toHaveTextContent('300 points on Jan 31, 2027');
    expect(screen.getByTestId('account-coupon-count')).toHaveTextContent('2 coupons to use');
    expect(screen.getByTestId('account-coupon')).toHaveTextContent('Birthday 10% (BDAY-7Q2K), valid to Dec 31, 2026');
    expect(screen.getByTestId('instalments-outstanding')).toHaveTextContent('Outstanding: HK$1,750.00');
    const rows = screen.getAllByTestId('instalment-row');
    expect(cells(rows[0])).toEqual(['TSTPP-00006', '2', 'Nov 1, 2026', 'HK$1,000.00', 'HK$0.00', 'HK$1,000.00', 'Overdue']);
    expect(cells(rows[1])).toEqual(['TSTPP-00006', '3', 'Dec 20, 2026', 'HK$1,000.00', 'HK$250.00', 'HK$750.00', 'Due']);
    expect(within(rows[0]).getByTestId('instalment-overdue')).toBeInTheDocument();
  });

  it('speaks zh-HK', async () => {
    renderWithIntl(<MockedApollo mocks={renderTab('zh-HK', [])}><MemberAccountTab memberId="12" allowed={NOTHING_ALLOWED} /></MockedApollo>, 'zh-HK');
    expect(screen.getByRole('heading', { name: '我的戶口' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: '儲值' })).toBeInTheDocument();
    expect(cells(screen.getAllByTestId('stored-value-entry')[1])[1]).toBe('會員充值（實付 HK$1,000.00 + 贈送 HK$100.00）');
    expect(screen.getAllByTestId('package-expired')[0]).toHaveTextContent('已過期');
    expect(screen.getAllByTestId('package-used-up')[0]).toHaveTextContent('已用完');
    expect(screen.getAllByTestId('package-remaining')[3]).toHaveTextContent('剩餘 7 / 10 次');
    expect(screen.getByTestId('instalment-overdue')).toHaveTextContent('逾期');
    expect(screen.getByTestId('instalments-outstanding')).toHaveTextContent('尚欠：HK$1,750.00');
    expect(screen.getByTestId('account-coupon-count')).toHaveTextContent('2 張可用的優惠券');
  });
});

describe('ContactAccountTabs', () => {
  it('opens 我的戶口 and 分期付款 on demand; the instalments tab lists paid and owed ones', async () => {
    const calls: Call[] = [];
    renderWithIntl(<MockedApollo mocks={renderTab('zh-HK', calls)}><ContactAccountTabs memberId="12" allowed={{ ...NOTHING_ALLOWED, topUp: true }} /></MockedApollo>, 'zh-HK');
    expect(screen.getByRole('tab', { name: '我的戶口' })).toHaveAttribute('aria-selected', 'false');
    expect(calls).toHaveLength(0);

    fireEvent.click(screen.getByRole('tab', { name: '分期付款' }));
    const rows = await screen.findAllByTestId('instalment-row');
    expect(rows).toHaveLength(3);
    expect(within(rows[0]).getByTestId('instalment-paid')).toHaveTextContent('已付清');
    expect(within(rows[1]).getByTestId('instalment-overdue')).toHaveTextContent('逾期');
    expect(cells(rows[2])[0]).toBe('TSTPP-00006');
    expect(screen.getByTestId('instalments-outstanding')).toHaveTextContent('HK$1,750.00');

    fireEvent.click(screen.getByRole('tab', { name: '我的戶口' }));
    expect(await screen.findByTestId('stored-value-balance')).toHaveTextContent('HK$620.00');
    expect(calls.map((c) => c.operation)).toEqual(['MemberInstalments', 'MemberAccount']);
    // Only the actions the page says the viewer holds: a top-up, no package sale.
    expect(screen.getByTestId('account-top-up')).toBeInTheDocument();
    expect(screen.queryByTestId('account-sell-package')).toBeNull();
  });
});
