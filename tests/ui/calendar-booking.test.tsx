/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { expect } from '@jest/globals';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { useState } from 'react';
import { BookAppointmentMutation } from '@/components/appointments/booking/booking-documents';
import { CalendarBooking, type BookingPlace } from '@/components/appointments/calendar/calendar-booking';
import { CalendarBookingMembersQuery, CalendarBookingTreatmentsQuery } from '@/components/appointments/calendar/calendar-documents';
import { typePolicies } from '@/lib/apollo/type-policies';
import { BOOKING_NOTE_REFUSAL } from '../helpers/form-refusals';
import { renderWithIntl } from './render-with-intl';

const treatment = (id: string, code: string, name: string, series: string, durationMinutes: number) => ({
  __typename: 'Treatment', id, code, name, series, durationMinutes,
});
const member = (id: string, memberNo: string, displayName: string, phone: string | null, isWalkIn: boolean) => ({
  __typename: 'Member', id, memberNo, displayName, phone, phone2: null, isWalkIn,
});
const treatments = {
  request: { query: CalendarBookingTreatmentsQuery },
  result: { data: { treatments: { __typename: 'TreatmentConnection', nodes: [treatment('5', 'T05', 'Facial C', 'Facial', 90), treatment('6', 'B01', 'Body', 'Body', 60)] } } },
};
const members = {
  request: { query: CalendarBookingMembersQuery, variables: { term: 'chan', first: 8 } },
  result: {
    data: {
      quickLookup: {
        __typename: 'MemberConnection',
        nodes: [member('4', 'WeM-00004', 'Chan Susan', '91234567', false), member('7', 'WeM-00007', 'Chan Mary', null, true)],
      },
    },
  },
};
const BEAUTICIANS = [{ __typename: 'Staff', id: '8', code: 'Molly', displayName: 'Molly' }, { __typename: 'Staff', id: '9', code: 'Betty', displayName: 'Betty' }] as const;

/** Every variables object the booking was sent with. */
function bookingMock(result: NonNullable<MockedProviderProps['mocks']>[number]['result']) {
  const sent: Array<Record<string, unknown>> = [];
  const mock = {
    request: {
      query: BookAppointmentMutation,
      variables: (variables: Record<string, unknown>) => {
        sent.push(variables);
        return true;
      },
    },
    result,
  };
  return { sent, mock };
}

/** The panel as the calendar holds it: the tapped place lives in the parent. */
function Harness({ onBooked, onCancel }: { onBooked: jest.Mock; onCancel: jest.Mock }) {
  const [place, setPlace] = useState<BookingPlace>({ beauticianId: '9', time: '10:30' });
  return (
    <CalendarBooking
      branchId="2"
      date="2020-07-01"
      timeZone="Asia/Hong_Kong"
      beauticians={[...BEAUTICIANS]}
      place={place}
      onPlaceChange={setPlace}
      onBooked={onBooked}
      onCancel={onCancel}
    />
  );
}

function renderHarness(mocks: MockedProviderProps['mocks'], onBooked: jest.Mock, onCancel: jest.Mock, locale: 'zh-HK' | 'en' = 'zh-HK') {
  renderWithIntl(
    <MockedProvider mocks={mocks} cache={new InMemoryCache({ typePolicies })}>
      <Harness onBooked={onBooked} onCancel={onCancel} />
    </MockedProvider>,
    locale,
  );
}

async function fillIn() {
  await waitFor(() => expect((screen.getByTestId('calendar-book-treatment') as HTMLSelectElement).disabled).toBe(false));
  expect((screen.getByTestId('calendar-book-beautician') as HTMLSelectElement).value).toBe('9');
  expect((screen.getByTestId('calendar-book-time') as HTMLInputElement).value).toBe('10:30');
  expect((screen.getByTestId('calendar-book-confirm') as HTMLButtonElement).disabled).toBe(true);

  fireEvent.change(screen.getByTestId('calendar-book-member'), { target: { value: 'chan' } });
  const options = await screen.findAllByTestId('calendar-book-member-option');
  expect(options).toHaveLength(2);
  fireEvent.click(options[0]);
  expect(screen.getByTestId('calendar-book-member-chosen').textContent).toBe('Chan Susan (WeM-00004)');
  expect(screen.queryByTestId('calendar-book-member-option')).toBeNull();

  fireEvent.change(screen.getByTestId('calendar-book-treatment'), { target: { value: '5' } });
  fireEvent.change(screen.getByTestId('calendar-book-note'), { target: { value: '  first visit ' } });
  expect((screen.getByTestId('calendar-book-confirm') as HTMLButtonElement).disabled).toBe(false);
}

