/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PackageTypesQuery, SellPackageMutation, SellPackageSetupQuery } from '@/components/prepaid/packages/package-documents';
import { SellPackageForm } from '@/components/prepaid/packages/sell-package-form';
import { localDateIn } from '@/services/appointments/arrival-day';
import { packageValidTo } from '@/services/prepaid/prepaid-rules';
import { MockedApollo, responders, type Call } from './apollo-responders';
import { renderWithIntl } from './render-with-intl';

const treatment = (id: string, code: string, name: string) => ({ __typename: 'Treatment', id, code, name, priceCents: 48_000 });
const type = (fields: { id: string; name: string } & Record<string, unknown>) => ({ __typename: 'PackageType', active: true, sessions: null, valueCents: null, treatmentsAny: true, treatments: [], ...fields });
const TYPES = [
  type({ id: '1', code: 'MEMBERC', name: 'Member C', kind: 'VALUE', valueCents: 400_000, priceCents: 350_000, validityMonths: 6 }),
  type({ id: '2', code: 'FACIAL10', name: 'Facial ×10', kind: 'SESSIONS', sessions: 10, priceCents: 100_000, validityMonths: 12, treatmentsAny: false, treatments: [treatment('7', 'F1', 'Facial')] }),
];
const tender = (id: string, code: string, label: string, kind: string) => ({ __typename: 'TenderType', id, code, label, kind, active: true });

/** The API as the sell form sees it: the viewer's branch, the tenders (stored value among them), the types on sale, and the sale. */
function api(calls: Call[]) {
  return responders(
    [
      [SellPackageSetupQuery, () => ({
        viewer: { __typename: 'Staff', id: '3', branch: { __typename: 'Branch', id: '5', timeZone: 'Asia/Hong_Kong' } },
        tenderTypes: { __typename: 'TenderTypeConnection', nodes: [tender('1', 'CASH', 'Cash', 'CASH'), tender('2', 'CARD', 'Visa', 'CARD'), tender('9', 'SV', 'Stored value', 'STORED_VALUE')] },
      })],
      [PackageTypesQuery, () => ({ packageTypes: { __typename: 'PackageTypeConnection', totalCount: 2, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, nodes: TYPES } })],
      [SellPackageMutation, ({ input }) => ({ sellPackage: { __typename: 'MemberPackage', id: '40', name: TYPES.find((t) => t.id === input.packageTypeId)!.name, validTo: '2027-06-06', prepaidSale: { __typename: 'PrepaidSale', id: '8', number: 'TKOPP-00001' } } })],
    ],
    calls,
  );
}

const sales = (calls: Call[]) => calls.filter((c) => c.operation === 'SellPackage').map((c) => c.variables.input);
const today = () => localDateIn(new Date(), 'Asia/Hong_Kong');

async function pick(name: RegExp) {
  fireEvent.click(await screen.findByRole('button', { name }));
  await screen.findByTestId('sell-package-summary');
}

describe('SellPackageForm', () => {
  it('fills itself from the 4,000-value type and sells it for 3,500, paid at once', async () => {
    const calls: Call[] = [];
    const done = jest.fn();
    renderWithIntl(<MockedApollo mocks={api(calls)}><SellPackageForm memberId="12" onDone={done} /></MockedApollo>, 'en');
    await pick(/Member C/);
    const summary = screen.getByTestId('sell-package-summary');
    expect(within(summary).getAllByText('Value')).toHaveLength(2);
    expect(screen.getByTestId('sell-package-treatments').textContent).toBe('Any treatment');
    expect(screen.getByTestId('sell-package-value').textContent).toBe('4,000.00');
    await waitFor(() => expect(screen.getByTestId('sell-package-valid-to').textContent).toBe(`6 months, to ${packageValidTo(today(), 6)}`));
    expect((screen.getByTestId('sell-package-price') as HTMLInputElement).value).toBe('3500');
    // Stored value is not a way to pay for a package.
    expect(within(screen.getByTestId('sell-package-tender')).queryByRole('option', { name: 'Stored value' })).toBeNull();
    fireEvent.change(screen.getByTestId('sell-package-tender'), { target: { value: '1' } });
    fireEvent.click(screen.getByTestId('sell-package-submit'));
    await screen.findByText('Member C sold on TKOPP-00001, valid to 2027-06-06.');
    expect(sales(calls)).toEqual([
      expect.objectContaining({ memberId: '12', branchId: '5', packageTypeId: '1', priceCents: 350_000, instalmentCount: 1, payments: [{ tenderTypeId: '1', amountCents: 350_000, reference: null }] }),
    ]);
    expect(done).toHaveBeenCalled();
  });

  it('refuses a price at or above the value, naming the price, before anything is sent', async () => {
    const calls: Call[] = [];
    renderWithIntl(<MockedApollo mocks={api(calls)}><SellPackageForm memberId="12" /></MockedApollo>, 'en');
    await pick(/Member C/);
    fireEvent.change(screen.getByTestId('sell-package-price'), { target: { value: '4000' } });
    fireEvent.change(screen.getByTestId('sell-package-amount'), { target: { value: '4000' } });
    fireEvent.change(screen.getByTestId('sell-package-tender'), { target: { value: '1' } });
    fireEvent.click(screen.getByTestId('sell-package-submit'));
    expect(await screen.findByText(/"price" is invalid: must be below the value \(4000\.00\)/)).toBeTruthy();
    expect(sales(calls)).toEqual([]);
  });

  it('sells a session package on three instalments: the schedule adds up, the first is what is paid now', async () => {
    const calls: Call[] = [];
    renderWithIntl(<MockedApollo mocks={api(calls)}><SellPackageForm memberId="12" /></MockedApollo>, 'en');
    await pick(/Facial ×10/);
    expect(screen.getByTestId('sell-package-sessions').textContent).toBe('10');
    expect(screen.getByTestId('sell-package-treatments').textContent).toBe('Facial (F1)');
    fireEvent.change(screen.getByTestId('sell-package-price'), { target: { value: '1000.01' } });
    fireEvent.change(screen.getByTestId('sell-package-instalments'), { target: { value: '3' } });
    const rows = within(await screen.findByTestId('sell-package-schedule')).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['1 (paid now)', today(), '333.35'],
      [expect.any(String), expect.any(String), '333.33'],
      [expect.any(String), expect.any(String), '333.33'],
    ]);
    expect((screen.getByTestId('sell-package-amount') as HTMLInputElement).value).toBe('333.35');
    // Paying the whole price is not what is due now.
    fireEvent.change(screen.getByTestId('sell-package-amount'), { target: { value: '1000.01' } });
    fireEvent.change(screen.getByTestId('sell-package-tender'), { target: { value: '2' } });
    fireEvent.click(screen.getByTestId('sell-package-submit'));
    expect((await screen.findByTestId('sell-package-payments-error')).textContent).toBe('"payments" is invalid: the payments must add up to exactly 333.35');
    fireEvent.change(screen.getByTestId('sell-package-amount'), { target: { value: '333.35' } });
    fireEvent.click(screen.getByTestId('sell-package-submit'));
    await waitFor(() => expect(sales(calls)).toHaveLength(1));
    expect(sales(calls)[0]).toMatchObject({ packageTypeId: '2', priceCents: 100_001, instalmentCount: 3, payments: [{ tenderTypeId: '2', amountCents: 33_335 }] });
  });
});
