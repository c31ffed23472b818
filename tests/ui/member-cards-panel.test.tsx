/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import type { MockedProviderProps } from '@apollo/client/testing/react';
import type { TypedDocumentNode } from '@apollo/client';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import {
  IssueMemberCardMutation, LockMemberCardMutation, MemberCardsQuery, ReplaceMemberCardMutation, SetMemberCardPinMutation, UnlockMemberCardMutation,
} from '@/components/prepaid/cards/member-cards-documents';
import { MemberCardsPanel } from '@/components/prepaid/cards/member-cards-panel';
import { translateDomainError } from '@/graphql/errors';
import { alreadyUsed, type DomainError } from '@/services/errors/domain-error';
import { MockedApollo, type Call } from './apollo-responders';
import { messages, renderWithIntl } from './render-with-intl';

type Card = { id: string; cardNumber: string; status: 'ACTIVE' | 'LOCKED' | 'REPLACED'; hasPin: boolean; reason: string | null; lockedAt: string | null; replacedById: string | null };

const ISSUED = '2026-11-02T02:00:00.000Z';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The API as the panel sees it, over one member's cards: the list newest first and each change as
 * the service makes it; `refuse` may answer a change with the server's refusal instead.
 */
function api(calls: Call[], cards: Card[], refuse: (operation: string, input: Record<string, any>) => DomainError | null = () => null): MockedProviderProps['mocks'] {
  const row = (card: Card) => {
    const by = cards.find((c) => c.id === card.replacedById);
    return { __typename: 'MemberCard', id: card.id, cardNumber: card.cardNumber, status: card.status, hasPin: card.hasPin, issuedAt: ISSUED, lockedAt: card.lockedAt, reason: card.reason, updatedAt: ISSUED, replacedBy: by ? { __typename: 'MemberCard', id: by.id, cardNumber: by.cardNumber } : null };
  };
  const current = () => cards.find((c) => c.status !== 'REPLACED')!;
  const change = (document: TypedDocumentNode<any, any>, operation: string, field: string, apply: (input: Record<string, any>) => Card) => ({
    request: { query: document, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: Record<string, any>) => {
      calls.push({ operation, variables });
      const refusal = refuse(operation, variables.input);
      if (refusal) return { errors: [new GraphQLError(translateDomainError(refusal, 'en').message, { extensions: { code: refusal.code, field: refusal.field } })] };
      return { data: { [field]: row(apply(variables.input)) } };
    },
  });
  const add = (cardNumber: string, pin: string | null) => {
    const card: Card = { id: String(cards.length + 1), cardNumber, status: 'ACTIVE', hasPin: pin !== null, reason: null, lockedAt: null, replacedById: null };
    cards.unshift(card);
    return card;
  };
  return [
    {
      request: { query: MemberCardsQuery, variables: () => true },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: (variables: Record<string, any>) => {
        calls.push({ operation: 'MemberCards', variables });
        return { data: { memberCards: cards.map(row) } };
      },
    },
    change(IssueMemberCardMutation, 'IssueMemberCard', 'issueMemberCard', (input) => add(input.cardNumber, input.pin)),
    change(SetMemberCardPinMutation, 'SetMemberCardPin', 'setMemberCardPin', (input) => Object.assign(current(), { hasPin: input.pin !== null })),
    change(LockMemberCardMutation, 'LockMemberCard', 'lockMemberCard', (input) => Object.assign(current(), { status: 'LOCKED', reason: input.reason, lockedAt: '2026-12-01T03:00:00.000Z' })),
    change(UnlockMemberCardMutation, 'UnlockMemberCard', 'unlockMemberCard', () => Object.assign(current(), { status: 'ACTIVE', reason: null, lockedAt: null })),
    change(ReplaceMemberCardMutation, 'ReplaceMemberCard', 'replaceMemberCard', (input) => {
      const old = current();
      const card = add(input.cardNumber, input.pin);
      Object.assign(old, { status: 'REPLACED', reason: input.reason, replacedById: card.id });
      return card;
    }),
  ];
}

const inputsOf = (calls: Call[], operation: string) => calls.filter((c) => c.operation === operation).map((c) => c.variables.input);

