/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { BookingPanel } from '@/components/appointments/booking/booking-panel';
import { renderWithIntl } from './render-with-intl';

type Sent = { query: string; variables: Record<string, any> };

const slot = (startsAt: string, endsAt: string, beautician = { id: '8', displayName: 'Molly', code: 'Molly' }) => ({
  startsAt, endsAt, beautician, room: { id: '3', name: 'Room 20' }, equipment: null,
});

const OPTIONS = {
  viewer: { id: '1', branch: { id: '2' } },
  branches: { nodes: [{ id: '1', code: 'TKO', name: 'TKO', timeZone: 'Asia/Hong_Kong' }, { id: '2', code: 'TST', name: 'TST', timeZone: 'Asia/Hong_Kong' }] },
  treatments: { nodes: [{ id: '5', code: 'T05', name: 'Facial C', series: 'Facial', durationMinutes: 90 }, { id: '6', code: 'B01', name: 'Body', series: 'Body', durationMinutes: 60 }] },
  treatmentSeries: ['Body', 'Facial'],
};
const RESOURCES = { beauticians: { nodes: [{ id: '8', displayName: 'Molly', code: 'Molly' }, { id: '9', displayName: 'Betty', code: 'Betty' }] }, equipment: { nodes: [] } };

/** A fake /api/graphql: answers by operation name and records what was sent. */
function fakeServer(handlers: Record<string, (variables: Record<string, any>, call: number) => unknown>) {
  const sent: Sent[] = [];
  const calls = new Map<string, number>();
  global.fetch = jest.fn(async (_url: unknown, init?: { body?: unknown }) => {
    const body = JSON.parse(String(init?.body)) as Sent;
    sent.push(body);
    const name = /(?:query|mutation) (\w+)/.exec(body.query)![1];
    const call = (calls.get(name) ?? 0) + 1;
    calls.set(name, call);
    const answer = handlers[name](body.variables, call);
    return { ok: true, status: 200, statusText: 'OK', json: async () => answer } as Response;
  }) as typeof fetch;
  return sent;
}

it('books a suggested slot: criteria → suggestions (and more) → review → confirm', async () => {
  const onBooked = jest.fn();
  const sent = fakeServer({
    BookingOptions: () => ({ data: OPTIONS }),
    BookingBranchResources: () => ({ data: RESOURCES }),
    BookingSuggestions: (_v, call) => ({
      data: {
        suggestSlots: call === 1
          ? { slots: [slot('2020-07-01T07:30:00Z', '2020-07-01T09:00:00Z')], hasMore: true, endCursor: 'c1' }
          : { slots: [slot('2020-07-01T08:00:00Z', '2020-07-01T09:30:00Z', { id: '9', displayName: 'Betty', code: 'Betty' })], hasMore: false, endCursor: 'c2' },
      },
    }),
    BookAppointment: (v) => ({ data: { bookAppointment: { id: '77', ...v.input } } }),
  });
  renderWithIntl(<BookingPanel member={{ id: '4', memberNo: 'WeM-00004', displayName: 'Chan Susan' }} contactMemberId="12" onBooked={onBooked} />);
  await screen.findByTestId('booking-criteria');
  await waitFor(() => expect(screen.getAllByRole('option', { name: 'Betty (Betty)' })).toHaveLength(1));
  expect((screen.getByTestId('booking-branch') as HTMLSelectElement).value).toBe('2');

  // Nothing chosen yet: the form asks for a treatment and sends nothing.
  fireEvent.click(screen.getByTestId('booking-suggest'));
  expect(screen.getByTestId('booking-error-requirement').textContent).toBe('請選擇護理');
  expect(sent.some((s) => s.query.includes('suggestSlots'))).toBe(false);

  fireEvent.change(screen.getByTestId('booking-series'), { target: { value: 'Facial' } });
  expect([...(screen.getByTestId('booking-treatment') as HTMLSelectElement).options].map((o) => o.value)).toEqual(['', '5']);
  fireEvent.change(screen.getByTestId('booking-treatment'), { target: { value: '5' } });
  fireEvent.click(screen.getByTestId('booking-weekday-3'));
  await act(async () => {
    fireEvent.click(screen.getByTestId('booking-suggest'));
  });
  const asked = sent.find((s) => s.query.includes('suggestSlots'))!.variables.input;
  expect(asked).toMatchObject({ branchId: '2', treatmentId: '5', windowStart: '09:00', windowEnd: '22:00', weekdays: [3], beauticianId: null, after: null });

  await screen.findByTestId('booking-suggestions');
  await act(async () => {
    fireEvent.click(screen.getByTestId('booking-more'));
  });
  await waitFor(() => expect(screen.getAllByTestId('booking-slot')).toHaveLength(2));
  expect(sent.filter((s) => s.query.includes('suggestSlots'))[1].variables.input.after).toBe('c1');
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
  const booked = sent.find((s) => s.query.includes('bookAppointment'))!.variables.input;
  expect(booked).toEqual({
    memberId: '4', branchId: '2', beauticianId: '8', startsAt: '2020-07-01T07:30:00Z', treatmentId: '5', roomId: '3', note: null, contactMemberId: '12',
  });
  expect(onBooked).toHaveBeenCalledWith(expect.objectContaining({ id: '77' }));
});

it('on a taken slot shows the conflict and fresh suggestions', async () => {
  const sent = fakeServer({
    BookingOptions: () => ({ data: OPTIONS }),
    BookingBranchResources: () => ({ data: RESOURCES }),
    BookingSuggestions: (_v, call) => ({
      data: { suggestSlots: { slots: [call === 1 ? slot('2020-07-01T07:30:00Z', '2020-07-01T09:00:00Z') : slot('2020-07-01T10:00:00Z', '2020-07-01T11:30:00Z')], hasMore: false, endCursor: null } },
    }),
    BookAppointment: () => ({ data: null, errors: [{ message: '「預約時間」無效：美容師 Molly 在這時間已有預約，請選擇其他時間', extensions: { code: 'CONFLICT', field: 'startsAt' } }] }),
  });
  const onBooked = jest.fn();
  renderWithIntl(<BookingPanel member={{ id: '4', memberNo: 'A1', displayName: 'Chan' }} onBooked={onBooked} />);
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
  await waitFor(() => expect(sent.filter((s) => s.query.includes('suggestSlots'))).toHaveLength(2));
  expect(screen.getByTestId('booking-slot').textContent).toContain('06:00');
  expect(onBooked).not.toHaveBeenCalled();
  expect(sent.find((s) => s.query.includes('bookAppointment'))!.variables.input).toMatchObject({ minutes: 90, contactMemberId: null });
});
