import { graphqlFetch } from '@/lib/graphql-fetch';

/** One row of the arrival or completion board. */
export type BoardRow = {
  id: string;
  status: 'BOOKED' | 'ARRIVED' | 'COMPLETED' | 'CANCELLED' | 'NO_SHOW';
  startsAt: string;
  endsAt: string;
  note: string;
  attendanceNote: string;
  verificationNote: string;
  purchaseNote: string;
  arrivedAt: string | null;
  verifiedAt: string | null;
  minutesSinceArrival: number | null;
  member: { id: string; memberNo: string; displayName: string; phone: string | null; consultant: { displayName: string; code: string } | null };
  beautician: { displayName: string; code: string } | null;
  treatment: { name: string; code: string } | null;
  equipment: { name: string; code: string } | null;
  room: { name: string } | null;
};

export type BoardPage = {
  nodes: BoardRow[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  memberCount: number;
  appointmentCount: number;
  canVerify: boolean;
  now: string;
};

export type BoardKind = 'arrivalBoard' | 'completionBoard';

export type NoteField = 'attendanceNote' | 'verificationNote' | 'purchaseNote';

const ROW = `id status startsAt endsAt note attendanceNote verificationNote purchaseNote arrivedAt verifiedAt minutesSinceArrival
  member { id memberNo displayName phone consultant { displayName code } }
  beautician { displayName code } treatment { name code } equipment { name code } room { name }`;

/** The board's operation, as the page sends it. */
export function boardQuery(kind: BoardKind): string {
  // `first` as a variable: the query-cost guard multiplies by a literal page size, not by a variable one.
  return `query ($branchId: ID!, $date: String!, $first: Int, $after: String) {
    board: ${kind}(branchId: $branchId, date: $date, first: $first, after: $after) {
      memberCount appointmentCount canVerify now pageInfo { hasNextPage endCursor } nodes { ${ROW} }
    }
  }`;
}

/** Every page of a board: a board is one branch's day, so a few pages at most. */
export async function loadBoard(kind: BoardKind, branchId: string, date: string, locale: string): Promise<BoardPage> {
  const query = boardQuery(kind);
  let after: string | null = null;
  let merged: BoardPage | null = null;
  do {
    const { board }: { board: BoardPage } = await graphqlFetch<{ board: BoardPage }>(query, { branchId, date, first: 100, after }, locale);
    merged = merged ? { ...board, nodes: [...merged.nodes, ...board.nodes] } : board;
    after = board.pageInfo.hasNextPage ? board.pageInfo.endCursor : null;
  } while (after);
  return merged;
}

export type AttendanceAction = 'arriveVerify' | 'arrive' | 'verify' | 'cancel' | 'noShow' | 'complete';

const ACTIONS: Record<AttendanceAction, string> = {
  arriveVerify: 'mutation ($id: ID!) { done: arriveAppointment(id: $id, verify: true) { id } }',
  arrive: 'mutation ($id: ID!) { done: arriveAppointment(id: $id) { id } }',
  verify: 'mutation ($id: ID!) { done: verifyAttendance(id: $id) { id } }',
  cancel: 'mutation ($id: ID!) { done: cancelAppointment(id: $id) { id } }',
  noShow: 'mutation ($id: ID!) { done: markNoShow(id: $id) { id } }',
  complete: 'mutation ($id: ID!) { done: completeAppointment(id: $id) { id } }',
};

export async function runAction(action: AttendanceAction, id: string, locale: string): Promise<void> {
  await graphqlFetch(ACTIONS[action], { id }, locale);
}

export async function saveNote(id: string, field: NoteField, text: string, locale: string): Promise<Pick<BoardRow, NoteField>> {
  const data = await graphqlFetch<{ setAppointmentNotes: Pick<BoardRow, NoteField> }>(
    'mutation ($id: ID!, $input: AppointmentNotesInput!) { setAppointmentNotes(id: $id, input: $input) { attendanceNote verificationNote purchaseNote } }',
    { id, input: { [field]: text } },
    locale,
  );
  return data.setAppointmentNotes;
}
