/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MockedProviderProps } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { CheckoutBillOffersQuery, CheckoutMutation, HeldBillsQuery, QuoteBillQuery, ResumeHeldBillMutation } from '@/components/sales/checkout/bill-documents';
import { CheckoutItemByCodeQuery, CheckoutItemSearchQuery } from '@/components/sales/checkout/checkout-documents';
import { CheckoutScreen, type CheckoutPrefill } from '@/components/sales/checkout/checkout-screen';
import { MockedApollo, responders, type Call } from './apollo-responders';
import { renderWithIntl } from './render-with-intl';

jest.mock('@/i18n/navigation', () => ({
  Link: ({ href, children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: unknown; children: ReactNode }) => (
    <a href={typeof href === 'string' ? href : JSON.stringify(href)} {...rest}>
      {children}
    </a>
  ),
}));

const CREAM = {
  __typename: 'SellableItem', kind: 'PRODUCT', itemId: '7', code: 'P007', barcode: '4890000000017', label: 'Cream', priceCents: 12_000,
  taxRateBasisPoints: 0, onHand: 5, allowNegativeStock: false, departmentId: '3',
};
const TENDERS = [
  { id: '1', code: 'CASH', label: 'Cash', kind: 'CASH', givesChange: true },
  { id: '2', code: 'CARD', label: 'Card', kind: 'CARD', givesChange: false },
] as const;

/** The server's quote, from the lines sent: the catalogue price unless one was typed; offer HALF takes half off. */
function quote(variables: Record<string, any>) {
  const subtotal = (variables.input.lines as Array<{ quantity: number; unitPriceCents: number | null }>).reduce((sum, line) => sum + line.quantity * (line.unitPriceCents ?? CREAM.priceCents), 0);
  // The server takes an offer by its code or its alternative code.
  const off = variables.input.offerCode === 'HALF' || variables.input.offerCode === 'H' ? subtotal / 2 : 0;
  return { quoteBill: { __typename: 'BillQuote', subtotalCents: subtotal, discountCents: off, offerDiscountCents: off, taxCents: 0, roundingCents: 0, totalCents: subtotal - off, memberDiscountPercent: 0 } };
}

const offer = (code: string, altCode: string | null, applies: boolean, failedConditions: string[] = []) => ({
  __typename: 'BillOffer', applies, failedConditions,
  offer: { __typename: 'Offer', id: code, code, altCode, name: `${code} offer`, analysisCode: 'K11', discountType: 'ITEM_PERCENT', discountBasisPoints: 5000, fixedPriceCents: null, departmentIds: ['3'] },
});
const OFFERS = [offer('HALF', 'H', true), offer('BDAY', null, false, ['MEMBER_REQUIRED', 'BIRTHDAY'])];

const invoice = { checkout: { __typename: 'Invoice', id: '41', number: 'TKO-00041', totalCents: 24_000, changeCents: 1_000, analysisCode: null, offerDiscountCents: 0, offer: null } };

function held(id: string, label: string) {
  return {
    __typename: 'HeldBill', id, label, customerName: '陳小姐', note: '', totalCents: 24_000, createdAt: '2031-05-05T02:00:00.000Z', ageMinutes: 12,
    heldBy: { __typename: 'Staff', id: '9', displayName: 'Ivy' }, member: null, offerCode: null,
    lines: [{ __typename: 'HeldBillLine', kind: 'PRODUCT', itemId: '7', code: 'P007', label: 'Cream', quantity: 2, unitPriceCents: 12_000, lineDiscountCents: 500, staffId: '9' }],
  };
}

