/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { expect } from '@jest/globals';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { BookingPanel } from '@/components/appointments/booking/booking-panel';
import {
  BookAppointmentMutation, BookingBranchResourcesQuery, BookingOptionsQuery, BookingSuggestionsQuery,
} from '@/components/appointments/booking/booking-documents';
import { typePolicies } from '@/lib/apollo/type-policies';
import { renderWithIntl } from './render-with-intl';

const molly = { __typename: 'Staff', id: '8', displayName: 'Molly', code: 'Molly' } as const;
const betty = { __typename: 'Staff', id: '9', displayName: 'Betty', code: 'Betty' } as const;

const slot = (startsAt: string, endsAt: string, beautician: typeof molly | typeof betty = molly) => ({
  __typename: 'SuggestedSlot', startsAt, endsAt, beautician, room: { __typename: 'Room', id: '3', name: 'Room 20' }, equipment: null,
});

const slotPage = (slots: ReturnType<typeof slot>[], hasMore: boolean, endCursor: string | null) => ({
  suggestSlots: { __typename: 'SlotSuggestionPage', slots, hasMore, endCursor },
});

const branch = (id: string, code: string) => ({ __typename: 'Branch', id, code, name: code, timeZone: 'Asia/Hong_Kong' });
const treatment = (id: string, code: string, name: string, series: string, durationMinutes: number) => ({
  __typename: 'Treatment', id, code, name, series, durationMinutes,
});

const options = {
  request: { query: BookingOptionsQuery },
  result: {
    data: {
      viewer: { __typename: 'Staff', id: '1', branch: { __typename: 'Branch', id: '2' } },
      branches: { __typename: 'BranchConnection', nodes: [branch('1', 'TKO'), branch('2', 'TST')] },
      treatments: { __typename: 'TreatmentConnection', nodes: [treatment('5', 'T05', 'Facial C', 'Facial', 90), treatment('6', 'B01', 'Body', 'Body', 60)] },
      treatmentSeries: ['Body', 'Facial'],
    },
  },
};

const resources = {
  request: { query: BookingBranchResourcesQuery, variables: { branchId: '2' } },
  result: {
    data: {
      beauticians: { __typename: 'StaffConnection', nodes: [molly, betty] },
      equipment: { __typename: 'EquipmentConnection', nodes: [] },
    },
  },
};

const booked = (input: Record<string, unknown>) => ({
  __typename: 'Appointment', id: '77', startsAt: input.startsAt, endsAt: '2020-07-01T09:00:00Z', status: 'BOOKED', version: 1, note: '', offerCode: null,
  branch: { __typename: 'Branch', id: '2', name: 'TST', timeZone: 'Asia/Hong_Kong' }, beautician: molly, equipment: null,
  treatment: { __typename: 'Treatment', id: '5', code: 'T05', name: 'Facial C' },
});

/** Every variables object a document was sent with, in order. */
function recorder() {
  const sent: Record<string, unknown>[] = [];
  const any = (variables: Record<string, unknown>) => {
    sent.push(variables);
    return true;
  };
  return { sent, any };
}

function renderPanel(mocks: MockedProviderProps['mocks'], props: Partial<Parameters<typeof BookingPanel>[0]> = {}) {
  renderWithIntl(
    <MockedProvider mocks={mocks} cache={new InMemoryCache({ typePolicies })}>
      <BookingPanel member={{ id: '4', memberNo: 'WeM-00004', displayName: 'Chan Susan' }} {...props} />
    </MockedProvider>,
  );
}

