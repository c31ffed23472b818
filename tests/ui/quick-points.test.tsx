/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import type { MockedProviderProps } from '@apollo/client/testing/react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { AdjustPointsMutation, MemberPointsQuery } from '@/components/loyalty/points/points-documents';
import { QuickPoints } from '@/components/loyalty/points/quick-points';
import { QuickLookupQuery } from '@/components/quick-lookup-documents';
import { translateDomainError } from '@/graphql/errors';
import { insufficientPoints } from '@/services/errors/domain-error';
import { MockedApollo, responders, type Call } from './apollo-responders';
import { messages, renderWithIntl } from './render-with-intl';

jest.mock('@/i18n/navigation', () => ({
  Link: ({ href, children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: unknown; children: ReactNode }) => (
    <a href={String(href)} {...rest}>
      {children}
    </a>
  ),
}));

const member = (id: string, memberNo: string, displayName: string, phone: string) => ({
  __typename: 'Member', id, memberNo, displayName, phone, phone2: null, isWalkIn: false, branch: { __typename: 'Branch', id: '1', code: 'TST', name: 'Tsim Sha Tsui' },
});
const PEOPLE = [member('12', 'M000012', 'Chan Mei', '91234567'), member('13', 'M000013', 'Chan Ka Yan', '91234000'), member('20', 'M000020', 'Lee Wing', '62345678')];

/**
 * The API as the quick points see it: the lookup by number or phone prefix, the balance, and an
 * adjustment that refuses a deduction beyond the balance naming the points field, as the server does.
 */
function api(calls: Call[], balances: Record<string, number>, refusal: (balance: number) => string) {
  const base = responders(
    [
      [QuickLookupQuery, ({ term }) => ({ quickLookup: { __typename: 'MemberConnection', nodes: PEOPLE.filter((p) => p.memberNo === term || p.phone.startsWith(term)) } })],
      [MemberPointsQuery, ({ memberId }) => ({
        memberPoints: { __typename: 'MemberPointsSummary', memberId, balance: balances[memberId], earnedTotal: 0, rank: 1, expiring: [] },
        pointsEntries: { __typename: 'PointsEntryConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, nodes: [] },
      })],
    ],
    calls,
  )!;
  let entries = 0;
  const adjust: NonNullable<MockedProviderProps['mocks']>[number] = {
    request: { query: AdjustPointsMutation, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: Record<string, any>) => {
      calls.push({ operation: 'AdjustPoints', variables });
      const { memberId, points } = variables.input;
      const balance = balances[memberId];
      if (balance + points < 0) return { errors: [new GraphQLError(refusal(balance), { extensions: { code: 'INSUFFICIENT_POINTS', field: 'points' } })] };
      balances[memberId] = balance + points;
      return { data: { adjustPoints: { __typename: 'PointsEntry', id: String(++entries), points, balanceAfter: balances[memberId] } } };
    },
  };
  return [...base, adjust];
}

const adjustments = (calls: Call[]) => calls.filter((c) => c.operation === 'AdjustPoints').map((c) => c.variables.input);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function find(term: string, label: string, button: string) {
  fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value: term } });
  fireEvent.click(screen.getByRole('button', { name: button }));
}

