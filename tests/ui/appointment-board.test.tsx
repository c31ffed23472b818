/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { expect } from '@jest/globals';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { AppointmentBoard } from '@/components/appointments/boards/appointment-board';
import {
  ArrivalBoardQuery, ArriveAppointmentMutation, BOARD_PAGE_SIZE, CompleteAppointmentMutation, CompletionBoardQuery, MarkNoShowMutation,
  SetAppointmentNotesMutation,
} from '@/components/appointments/boards/board-documents';
import type { BoardKind } from '@/components/appointments/boards/use-board';
import { typePolicies } from '@/lib/apollo/type-policies';
import { ATTENDANCE_NOTE_TOO_LONG } from '../helpers/form-refusals';
import { renderWithIntl } from './render-with-intl';

const variables = { branchId: '1', date: '2031-05-05', first: BOARD_PAGE_SIZE };

function row(id: string, status: 'BOOKED' | 'ARRIVED', extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Appointment', id, status, startsAt: '2031-05-05T02:00:00.000Z', endsAt: '2031-05-05T03:00:00.000Z', note: '', analysisCode: 'K11',
    attendanceNote: '', verificationNote: '', purchaseNote: '', arrivedAt: status === 'ARRIVED' ? '2031-05-05T01:55:00.000Z' : null, verifiedAt: null,
    minutesSinceArrival: status === 'ARRIVED' ? 81 : null,
    member: {
      __typename: 'Member', id: `m${id}`, memberNo: `A00${id}`, displayName: `Member ${id}`, phone: '91234567',
      consultant: { __typename: 'Staff', id: '30', displayName: 'Candy Chan', code: 'IS030' },
    },
    beautician: { __typename: 'Staff', id: '8', displayName: 'Betty', code: 'B08' },
    treatment: { __typename: 'Treatment', id: '5', name: 'Facial C', code: 'T05' },
    equipment: null,
    room: { __typename: 'Room', id: '3', name: 'Room 20' },
    ...extra,
  };
}

function board(kind: BoardKind, rows: ReturnType<typeof row>[], options: { canVerify?: boolean; next?: string | null; after?: string; today?: string } = {}) {
  return {
    request: { query: kind === 'arrivals' ? ArrivalBoardQuery : CompletionBoardQuery, variables: options.after ? { ...variables, after: options.after } : variables },
    result: {
      data: {
        board: {
          __typename: kind === 'arrivals' ? 'ArrivalBoardConnection' : 'CompletionBoardConnection',
          memberCount: rows.length,
          appointmentCount: rows.length,
          canVerify: options.canVerify ?? true,
          now: '2031-05-05T03:16:00.000Z',
          today: options.today ?? '2031-05-05',
          pageInfo: { __typename: 'PageInfo', hasNextPage: Boolean(options.next), endCursor: options.next ?? null },
          edges: rows.map((node) => ({ __typename: kind === 'arrivals' ? 'ArrivalBoardEdge' : 'CompletionBoardEdge', cursor: `c${node.id}`, node })),
        },
      },
    },
  };
}

const attendance = (id: string, status: string, verified: boolean) => ({
  __typename: 'Appointment', id, status, arrivedAt: '2031-05-05T03:16:00.000Z', verifiedAt: verified ? '2031-05-05T03:16:00.000Z' : null, minutesSinceArrival: 0,
});

function renderBoard(kind: BoardKind, mocks: MockedProviderProps['mocks'], canCheckout = false) {
  renderWithIntl(
    <MockedProvider mocks={mocks} cache={new InMemoryCache({ typePolicies })}>
      <AppointmentBoard kind={kind} branchId="1" date="2031-05-05" timeZone="Asia/Hong_Kong" canCheckout={canCheckout} />
    </MockedProvider>,
    'en',
  );
}

const rowOf = (id: string) => document.querySelector<HTMLElement>(`[data-testid="board-row"][data-id="${id}"]`)!;
const headers = () => screen.getAllByRole('columnheader').map((th) => th.textContent);

it('arrivals: every page of the day with the arrival columns; 到達 + 驗證 marks the row and reads the board again', async () => {
  renderBoard('arrivals', [
    board('arrivals', [row('1', 'BOOKED')], { next: 'c1' }),
    board('arrivals', [row('2', 'ARRIVED')], { after: 'c1' }),
    { request: { query: ArriveAppointmentMutation, variables: { id: '1', verify: true } }, result: { data: { arriveAppointment: attendance('1', 'ARRIVED', true) } } },
    board('arrivals', [row('1', 'ARRIVED', { verifiedAt: '2031-05-05T03:16:00.000Z' }), row('2', 'ARRIVED')]),
  ]);
  await waitFor(() => expect(screen.getAllByTestId('board-row')).toHaveLength(2));
  expect(headers()).toEqual([
    'Member no.', 'Member', 'Phone', 'Actions', 'Time', 'Consultant', 'Beautician', 'Treatment', 'Equipment', 'Note',
    'Attendance note', 'Verification note', 'Purchase note',
  ]);
  expect(within(rowOf('1')).getByText('Candy Chan (IS030)')).toBeTruthy();
  expect(within(rowOf('2')).getByTestId('board-verify')).toBeTruthy();
  expect(within(rowOf('1')).queryByTestId('board-arrive')).toBeNull();

  await act(async () => {
    fireEvent.click(within(rowOf('1')).getByTestId('board-arrive-verify'));
  });
  await waitFor(() => expect(rowOf('1').getAttribute('data-status')).toBe('ARRIVED'));
  expect(within(rowOf('1')).getByTestId('board-verified')).toBeTruthy();
  await waitFor(() => expect(screen.getByTestId('board-notice').textContent).toBe('Member 1 arrived and verified.'));
  expect(screen.getByTestId('board-counts').textContent).toBe('Members: 2, appointments: 2');
});

