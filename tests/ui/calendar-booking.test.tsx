/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { CalendarBooking, type BookingPlace } from '@/components/appointments/calendar/calendar-booking';
import { renderWithIntl } from './render-with-intl';

type Sent = { query: string; variables: Record<string, any> };

const TREATMENTS = { treatments: { nodes: [{ id: '5', code: 'T05', name: 'Facial C', series: 'Facial', durationMinutes: 90 }, { id: '6', code: 'B01', name: 'Body', series: 'Body', durationMinutes: 60 }] } };
const MEMBERS = {
  quickLookup: {
    nodes: [
      { id: '4', memberNo: 'WeM-00004', displayName: 'Chan Susan', phone: '91234567', phone2: null, isWalkIn: false },
      { id: '7', memberNo: 'WeM-00007', displayName: 'Chan Mary', phone: null, phone2: null, isWalkIn: true },
    ],
  },
};
const BEAUTICIANS = [{ id: '8', code: 'Molly', displayName: 'Molly' }, { id: '9', code: 'Betty', displayName: 'Betty' }];

/** A fake /api/graphql: answers by operation name and records what was sent. */
function fakeServer(handlers: Record<string, (variables: Record<string, any>) => unknown>) {
  const sent: Sent[] = [];
  global.fetch = jest.fn(async (_url: unknown, init?: { body?: unknown }) => {
    const body = JSON.parse(String(init?.body)) as Sent;
    sent.push(body);
    const name = /(?:query|mutation) (\w+)/.exec(body.query)![1];
    const answer = handlers[name](body.variables);
    return { ok: true, status: 200, statusText: 'OK', json: async () => answer } as Response;
  }) as typeof fetch;
  return sent;
}

/** The panel as the calendar holds it: the tapped place lives in the parent. */
function Harness({ onBooked, onCancel }: { onBooked: jest.Mock; onCancel: jest.Mock }) {
  const [place, setPlace] = useState<BookingPlace>({ beauticianId: '9', time: '10:30' });
  return (
    <CalendarBooking
      branchId="2"
      date="2020-07-01"
      timeZone="Asia/Hong_Kong"
      beauticians={BEAUTICIANS}
      place={place}
      onPlaceChange={setPlace}
      onBooked={onBooked}
      onCancel={onCancel}
    />
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
  const sent = fakeServer({
    CalendarBookingTreatments: () => ({ data: TREATMENTS }),
    CalendarBookingMembers: () => ({ data: MEMBERS }),
    BookAppointment: (v) => ({ data: { bookAppointment: { id: '77', ...v.input } } }),
  });
  renderWithIntl(<Harness onBooked={onBooked} onCancel={onCancel} />);
  expect(screen.getByLabelText('會員')).toBe(screen.getByTestId('calendar-book-member'));
  expect(screen.getByLabelText('護理')).toBe(screen.getByTestId('calendar-book-treatment'));
  await fillIn();
  expect(sent.find((s) => s.query.includes('quickLookup'))!.variables).toEqual({ term: 'chan', first: 8 });

  await act(async () => {
    fireEvent.click(screen.getByTestId('calendar-book-confirm'));
  });
  const booked = sent.filter((s) => s.query.includes('bookAppointment'));
  expect(booked).toHaveLength(1);
  // 10:30 in Hong Kong (UTC+8) on the calendar's day.
  expect(booked[0].variables.input).toEqual({
    memberId: '4', branchId: '2', beauticianId: '9', startsAt: '2020-07-01T02:30:00.000Z', treatmentId: '5', note: 'first visit',
  });
  expect(onBooked).toHaveBeenCalledWith({ name: 'Chan Susan', time: '10:30' });
  expect(screen.queryByTestId('calendar-book-error')).toBeNull();
  expect(onCancel).not.toHaveBeenCalled();
});

it('shows a CONFLICT in the panel and books nothing else', async () => {
  const onBooked = jest.fn();
  const onCancel = jest.fn();
  const sent = fakeServer({
    CalendarBookingTreatments: () => ({ data: TREATMENTS }),
    CalendarBookingMembers: () => ({ data: MEMBERS }),
    BookAppointment: () => ({ data: null, errors: [{ message: '美容師 Betty 在這時間已有預約', extensions: { code: 'CONFLICT', field: 'startsAt' } }] }),
  });
  renderWithIntl(<Harness onBooked={onBooked} onCancel={onCancel} />);
  await fillIn();
  await act(async () => {
    fireEvent.click(screen.getByTestId('calendar-book-confirm'));
  });
  expect((await screen.findByTestId('calendar-book-error')).textContent).toBe('未能預約：美容師 Betty 在這時間已有預約');
  expect(onBooked).not.toHaveBeenCalled();
  expect(sent.filter((s) => s.query.includes('bookAppointment'))).toHaveLength(1);
  // The panel keeps what was entered, so the time or beautician can be changed and tried again.
  expect(screen.getByTestId('calendar-book-member-chosen').textContent).toBe('Chan Susan (WeM-00004)');
  expect((screen.getByTestId('calendar-book-confirm') as HTMLButtonElement).disabled).toBe(false);

  fireEvent.click(screen.getByTestId('calendar-book-cancel'));
  expect(onCancel).toHaveBeenCalledTimes(1);
});