it('books a suggested slot: criteria → suggestions (and more) → review → confirm', async () => {
  const onBooked = jest.fn();
  const suggestions = recorder();
  const bookings = recorder();
  renderPanel(
    [
      options,
      resources,
      { request: { query: BookingSuggestionsQuery, variables: suggestions.any }, result: { data: slotPage([slot('2020-07-01T07:30:00Z', '2020-07-01T09:00:00Z')], true, 'c1') } },
      { request: { query: BookingSuggestionsQuery, variables: suggestions.any }, result: { data: slotPage([slot('2020-07-01T08:00:00Z', '2020-07-01T09:30:00Z', betty)], false, 'c2') } },
      { request: { query: BookAppointmentMutation, variables: bookings.any }, result: (v) => ({ data: { bookAppointment: booked(v.input as Record<string, unknown>) } }) },
    ],
    { contactMemberId: '12', onBooked },
  );
  await screen.findByTestId('booking-criteria');
  await waitFor(() => expect(screen.getAllByRole('option', { name: 'Betty (Betty)' })).toHaveLength(1));
  expect((screen.getByTestId('booking-branch') as HTMLSelectElement).value).toBe('2');

  // Nothing chosen yet: the form asks for a treatment and sends nothing.
  fireEvent.click(screen.getByTestId('booking-suggest'));
  expect(screen.getByTestId('booking-error-requirement').textContent).toBe('請選擇護理');
  expect(suggestions.sent).toHaveLength(0);

  fireEvent.change(screen.getByTestId('booking-series'), { target: { value: 'Facial' } });
  expect([...(screen.getByTestId('booking-treatment') as HTMLSelectElement).options].map((o) => o.value)).toEqual(['', '5']);
  fireEvent.change(screen.getByTestId('booking-treatment'), { target: { value: '5' } });
  fireEvent.click(screen.getByTestId('booking-weekday-3'));
  await act(async () => {
    fireEvent.click(screen.getByTestId('booking-suggest'));
  });
  expect(suggestions.sent[0].input).toMatchObject({ branchId: '2', treatmentId: '5', windowStart: '09:00', windowEnd: '22:00', weekdays: [3], beauticianId: null, after: null });

  await screen.findByTestId('booking-suggestions');
  await act(async () => {
    fireEvent.click(screen.getByTestId('booking-more'));
  });
  await waitFor(() => expect(screen.getAllByTestId('booking-slot')).toHaveLength(2));
  expect((suggestions.sent.at(-1)!.input as { after: string }).after).toBe('c1');
  expect(screen.queryByTestId('booking-more')).toBeNull();

  fireEvent.click(screen.getAllByTestId('booking-slot')[0]);
  await screen.findByTestId('booking-review');
  expect(screen.getByTestId('review-member').textContent).toBe('Chan Susan (WeM-00004)');
  expect(screen.getByTestId('review-branch').textContent).toBe('TST');
  expect(screen.getByTestId('review-beautician').textContent).toBe('Molly');
  expect(screen.getByTestId('review-treatment').textContent).toBe('Facial C (T05)');
  expect(screen.getByTestId('review-date').textContent).toBe('2020年7月1日');

  await act(async () => {
    fireEvent.click(screen.getByTestId('booking-confirm'));
  });
  await waitFor(() => expect(onBooked).toHaveBeenCalledWith(expect.objectContaining({ id: '77' })));
  expect(bookings.sent.at(-1)!.input).toEqual({
    memberId: '4', branchId: '2', beauticianId: '8', startsAt: '2020-07-01T07:30:00Z', treatmentId: '5', roomId: '3', note: null, contactMemberId: '12',
  });
});

it('on a taken slot shows the conflict and fresh suggestions', async () => {
  const onBooked = jest.fn();
  const suggestions = recorder();
  const bookings = recorder();
  const taken = '「預約時間」無效：美容師 Molly 在這時間已有預約，請選擇其他時間';
  renderPanel(
    [
      options,
      resources,
      { request: { query: BookingSuggestionsQuery, variables: suggestions.any }, result: { data: slotPage([slot('2020-07-01T07:30:00Z', '2020-07-01T09:00:00Z')], false, null) } },
      { request: { query: BookingSuggestionsQuery, variables: suggestions.any }, result: { data: slotPage([slot('2020-07-01T10:00:00Z', '2020-07-01T11:30:00Z')], false, null) } },
      {
        request: { query: BookAppointmentMutation, variables: bookings.any },
        result: { errors: [new GraphQLError(taken, { extensions: { code: 'CONFLICT', field: 'startsAt' } })] },
      },
    ],
    { onBooked },
  );
  await screen.findByTestId('booking-criteria');
  fireEvent.click(screen.getByTestId('booking-kind-minutes'));
  fireEvent.change(screen.getByTestId('booking-minutes'), { target: { value: '90' } });
  await act(async () => {
    fireEvent.click(screen.getByTestId('booking-suggest'));
  });
  fireEvent.click(await screen.findByTestId('booking-slot'));
  await act(async () => {
    fireEvent.click(await screen.findByTestId('booking-confirm'));
  });
  expect((await screen.findByTestId('booking-conflict')).textContent).toContain('美容師 Molly 在這時間已有預約');
  await waitFor(() => expect(suggestions.sent).toHaveLength(2));
  await waitFor(() => expect(screen.getByTestId('booking-slot').textContent).toContain('06:00'));
  expect(onBooked).not.toHaveBeenCalled();
  expect(bookings.sent.at(-1)!.input).toMatchObject({ minutes: 90, contactMemberId: null });
});

it('shows the server\'s refusal of the criteria next to the field it names', async () => {
  renderPanel([
    options,
    resources,
    {
      request: { query: BookingSuggestionsQuery, variables: () => true },
      result: { errors: [new GraphQLError('「日期」無效：請選擇不多於 92 日', { extensions: { code: 'BAD_USER_INPUT', field: 'toDate' } })] },
    },
  ]);
  await screen.findByTestId('booking-criteria');
  fireEvent.change(screen.getByTestId('booking-treatment'), { target: { value: '5' } });
  await act(async () => {
    fireEvent.click(screen.getByTestId('booking-suggest'));
  });
  expect((await screen.findByTestId('booking-error-dates')).textContent).toBe('「日期」無效：請選擇不多於 92 日');
  expect(screen.getByTestId('booking-to').getAttribute('aria-invalid')).toBe('true');
  expect(screen.queryByTestId('booking-suggestions')).toBeNull();
});