describe('QuickPoints', () => {
  it('finds one member by number, adds points with a reason, and shows the new balance', async () => {
    const calls: Call[] = [];
    renderWithIntl(<MockedApollo mocks={api(calls, { '12': 1_238 }, () => 'never')}><QuickPoints /></MockedApollo>, 'en');
    find(' M000012 ', 'Member number, card number or phone', 'Find');
    const link = await screen.findByRole('link', { name: 'M000012 Chan Mei' });
    expect(link.getAttribute('href')).toBe('/members/12');
    await waitFor(() => expect(screen.getByTestId('quick-points-balance').textContent).toBe('1,238'));
    expect(calls.find((c) => c.operation === 'QuickLookup')!.variables).toEqual({ term: 'M000012', first: 10 });
    expect(calls.find((c) => c.operation === 'MemberPoints')!.variables).toMatchObject({ memberId: '12' });

    expect(screen.getByRole('radio', { name: 'Add points' })).toBeChecked();
    fireEvent.change(screen.getByRole('spinbutton', { name: /^Points/ }), { target: { value: '100' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Reason/ }), { target: { value: 'Birthday bonus' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add points' }));

    expect((await screen.findByRole('status')).textContent).toBe('100 points added; the balance is now 1,338.');
    expect(screen.getByTestId('quick-points-balance').textContent).toBe('1,338');
    expect(screen.getByRole('spinbutton', { name: /^Points/ })).toHaveValue(null);
    expect(screen.getByRole('textbox', { name: /^Reason/ })).toHaveValue('');
    expect(adjustments(calls)).toEqual([{ memberId: '12', points: 100, reason: 'Birthday bonus', idempotencyKey: expect.stringMatching(UUID) }]);
  });

  it('lists several matches by phone and adjusts the one chosen; says so when nobody matches', async () => {
    const calls: Call[] = [];
    const t = messages['zh-HK'].loyalty.points.quick;
    renderWithIntl(<MockedApollo mocks={api(calls, { '12': 10, '13': 500 }, () => 'never')}><QuickPoints /></MockedApollo>);
    find('5555', t.find, t.findButton);
    expect((await screen.findByRole('alert')).textContent).toBe('找不到符合「5555」的會員。');
    expect(screen.queryByTestId('quick-points-form')).toBeNull();

    find('91234', t.find, t.findButton);
    const list = await screen.findByRole('list', { name: t.matches });
    expect(within(list).getAllByRole('button').map((b) => b.textContent)).toEqual(['M000012 Chan Mei 91234567 · Tsim Sha Tsui', 'M000013 Chan Ka Yan 91234000 · Tsim Sha Tsui']);
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(within(list).getByRole('button', { name: /Chan Ka Yan/ }));
    await waitFor(() => expect(screen.getByTestId('quick-points-balance').textContent).toBe('500'));
    expect(screen.queryByRole('list', { name: t.matches })).toBeNull();
    expect(screen.getByRole('link').textContent).toBe('M000013 Chan Ka Yan');

    fireEvent.click(screen.getByRole('radio', { name: t.deduct }));
    fireEvent.change(screen.getByRole('spinbutton', { name: new RegExp(`^${t.points}`) }), { target: { value: '120' } });
    fireEvent.change(screen.getByRole('textbox', { name: new RegExp(`^${t.reason}`) }), { target: { value: '退貨' } });
    fireEvent.click(screen.getByRole('button', { name: t.submitDeduct }));
    expect((await screen.findByRole('status')).textContent).toBe('已扣減 120 分，結餘為 380 分。');
    expect(screen.getByTestId('quick-points-balance').textContent).toBe('380');
    expect(adjustments(calls)).toEqual([{ memberId: '13', points: -120, reason: '退貨', idempotencyKey: expect.stringMatching(UUID) }]);
  });

  it('shows a deduction beyond the balance next to the points field, naming it, and retries with a smaller one', async () => {
    const calls: Call[] = [];
    // The server's own words for points-ledger.service's refusal.
    const refusal = (balance: number) => translateDomainError(insufficientPoints('points', balance), 'zh-HK').message;
    renderWithIntl(<MockedApollo mocks={api(calls, { '12': 120 }, refusal)}><QuickPoints /></MockedApollo>);
    const t = messages['zh-HK'].loyalty.points.quick;
    find('M000012', t.find, t.findButton);
    await waitFor(() => expect(screen.getByTestId('quick-points-balance').textContent).toBe('120'));

    fireEvent.click(screen.getByRole('radio', { name: t.deduct }));
    const points = screen.getByRole('spinbutton', { name: new RegExp(`^${t.points}`) });
    fireEvent.change(points, { target: { value: '500' } });
    fireEvent.change(screen.getByRole('textbox', { name: new RegExp(`^${t.reason}`) }), { target: { value: '更正' } });
    fireEvent.click(screen.getByRole('button', { name: t.submitDeduct }));

    const error = await screen.findByTestId('error-points');
    expect(error.textContent).toBe('「積分」無效：積分不足：會員只有 120 分');
    expect(points).toHaveAttribute('aria-invalid', 'true');
    expect(points).toHaveAccessibleDescription('「積分」無效：積分不足：會員只有 120 分');
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByTestId('quick-points-balance').textContent).toBe('120');
    expect(points).toHaveValue(500);

    fireEvent.change(points, { target: { value: '100' } });
    fireEvent.click(screen.getByRole('button', { name: t.submitDeduct }));
    expect((await screen.findByRole('status')).textContent).toBe('已扣減 100 分，結餘為 20 分。');
    expect(screen.queryByTestId('error-points')).toBeNull();
    const sent = adjustments(calls);
    expect(sent.map((s) => s.points)).toEqual([-500, -100]);
  });

  it('checks the form before sending: points and a reason are required, in the page\'s language', async () => {
    const calls: Call[] = [];
    renderWithIntl(<MockedApollo mocks={api(calls, { '12': 120 }, () => 'never')}><QuickPoints /></MockedApollo>, 'en');
    find('M000012', 'Member number, card number or phone', 'Find');
    await waitFor(() => expect(screen.getByTestId('quick-points-balance').textContent).toBe('120'));
    fireEvent.click(screen.getByRole('button', { name: 'Add points' }));
    expect((await screen.findByTestId('error-points')).textContent).toMatch(/^"points" is invalid: must be between /);
    expect(screen.getByTestId('error-reason').textContent).toBe('"reason" is invalid: required');
    expect(screen.getByRole('textbox', { name: /^Reason/ })).toHaveAccessibleDescription('"reason" is invalid: required');
    fireEvent.change(screen.getByRole('spinbutton', { name: /^Points/ }), { target: { value: '0' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Reason/ }), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add points' }));
    expect((await screen.findByTestId('error-points')).textContent).toBe('"points" is invalid: must not be 0');
    expect(screen.queryByTestId('error-reason')).toBeNull();
    expect(adjustments(calls)).toEqual([]);
  });

  it('sends one key per submission: a double tap adjusts once, and the next adjustment gets a new key', async () => {
    const calls: Call[] = [];
    renderWithIntl(<MockedApollo mocks={api(calls, { '12': 0 }, () => 'never')}><QuickPoints /></MockedApollo>, 'en');
    find('M000012', 'Member number, card number or phone', 'Find');
    await waitFor(() => expect(screen.getByTestId('quick-points-balance').textContent).toBe('0'));
    const submit = () => {
      fireEvent.change(screen.getByRole('spinbutton', { name: /^Points/ }), { target: { value: '10' } });
      fireEvent.change(screen.getByRole('textbox', { name: /^Reason/ }), { target: { value: 'stamp card' } });
      fireEvent.click(screen.getByRole('button', { name: 'Add points' }));
    };
    submit();
    fireEvent.click(screen.getByRole('button', { name: 'Add points' }));
    expect((await screen.findByRole('status')).textContent).toBe('10 points added; the balance is now 10.');
    expect(adjustments(calls)).toHaveLength(1);

    submit();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('10 points added; the balance is now 20.'));
    const keys = adjustments(calls).map((input) => input.idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(UUID);
    expect(keys[1]).toMatch(UUID);
    expect(keys[1]).not.toBe(keys[0]);
  });
});
