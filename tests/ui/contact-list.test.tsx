/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { expect } from '@jest/globals';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { ComponentProps } from 'react';
import {
  ContactListOptionsQuery, ContactListQuery, ContactListTotalQuery, PAGE_SIZE, ReassignContactMembersMutation, ReassignTargetsQuery,
} from '@/components/contacts/list/contact-list-documents';
import { ContactList } from '@/components/contacts/list/contact-list';
import { defaultColumns } from '@/components/contacts/list/table-columns';
import { typePolicies } from '@/lib/apollo/type-policies';
import { renderWithIntl } from './render-with-intl';

const mockPush = jest.fn();
jest.mock('@/i18n/navigation', () => ({
  useRouter: () => ({ push: mockPush, replace: jest.fn(), refresh: jest.fn() }),
  Link: ({ href, children, ...rest }: { href: string; children: React.ReactNode }) => <a href={href} {...rest}>{children}</a>,
}));

beforeEach(() => mockPush.mockReset());

const apple = { __typename: 'Staff', id: '7', code: 'IS007', displayName: 'Apple Yu' } as const;
const candy = { __typename: 'Staff', id: '3', code: 'IS003', displayName: 'Candy Chan' } as const;

function row(n: number, salesperson: typeof apple | typeof candy = apple) {
  return {
    __typename: 'ContactMember', id: String(n), lastContactAt: null, nextFollowUpAt: null, followUpState: 'NOT_FOLLOWED',
    campaign: { __typename: 'Campaign', id: '1', code: 'julybirth', name: '七月生日' },
    member: { __typename: 'ContactMemberProfile', id: String(100 + n), memberNo: `M${String(n).padStart(4, '0')}`, lastName: '陳', firstName: `${n}`, phone: null, phone2: null },
    salesperson,
    status: { __typename: 'ContactStatus', id: '12', label: '未通知' },
    lastLog: null,
    appointment: null,
    successfulPurchase: false,
    sameDayPurchase: null,
  };
}

function page(numbers: number[], hasNextPage: boolean, salesperson: typeof apple | typeof candy = apple) {
  return {
    contactMembers: {
      __typename: 'ContactMemberConnection',
      edges: numbers.map((n) => ({ __typename: 'ContactMemberEdge', cursor: `c${n}`, node: row(n, salesperson) })),
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: numbers.length ? `c${numbers.at(-1)}` : null },
    },
  };
}

const sort = { field: 'LAST_CONTACT', direction: 'DESC' };
const listVariables = (after: string | null = null) => ({ filter: {}, sort, first: PAGE_SIZE, after });
const total = (count: number) => ({ request: { query: ContactListTotalQuery, variables: { filter: {} } }, result: { data: { contactMembers: { __typename: 'ContactMemberConnection', totalCount: count } } } });

const options = {
  request: { query: ContactListOptionsQuery },
  result: {
    data: {
      campaigns: { __typename: 'CampaignConnection', nodes: [{ __typename: 'Campaign', id: '1', code: 'julybirth', name: '七月生日', offerCode: 'AP', analysisCode: null }] },
      contactSalespeople: { __typename: 'StaffConnection', nodes: [apple] },
      contactStatuses: { __typename: 'ContactStatusConnection', nodes: [{ __typename: 'ContactStatus', id: '12', label: '未通知' }] },
      contactSettings: {
        __typename: 'ContactSettings', invoiceThresholdCents: 500000, productThresholdCents: 300000, treatmentThresholdCents: 200000,
        showInvoicePurchases: true, showProductPurchases: true, showTreatmentPurchases: true, successRuleEnabled: true,
      },
    },
  },
};
const targets = { request: { query: ReassignTargetsQuery }, result: { data: { staffMembers: { __typename: 'StaffConnection', nodes: [apple, candy] } } } };

type ServerAnswers = Pick<ComponentProps<typeof ContactList>, 'firstPage' | 'optionsAnswer' | 'targetsAnswer'>;

function renderList(mocks: MockedProviderProps['mocks'], canReassign = false, query = {}, serverAnswers: ServerAnswers = {}) {
  renderWithIntl(
    <MockedProvider mocks={mocks} cache={new InMemoryCache({ typePolicies })}>
      <ContactList query={query} timeZone="Asia/Hong_Kong" canReassign={canReassign} columns={defaultColumns(canReassign)} columnsCookie="contact-list-columns-1" {...serverAnswers} />
    </MockedProvider>,
    'en',
  );
}

const memberNos = () => screen.queryAllByTestId('contact-row-member-no').map((cell) => cell.textContent);