it('books the tapped place: member search → pick → treatment → confirm', async () => {
  const onBooked = jest.fn();
  const onCancel = jest.fn();
  const booking = bookingMock({
    data: {
      bookAppointment: {
        __typename: 'Appointment', id: '77', startsAt: '2020-07-01T02:30:00.000Z', endsAt: '2020-07-01T04:00:00.000Z', status: 'BOOKED', version: 1,
        note: 'first visit', offerCode: null, branch: { __typename: 'Branch', id: '2', name: 'TST', timeZone: 'Asia/Hong_Kong' },
        beautician: { __typename: 'Staff', id: '9', displayName: 'Betty', code: 'Betty' }, equipment: null,
        treatment: { __typename: 'Treatment', id: '5', code: 'T05', name: 'Facial C' },
      },
    },
  });
  renderHarness([treatments, members, booking.mock], onBooked, onCancel);
  expect(screen.getByLabelText('會員')).toBe(screen.getByTestId('calendar-book-member'));
  expect(screen.getByLabelText('護理')).toBe(screen.getByTestId('calendar-book-treatment'));
  await fillIn();

  await act(async () => {
    fireEvent.click(screen.getByTestId('calendar-book-confirm'));
  });
  await waitFor(() => expect(onBooked).toHaveBeenCalled());
  expect(booking.sent).toHaveLength(1);
  // 10:30 in Hong Kong (UTC+8) on the calendar's day.
  expect(booking.sent[0].input).toEqual({
    memberId: '4', branchId: '2', beauticianId: '9', startsAt: '2020-07-01T02:30:00.000Z', treatmentId: '5', note: 'first visit',
  });
  expect(onBooked).toHaveBeenCalledWith({ name: 'Chan Susan', time: '10:30' });
  expect(screen.queryByTestId('calendar-book-error')).toBeNull();
  expect(onCancel).not.toHaveBeenCalled();
});

it('shows a CONFLICT in the panel and books nothing else', async () => {
  const onBooked = jest.fn();
  const onCancel = jest.fn();
  const booking = bookingMock({ errors: [new GraphQLError('美容師 Betty 在這時間已有預約', { extensions: { code: 'CONFLICT', field: 'startsAt' } })] });
  renderHarness([treatments, members, booking.mock], onBooked, onCancel);
  await fillIn();
  await act(async () => {
    fireEvent.click(screen.getByTestId('calendar-book-confirm'));
  });
  expect((await screen.findByTestId('calendar-book-error')).textContent).toBe('未能預約：美容師 Betty 在這時間已有預約');
  expect(onBooked).not.toHaveBeenCalled();
  expect(booking.sent).toHaveLength(1);
  // The panel keeps what was entered, so the time or beautician can be changed and tried again.
  expect(screen.getByTestId('calendar-book-member-chosen').textContent).toBe('Chan Susan (WeM-00004)');
  expect((screen.getByTestId('calendar-book-confirm') as HTMLButtonElement).disabled).toBe(false);

  fireEvent.click(screen.getByTestId('calendar-book-cancel'));
  expect(onCancel).toHaveBeenCalledTimes(1);
});

it('refuses a note over 500 characters with the booking service\'s own words and books nothing', async () => {
  const booking = bookingMock({ errors: [new GraphQLError('not expected')] });
  renderHarness([treatments, members, booking.mock], jest.fn(), jest.fn(), 'en');
  await fillIn();
  fireEvent.change(screen.getByTestId('calendar-book-note'), { target: { value: '字'.repeat(501) } });
  expect(screen.getByRole('alert').textContent).toBe(BOOKING_NOTE_REFUSAL);
  expect((screen.getByTestId('calendar-book-confirm') as HTMLButtonElement).disabled).toBe(true);
  fireEvent.change(screen.getByTestId('calendar-book-note'), { target: { value: '字'.repeat(500) } });
  expect(screen.queryByRole('alert')).toBeNull();
  expect(booking.sent).toHaveLength(0);
});
