/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { expect } from '@jest/globals';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { CancelAppointmentMutation, MemberAppointmentsQuery } from '@/components/appointments/booking/booking-documents';
import { MemberAppointments } from '@/components/appointments/booking/member-appointments';
import type { MemberAppointmentsQuery as Data } from '@/graphql/generated/graphql';
import { typePolicies } from '@/lib/apollo/type-policies';
import { renderWithIntl } from './render-with-intl';

jest.mock('@/i18n/navigation', () => ({
  Link: ({ href, children, ...rest }: { href: string; children: React.ReactNode }) => <a href={href} {...rest}>{children}</a>,
}));

function appointment(id: string, status: 'BOOKED' | 'CANCELLED' = 'BOOKED') {
  return {
    __typename: 'Appointment' as const, id, startsAt: '2031-05-05T02:00:00.000Z', endsAt: '2031-05-05T03:30:00.000Z', status, version: 1, note: '', offerCode: null,
    branch: { __typename: 'Branch' as const, id: '2', name: 'TST', timeZone: 'Asia/Hong_Kong' },
    beautician: { __typename: 'Staff' as const, id: '8', displayName: 'Molly', code: 'Molly' },
    equipment: null,
    treatment: { __typename: 'Treatment' as const, id: '5', code: 'T05', name: 'Facial C' },
  };
}

function member(ids: string[], total: number, next: string | null, cancelled: string[] = []): Data['member'] {
  return {
    __typename: 'Member', id: '4',
    appointments: {
      __typename: 'AppointmentConnection', totalCount: total,
      pageInfo: { __typename: 'PageInfo', hasNextPage: Boolean(next), endCursor: next },
      edges: ids.map((id) => ({ __typename: 'AppointmentEdge', cursor: `c${id}`, node: appointment(id, cancelled.includes(id) ? 'CANCELLED' : 'BOOKED') })),
    },
  } as Data['member'];
}

function renderBook(initial: Data['member'], mocks: MockedProviderProps['mocks']) {
  renderWithIntl(
    <MockedProvider mocks={mocks} cache={new InMemoryCache({ typePolicies })}>
      <MemberAppointments member={{ id: '4', memberNo: 'WeM-00004', displayName: 'Chan Susan' }} initial={initial} campaigns={[]} timeZone="Asia/Hong_Kong" />
    </MockedProvider>,
    'en',
  );
}

const rows = () => screen.getAllByTestId('appointment-row').map((r) => r.dataset.appointmentId);

it('shows the server\'s first page without asking again, appends the next page, and reads the book again after a cancellation', async () => {
  renderBook(member(['3', '2'], 3, 'c2'), [
    { request: { query: MemberAppointmentsQuery, variables: { id: '4', after: 'c2' } }, result: { data: { member: member(['1'], 3, null) } } },
    { request: { query: CancelAppointmentMutation, variables: { id: '3' } }, result: { data: { cancelAppointment: appointment('3', 'CANCELLED') } } },
    { request: { query: MemberAppointmentsQuery, variables: { id: '4' } }, result: { data: { member: member(['3', '2', '1'], 3, null, ['3']) } } },
  ]);
  expect(rows()).toEqual(['3', '2']);
  await act(async () => {
    fireEvent.click(screen.getByTestId('appointments-more'));
  });
  await waitFor(() => expect(rows()).toEqual(['3', '2', '1']));
  expect(screen.queryByTestId('appointments-more')).toBeNull();

  fireEvent.click(screen.getAllByTestId('appointment-cancel')[0]);
  await act(async () => {
    fireEvent.click(screen.getByTestId('appointment-cancel-confirm'));
  });
  await screen.findByTestId('booking-notice');
  expect(screen.getAllByTestId('appointment-row-status').map((c) => c.textContent)).toEqual(['Cancelled', 'Booked', 'Booked']);
  expect(rows()).toEqual(['3', '2', '1']);
});

it('shows the server\'s refusal of a cancellation', async () => {
  renderBook(member(['3'], 1, null), [
    {
      request: { query: CancelAppointmentMutation, variables: { id: '3' } },
      result: { errors: [new GraphQLError('This appointment has already arrived, so it cannot be cancelled.', { extensions: { code: 'BAD_USER_INPUT' } })] },
    },
  ]);
  fireEvent.click(screen.getByTestId('appointment-cancel'));
  await act(async () => {
    fireEvent.click(screen.getByTestId('appointment-cancel-confirm'));
  });
  expect((await screen.findByTestId('appointments-error')).textContent).toBe('This appointment has already arrived, so it cannot be cancelled.');
});
