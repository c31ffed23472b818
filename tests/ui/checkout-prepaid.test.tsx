/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { fireEvent, screen } from '@testing-library/react';
import { createRef } from 'react';
import { BillLines } from '@/components/sales/checkout/bill-lines';
import type { DraftLine } from '@/components/sales/checkout/bill-draft';
import { totalsLines } from '@/components/sales/checkout/bill-draft';
import { PaymentPanel } from '@/components/sales/checkout/payment-panel';
import { summarisePayments, type PaymentDraft } from '@/components/sales/checkout/payment-draft';
import type { CheckoutPrepaid } from '@/components/sales/checkout/prepaid-parts';
import { billTotals } from '@/services/sales/bill-totals';
import { renderWithIntl } from './render-with-intl';

const TENDERS = [
  { id: '1', label: 'Cash', kind: 'CASH', givesChange: true },
  { id: '10', label: 'Stored value', kind: 'STORED_VALUE', givesChange: false },
  { id: '11', label: 'Package', kind: 'PACKAGE', givesChange: false },
];
const PREPAID: CheckoutPrepaid = {
  storedValueCents: 110_000,
  cardLocked: false,
  cardHasPin: true,
  packages: [
    { id: '5', name: 'Facial ×10', kind: 'SESSIONS', sessionsRemaining: 3, remainingCents: 0, validTo: '2031-06-06', treatmentIds: ['8'] },
    { id: '6', name: 'Value 4,000', kind: 'VALUE', sessionsRemaining: 0, remainingCents: 400_000, validTo: '2031-12-31', treatmentIds: null },
  ],
};
const FACIAL: DraftLine = {
  key: 'line-1', quantity: 1, unitPriceCents: 48_000, lineDiscountCents: 0, staffId: null,
  item: { kind: 'TREATMENT', itemId: '8', code: 'F1', label: 'Facial', priceCents: 48_000, taxRateBasisPoints: 0, onHand: null, allowNegativeStock: true, departmentId: null },
};
const money = (cents: number) => `$${(cents / 100).toFixed(2)}`;

function renderPayments(payments: PaymentDraft[], prepaid: CheckoutPrepaid | null, errors: Record<string, string> = {}) {
  const onPrepaid = jest.fn();
  const totals = billTotals(totalsLines({ branchId: '1', customer: { kind: 'walkIn', name: '' }, lines: [FACIAL], appointmentId: null, note: '', offerCode: null, couponCode: null }), { memberDiscountPercent: 0, roundingStepCents: 1 });
  renderWithIntl(
    <PaymentPanel
      totals={totals} memberDiscountPercent={0} quotedTotalCents={null} pointsEarned={null} tenders={TENDERS} payments={payments}
      summary={summarisePayments(payments, TENDERS, totals.totalCents)} errors={errors} canPay paying={false} firstTenderRef={createRef()} focusKey={null}
      onAddTender={jest.fn()} onAmount={jest.fn()} onRemove={jest.fn()} onPay={jest.fn()} prepaid={prepaid} onPrepaid={onPrepaid} formatMoney={money}
    />,
    'en',
  );
  return onPrepaid;
}

it('shows her stored value and packages, asks the PIN for stored value and the package for a package payment', () => {
  const onPrepaid = renderPayments([{ key: 'p1', tenderTypeId: '10', amountText: '300.00' }, { key: 'p2', tenderTypeId: '11', amountText: '180.00' }], PREPAID);
  expect(screen.getByTestId('checkout-prepaid-stored-value').textContent).toBe('$1100.00');
  expect(screen.getByTestId('checkout-prepaid-packages').textContent).toContain('Facial ×10: 3 sessions left');
  fireEvent.change(screen.getByLabelText('Card PIN'), { target: { value: '2468' } });
  expect(onPrepaid).toHaveBeenCalledWith('p1', { pin: '2468' });
  const pick = screen.getByTestId('checkout-payment-package');
  expect([...pick.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Choose her package', 'Value 4,000: $4000.00 left, until 2031-12-31']);
  fireEvent.change(pick, { target: { value: '6' } });
  expect(onPrepaid).toHaveBeenCalledWith('p2', { memberPackageId: '6' });
  expect(screen.queryByTestId('checkout-prepaid-locked')).toBeNull();
});

it('says a locked card refuses her prepaid payments, and shows the server\'s refusal next to its payment', () => {
  renderPayments([{ key: 'p1', tenderTypeId: '10', amountText: '480.00' }], { ...PREPAID, cardLocked: true, cardHasPin: false });
  expect(screen.getByTestId('checkout-prepaid-locked').textContent).toMatch(/locked/);
  expect(screen.getByTestId('checkout-payment-prepaid-refused').textContent).toMatch(/locked/);
  expect(screen.queryByLabelText('Card PIN')).toBeNull();
});

it('places a wrong PIN next to its payment', () => {
  renderPayments([{ key: 'p1', tenderTypeId: '10', amountText: '480.00', pin: '1' }], PREPAID, { p1: 'the PIN is not the card’s' });
  expect(screen.getByRole('alert').textContent).toBe('the PIN is not the card’s');
});

it('lets a treatment line use a session of a package covering it, which makes the line 0', () => {
  const onChange = jest.fn();
  const line = { ...FACIAL, memberPackageId: '5' };
  const lineTotals = billTotals(totalsLines({ branchId: '1', customer: { kind: 'walkIn', name: '' }, lines: [line], appointmentId: null, note: '', offerCode: null, couponCode: null }), { memberDiscountPercent: 0, roundingStepCents: 1 });
  expect(lineTotals.totalCents).toBe(0);
  renderWithIntl(<BillLines lines={[FACIAL]} totals={lineTotals.lines} staff={[]} errors={{}} onChange={onChange} onRemove={jest.fn()} prepaid={PREPAID} formatMoney={money} />, 'en');
  const session = screen.getByLabelText('Use a session of');
  expect([...session.querySelectorAll('option')].map((o) => o.value)).toEqual(['', '5']);
  fireEvent.change(session, { target: { value: '5' } });
  expect(onChange).toHaveBeenCalledWith('line-1', { memberPackageId: '5' });
});
