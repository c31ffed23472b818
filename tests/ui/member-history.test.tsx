/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemberHistory } from '@/components/members/history/member-history';
import { MemberHistoryQuery } from '@/components/members/history/member-history-documents';
import type { MemberHistoryRowFragment as Row } from '@/graphql/generated/graphql';
import { MockedApollo, responders, type Call } from './apollo-responders';
import { messages, renderWithIntl } from './render-with-intl';

jest.mock('@/i18n/navigation', () => ({
  Link: ({ href, children, ...rest }: { href: string; children: ReactNode }) => (
    <a href={href} {...rest}>
      {children}
    </a>
  ),
}));

const t = messages['zh-HK'].memberHistory;
const branch = { __typename: 'Branch' as const, id: '1', label: '將軍澳', timeZone: 'Asia/Hong_Kong', currency: 'HKD' };
const none = { appointment: null, campaign: null, invoice: null, salesReturn: null, returnedInvoiceId: null, contactLog: null, contactMemberId: null, levelChange: null };

const visit = {
  __typename: 'MemberHistoryEntry', id: 'VISIT:7', kind: 'VISIT', at: '2030-06-10T16:30:00.000Z', ...none,
  appointment: {
    __typename: 'Appointment', id: '7', status: 'COMPLETED', branch,
    beautician: { __typename: 'Staff', id: '3', displayName: 'Ling', code: 'BT01' }, treatment: { __typename: 'Treatment', id: '5', name: 'Hydra facial' },
  },
} as Row;
const booking = {
  __typename: 'MemberHistoryEntry', id: 'BOOKING:8', kind: 'BOOKING', at: '2030-06-20T03:00:00.000Z', ...none,
  appointment: { __typename: 'Appointment', id: '8', status: 'CANCELLED', branch, beautician: null, treatment: null },
  campaign: { __typename: 'Campaign', id: '4', code: 'Junebirth', name: '6月生日' },
} as Row;
const invoice = {
  __typename: 'MemberHistoryEntry', id: 'INVOICE:11', kind: 'INVOICE', at: '2030-06-10T05:00:00.000Z', ...none,
  invoice: { __typename: 'Invoice', id: '11', number: 'TKOSI-00011', status: 'ISSUED', totalCents: 120_000, branch },
} as Row;
const back = {
  __typename: 'MemberHistoryEntry', id: 'RETURN:2', kind: 'RETURN', at: '2030-06-12T05:00:00.000Z', ...none,
  salesReturn: { __typename: 'SalesReturn', id: '2', number: 'TKORT-00002', totalCents: 120_000, reason: '', branch }, returnedInvoiceId: '11',
} as Row;
const contact = {
  __typename: 'MemberHistoryEntry', id: 'CONTACT:9', kind: 'CONTACT', at: '2030-06-01T02:00:00.000Z', ...none,
  contactLog: {
    __typename: 'ContactLog', id: '9', note: 'called about June', content: '', method: { __typename: 'ContactMethod', id: '1', label: '電話' },
    status: { __typename: 'ContactStatus', id: '2', label: '已預約' }, createdBy: { __typename: 'Staff', id: '12', displayName: 'Apple', code: 'IS007' },
  },
  contactMemberId: '31',
} as Row;
const upgrade = {
  __typename: 'MemberHistoryEntry', id: 'LEVEL:6', kind: 'LEVEL', at: '2030-06-10T05:00:01.000Z', ...none,
  levelChange: {
    __typename: 'MemberLevelChange', id: '6', reason: 'UPGRADE', spendCents: 500_000, createdAt: '2030-06-10T05:00:01.000Z',
    fromGroup: { __typename: 'MemberGroup', id: '1', name: 'New', upgradeWithinMonths: 12 },
    toGroup: { __typename: 'MemberGroup', id: '4', name: 'VIP Silver', upgradeWithinMonths: 12 },
    invoice: { __typename: 'Invoice', id: '11', number: 'TKOSI-00011' }, staff: { __typename: 'Staff', id: '3', displayName: 'Ling' },
  },
} as Row;

const page = (nodes: Row[], hasNextPage: boolean, totalCount: number) => ({
  __typename: 'MemberHistoryConnection' as const,
  totalCount,
  pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor: hasNextPage ? `after-${nodes.at(-1)!.id}` : null },
  nodes,
});

let calls: Call[];
let respond: (variables: Record<string, any>) => unknown;

beforeEach(() => {
  calls = [];
});

function renderHistory(initial: ReturnType<typeof page>, canSeeSales = true) {
  return renderWithIntl(
    <MockedApollo mocks={responders([[MemberHistoryQuery, (variables) => respond(variables)]], calls, '你沒有權限進行此操作。')}>
      <MemberHistory memberId="42" initial={initial} canSeeSales={canSeeSales} currency="HKD" />
    </MockedApollo>,
  );
}

const rowOf = (id: string) => screen.getByTestId(`member-timeline-row-${id}`);