it('shows the first page, the total apart from it, appends the next page, and offers the filters\' choices', async () => {
  const first = Array.from({ length: PAGE_SIZE }, (_, i) => i + 1);
  renderList([
    options,
    { request: { query: ContactListQuery, variables: listVariables() }, result: { data: page(first, true) } },
    total(51),
    { request: { query: ContactListQuery, variables: listVariables(`c${PAGE_SIZE}`) }, result: { data: page([51], false) } },
  ]);
  await waitFor(() => expect(memberNos()).toHaveLength(PAGE_SIZE));
  await waitFor(() => expect(screen.getByTestId('contacts-total').textContent).toBe('51 contact members'));
  expect(screen.getByTestId('contacts-shown').textContent).toBe(`Showing ${PAGE_SIZE} of 51`);
  await waitFor(() => expect(within(screen.getByTestId('filter-campaign')).getByText('七月生日 (julybirth), Offer code: AP')).toBeTruthy());
  expect(within(screen.getByTestId('filter-invoice')).getByText(/\$5,000/)).toBeTruthy();
  expect(screen.getByTestId('contacts-export').getAttribute('href')).toBe(`/api/contacts/export?${new URLSearchParams({ filter: '{}', sort: JSON.stringify(sort), locale: 'en' })}`);

  await act(async () => {
    fireEvent.click(screen.getByTestId('contacts-load-more'));
  });
  await waitFor(() => expect(memberNos()).toHaveLength(PAGE_SIZE + 1));
  expect(memberNos().at(-1)).toBe('M0051');
  expect(screen.queryByTestId('contacts-load-more')).toBeNull();
  expect(screen.getByTestId('contacts-shown').textContent).toBe(`Showing ${PAGE_SIZE + 1} of 51`);
});

it('shows the rows, choices and targets the page read on the server without asking for them, then appends and reassigns through the cache', async () => {
  const first = Array.from({ length: PAGE_SIZE }, (_, i) => i + 1);
  const answers = { firstPage: page(first, true), optionsAnswer: options.result.data, targetsAnswer: targets.result.data } as unknown as ServerAnswers;
  renderList([
    total(51),
    { request: { query: ContactListQuery, variables: listVariables(`c${PAGE_SIZE}`) }, result: { data: page([51], false) } },
    { request: { query: ReassignContactMembersMutation, variables: { ids: ['2'], salespersonId: '3' } }, result: { data: { reassignContactMembers: 1 } } },
    { request: { query: ContactListQuery, variables: listVariables() }, result: { data: { contactMembers: { ...page([1], false).contactMembers, edges: [...page([1], false).contactMembers.edges, ...page([2], false, candy).contactMembers.edges] } } } },
    total(2),
  ], true, {}, answers);
  // Drawn at once, before any answer of the (mocked) API.
  expect(memberNos()).toHaveLength(PAGE_SIZE);
  expect(within(screen.getByTestId('filter-campaign')).getByText('七月生日 (julybirth), Offer code: AP')).toBeTruthy();
  expect(screen.getAllByRole('option', { name: 'Candy Chan (IS003)' })).toHaveLength(1);
  await waitFor(() => expect(screen.getByTestId('contacts-total').textContent).toBe('51 contact members'));

  await act(async () => {
    fireEvent.click(screen.getByTestId('contacts-load-more'));
  });
  await waitFor(() => expect(memberNos()).toHaveLength(PAGE_SIZE + 1));
  expect(memberNos().at(-1)).toBe('M0051');

  fireEvent.click(screen.getAllByTestId('contact-row-select')[1]);
  fireEvent.change(screen.getByTestId('contacts-reassign-target'), { target: { value: '3' } });
  await act(async () => {
    fireEvent.click(screen.getByTestId('contacts-reassign-submit'));
  });
  await waitFor(() => expect(screen.getByTestId('contacts-notice').textContent).toBe('1 contact member reassigned.'));
  await waitFor(() => expect(screen.getAllByTestId('contact-row-salesperson')[1].textContent).toBe('Candy Chan (IS003)'));
});

it('reads the filter and sort from the URL and puts a new sort there', async () => {
  const filter = { campaignIds: ['1'], quick: 'FOLLOW_UP_OVERDUE' };
  const followUpSort = { field: 'NEXT_FOLLOW_UP', direction: 'ASC' };
  renderList([
    options,
    { request: { query: ContactListQuery, variables: { filter, sort: followUpSort, first: PAGE_SIZE, after: null } }, result: { data: page([], false) } },
    { request: { query: ContactListTotalQuery, variables: { filter } }, result: { data: { contactMembers: { __typename: 'ContactMemberConnection', totalCount: 0 } } } },
  ], false, { campaign: '1', quick: 'FOLLOW_UP_OVERDUE' });
  await waitFor(() => expect(screen.getByTestId('contacts-empty')).toBeTruthy());
  fireEvent.click(screen.getByTestId('sort-MEMBER_NO'));
  expect(mockPush).toHaveBeenCalledWith('/contacts?campaign=1&quick=FOLLOW_UP_OVERDUE&sort=MEMBER_NO&dir=ASC');
});