function renderScreen(
  extra: MockedProviderProps['mocks'] = [],
  checkout: ((v: Record<string, any>) => unknown) | null = () => invoice,
  heldBills: unknown[] = [],
  prefill: CheckoutPrefill | null = null,
) {
  const calls: Call[] = [];
  const mocks = [
    ...(extra ?? []),
    ...responders(
      [
        [HeldBillsQuery, () => ({ heldBills: { __typename: 'HeldBillConnection', nodes: heldBills } })],
        [CheckoutItemByCodeQuery, (v) => ({ sellableItemByCode: v.code === CREAM.barcode || v.code === CREAM.code ? CREAM : null })],
        [CheckoutItemSearchQuery, () => ({ sellableItems: { __typename: 'SellableItemConnection', nodes: [CREAM] } })],
        [QuoteBillQuery, quote],
        [CheckoutBillOffersQuery, () => ({ billOffers: { __typename: 'BillOfferConnection', nodes: OFFERS } })],
        ...(checkout ? [[CheckoutMutation, checkout] as [typeof CheckoutMutation, (v: Record<string, any>) => unknown]] : []),
      ],
      calls,
      'refused',
    )!,
  ];
  renderWithIntl(
    <MockedApollo mocks={mocks}>
      <CheckoutScreen
        branches={[{ id: '1', code: 'TKO', label: 'TKO', currency: 'HKD' }]}
        defaultBranchId="1"
        tenders={TENDERS}
        staff={[{ id: '9', code: 'IS009', displayName: 'Ivy' }]}
        viewerStaffId="9"
        money={{ currencyDisplay: 'symbol', currencyDecimals: 2 }}
        prefill={prefill}
      />
    </MockedApollo>,
    'en',
  );
  return calls;
}

async function scan(code: string) {
  const field = screen.getByTestId('checkout-scan');
  fireEvent.change(field, { target: { value: code } });
  await act(async () => {
    fireEvent.keyDown(field, { key: 'Enter' });
  });
}

const payButton = () => screen.getByTestId('checkout-pay');

beforeEach(() => {
  // Keys numbered per test (jsdom has no crypto.randomUUID; the screen makes its idempotency keys with it).
  let n = 0;
  Object.defineProperty(globalThis.crypto, 'randomUUID', { configurable: true, value: () => `key-${++n}` });
});

it('a scan adds the item as a line and a second scan bumps its quantity; the scan field keeps focus', async () => {
  renderScreen();
  screen.getByTestId('checkout-scan').focus();
  await scan(CREAM.barcode);
  await screen.findByTestId('checkout-line');
  await scan(CREAM.barcode);
  await waitFor(() => expect(screen.getByTestId('checkout-line-quantity')).toHaveValue(2));
  expect(screen.getAllByTestId('checkout-line')).toHaveLength(1);
  expect(screen.getByTestId('checkout-line-staff')).toHaveValue('9');
  expect(screen.getByTestId('checkout-scan')).toHaveFocus();
  expect(screen.getByTestId('checkout-total').textContent).toBe('HK$240.00');

  await scan('NOPE');
  expect(await screen.findByText('Nothing sellable has the code “NOPE”.')).toBeTruthy();
  expect(screen.getAllByTestId('checkout-line')).toHaveLength(1);
});