describe('MemberHistory', () => {
  it('shows each kind of row with what it says and a link to its document', () => {
    renderHistory(page([booking, back, upgrade, visit, invoice, contact], false, 6));
    expect(screen.getByRole('heading', { name: `${t.title} (6)` })).toBeTruthy();
    expect(within(rowOf('VISIT:7')).getByText(/Hydra facial/)).toBeTruthy();
    expect(within(rowOf('VISIT:7')).getByText(/Ling \(BT01\)/)).toBeTruthy();
    // The visit's day is its branch's day: 16:30 UTC is the next morning in Hong Kong.
    expect(within(rowOf('VISIT:7')).getByRole('link').getAttribute('href')).toBe('/appointments/calendar?branch=1&date=2030-06-11');
    expect(within(rowOf('BOOKING:8')).getByText(new RegExp(t.status.CANCELLED))).toBeTruthy();
    expect(within(rowOf('BOOKING:8')).getByText(/Junebirth/)).toBeTruthy();
    expect(within(rowOf('INVOICE:11')).getByRole('link', { name: t.open.INVOICE }).getAttribute('href')).toBe('/sales/invoices/11');
    expect(within(rowOf('RETURN:2')).getByRole('link').getAttribute('href')).toBe('/sales/invoices/11');
    expect(within(rowOf('RETURN:2')).getByText('-HK$1,200.00')).toBeTruthy();
    expect(within(rowOf('CONTACT:9')).getByText('called about June')).toBeTruthy();
    expect(within(rowOf('CONTACT:9')).getByRole('link').getAttribute('href')).toBe('/contacts/31');
    expect(within(rowOf('INVOICE:11')).getByText(t.row.INVOICE)).toBeTruthy();
    expect(within(rowOf('LEVEL:6')).getByText('New → VIP Silver')).toBeTruthy();
    expect(within(rowOf('LEVEL:6')).getByText(/自動升級：12 個月內消費 HK\$5,000/).textContent).toContain('TKOSI-00011');
    expect(within(rowOf('LEVEL:6')).getByRole('link', { name: t.open.LEVEL }).getAttribute('href')).toBe('/sales/invoices/11');
    expect(screen.queryByTestId('member-timeline-more')).toBeNull();
  });

  it('asks for the kinds pressed and shows only what comes back; 全部 clears them', async () => {
    respond = (variables) => ({ memberHistory: variables.kinds ? page([invoice], false, 1) : page([visit, contact], false, 2) });
    renderHistory(page([visit, invoice, contact], false, 3));
    fireEvent.click(within(screen.getByTestId('member-timeline-kinds')).getByRole('button', { name: t.kind.INVOICE }));
    await waitFor(() => expect(screen.queryByTestId('member-timeline-row-VISIT:7')).toBeNull());
    expect(calls.at(-1)).toEqual({ operation: 'MemberHistory', variables: expect.objectContaining({ memberId: '42', after: null, kinds: ['INVOICE'] }) });
    expect(rowOf('INVOICE:11')).toBeTruthy();
    expect(screen.getByRole('button', { name: t.kind.INVOICE }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: t.all }));
    await waitFor(() => expect(rowOf('VISIT:7')).toBeTruthy());
    expect(calls.at(-1)!.variables.kinds).toBeNull();
  });

  it('appends the next page after the last cursor', async () => {
    respond = (variables) => (variables.after === 'after-VISIT:7' ? { memberHistory: page([contact], false, 2) } : undefined);
    renderHistory(page([visit], true, 2));
    fireEvent.click(screen.getByTestId('member-timeline-more'));
    await waitFor(() => expect(rowOf('CONTACT:9')).toBeTruthy());
    expect(rowOf('VISIT:7')).toBeTruthy();
    expect(screen.queryByTestId('member-timeline-more')).toBeNull();
  });

  it('says why when a page cannot be loaded', async () => {
    respond = () => undefined;
    renderHistory(page([visit], true, 2));
    fireEvent.click(screen.getByTestId('member-timeline-more'));
    expect((await screen.findByRole('alert')).textContent).toContain('你沒有權限進行此操作。');
  });

  it('offers no invoice or return chips to a viewer who may not see sales', () => {
    renderHistory(page([visit], false, 1), false);
    const chips = within(screen.getByTestId('member-timeline-kinds')).getAllByRole('button').map((b) => b.getAttribute('data-kind'));
    expect(chips).toEqual(['ALL', 'VISIT', 'BOOKING', 'CONTACT', 'LEVEL']);
    expect(screen.queryByRole('columnheader', { name: t.columns.amount })).toBeNull();
  });

  it.each(['en', 'zh-CN', 'th'] as const)('speaks %s', (locale) => {
    renderWithIntl(
      <MockedApollo mocks={[]}>
        <MemberHistory memberId="42" initial={page([visit], false, 1)} canSeeSales currency="HKD" />
      </MockedApollo>,
      locale,
    );
    expect(screen.getByRole('heading', { name: `${messages[locale].memberHistory.title} (1)` })).toBeTruthy();
  });
});