describe('MemberCardsPanel', () => {
  it('issues a card: the number is checked with the server\'s schema next to its field, then sent trimmed in capitals with a key', async () => {
    const calls: Call[] = [];
    const cards: Card[] = [];
    const t = messages['zh-HK'].prepaid.cards;
    renderWithIntl(<MockedApollo mocks={api(calls, cards)}><MemberCardsPanel memberId="12" /></MockedApollo>);
    expect((await screen.findByTestId('member-card-none')).textContent).toBe(t.none);
    expect(screen.queryByRole('button', { name: t.lock })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: t.issue }));
    const form = screen.getByRole('form', { name: t.formTitle.issue });
    fireEvent.change(within(form).getByLabelText(new RegExp(`^${t.cardNumber}`)), { target: { value: 'C-1' } });
    fireEvent.change(within(form).getByLabelText(t.pinOptional), { target: { value: '12a' } });
    fireEvent.click(within(form).getByRole('button', { name: t.submit.issue }));
    expect(screen.getByTestId('error-cardNumber').textContent).toBe('「卡號」無效：須為 4 至 30 個英文字母或數字');
    expect(screen.getByTestId('error-pin').textContent).toBe('「密碼」無效：須為 4 至 6 位數字');
    expect(inputsOf(calls, 'IssueMemberCard')).toEqual([]);

    fireEvent.change(within(form).getByLabelText(new RegExp(`^${t.cardNumber}`)), { target: { value: ' vip0042 ' } });
    fireEvent.change(within(form).getByLabelText(t.pinOptional), { target: { value: '2468' } });
    fireEvent.click(within(form).getByRole('button', { name: t.submit.issue }));
    expect((await screen.findByRole('status')).textContent).toBe('已發出會員卡 VIP0042。');
    await waitFor(() => expect(screen.getByTestId('member-card-number').textContent).toBe('VIP0042'));
    expect(screen.getByTestId('member-card-status').textContent).toBe(t.statusName.ACTIVE);
    expect(screen.getByTestId('member-card-has-pin').textContent).toBe(t.pinSet);
    expect(inputsOf(calls, 'IssueMemberCard')).toEqual([{ memberId: '12', cardNumber: 'VIP0042', pin: '2468', idempotencyKey: expect.stringMatching(UUID) }]);
    expect(calls.filter((c) => c.operation === 'MemberCards').length).toBeGreaterThanOrEqual(2);
  });

  it('reports the card lost with a reason and unlocks it', async () => {
    const calls: Call[] = [];
    const cards: Card[] = [{ id: '1', cardNumber: '88001234', status: 'ACTIVE', hasPin: false, reason: null, lockedAt: null, replacedById: null }];
    renderWithIntl(<MockedApollo mocks={api(calls, cards)}><MemberCardsPanel memberId="12" /></MockedApollo>, 'en');
    fireEvent.click(await screen.findByRole('button', { name: 'Report lost / lock' }));
    const form = screen.getByRole('form', { name: 'Report the card lost' });
    fireEvent.click(within(form).getByRole('button', { name: 'Lock card' }));
    expect(screen.getByTestId('error-reason').textContent).toBe(`"reason" is invalid: ${messages.en.errors.required}`);
    fireEvent.change(within(form).getByLabelText(/^Reason/), { target: { value: 'lost at the gym' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lock card' }));
    expect((await screen.findByRole('status')).textContent).toBe(messages.en.prepaid.cards.lockedDone);
    await waitFor(() => expect(screen.getByTestId('member-card-current').getAttribute('data-status')).toBe('LOCKED'));
    expect(screen.getByTestId('member-card-status').textContent).toMatch(/^Locked \(reported lost\) · since .*: lost at the gym$/);
    expect(inputsOf(calls, 'LockMemberCard')).toEqual([{ memberId: '12', reason: 'lost at the gym', idempotencyKey: expect.stringMatching(UUID) }]);

    expect(screen.queryByRole('button', { name: 'Report lost / lock' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect((await screen.findByRole('status')).textContent).toBe('The card is unlocked.');
    expect(screen.getByTestId('member-card-current').getAttribute('data-status')).toBe('ACTIVE');
    expect(inputsOf(calls, 'UnlockMemberCard')).toEqual([{ memberId: '12', idempotencyKey: expect.stringMatching(UUID) }]);
  });

  it('replaces the card: a used number is refused next to its field in the server\'s words; the old card goes to the history', async () => {
    const calls: Call[] = [];
    const cards: Card[] = [{ id: '1', cardNumber: 'OLD0001', status: 'LOCKED', hasPin: true, reason: 'lost', lockedAt: '2026-12-01T03:00:00.000Z', replacedById: null }];
    const refuse = (operation: string, input: Record<string, any>) => (operation === 'ReplaceMemberCard' && input.cardNumber === 'TAKEN01' ? alreadyUsed('cardNumber') : null);
    renderWithIntl(<MockedApollo mocks={api(calls, cards, refuse)}><MemberCardsPanel memberId="12" /></MockedApollo>, 'en');
    fireEvent.click(await screen.findByRole('button', { name: 'Replace card' }));
    const form = screen.getByRole('form', { name: 'Replace the card' });
    fireEvent.change(within(form).getByLabelText(/^Card number/), { target: { value: 'taken01' } });
    fireEvent.change(within(form).getByLabelText(/^Reason/), { target: { value: 'lost on the MTR' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Replace card' }));
    expect((await screen.findByTestId('error-cardNumber')).textContent).toBe('"card number" is invalid: already used');
    expect(screen.queryByRole('alert')).toBeNull();

    const [firstTry] = inputsOf(calls, 'ReplaceMemberCard');
    fireEvent.change(within(form).getByLabelText(/^Card number/), { target: { value: 'NEW0002' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Replace card' }));
    expect((await screen.findByRole('status')).textContent).toBe('Card NEW0002 replaces the old card; her balances stay.');
    await waitFor(() => expect(screen.getByTestId('member-card-number').textContent).toBe('NEW0002'));
    expect(screen.getByTestId('member-card-has-pin').textContent).toBe('No PIN');
    const history = screen.getByRole('table', { name: 'Replaced cards' });
    expect(within(history).getAllByTestId('member-card-replaced').map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      ['OLD0001', expect.any(String), expect.any(String), 'NEW0002', 'lost on the MTR'],
    ]);
    const [, secondTry] = inputsOf(calls, 'ReplaceMemberCard');
    expect(secondTry).toEqual({ memberId: '12', cardNumber: 'NEW0002', pin: null, reason: 'lost on the MTR', idempotencyKey: expect.stringMatching(UUID) });
    // A refused request changed nothing, so the retry may keep its key.
    expect(secondTry.idempotencyKey).toBe(firstTry.idempotencyKey);
  });

  it('sets a PIN (blank is refused: clearing has its own button) and clears it', async () => {
    const calls: Call[] = [];
    const cards: Card[] = [{ id: '1', cardNumber: 'PIN0001', status: 'ACTIVE', hasPin: false, reason: null, lockedAt: null, replacedById: null }];
    const t = messages.th.prepaid.cards;
    renderWithIntl(<MockedApollo mocks={api(calls, cards)}><MemberCardsPanel memberId="7" /></MockedApollo>, 'th');
    expect(screen.queryByRole('button', { name: t.clearPin })).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: t.setPin }));
    const form = screen.getByRole('form', { name: t.formTitle.pin });
    fireEvent.click(within(form).getByRole('button', { name: t.submit.pin }));
    expect(screen.getByTestId('error-pin')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText(new RegExp(`^${t.pin}`)), { target: { value: '135790' } });
    fireEvent.click(within(form).getByRole('button', { name: t.submit.pin }));
    expect((await screen.findByRole('status')).textContent).toBe(t.pinSaved);
    expect(screen.getByTestId('member-card-has-pin').textContent).toBe(t.pinSet);
    fireEvent.click(screen.getByRole('button', { name: t.clearPin }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(t.pinCleared));
    expect(screen.getByTestId('member-card-has-pin').textContent).toBe(t.pinNone);
    expect(inputsOf(calls, 'SetMemberCardPin').map(({ pin }) => pin)).toEqual(['135790', null]);
  });
});
