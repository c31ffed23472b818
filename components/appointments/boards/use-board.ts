'use client';

import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import { requestError } from '@/lib/apollo/request-error';
import { CancelAppointmentMutation } from '../booking/booking-documents';
import {
  ArrivalBoardQuery, ArriveAppointmentMutation, BOARD_PAGE_SIZE, CompleteAppointmentMutation, CompletionBoardQuery, MarkNoShowMutation,
  SetAppointmentNotesMutation, VerifyAttendanceMutation,
} from './board-documents';

export type BoardKind = 'arrivals' | 'completions';
export type NoteField = 'attendanceNote' | 'verificationNote' | 'purchaseNote';
export type AttendanceAction = 'arriveVerify' | 'arrive' | 'verify' | 'cancel' | 'noShow' | 'complete';
export type Notice = { kind: 'success' | 'error'; text: string } | null;

/** How often a board re-reads itself, so other desks' arrivals show and the minutes since arrival stay right. */
export const REFRESH_MS = 60_000;

/**
 * A board's rows for a branch and day, every page of them, re-read every minute and after each
 * action (the counts change too); a saved note comes back into the row through the cache, so an
 * editor open in another row is not disturbed.
 */
export function useBoard(kind: BoardKind, branchId: string, date: string) {
  const board = useQuery(kind === 'arrivals' ? ArrivalBoardQuery : CompletionBoardQuery, {
    variables: { branchId, date, first: BOARD_PAGE_SIZE },
    // A board is the desk's live view: never an earlier visit's copy.
    fetchPolicy: 'network-only',
    pollInterval: REFRESH_MS,
  });
  const [arrive] = useMutation(ArriveAppointmentMutation);
  const [verify] = useMutation(VerifyAttendanceMutation);
  const [cancel] = useMutation(CancelAppointmentMutation);
  const [noShow] = useMutation(MarkNoShowMutation);
  const [complete] = useMutation(CompleteAppointmentMutation);
  const [setNotes] = useMutation(SetAppointmentNotesMutation);
  const [busy, setBusy] = useState<string | null>(null);
  const page = board.data?.board ?? null;
  const { fetchMore, refetch, networkStatus } = board;
  const nextCursor = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;

  useEffect(() => {
    // The cache appends each further page to the rows shown (relay-style pagination).
    if (nextCursor && networkStatus === NetworkStatus.ready) void fetchMore({ variables: { after: nextCursor } });
  }, [nextCursor, networkStatus, fetchMore]);

  const act = useCallback(
    async (action: AttendanceAction, id: string): Promise<Notice> => {
      setBusy(id);
      try {
        const variables = { id };
        if (action === 'arriveVerify' || action === 'arrive') await arrive({ variables: { id, verify: action === 'arriveVerify' } });
        else if (action === 'verify') await verify({ variables });
        else if (action === 'cancel') await cancel({ variables });
        else if (action === 'noShow') await noShow({ variables });
        else await complete({ variables });
        await refetch();
        return null;
      } catch (failure) {
        return { kind: 'error', text: requestError(failure).message };
      } finally {
        setBusy(null);
      }
    },
    [arrive, verify, cancel, noShow, complete, refetch],
  );

  const note = useCallback(
    async (id: string, field: NoteField, text: string) => {
      try {
        await setNotes({ variables: { id, input: { [field]: text } } });
      } catch (failure) {
        throw requestError(failure);
      }
    },
    [setNotes],
  );

  return {
    page,
    error: board.error ? requestError(board.error).message : null,
    loading: !page && !board.error,
    busy,
    act,
    note,
  };
}