it('split payment: pay stays off until card and cash cover the total, cash shows the change, and checkout sends both with one key', async () => {
  const calls = renderScreen();
  await scan(CREAM.code);
  await scan(CREAM.code);
  await waitFor(() => expect(screen.getByTestId('checkout-total').textContent).toBe('HK$240.00'));
  expect(payButton()).toBeDisabled();

  fireEvent.click(screen.getByRole('button', { name: 'Card' }));
  const amounts = () => screen.getAllByTestId('checkout-payment-amount');
  expect(amounts()[0]).toHaveValue('240');
  fireEvent.change(amounts()[0], { target: { value: '100' } });
  expect(screen.getByTestId('checkout-due').textContent).toBe('Still due: HK$140.00');
  expect(payButton()).toBeDisabled();

  fireEvent.click(screen.getByRole('button', { name: 'Cash' }));
  expect(amounts()[1]).toHaveValue('140');
  expect(amounts()[1]).toHaveFocus();
  fireEvent.change(amounts()[1], { target: { value: '150' } });
  expect(screen.getByTestId('checkout-change').textContent).toBe('Change: HK$10.00');
  expect(payButton()).toBeEnabled();

  // A card paying more than is due is refused on the spot: only cash gives change.
  fireEvent.change(amounts()[0], { target: { value: '300' } });
  expect(payButton()).toBeDisabled();
  expect(screen.getByText('More than the HK$240.00 due; only cash gives change.')).toBeTruthy();
  fireEvent.change(amounts()[0], { target: { value: '100' } });

  await act(async () => {
    fireEvent.click(payButton());
    fireEvent.click(payButton());
  });
  expect(await screen.findByTestId('checkout-invoice-number')).toHaveTextContent('TKO-00041');
  const checkouts = calls.filter((call) => call.operation === 'Checkout');
  expect(checkouts).toHaveLength(1);
  expect(checkouts[0].variables.input).toMatchObject({
    branchId: '1',
    memberId: null,
    lines: [{ kind: 'PRODUCT', itemId: '7', quantity: 2, unitPriceCents: null, lineDiscountCents: 0, staffId: '9' }],
    payments: [
      { tenderTypeId: '2', amountCents: 10_000 },
      { tenderTypeId: '1', amountCents: 15_000 },
    ],
  });
  expect(checkouts[0].variables.input.idempotencyKey).toMatch(/^key-/);
  expect(screen.getByTestId('checkout-receipt-80mm').getAttribute('href')).toContain('"paper":"80mm"');
  expect(within(screen.getByTestId('checkout-done')).getByTestId('checkout-done-change').textContent).toBe('Change to give: HK$10.00');
});

it('a retry after a lost answer sends the same key (a double charge is impossible); after a refusal the corrected bill gets a new one, and the refusal sits by its payment', async () => {
  const sent: string[] = [];
  const answers: MockedProviderProps['mocks'] = [
    // The first answer is lost on the way back (the server may have issued the invoice under key-1).
    { request: { query: CheckoutMutation, variables: () => true }, error: new Error('Failed to fetch') },
    {
      request: { query: CheckoutMutation, variables: () => true },
      result: (v: Record<string, any>) => {
        sent.push(v.input.idempotencyKey);
        return { errors: [new GraphQLError('Tender type is inactive', { extensions: { code: 'BAD_USER_INPUT', field: 'payments.0.tenderTypeId' } })] };
      },
    },
    { request: { query: CheckoutMutation, variables: () => true }, result: (v: Record<string, any>) => (sent.push(v.input.idempotencyKey), { data: invoice }) },
  ];
  renderScreen(answers, null);
  await scan(CREAM.code);
  await waitFor(() => expect(screen.getByTestId('checkout-total').textContent).toBe('HK$120.00'));
  fireEvent.click(screen.getByRole('button', { name: 'Cash' }));

  await act(async () => fireEvent.click(payButton()));
  expect(await screen.findByTestId('checkout-error')).toHaveTextContent('Failed to fetch');
  expect(screen.getAllByTestId('checkout-line')).toHaveLength(1);
  await act(async () => fireEvent.click(payButton()));
  const refusal = await screen.findByText('Tender type is inactive');
  expect(refusal.closest('[data-testid="checkout-payment-row"]')).not.toBeNull();
  await act(async () => fireEvent.click(payButton()));
  await screen.findByTestId('checkout-done');
  // The retry went under the lost attempt's key-1; the correction after the refusal under a new one.
  expect(sent).toEqual(['key-1', 'key-2']);
});

