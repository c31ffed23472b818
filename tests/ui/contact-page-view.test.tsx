/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { expect } from '@jest/globals';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import {
  AddContactLogMutation, ContactPageStateQuery, MoreContactLogsQuery,
} from '@/components/contacts/page/contact-page-documents';
import { ContactPageView, type ContactPageOptions } from '@/components/contacts/page/contact-page-view';
import type { AddContactLogMutationVariables, ContactMemberCommentsQuery, ContactPageQuery } from '@/graphql/generated/graphql';
import { typePolicies } from '@/lib/apollo/type-policies';
import { renderWithIntl } from './render-with-intl';

// Booking has its own data and tests; here it only has to stay out of the way.
jest.mock('@/components/appointments/booking/contact-booking', () => ({ ContactBooking: () => null }));

const method = { __typename: 'ContactMethod', id: '1', label: '電話', active: true } as const;
const noAnswer = { __typename: 'ContactStatus', id: '12', label: '無人接聽', active: true } as const;
const booked = { __typename: 'ContactStatus', id: '11', label: '已預約', active: true } as const;
const apple = { __typename: 'Staff', id: '7', displayName: 'Apple Chan', login: 'is007' } as const;

function log(n: number) {
  return {
    __typename: 'ContactLog', id: String(n), contactedAt: '2020-06-10T05:05:00.000Z', note: `note ${n}`, content: '', nextFollowUpAt: null,
    updatedAt: '2020-06-10T05:10:00.000Z', canEdit: true, method, status: noAnswer, updatedBy: apple,
  } as const;
}

function page(numbers: number[], hasNextPage: boolean, totalCount: number) {
  return {
    __typename: 'ContactLogConnection', totalCount, pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: `c${numbers.at(-1)}` },
    edges: numbers.map((n) => ({ __typename: 'ContactLogEdge', cursor: `c${n}`, node: log(n) })),
  } as const;
}

const state = {
  __typename: 'ContactMember', id: '5', status: noAnswer, lastContactAt: '2020-06-10T05:05:00.000Z', nextFollowUpAt: null,
  followUpState: 'FOLLOWING', followUpClosedAt: null, followUpClosingNote: null,
} as const;

const first20 = Array.from({ length: 20 }, (_, i) => 40 - i);

const data: ContactPageQuery['contactMember'] = {
  ...state,
  campaign: { __typename: 'Campaign', id: '3', code: 'julybirth', name: '七月生日', offerCode: null, analysisCode: null },
  member: { __typename: 'ContactMemberProfile', id: '9', memberNo: 'M0009', displayName: '陳小美', phone: '91234567', phone2: null },
  salesperson: { ...apple, code: 'S07' },
  memberRemarks: null,
  logs: page(first20, true, 21),
} as ContactPageQuery['contactMember'];

const comments = { __typename: 'ContactMember', id: '5', memberComments: null } as ContactMemberCommentsQuery['contactMember'];

const options: ContactPageOptions = { timeZone: 'Asia/Hong_Kong', methods: [method], statuses: [noAnswer, booked], presetNotes: [] };

function renderPage(mocks: MockedProviderProps['mocks']) {
  renderWithIntl(
    <MockedProvider mocks={mocks} cache={new InMemoryCache({ typePolicies })}>
      <ContactPageView data={data} comments={comments} options={options} accountPermissions={{ topUp: true, sellPackages: true, useSessions: true, addSessions: true, refund: true }} />
    </MockedProvider>,
  );
}

const shownNotes = () => screen.getAllByTestId('log-note-text').map((node) => node.textContent);

it('shows the server\'s answer without asking again, and appends the next page of logs', async () => {
  renderPage([
    { request: { query: MoreContactLogsQuery, variables: { id: '5', after: 'c21' } }, result: { data: { contactMember: { __typename: 'ContactMember', id: '5', logs: page([20], false, 21) } } } },
  ]);
  expect(screen.getByTestId('contact-status').textContent).toBe('無人接聽');
  expect(shownNotes()).toHaveLength(20);
  expect(shownNotes()[0]).toBe('note 40');
  await act(async () => {
    fireEvent.click(screen.getByTestId('log-more'));
  });
  await waitFor(() => expect(shownNotes()).toHaveLength(21));
  expect(shownNotes().at(-1)).toBe('note 20');
  expect(screen.queryByTestId('log-more')).toBeNull();
});

it('logs a contact and shows the contact member\'s new state and logs', async () => {
  renderPage([
    { request: { query: AddContactLogMutation, variables: ({ input }: AddContactLogMutationVariables) => input.contactMemberId === '5' && input.statusId === '11' && input.methodId === '1' }, result: { data: { addContactLog: { __typename: 'ContactLog', id: '41' } } } },
    {
      request: { query: ContactPageStateQuery, variables: { id: '5', first: 21 } },
      result: { data: { contactMember: { ...state, status: booked, logs: { ...page([41, ...first20], true, 22), edges: [{ __typename: 'ContactLogEdge', cursor: 'c41', node: { ...log(41), note: '', status: booked } }, ...page(first20, true, 22).edges] } } } },
    },
  ]);
  fireEvent.change(screen.getByTestId('log-status'), { target: { value: '11' } });
  await act(async () => {
    fireEvent.click(screen.getByTestId('log-submit'));
  });
  await waitFor(() => expect(screen.getByTestId('contact-status').textContent).toBe('已預約'));
  expect(screen.getByTestId('contact-notice').textContent).toBe('已儲存聯絡備註。');
  expect(screen.getAllByTestId('log-status-label')[0].textContent).toBe('已預約');
  expect(screen.getByTestId('contact-logs').querySelector('h2')?.textContent).toBe('聯絡備註 (22)');
});

it('shows the server\'s refusal next to the field it names', async () => {
  renderPage([
    {
      request: { query: AddContactLogMutation, variables: () => true },
      result: { errors: [{ message: '「聯絡內容」無效：太長', extensions: { code: 'BAD_USER_INPUT', field: 'content' } }] },
    },
  ]);
  await act(async () => {
    fireEvent.click(screen.getByTestId('log-submit'));
  });
  await waitFor(() => expect(screen.getByTestId('log-error-content').textContent).toBe('「聯絡內容」無效：太長'));
  expect(screen.queryByTestId('contact-notice')).toBeNull();
});
