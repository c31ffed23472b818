/** @jest-environment jsdom */
import { MockedProvider } from '@apollo/client/testing/react';
import { expect } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';
import { ContactTable } from '@/components/contacts/list/contact-table';
import { availableColumns } from '@/components/contacts/list/table-columns';
import type { ContactListRowFragment } from '@/graphql/generated/graphql';
import { renderWithIntl } from './render-with-intl';

jest.mock('@/i18n/navigation', () => ({
  Link: ({ href, children, ...rest }: { href: string; children: React.ReactNode }) => <a href={href} {...rest}>{children}</a>,
}));

const row = {
  __typename: 'ContactMember',
  id: '11',
  lastContactAt: '2020-05-04T11:32:00.000Z',
  nextFollowUpAt: null,
  followUpState: 'NOT_FOLLOWED',
  campaign: { __typename: 'Campaign', id: '2', code: 'Junebirth', name: '6月生日會員優惠' },
  member: { __typename: 'ContactMemberProfile', id: '3', memberNo: 'A003', lastName: '陳', firstName: '大文', phone: '11335577', phone2: null },
  salesperson: { __typename: 'Staff', id: '3', code: 'IS003', displayName: 'Candy Chan' },
  status: { __typename: 'ContactStatus', id: '2', label: '已預約' },
  lastLog: null,
  appointment: {
    __typename: 'Appointment', id: '40', startsAt: '2020-05-05T07:30:00.000Z', status: 'COMPLETED', note: 'K11', attendanceNote: '', verificationNote: '',
    purchaseNote: '', verifiedAt: null, branch: { __typename: 'Branch', id: '1', code: 'TKO' }, verifiedBy: null,
  },
  successfulPurchase: false,
  sameDayPurchase: {
    __typename: 'ContactSameDayPurchase', date: '2020-05-05', invoiceCents: 290_000, productCents: 200_000, treatmentCents: 90_000,
    invoices: [{ __typename: 'Invoice', id: '726', number: 'ISPSI-00726' }],
    items: [
      { __typename: 'ContactPurchasedItem', kind: 'PRODUCT', code: '00011', description: '保濕面霜', quantity: 1 },
      { __typename: 'ContactPurchasedItem', kind: 'TREATMENT', code: 'AP03', description: '深層面部護理', quantity: 1 },
    ],
  },
} as unknown as ContactListRowFragment;

const PURCHASE = ['successfulPurchase', 'invoiceDate', 'invoiceNumbers', 'invoiceAmount', 'products', 'productAmount', 'treatments', 'treatmentAmount', 'purchaseNote'] as const;

function renderTable(display: Parameters<typeof availableColumns>[0]) {
  const available = availableColumns(display);
  renderWithIntl(
    <MockedProvider mocks={[]}>
      <ContactTable
        rows={[row]}
        sort={{ field: 'LAST_CONTACT', direction: 'DESC' }}
        onSort={() => undefined}
        timeZone="Asia/Hong_Kong"
        columns={PURCHASE.filter((c) => available.includes(c))}
        available={available}
        selection={null}
        busy={false}
      />
    </MockedProvider>,
  );
}

const everything = { showInvoicePurchases: true, showProductPurchases: true, showTreatmentPurchases: true, successRuleEnabled: true };

it('shows the seed\'s purchase block: N, the invoice linked, items with codes, amounts and 新增 for the purchase note', () => {
  renderTable(everything);
  const cell = (column: string) => screen.getByTestId(`contact-row-${column}`);
  expect(cell('successfulPurchase').textContent).toBe('N');
  expect(within(cell('invoiceNumbers')).getByRole('link', { name: 'ISPSI-00726' }).getAttribute('href')).toBe('/sales/invoices/726');
  expect(cell('invoiceDate').textContent).toMatch(/2020/);
  expect(cell('invoiceAmount').textContent).toBe('2,900.00');
  expect(cell('products').textContent).toBe('保濕面霜 (00011)');
  expect(cell('productAmount').textContent).toBe('2,000.00');
  expect(cell('treatments').textContent).toBe('深層面部護理 (AP03)');
  expect(cell('treatmentAmount').textContent).toBe('900.00');
  expect(within(cell('purchaseNote')).getByTestId('note-purchaseNote-edit').textContent).toBe('新增');
  for (const header of ['成功購買', '發票日期', '發票編號', '發票金額', '購買產品', '產品金額', '購買護理', '護理金額', '購買備註']) {
    expect(screen.getByRole('columnheader', { name: header })).toBeTruthy();
  }
});

it('leaves out what the contact settings hide, in the table and the row\'s detail alike', () => {
  renderTable({ ...everything, showProductPurchases: false, successRuleEnabled: false });
  expect(screen.queryByTestId('contact-row-products')).toBeNull();
  expect(screen.queryByTestId('contact-row-productAmount')).toBeNull();
  expect(screen.queryByTestId('contact-row-successfulPurchase')).toBeNull();
  expect(screen.getByTestId('contact-row-treatments').textContent).toBe('深層面部護理 (AP03)');
  fireEvent.click(screen.getByTestId('contact-row-expand'));
  const detail = screen.getByTestId('contact-row-detail');
  expect(within(detail).queryByTestId('contact-detail-products')).toBeNull();
  expect(within(detail).queryByTestId('contact-detail-successfulPurchase')).toBeNull();
  expect(within(detail).getByTestId('contact-detail-invoiceNumbers').textContent).toContain('ISPSI-00726');
});
