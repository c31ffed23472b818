/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MemberPointsPanel } from '@/components/loyalty/points/member-points-panel';
import { MemberPointsQuery, MorePointsEntriesQuery, POINTS_LEDGER_PAGE_SIZE } from '@/components/loyalty/points/points-documents';
import { MockedApollo, responders, type Call } from './apollo-responders';
import { messages, renderWithIntl } from './render-with-intl';

const staff = { __typename: 'Staff', id: '3', displayName: 'Amy Lee' };
const branch = { __typename: 'Branch', id: '1', name: 'Tsim Sha Tsui' };
const invoice = { __typename: 'Invoice', id: '11', number: 'TSTSI-00011' };
const rule = (code: string, name: string) => ({ __typename: 'EarningRuleApplied', code, name, effect: 'MULTIPLY' });
const line = (position: number, code: string, description: string, amountCents: number, multiplierBasisPoints: number, points: number, rules: unknown[]) => ({
  __typename: 'EarningLineBasis', position, code, description, amountCents, pointsPer100: 2, multiplierBasisPoints, points, rules,
});

const entry = (id: string, kind: string, points: number, balanceAfter: number, more: Record<string, unknown> = {}) => ({
  __typename: 'PointsEntry', id, kind, points, balanceAfter, reason: null, createdAt: '2026-12-01T02:00:00.000Z',
  staff: null, branch: null, invoice: null, gift: null, referredMember: null, expiredLot: null, basis: null, ...more,
});

const earn = entry('10', 'EARN', 38, 1_238, {
  staff, branch, invoice,
  basis: {
    __typename: 'EarningBasis', levelName: 'VIP Gold', levelPointsPer100: 2,
    lines: [line(1, 'T01', 'Facial', 80_000, 20_000, 32, [rule('TUE', 'Double Tuesday')]), line(2, 'P02', 'Serum', 30_000, 10_000, 6, [])],
  },
});
const referral = entry('9', 'REFERRAL', 32, 1_200, {
  branch, invoice, referredMember: { __typename: 'Member', id: '42', memberNo: 'M000042', displayName: 'Wong Siu Ling' },
  basis: { __typename: 'ReferralBasis', shareBasisPoints: 1_000, sourcePoints: 320 },
});
const referralBack = entry('8', 'REFERRAL', -16, 1_168, { branch, invoice, referredMember: null, basis: { __typename: 'ReferralBasis', shareBasisPoints: 1_000, sourcePoints: 160 } });
const redeem = entry('7', 'REDEEM', -500, 1_184, { staff, branch, gift: { __typename: 'Gift', id: '5', code: 'G01', name: 'Hand cream' } });
const cancelled = entry('6', 'REDEEM', 500, 1_684, { staff, branch, gift: { __typename: 'Gift', id: '5', code: 'G01', name: 'Hand cream' }, reason: 'wrong gift' });
const expire = entry('5', 'EXPIRE', -150, 1_184, { expiredLot: { __typename: 'PointsLot', id: '77', earnedAt: '2025-12-01T02:00:00.000Z', points: 200 } });
const returned = entry('4', 'REVERSE', -16, 1_334, {
  staff, branch, invoice,
  basis: { __typename: 'ReversalBasis', reversedPoints: 16, shortfallPoints: 10, lines: [{ __typename: 'ReversalLineBasis', position: 1, returnedQuantity: 1, soldQuantity: 2, points: 16 }] },
});
const voided = entry('3', 'REVERSE', -32, 1_350, { staff, branch, invoice: null, basis: { __typename: 'ReversalBasis', reversedPoints: 32, shortfallPoints: 0, lines: [] } });
const adjust = entry('2', 'ADJUST', 100, 1_382, { staff, branch, reason: 'Complaint goodwill' });
const older = entry('1', 'ADJUST', -20, 1_282, { staff, branch: null, reason: 'typo fix' });

