/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import type { MockedProviderProps } from '@apollo/client/testing/react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { RedeemableGiftsQuery, RedeemGiftMutation } from '@/components/loyalty/gifts/gift-documents';
import { RedeemGiftDialog } from '@/components/loyalty/gifts/redeem-gift-dialog';
import { MemberPointsQuery } from '@/components/loyalty/points/points-documents';
import { translateDomainError } from '@/graphql/errors';
import type { Locale } from '@/i18n/locales';
import { DomainError, ErrorCode, insufficientPoints } from '@/services/errors/domain-error';
import { GIFT_LIMITS } from '@/services/loyalty/gifts/gift-input.schema';
import { MockedApollo, responders, type Call } from './apollo-responders';
import { messages, renderWithIntl } from './render-with-intl';

const category = { __typename: 'GiftCategory', id: '1', name: 'Skincare' };
const gift = (id: string, code: string, name: string, pointsPrice: number, stockAt: number, withCategory = true) => ({
  __typename: 'Gift', id, code, name, pointsPrice, category: withCategory ? category : null, stockAt,
});
const PAGES: Record<string, { nodes: unknown[]; endCursor: string | null }> = {
  first: { nodes: [gift('1', 'G01', 'Hand cream', 200, 5), gift('2', 'G02', 'Tote bag', 500, 0)], endCursor: 'after-2' },
  'after-2': { nodes: [gift('3', 'G03', 'Spa voucher', 1_000, 1, false)], endCursor: null },
};


/**
 * The API: gifts by page with the units at the branch, the member's balance, and a redemption
 * that refuses more units than the branch holds (naming quantity) or more points than the member
 * has (naming the gift), as the service does and in the server's own words (graphql/errors.ts);
 * a refusal takes nothing.
 */