it('held bills list with their age; resume fills the bill; one another terminal took first says so and nothing on screen changes', async () => {
  const answers: MockedProviderProps['mocks'] = [
    { request: { query: ResumeHeldBillMutation, variables: { id: '3' } }, result: { data: { resumeHeldBill: held('3', 'Ms Chan') } } },
    {
      request: { query: ResumeHeldBillMutation, variables: { id: '4' } },
      result: { errors: [new GraphQLError('This held bill was already taken up or discarded.', { extensions: { code: 'ALREADY_RESUMED' } })] },
    },
  ];
  renderScreen(answers, null, [held('3', 'Ms Chan'), held('4', 'Ms Lee')]);
  fireEvent.click(await screen.findByText('Held bills (2)'));
  const bills = await screen.findAllByTestId('checkout-held-bill');
  expect(within(bills[0]).getByTestId('checkout-held-age').textContent).toBe('Held 12 min ago by Ivy');

  await act(async () => fireEvent.click(within(bills[1]).getByTestId('checkout-held-resume')));
  expect(await screen.findByTestId('checkout-held-error')).toHaveTextContent('This held bill was already taken up or discarded.');
  expect(screen.getByTestId('checkout-lines-empty')).toBeTruthy();

  await act(async () => fireEvent.click(within(bills[0]).getByTestId('checkout-held-resume')));
  const line = await screen.findByTestId('checkout-line');
  expect(within(line).getByTestId('checkout-line-quantity')).toHaveValue(2);
  expect(within(line).getByTestId('checkout-line-discount')).toHaveValue('5');
  expect(screen.getByTestId('checkout-walk-in-name')).toHaveValue('陳小姐');
  expect(screen.getByTestId('checkout-notice').textContent).toBe('Resumed: Ms Chan');
  expect(screen.queryByTestId('checkout-held-bills')).toBeNull();
});

it('lists the offers with why not; one typed by its alternative code prices the bill and goes with the checkout', async () => {
  const calls = renderScreen();
  await scan(CREAM.code);
  await scan(CREAM.code);
  const list = await screen.findByTestId('checkout-offer-list');
  expect(within(list).getByTestId('checkout-offer-BDAY').textContent).toContain('Does not apply: Members only and Not in the birthday window');
  expect(within(list).queryByTestId('checkout-offer-use-BDAY')).toBeNull();

  fireEvent.change(screen.getByTestId('checkout-offer-code'), { target: { value: 'H' } });
  fireEvent.click(screen.getByTestId('checkout-offer-apply'));
  await waitFor(() => expect(screen.getByTestId('checkout-total').textContent).toBe('HK$120.00'));
  expect(screen.getByTestId('checkout-offer-applied').textContent).toContain('HALF HALF offer');
  expect(screen.getByTestId('checkout-offer-discount').textContent).toContain('-HK$120.00');

  fireEvent.click(screen.getByRole('button', { name: 'Card' }));
  await act(async () => {
    fireEvent.click(payButton());
  });
  await screen.findByTestId('checkout-done', {}, { timeout: 5000 });
  expect(calls.find((c) => c.operation === 'Checkout')!.variables.input.offerCode).toBe('HALF');

  // Taken off again, the member level prices the bill alone.
  fireEvent.click(screen.getByTestId('checkout-new-bill'));
  expect(screen.queryByTestId('checkout-offer-applied')).toBeNull();
});

it('a bill from a booking proposes the booking\'s offer; taking it prices the visit with it', async () => {
  const cream = { kind: 'PRODUCT' as const, itemId: '7', code: 'P007', label: 'Cream', priceCents: 12_000, taxRateBasisPoints: 0, onHand: 5, allowNegativeStock: false, departmentId: '3' };
  renderScreen([], () => invoice, [], { appointmentId: '5', branchId: '1', member: null, treatment: cream, staffId: '9', offerCode: 'HALF' });
  const proposal = await screen.findByTestId('checkout-offer-proposed');
  expect(proposal.textContent).toContain('The booking carries offer HALF HALF offer.');
  fireEvent.click(within(proposal).getByTestId('checkout-offer-use-proposed'));
  await waitFor(() => expect(screen.getByTestId('checkout-total').textContent).toBe('HK$60.00'));
  expect(screen.queryByTestId('checkout-offer-proposed')).toBeNull();
});