it('arrivals: 備註 is the analysis code, the booking note sits under the time, and 新增 names its note and member', async () => {
  renderBoard('arrivals', [board('arrivals', [row('1', 'BOOKED', { note: '靠窗的房間' }), row('2', 'BOOKED', { analysisCode: null })])]);
  await waitFor(() => expect(screen.getAllByTestId('board-row')).toHaveLength(2));
  const noteColumn = (id: string) => rowOf(id).querySelector('[data-column="note"]')!.textContent;
  expect(noteColumn('1')).toBe('K11');
  expect(noteColumn('2')).toBe('');
  expect(within(rowOf('1')).getByTestId('board-booking-note').textContent).toBe('Booking note: 靠窗的房間');
  expect(within(rowOf('2')).queryByTestId('board-booking-note')).toBeNull();
  expect(within(rowOf('1')).getByRole('button', { name: 'Add Attendance note (Member 1)' })).toBeTruthy();
  expect(within(rowOf('1')).getByRole('button', { name: 'Add Verification note (Member 1)' })).toBeTruthy();
  // Each cell carries its column's name for the card layout of narrow screens.
  expect(rowOf('1').querySelector('[data-column="verificationNote"]')!.getAttribute('data-label')).toBe('Verification note');
});

it('arrivals: on another day\'s board, 到達 + 驗證 and 驗證 are disabled, saying why; 取消 and 失約 stay', async () => {
  renderBoard('arrivals', [board('arrivals', [row('1', 'BOOKED'), row('2', 'ARRIVED')], { today: '2031-05-02' })]);
  await waitFor(() => expect(screen.getAllByTestId('board-row')).toHaveLength(2));
  const reason = screen.getByTestId('board-not-today');
  expect(reason.textContent).toBe('This is the board of 2031-05-05. Arrivals and verifications can only be marked on the day of the visit (today is 2031-05-02).');
  for (const button of [within(rowOf('1')).getByTestId('board-arrive-verify'), within(rowOf('2')).getByTestId('board-verify')]) {
    expect(button).toHaveProperty('disabled', true);
    expect(button.getAttribute('aria-describedby')).toBe(reason.id);
  }
  expect(within(rowOf('1')).getByTestId('board-no-show')).toHaveProperty('disabled', false);
});

it('arrivals: on a past day\'s board, arriving is disabled but an arrived visit can still be verified', async () => {
  renderBoard('arrivals', [board('arrivals', [row('1', 'BOOKED'), row('2', 'ARRIVED')], { today: '2031-05-06' })]);
  await waitFor(() => expect(screen.getAllByTestId('board-row')).toHaveLength(2));
  const reason = screen.getByTestId('board-not-today');
  expect(reason.textContent).toBe('This is the board of 2031-05-05. Arrivals can only be marked on the day of the visit (today is 2031-05-06); arrived visits can still be verified.');
  expect(within(rowOf('1')).getByTestId('board-arrive-verify')).toHaveProperty('disabled', true);
  expect(within(rowOf('2')).getByTestId('board-verify')).toHaveProperty('disabled', false);
});

it('arrivals: 失約 asks first, and the server\'s refusal is the notice', async () => {
  renderBoard('arrivals', [
    board('arrivals', [row('1', 'BOOKED')], { canVerify: false }),
    {
      request: { query: MarkNoShowMutation, variables: { id: '1' } },
      result: { errors: [new GraphQLError('This appointment has already arrived, so it cannot be marked no-show.', { extensions: { code: 'BAD_USER_INPUT' } })] },
    },
  ]);
  await screen.findByTestId('board-row');
  expect(screen.queryByTestId('board-arrive-verify')).toBeNull();
  fireEvent.click(screen.getByTestId('board-no-show'));
  expect(screen.getByRole('group', { name: 'Mark as no-show?' })).toBeTruthy();
  await act(async () => {
    fireEvent.click(screen.getByTestId('board-confirm-yes'));
  });
  await waitFor(() => expect(screen.getByTestId('board-notice').textContent).toBe('This appointment has already arrived, so it cannot be marked no-show.'));
  expect(screen.getByTestId('board-notice').getAttribute('role')).toBe('alert');
});