function api(calls: Call[], locale: Locale, state: { balance: number; stock: Record<string, number> }) {
  const base = responders(
    [
      [RedeemableGiftsQuery, ({ after }) => {
        const { nodes, endCursor } = PAGES[after ?? 'first'];
        return { gifts: { __typename: 'GiftConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor }, nodes } };
      }],
      [MemberPointsQuery, ({ memberId }) => ({
        memberPoints: { __typename: 'MemberPointsSummary', memberId, balance: state.balance, earnedTotal: state.balance, rank: 4, expiring: [] },
        pointsEntries: { __typename: 'PointsEntryConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, nodes: [] },
      })],
    ],
    calls,
  )!;
  const redeem: NonNullable<MockedProviderProps['mocks']>[number] = {
    request: { query: RedeemGiftMutation, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: Record<string, any>) => {
      calls.push({ operation: 'RedeemGift', variables });
      const { giftId, quantity } = variables.input;
      const chosen = [...PAGES.first.nodes, ...PAGES['after-2'].nodes].find((g: any) => g.id === giftId) as { code: string; name: string; pointsPrice: number };
      if (quantity > state.stock[giftId]) {
        // As gift-stock.service refuses a redemption beyond the branch's units.
        return { errors: [translateDomainError(new DomainError(ErrorCode.OutOfStock, 'outOfStock', { item: `${chosen.code} ${chosen.name}` }, 'quantity'), locale)] };
      }
      const points = chosen.pointsPrice * quantity;
      if (points > state.balance) {
        return { errors: [translateDomainError(insufficientPoints('giftId', state.balance), locale)] };
      }
      state.stock[giftId] -= quantity;
      state.balance -= points;
      return { data: { redeemGift: { __typename: 'GiftRedemption', id: '31', quantity, points } } };
    },
  };
  return [...base, redeem];
}

const redemptions = (calls: Call[]) => calls.filter((c) => c.operation === 'RedeemGift').map((c) => c.variables.input);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function open(locale: Locale, state: { balance: number; stock: Record<string, number> }) {
  const calls: Call[] = [];
  const onDone = jest.fn();
  const onCancel = jest.fn();
  renderWithIntl(
    <MockedApollo mocks={api(calls, locale, state)}>
      <RedeemGiftDialog memberId="12" branchId="2" onDone={onDone} onCancel={onCancel} />
    </MockedApollo>,
    locale,
  );
  return { calls, onDone, onCancel };
}

describe('RedeemGiftDialog', () => {
  it('lists every page of gifts with its price and the units at the branch, and redeems the one chosen with the key', async () => {
    const { calls, onDone } = open('en', { balance: 1_238, stock: { '1': 5, '2': 0, '3': 1 } });
    const dialog = screen.getByRole('dialog', { name: 'Redeem a gift with points' });
    expect(within(dialog).getByText('Loading gifts…')).toBeTruthy();
    const options = await screen.findAllByTestId('redeem-gift-option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Hand cream (G01 · Skincare)200 points5 in stock here',
      'Tote bag (G02 · Skincare)500 pointsout of stock here',
      'Spa voucher (G03)1,000 points1 in stock here',
    ]);
    expect(calls.filter((c) => c.operation === 'RedeemableGifts').map((c) => c.variables)).toEqual([{ branchId: '2', after: null }, { branchId: '2', after: 'after-2' }]);
    expect(screen.getByRole('radio', { name: /Tote bag/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Redeem' })).toBeDisabled();
    expect((await screen.findByTestId('redeem-balance')).textContent).toBe('The member has 1,238 points');

    fireEvent.click(screen.getByRole('radio', { name: /Hand cream/ }));
    expect(screen.getByTestId('redeem-total').textContent).toBe('Takes 200 points');
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Quantity' }), { target: { value: '3' } });
    expect(screen.getByTestId('redeem-total').textContent).toBe('Takes 600 points');
    expect(screen.queryByTestId('redeem-short')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Redeem' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Redeemed 3 × Hand cream for 600 points.'));
    expect(redemptions(calls)).toEqual([{ idempotencyKey: expect.stringMatching(UUID), memberId: '12', giftId: '1', quantity: 3, branchId: '2' }]);
  });

  it('shows the branch\'s refusal of more units than it holds next to the quantity, and redeems fewer with the same key', async () => {
    const { calls, onDone } = open('zh-HK', { balance: 5_000, stock: { '1': 5, '2': 0, '3': 1 } });
    const t = messages['zh-HK'].loyalty.gifts.redeem;
    fireEvent.click(await screen.findByRole('radio', { name: /Hand cream/ }));
    const quantity = screen.getByRole('spinbutton', { name: t.quantity });
    fireEvent.change(quantity, { target: { value: '6' } });
    expect(screen.getByTestId('redeem-total').textContent).toBe('需扣除 1,200 積分');
    fireEvent.click(screen.getByRole('button', { name: t.confirm }));

    const error = await screen.findByTestId('redeem-quantity-error');
    expect(error.textContent).toBe('「數量」無效：「G01 Hand cream」庫存不足。');
    expect(error.getAttribute('role')).toBe('alert');
    expect(quantity).toHaveAttribute('aria-invalid', 'true');
    expect(quantity).toHaveAccessibleDescription(error.textContent!);
    expect(onDone).not.toHaveBeenCalled();

    fireEvent.change(quantity, { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: t.confirm }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('已兌換 Hand cream × 5，扣除 1,000 積分。'));
    const sent = redemptions(calls);
    expect(sent.map((s) => s.quantity)).toEqual([6, 5]);
    // One key per opening: the refusal took nothing, so the retry may carry it again.
    expect(sent[1].idempotencyKey).toBe(sent[0].idempotencyKey);
  });

  it('warns before sending when the gift takes more points than the member has, and shows the refusal next to the gift', async () => {
    const { calls, onDone } = open('zh-HK', { balance: 120, stock: { '1': 5, '2': 0, '3': 1 } });
    const t = messages['zh-HK'].loyalty.gifts.redeem;
    expect((await screen.findByTestId('redeem-balance')).textContent).toBe('會員現有 120 積分');
    fireEvent.click(await screen.findByRole('radio', { name: /Spa voucher/ }));
    expect(screen.getByTestId('redeem-total').textContent).toBe('需扣除 1,000 積分');
    expect(screen.getByTestId('redeem-short').textContent).toBe('尚欠 880 積分');
    fireEvent.click(screen.getByRole('button', { name: t.confirm }));

    const error = await screen.findByTestId('redeem-gift-error');
    expect(error.textContent).toBe('「禮品」無效：積分不足：會員只有 120 分');
    expect(screen.getByRole('group', { name: t.gift })).toHaveAccessibleDescription('「禮品」無效：積分不足：會員只有 120 分');
    expect(onDone).not.toHaveBeenCalled();
    expect(redemptions(calls)).toHaveLength(1);
  });

  it('checks the quantity before sending, and closes on Escape and Cancel', async () => {
    const { calls, onCancel } = open('en', { balance: 1_000, stock: { '1': 5, '2': 0, '3': 1 } });
    fireEvent.click(await screen.findByRole('radio', { name: /Hand cream/ }));
    for (const bad of ['0', '1.5', String(GIFT_LIMITS.quantity + 1)]) {
      fireEvent.change(screen.getByRole('spinbutton', { name: 'Quantity' }), { target: { value: bad } });
      expect(screen.queryByTestId('redeem-total')).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: 'Redeem' }));
      expect((await screen.findByTestId('redeem-quantity-error')).textContent).toBe(`Enter a whole number from 1 to ${GIFT_LIMITS.quantity}.`);
    }
    expect(redemptions(calls)).toEqual([]);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(2);
  });
});
