import { graphql } from '@/graphql/generated';

/** The arrival and completion boards' GraphQL documents; `npm run codegen` types them from the schema. */

/** Rows a board reads at a time: a board is one branch's day, so a few pages at most. */
export const BOARD_PAGE_SIZE = 100;

/** One row of the arrival or completion board (each kind shows its own columns of it). */
export const AppointmentBoardRow = graphql(`
  fragment AppointmentBoardRow on Appointment {
    id
    status
    startsAt
    endsAt
    note
    analysisCode
    attendanceNote
    verificationNote
    purchaseNote
    arrivedAt
    verifiedAt
    minutesSinceArrival
    member { id memberNo displayName phone consultant { id displayName code } }
    beautician { id displayName code }
    treatment { id name code }
    equipment { id name code }
    room { id name }
  }
`);

export const ArrivalBoardQuery = graphql(`
  query ArrivalBoard($branchId: ID!, $date: LocalDate!, $first: Int, $after: String) {
    board: arrivalBoard(branchId: $branchId, date: $date, first: $first, after: $after) {
      memberCount
      appointmentCount
      canVerify
      now
      today
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...AppointmentBoardRow } }
    }
  }
`);

export const CompletionBoardQuery = graphql(`
  query CompletionBoard($branchId: ID!, $date: LocalDate!, $first: Int, $after: String) {
    board: completionBoard(branchId: $branchId, date: $date, first: $first, after: $after) {
      memberCount
      appointmentCount
      canVerify
      now
      today
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...AppointmentBoardRow } }
    }
  }
`);

/** What an attendance action changes on the row; the board reads itself again afterwards for its counts. */
export const AppointmentAttendance = graphql(`
  fragment AppointmentAttendance on Appointment { id status arrivedAt verifiedAt minutesSinceArrival }
`);

export const ArriveAppointmentMutation = graphql(`
  mutation ArriveAppointment($id: ID!, $verify: Boolean!) {
    arriveAppointment(id: $id, verify: $verify) { ...AppointmentAttendance }
  }
`);

export const VerifyAttendanceMutation = graphql(`
  mutation VerifyAttendance($id: ID!) {
    verifyAttendance(id: $id) { ...AppointmentAttendance }
  }
`);

export const MarkNoShowMutation = graphql(`
  mutation MarkNoShow($id: ID!) {
    markNoShow(id: $id) { ...AppointmentAttendance }
  }
`);

export const CompleteAppointmentMutation = graphql(`
  mutation CompleteAppointment($id: ID!) {
    completeAppointment(id: $id) { ...AppointmentAttendance }
  }
`);

/** A note saved: the cache puts the answer into the row shown, so an editor open in another row is not disturbed. */
export const SetAppointmentNotesMutation = graphql(`
  mutation SetAppointmentNotes($id: ID!, $input: AppointmentNotesInput!) {
    setAppointmentNotes(id: $id, input: $input) { id attendanceNote verificationNote purchaseNote }
  }
`);