it('completions: the completion columns with the minutes since arrival; 完成 takes the row off after reading the board again', async () => {
  renderBoard('completions', [
    board('completions', [row('2', 'ARRIVED')]),
    { request: { query: CompleteAppointmentMutation, variables: { id: '2' } }, result: { data: { completeAppointment: { ...attendance('2', 'COMPLETED', false), minutesSinceArrival: null } } } },
    board('completions', []),
  ]);
  await screen.findByTestId('board-row');
  expect(headers()).toEqual([
    'Member no.', 'Member', 'Phone', 'Actions', 'Time', 'Arrived', 'Beautician', 'Treatment', 'Equipment', 'Room', 'Note',
    'Attendance note', 'Verification note', 'Purchase note',
  ]);
  expect(screen.getByTestId('board-minutes').textContent).toBe('81 minutes');
  expect(within(rowOf('2')).getByText('Room 20')).toBeTruthy();
  await act(async () => {
    fireEvent.click(screen.getByTestId('board-complete'));
  });
  await screen.findByTestId('board-empty');
  expect(screen.getByTestId('board-notice').textContent).toBe("Member 2's treatment completed.");
});

it('completions: with sales.checkout each visit offers 結帳, opening the cashier with the appointment; without it there is none', async () => {
  renderBoard('completions', [board('completions', [row('2', 'ARRIVED')])], true);
  const link = await screen.findByRole('link', { name: 'Check out Member 2' });
  expect(link.getAttribute('href')).toMatch(/\/sales\/checkout\?appointment=2$/);
  expect(screen.queryAllByTestId('board-checkout')).toHaveLength(1);
});

it('completions: no 結帳 for staff who may not ring up sales', async () => {
  renderBoard('completions', [board('completions', [row('2', 'ARRIVED')])]);
  await screen.findByTestId('board-row');
  expect(screen.queryByTestId('board-checkout')).toBeNull();
});

it('a saved note shows in its row from the answer, and a refused one stays open with the server\'s message', async () => {
  renderBoard('completions', [
    board('completions', [row('2', 'ARRIVED')]),
    {
      request: { query: SetAppointmentNotesMutation, variables: { id: '2', input: { purchaseNote: '面霜' } } },
      result: { data: { setAppointmentNotes: { __typename: 'Appointment', id: '2', attendanceNote: '', verificationNote: '', purchaseNote: '面霜' } } },
    },
    {
      request: { query: SetAppointmentNotesMutation, variables: { id: '2', input: { attendanceNote: 'late' } } },
      result: { errors: [new GraphQLError('"Attendance note" is too long', { extensions: { code: 'BAD_USER_INPUT', field: 'attendanceNote' } })] },
    },
  ]);
  await screen.findByTestId('board-row');
  fireEvent.click(screen.getByTestId('note-purchaseNote-edit'));
  fireEvent.change(await screen.findByTestId('note-purchaseNote-input'), { target: { value: '面霜' } });
  await act(async () => {
    fireEvent.click(screen.getByTestId('note-purchaseNote-save'));
  });
  await waitFor(() => expect(screen.getByTestId('note-purchaseNote').textContent).toBe('面霜'));

  fireEvent.click(screen.getByTestId('note-attendanceNote-edit'));
  fireEvent.change(await screen.findByTestId('note-attendanceNote-input'), { target: { value: 'late' } });
  await act(async () => {
    fireEvent.click(screen.getByTestId('note-attendanceNote-save'));
  });
  expect((await screen.findByRole('alert')).textContent).toBe('"Attendance note" is too long');
  expect(screen.getByTestId('note-attendanceNote-input')).toBeTruthy();
});

it('refuses a note over 500 characters in the API\'s words without sending it, and sends a note that fits trimmed', async () => {
  const sent: Record<string, unknown>[] = [];
  renderBoard('completions', [
    board('completions', [row('2', 'ARRIVED')]),
    {
      request: { query: SetAppointmentNotesMutation, variables: (v: Record<string, unknown>) => (sent.push(v), true) },
      result: { data: { setAppointmentNotes: { __typename: 'Appointment', id: '2', attendanceNote: '美'.repeat(500), verificationNote: '', purchaseNote: '' } } },
    },
  ]);
  await screen.findByTestId('board-row');
  fireEvent.click(screen.getByTestId('note-attendanceNote-edit'));
  fireEvent.change(await screen.findByTestId('note-attendanceNote-input'), { target: { value: '美'.repeat(501) } });
  await act(async () => {
    fireEvent.click(screen.getByTestId('note-attendanceNote-save'));
  });
  expect((await screen.findByRole('alert')).textContent).toBe(ATTENDANCE_NOTE_TOO_LONG);
  expect(sent).toHaveLength(0);
  fireEvent.change(await screen.findByTestId('note-attendanceNote-input'), { target: { value: ` ${'美'.repeat(500)} ` } });
  await act(async () => {
    fireEvent.click(screen.getByTestId('note-attendanceNote-save'));
  });
  await waitFor(() => expect(screen.getByTestId('note-attendanceNote').textContent).toBe('美'.repeat(500)));
  expect(sent).toEqual([{ id: '2', input: { attendanceNote: '美'.repeat(500) } }]);
});
