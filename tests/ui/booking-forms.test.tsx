/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { expect } from '@jest/globals';
import { act, fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { AppointmentEditor } from '@/components/appointments/booking/appointment-editor';
import { BookingBranchResourcesQuery, UpdateAppointmentMutation } from '@/components/appointments/booking/booking-documents';
import { BookingReview } from '@/components/appointments/booking/booking-review';
import type { BookedAppointmentFragment } from '@/graphql/generated/graphql';
import { typePolicies } from '@/lib/apollo/type-policies';
import { BOOKING_NOTE_REFUSAL } from '../helpers/form-refusals';
import { renderWithIntl } from './render-with-intl';

const molly = { __typename: 'Staff' as const, id: '8', displayName: 'Molly', code: 'Molly' };
const branch = { __typename: 'Branch' as const, id: '2', name: 'TST', timeZone: 'Asia/Hong_Kong' };

const appointment = {
  __typename: 'Appointment', id: '77', startsAt: '2031-05-05T02:00:00.000Z', endsAt: '2031-05-05T03:30:00.000Z', status: 'BOOKED', version: 3, note: '',
  offerCode: null, branch, beautician: molly, room: null, equipment: null, treatment: { __typename: 'Treatment', id: '5', code: 'T05', name: 'Facial C' },
} as unknown as BookedAppointmentFragment;

const resources = {
  request: { query: BookingBranchResourcesQuery, variables: { branchId: '2' } },
  result: { data: { beauticians: { __typename: 'StaffConnection', nodes: [molly] }, equipment: { __typename: 'EquipmentConnection', nodes: [] } } },
};

function recorder() {
  const sent: Record<string, unknown>[] = [];
  return { sent, any: (variables: Record<string, unknown>) => (sent.push(variables), true) };
}

describe('the booking review', () => {
  const render = (onConfirm: (note: string) => void, error: { message: string; field: string | null } | null = null) =>
    renderWithIntl(
      <BookingReview
        member={{ id: '4', memberNo: 'WeM-00004', displayName: 'Chan Susan' }}
        slot={{ __typename: 'SuggestedSlot', startsAt: '2031-05-05T02:00:00.000Z', endsAt: '2031-05-05T03:30:00.000Z', beautician: molly, room: null } as never}
        branch={branch as never}
        what="Facial C (T05)"
        pending={false}
        error={error}
        onConfirm={onConfirm}
        onCancel={() => undefined}
      />,
      'en',
    );

  it('refuses a note over 500 characters in the API\'s words, sending nothing, and sends it trimmed once it fits', async () => {
    const onConfirm = jest.fn();
    render(onConfirm);
    await act(async () => {
      fireEvent.change(screen.getByTestId('review-note'), { target: { value: '美'.repeat(501) } });
    });
    expect((await screen.findByTestId('review-error-note')).textContent).toBe(BOOKING_NOTE_REFUSAL);
    expect(screen.getByTestId('booking-confirm')).toHaveProperty('disabled', true);
    await act(async () => {
      fireEvent.change(screen.getByTestId('review-note'), { target: { value: ` ${'美'.repeat(500)} ` } });
    });
    expect(screen.queryByTestId('review-error-note')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByTestId('booking-confirm'));
    });
    expect(onConfirm).toHaveBeenCalledWith('美'.repeat(500));
  });

  it('shows the server\'s refusal of the note next to the note', () => {
    render(jest.fn(), { message: BOOKING_NOTE_REFUSAL, field: 'note' });
    expect(screen.getByTestId('review-error-note').textContent).toBe(BOOKING_NOTE_REFUSAL);
    expect(screen.queryByTestId('booking-error')).toBeNull();
  });
});

describe('the appointment editor', () => {
  function renderEditor(mocks: MockedProviderProps['mocks']) {
    const onSaved = jest.fn();
    renderWithIntl(
      <MockedProvider mocks={mocks} cache={new InMemoryCache({ typePolicies })}>
        <AppointmentEditor appointment={appointment} onSaved={onSaved} onCancel={() => undefined} />
      </MockedProvider>,
      'en',
    );
    return onSaved;
  }

  it('refuses a note over 500 characters and an empty time in the API\'s words, sending nothing', async () => {
    const updates = recorder();
    renderEditor([resources, { request: { query: UpdateAppointmentMutation, variables: updates.any }, result: { data: { updateAppointment: appointment } } }]);
    fireEvent.change(screen.getByTestId('edit-note'), { target: { value: 'x'.repeat(501) } });
    fireEvent.change(screen.getByTestId('edit-time'), { target: { value: '' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('edit-save'));
    });
    expect((await screen.findByTestId('edit-error-note')).textContent).toBe(BOOKING_NOTE_REFUSAL);
    expect(screen.getByTestId('edit-error-startsAt').textContent).toBe('"Appointment time" is invalid: not a valid date and time');
    expect(updates.sent).toHaveLength(0);
  });

  it('sends the change with the version it was loaded with, and shows the server\'s refusal next to the field it names', async () => {
    const updates = recorder();
    renderEditor([
      resources,
      {
        request: { query: UpdateAppointmentMutation, variables: updates.any },
        result: { errors: [new GraphQLError(BOOKING_NOTE_REFUSAL, { extensions: { code: 'BAD_USER_INPUT', field: 'note' } })] },
      },
    ]);
    fireEvent.change(screen.getByTestId('edit-note'), { target: { value: ' bring card ' } });
    fireEvent.change(screen.getByTestId('edit-time'), { target: { value: '11:30' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('edit-save'));
    });
    expect((await screen.findByTestId('edit-error-note')).textContent).toBe(BOOKING_NOTE_REFUSAL);
    expect(updates.sent).toEqual([{ id: '77', input: { startsAt: '2031-05-05T03:30:00.000Z', beauticianId: '8', note: 'bring card', version: 3 } }]);
  });
});