const summary = (expiring: unknown[]) => ({
  __typename: 'MemberPointsSummary', memberId: '12', balance: 1_238, earnedTotal: 4_560, rank: 3, expiring,
});
const page = (nodes: unknown[], endCursor: string | null) => ({ __typename: 'PointsEntryConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor }, nodes });

const FIRST = [earn, referral, referralBack, redeem, cancelled, expire, returned, voided, adjust];
const EXPIRING = [
  { __typename: 'PointsExpiryGroup', expiresAt: '2027-01-31T15:59:59.000Z', points: 300 },
  { __typename: 'PointsExpiryGroup', expiresAt: null, points: 938 },
];

function renderPanel(locale: 'en' | 'zh-HK', calls: Call[], { expiring = EXPIRING, nodes = FIRST, more = true } = {}) {
  const mocks = responders(
    [
      [MemberPointsQuery, () => ({ memberPoints: summary(expiring), pointsEntries: page(nodes, more ? 'cursor-2' : null) })],
      [MorePointsEntriesQuery, (v) => (v.after === 'cursor-2' ? { pointsEntries: page([older], null) } : undefined)],
    ],
    calls,
    'refused',
  );
  return renderWithIntl(
    <MockedApollo mocks={mocks}>
      <MemberPointsPanel memberId="12" currency="HKD" />
    </MockedApollo>,
    locale,
  );
}

const rows = () => screen.getAllByTestId('points-entry');
const lines = (row: HTMLElement) => Array.from(within(row).getByTestId('points-entry-explanation').children).map((div) => div.textContent);
const cells = (row: HTMLElement) => Array.from(row.querySelectorAll('td')).map((td) => td.textContent);

describe('MemberPointsPanel', () => {
  it('shows the balance, the rank as a place and what expires when', async () => {
    const calls: Call[] = [];
    renderPanel('en', calls);
    expect((await screen.findByTestId('points-balance')).textContent).toBe('1,238');
    expect(screen.getByRole('heading', { name: 'Points' })).toBeTruthy();
    expect(screen.getByTestId('points-rank').textContent).toBe('#3');
    expect(screen.getByText('4,560')).toBeTruthy();
    expect(screen.getAllByTestId('points-expiring-group').map((li) => li.textContent)).toEqual(['300 points on Jan 31, 2027', '938 points never expire']);
    expect(calls[0]).toEqual({ operation: 'MemberPoints', variables: { memberId: '12', first: POINTS_LEDGER_PAGE_SIZE, after: null } });
  });

  it('says so when nothing expires and the ledger is empty', async () => {
    renderPanel('zh-HK', [], { expiring: [], nodes: [], more: false });
    const t = messages['zh-HK'].loyalty.points.panel;
    expect((await screen.findByTestId('points-expiring')).textContent).toBe(t.nothingExpires);
    expect(screen.getByTestId('points-ledger-empty').textContent).toBe(t.empty);
    expect(screen.getByTestId('points-rank').textContent).toBe('第 3 名');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByTestId('points-ledger-more')).toBeNull();
  });

  it('explains every kind of entry in words, with who did it', async () => {
    renderPanel('en', []);
    const table = await screen.findByRole('table', { name: 'Points ledger' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['When', 'Kind', 'Points', 'Balance after', 'How it came about', 'By']);
    const [e, r, rb, red, can, exp, ret, voi, adj] = rows();

    expect(cells(e).slice(0, 4)).toEqual(['Dec 1, 2026, 10:00 AM', 'Earned', '+38', '1,238']);
    expect(lines(e)).toEqual([
      'Invoice TSTSI-00011 · level VIP Gold: 2 points per $100',
      'T01 Facial: HK$800.00 × 2 points per $100 × 2 (Double Tuesday) = 32',
      'P02 Serum: HK$300.00 × 2 points per $100 = 6',
    ]);
    expect(cells(e)[5]).toBe('Amy Lee · Tsim Sha Tsui');

    expect(cells(r).slice(1, 3)).toEqual(['Referral', '+32']);
    expect(lines(r)).toEqual(['Referral 10% of 320 points earned by M000042 Wong Siu Ling']);
    expect(cells(r)[5]).toBe('Tsim Sha Tsui');
    expect(lines(rb)).toEqual(['Referral share taken back: 10% of 160 points returned by a member you cannot see']);
    expect(cells(rb)[2]).toBe('-16');

    expect(cells(red).slice(1, 3)).toEqual(['Redeemed', '-500']);
    expect(lines(red)).toEqual(['Gift redeemed: Hand cream (G01)']);
    expect(lines(can)).toEqual(['Redemption cancelled, points back: Hand cream (G01)', 'wrong gift']);

    expect(cells(exp).slice(1, 3)).toEqual(['Expired', '-150']);
    expect(lines(exp)).toEqual(['Expired lot of Dec 1, 2025 (200 points earned)']);
    expect(cells(exp)[5]).toBe('Scheduled expiry');

    expect(cells(ret)[1]).toBe('Reversed');
    expect(lines(ret)).toEqual([
      'Invoice TSTSI-00011 · reverses 16 points earned',
      'Line 1: returned 1 of 2, 16 points back',
      '10 points were already spent and could not be taken back',
    ]);
    expect(lines(voi)).toEqual(['A purchase · reverses 32 points earned', 'Voided: all 32 points taken back']);

    expect(cells(adj).slice(1, 3)).toEqual(['Adjusted', '+100']);
    expect(lines(adj)).toEqual(['Adjusted by hand: Complaint goodwill']);
    expect(cells(adj)[5]).toBe('Amy Lee · Tsim Sha Tsui');
  });

  it('explains the entries in the page\'s language', async () => {
    renderPanel('zh-HK', []);
    await screen.findByRole('table', { name: messages['zh-HK'].loyalty.points.panel.ledger });
    const [e, r, rb, red, can, exp, ret, voi, adj] = rows();
    expect(cells(e)[1]).toBe('消費積分');
    expect(lines(e)).toEqual([
      '發票 TSTSI-00011 · 級別 VIP Gold：每 $100 得 2 分',
      'T01 Facial：HK$800.00 × 每 $100 2 分 × 2（Double Tuesday） = 32 分',
      'P02 Serum：HK$300.00 × 每 $100 2 分 = 6 分',
    ]);
    expect(lines(r)).toEqual(['推薦積分：M000042 Wong Siu Ling 賺取的 320 分的 10%']);
    expect(lines(rb)).toEqual(['扣回推薦積分：你無權查看的會員 退回的 160 分的 10%']);
    expect(lines(red)).toEqual(['兌換禮品：Hand cream (G01)']);
    expect(lines(can)).toEqual(['取消兌換，退回積分：Hand cream (G01)', 'wrong gift']);
    expect(lines(exp)[0]).toMatch(/^2025年12月1日 賺取的積分到期（原 200 分）$/);
    expect(cells(exp)[5]).toBe('系統到期處理');
    expect(lines(ret)).toEqual(['發票 TSTSI-00011 · 扣回所賺取的 16 分', '第 1 項：退回 2 件中的 1 件，扣回 16 分', '其中 10 分已被使用，未能扣回']);
    expect(lines(voi)).toEqual(['一次消費 · 扣回所賺取的 32 分', '發票作廢：扣回全部 32 分']);
    expect(lines(adj)).toEqual(['人手調整：Complaint goodwill']);
    expect(cells(adj)[1]).toBe('快速積分');
  });

  it('names the rules of a line that earned at the plain rate in the page\'s language', async () => {
    const plain = entry('10', 'EARN', 6, 6, {
      invoice, basis: { __typename: 'EarningBasis', levelName: '新會員', levelPointsPer100: 2, lines: [line(1, 'P02', '精華', 30_000, 10_000, 6, [rule('WELCOME', '迎新')])] },
    });
    renderPanel('zh-HK', [], { nodes: [plain], more: false });
    await screen.findByRole('table');
    expect(lines(rows()[0])[1]).toBe('P02 精華：HK$300.00 × 每 $100 2 分（迎新） = 6 分');
  });

  it('appends the next page after the last cursor and stops when there is no more', async () => {
    const calls: Call[] = [];
    renderPanel('en', calls);
    await screen.findByRole('table');
    expect(rows()).toHaveLength(FIRST.length);
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(rows()).toHaveLength(FIRST.length + 1));
    expect(lines(rows()[FIRST.length])).toEqual(['Adjusted by hand: typo fix']);
    expect(cells(rows()[FIRST.length])[5]).toBe('Amy Lee');
    expect(calls.filter((c) => c.operation === 'MorePointsEntries').map((c) => c.variables)).toEqual([{ memberId: '12', first: POINTS_LEDGER_PAGE_SIZE, after: 'cursor-2' }]);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('shows the refusal of a next page and keeps the rows it has', async () => {
    const mocks = responders(
      [
        [MemberPointsQuery, () => ({ memberPoints: summary([]), pointsEntries: page([adjust], 'cursor-9') })],
        [MorePointsEntriesQuery, () => undefined],
      ],
      [],
      'You may not see this member',
    );
    renderWithIntl(<MockedApollo mocks={mocks}><MemberPointsPanel memberId="12" currency="HKD" /></MockedApollo>, 'en');
    fireEvent.click(await screen.findByRole('button', { name: 'Show more' }));
    expect((await screen.findByRole('alert')).textContent).toBe('You may not see this member');
    expect(rows()).toHaveLength(1);
  });
});