it('reassigns the ticked rows for a manager and reads the list and its total again', async () => {
  renderList([
    options,
    targets,
    { request: { query: ContactListQuery, variables: listVariables() }, result: { data: page([1, 2], false) } },
    total(2),
    { request: { query: ReassignContactMembersMutation, variables: { ids: ['2'], salespersonId: '3' } }, result: { data: { reassignContactMembers: 1 } } },
    { request: { query: ContactListQuery, variables: listVariables() }, result: { data: { contactMembers: { ...page([1], false).contactMembers, edges: [...page([1], false).contactMembers.edges, ...page([2], false, candy).contactMembers.edges] } } } },
    total(2),
  ], true);
  await waitFor(() => expect(memberNos()).toHaveLength(2));
  await waitFor(() => expect(screen.getAllByRole('option', { name: 'Candy Chan (IS003)' })).toHaveLength(1));
  fireEvent.click(screen.getAllByTestId('contact-row-select')[1]);
  expect(screen.getByTestId('contacts-selected').textContent).toBe('1 selected');
  fireEvent.change(screen.getByTestId('contacts-reassign-target'), { target: { value: '3' } });
  await act(async () => {
    fireEvent.click(screen.getByTestId('contacts-reassign-submit'));
  });
  await waitFor(() => expect(screen.getByTestId('contacts-notice').textContent).toBe('1 contact member reassigned.'));
  await waitFor(() => expect(screen.getAllByTestId('contact-row-salesperson')[1].textContent).toBe('Candy Chan (IS003)'));
  expect(screen.getByTestId('contacts-selected').textContent).toBe('0 selected');
});

it('shows the server\'s refusal of the list', async () => {
  renderList([
    options,
    { request: { query: ContactListQuery, variables: listVariables() }, result: { errors: [new GraphQLError('Too many rows', { extensions: { code: 'BAD_USER_INPUT' } })] } },
    total(0),
  ]);
  await waitFor(() => expect(screen.getByTestId('contacts-error').textContent).toBe('Too many rows'));
  expect(screen.queryByTestId('contacts-empty')).toBeNull();
  expect(screen.queryAllByTestId('contact-row')).toHaveLength(0);
});

it('shows the filters in force as chips that remove them, folded away until asked for', async () => {
  const filter = { campaignIds: ['1'], booked: true, quick: 'FOLLOW_UP_OVERDUE' };
  const followUpSort = { field: 'NEXT_FOLLOW_UP', direction: 'ASC' };
  renderList([
    options,
    { request: { query: ContactListQuery, variables: { filter, sort: followUpSort, first: PAGE_SIZE, after: null } }, result: { data: page([1], false) } },
    { request: { query: ContactListTotalQuery, variables: { filter } }, result: { data: { contactMembers: { __typename: 'ContactMemberConnection', totalCount: 1 } } } },
  ], false, { campaign: '1', booked: 'yes', quick: 'FOLLOW_UP_OVERDUE' });
  await waitFor(() => expect(memberNos()).toHaveLength(1));
  expect(screen.getByTestId('contacts-filter-count').textContent).toBe('3 filters');
  expect(screen.getByTestId('contact-filters').closest('[hidden]')).not.toBeNull();
  await waitFor(() => expect(screen.getAllByTestId('contacts-filter-chip').map((c) => c.textContent)).toContain('Campaign: 七月生日 (julybirth)✕Remove this filter'));
  fireEvent.click(screen.getAllByTestId('contacts-filter-chip').find((c) => c.dataset.field === 'booked')!);
  expect(mockPush).toHaveBeenCalledWith('/contacts?campaign=1&quick=FOLLOW_UP_OVERDUE');
  fireEvent.click(screen.getByTestId('contacts-filters-toggle'));
  expect(screen.getByTestId('contact-filters').closest('[hidden]')).toBeNull();
});

it('adds a chosen column to the table, keeps the choice in the cookie, and shows every column in a row\'s detail', async () => {
  renderList([
    options,
    { request: { query: ContactListQuery, variables: listVariables() }, result: { data: page([1], false) } },
    total(1),
  ]);
  await waitFor(() => expect(memberNos()).toHaveLength(1));
  expect(screen.queryByTestId('contact-row-campaign')).toBeNull();
  fireEvent.click(screen.getByTestId('contacts-columns'));
  fireEvent.click(screen.getByTestId('column-toggle-campaign'));
  expect(screen.getByTestId('contact-row-campaign').textContent).toBe('七月生日 (julybirth)');
  expect(document.cookie).toContain('contact-list-columns-1=campaign');
  fireEvent.click(screen.getByTestId('contact-row-expand'));
  expect(within(screen.getByTestId('contact-row-detail')).getByTestId('contact-detail-bookingBranch').textContent).toBe('Booking branch—');
});
