/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { expect } from '@jest/globals';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { BranchDayQuery, CALENDAR_PAGE_SIZE, MoveAppointmentMutation } from '@/components/appointments/calendar/calendar-documents';
import { DayCalendar } from '@/components/appointments/calendar/day-calendar';
import { typePolicies } from '@/lib/apollo/type-policies';
import { renderWithIntl } from './render-with-intl';

const variables = { branchId: '1', date: '2031-05-05', first: CALENDAR_PAGE_SIZE };
const betty = { __typename: 'Staff', id: '8', code: 'B08', displayName: 'Betty' } as const;
const molly = { __typename: 'Staff', id: '9', code: 'M09', displayName: 'Molly' } as const;

/** A booking of an hour at a Hong Kong wall-clock hour on the day. */
function block(id: string, hour: number, beauticianId: string, version = 1) {
  const at = (h: number) => `2031-05-05T${String(h - 8).padStart(2, '0')}:00:00.000Z`;
  return {
    __typename: 'Appointment', id, version, status: 'BOOKED', startsAt: at(hour), endsAt: at(hour + 1),
    member: { __typename: 'Member', id: `m${id}`, memberNo: `A00${id}`, displayName: `Member ${id}` },
    treatment: { __typename: 'Treatment', id: '5', name: 'Facial C' },
    room: null,
    beautician: { __typename: 'Staff', id: beauticianId },
  };
}

function day(blocks: ReturnType<typeof block>[], options: { next?: string; after?: string } = {}) {
  return {
    request: { query: BranchDayQuery, variables: options.after ? { ...variables, after: options.after } : variables },
    result: {
      data: {
        branchDay: {
          __typename: 'BranchDay', date: '2031-05-05', timeZone: 'Asia/Hong_Kong', opensAt: '10:00', closesAt: '19:00', closed: false,
          beauticians: [betty, molly],
          appointments: {
            __typename: 'AppointmentConnection',
            pageInfo: { __typename: 'PageInfo', hasNextPage: Boolean(options.next), endCursor: options.next ?? null },
            edges: blocks.map((node) => ({ __typename: 'AppointmentEdge', cursor: `c${node.id}`, node })),
          },
        },
      },
    },
  };
}

function renderCalendar(mocks: MockedProviderProps['mocks']) {
  renderWithIntl(
    <MockedProvider mocks={mocks} cache={new InMemoryCache({ typePolicies })}>
      <DayCalendar branchId="1" date="2031-05-05" />
    </MockedProvider>,
    'en',
  );
}

const blockIn = (beauticianId: string) =>
  [...document.querySelectorAll<HTMLElement>(`[data-testid="calendar-column"][data-beautician-id="${beauticianId}"] [data-testid="calendar-block"]`)].map((b) => b.dataset.id);

async function moveWithPanel(id: string, beauticianId: string, time: string) {
  fireEvent.click(document.querySelector<HTMLElement>(`[data-testid="calendar-block"][data-id="${id}"]`)!);
  fireEvent.change(await screen.findByTestId('calendar-move-beautician'), { target: { value: beauticianId } });
  fireEvent.change(screen.getByTestId('calendar-move-time'), { target: { value: time } });
  await act(async () => {
    fireEvent.click(screen.getByTestId('calendar-move-confirm'));
  });
}

it('draws every page of the day by beautician, and a move stays where it went and reads the day again', async () => {
  renderCalendar([
    day([block('1', 10, '8')], { next: 'c1' }),
    day([block('2', 12, '9')], { after: 'c1' }),
    {
      request: { query: MoveAppointmentMutation, variables: { id: '1', input: { startsAt: '2031-05-05T06:00:00.000Z', beauticianId: '9', version: 1 } } },
      result: {
        data: {
          updateAppointment: {
            __typename: 'Appointment', id: '1', version: 2, startsAt: '2031-05-05T06:00:00.000Z', endsAt: '2031-05-05T07:00:00.000Z', beautician: { __typename: 'Staff', id: '9' },
          },
        },
      },
    },
    day([{ ...block('1', 14, '9', 2) }, block('2', 12, '9')]),
  ]);
  await waitFor(() => expect(screen.getAllByTestId('calendar-block')).toHaveLength(2));
  expect(screen.getByTestId('calendar-hours').textContent).toBe('Open 10:00 – 19:00 · 2 appointments');
  expect(blockIn('8')).toEqual(['1']);
  expect(blockIn('9')).toEqual(['2']);

  await moveWithPanel('1', '9', '14:00');
  await waitFor(() => expect(screen.getByTestId('calendar-notice').textContent).toBe("Member 1's booking moved to 14:00."));
  expect(blockIn('8')).toEqual([]);
  expect(blockIn('9').sort()).toEqual(['1', '2']);
});

it('a refused move shows why and the block goes back', async () => {
  renderCalendar([
    day([block('1', 10, '8'), block('2', 12, '9')]),
    {
      request: { query: MoveAppointmentMutation, variables: { id: '1', input: { startsAt: '2031-05-05T04:00:00.000Z', beauticianId: '9', version: 1 } } },
      result: { errors: [new GraphQLError('Molly already has a booking at that time', { extensions: { code: 'CONFLICT', field: 'startsAt' } })] },
    },
    day([block('1', 10, '8'), block('2', 12, '9')]),
  ]);
  await waitFor(() => expect(screen.getAllByTestId('calendar-block')).toHaveLength(2));
  await moveWithPanel('1', '9', '12:00');
  await waitFor(() => expect(screen.getByTestId('calendar-notice').textContent).toBe('Not moved: Molly already has a booking at that time'));
  expect(screen.getByTestId('calendar-notice').getAttribute('role')).toBe('alert');
  expect(blockIn('8')).toEqual(['1']);
});
