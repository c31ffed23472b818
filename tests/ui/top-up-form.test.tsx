/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import type { MockedProviderProps } from '@apollo/client/testing/react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { PrepaidCounterSetupQuery, TopUpMutation, TopUpQuoteQuery } from '@/components/prepaid/counter/counter-documents';
import { TopUpForm } from '@/components/prepaid/stored-value/top-up-form';
import { MockedApollo, responders, type Call } from './apollo-responders';
import { renderWithIntl } from './render-with-intl';

const tender = (id: string, code: string, label: string, kind: string, givesChange: boolean) => ({ __typename: 'TenderType', id, code, label, kind, givesChange });

const SETUP = {
  viewer: { __typename: 'Staff', id: '5', branch: { __typename: 'Branch', id: '1', currency: 'HKD' } },
  branches: { __typename: 'BranchConnection', nodes: [{ __typename: 'Branch', id: '1', label: 'Tsim Sha Tsui', currency: 'HKD' }] },
  tenderTypes: { __typename: 'TenderTypeConnection', nodes: [tender('1', 'CASH', 'Cash', 'CASH', true), tender('2', 'CARD', 'Visa', 'CARD', false), tender('9', 'SV', 'Stored value', 'STORED_VALUE', false)] },
  systemSettings: { __typename: 'SystemSettings', currencyDisplay: 'symbol', currencyDecimals: 2 },
};

/** The API as the form sees it: a VIP's 10 % bonus, and a top-up that refuses a card payment over the amount as the server does. */
function api(calls: Call[]) {
  const base = responders(
    [
      [PrepaidCounterSetupQuery, () => SETUP],
      [TopUpQuoteQuery, ({ amountCents }) => ({ topUpQuote: { __typename: 'TopUpQuote', paidCents: amountCents, bonusPercent: 10, bonusCents: amountCents / 10, totalCents: amountCents * 1.1 } })],
    ],
    calls,
  )!;
  const topUp: NonNullable<MockedProviderProps['mocks']>[number] = {
    request: { query: TopUpMutation, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: Record<string, any>) => {
      calls.push({ operation: 'TopUp', variables });
      const { amountCents, payments } = variables.input;
      const card = payments.findIndex((p: { tenderTypeId: string; amountCents: number }) => p.tenderTypeId === '2' && p.amountCents > amountCents);
      if (card >= 0) return { errors: [new GraphQLError('"amount" is invalid: more than the 1000.00 still due', { extensions: { code: 'BAD_USER_INPUT', field: `payments.${card}.amountCents` } })] };
      const bonus = amountCents / 10;
      return {
        data: {
          topUp: {
            __typename: 'StoredValueSaleResult',
            changeCents: payments.reduce((sum: number, p: { amountCents: number }) => sum + p.amountCents, 0) - amountCents,
            prepaidSale: { __typename: 'PrepaidSale', id: '31', number: 'TSTPP-00031' },
            entry: { __typename: 'StoredValueEntry', id: '77', amountCents: amountCents + bonus, paidCents: amountCents, bonusCents: bonus, balanceAfterCents: amountCents + bonus },
          },
        },
      };
    },
  };
  return [...base, topUp];
}

const topUps = (calls: Call[]) => calls.filter((c) => c.operation === 'TopUp').map((c) => c.variables.input);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function ready() {
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Tender 1' })).toBeTruthy());
}

describe('TopUpForm', () => {
  it('previews the level\'s bonus as she types and tops up with one payment following the amount', async () => {
    const calls: Call[] = [];
    const onDone = jest.fn();
    renderWithIntl(<MockedApollo mocks={api(calls)}><TopUpForm memberId="12" onDone={onDone} /></MockedApollo>, 'en');
    await ready();
    // Stored value and packages are not offered as a way to pay for stored value.
    expect(within(screen.getByRole('combobox', { name: 'Tender 1' })).queryByText('Stored value')).toBeNull();
    expect(screen.getByTestId('top-up-preview').textContent).toBe('Type an amount to see her level\'s bonus.');

    fireEvent.change(screen.getByRole('textbox', { name: 'She pays' }), { target: { value: '1000' } });
    await waitFor(() => expect(screen.getByTestId('top-up-preview').textContent).toMatch(/Pays HK\$1,000\.00, gets HK\$1,100\.00 \(bonus HK\$100\.00 at 10 %\)/));
    expect((screen.getByRole('textbox', { name: 'Amount 1' }) as HTMLInputElement).value).toBe('1000');

    fireEvent.click(screen.getByRole('button', { name: 'Top up' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(topUps(calls)).toEqual([
      { memberId: '12', branchId: '1', amountCents: 100_000, payments: [{ tenderTypeId: '1', amountCents: 100_000, reference: null }], idempotencyKey: expect.stringMatching(UUID) },
    ]);
    expect(onDone.mock.calls[0][0]).toBe('Topped up on TSTPP-00031: paid HK$1,000.00, bonus HK$100.00; stored value now HK$1,100.00.');
  });

  it('checks with the server\'s schema before sending: an amount is required', async () => {
    const calls: Call[] = [];
    renderWithIntl(<MockedApollo mocks={api(calls)}><TopUpForm memberId="12" onDone={jest.fn()} /></MockedApollo>, 'en');
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Top up' }));
    const field = screen.getByRole('textbox', { name: 'She pays' });
    await waitFor(() => expect(document.getElementById(field.getAttribute('aria-describedby')!)?.textContent).toMatch(/amount/));
    expect(topUps(calls)).toEqual([]);
  });

  it('splits the payment over two tenders and shows a refusal next to the payment it names', async () => {
    const calls: Call[] = [];
    const onDone = jest.fn();
    renderWithIntl(<MockedApollo mocks={api(calls)}><TopUpForm memberId="12" onDone={onDone} /></MockedApollo>, 'en');
    await ready();
    fireEvent.change(screen.getByRole('textbox', { name: 'She pays' }), { target: { value: '1000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a payment' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Amount 1' }), { target: { value: '500' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Tender 2' }), { target: { value: '2' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Amount 2' }), { target: { value: '1200' } });
    fireEvent.click(screen.getByRole('button', { name: 'Top up' }));
    const amount2 = screen.getByRole('textbox', { name: 'Amount 2' });
    await waitFor(() => expect(document.getElementById(amount2.getAttribute('aria-describedby')!)?.textContent).toContain('still due'));
    expect(onDone).not.toHaveBeenCalled();
    const [refused] = topUps(calls);

    // Corrected, the same submission goes again with the same key.
    fireEvent.change(amount2, { target: { value: '500' } });
    fireEvent.click(screen.getByRole('button', { name: 'Top up' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const sent = topUps(calls)[1];
    expect(sent.payments).toEqual([{ tenderTypeId: '1', amountCents: 50_000, reference: null }, { tenderTypeId: '2', amountCents: 50_000, reference: null }]);
    expect(sent.idempotencyKey).toBe(refused.idempotencyKey);
  });
});
