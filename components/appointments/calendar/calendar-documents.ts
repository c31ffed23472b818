import { graphql } from '@/graphql/generated';

/** The day calendar's GraphQL documents; `npm run codegen` types them from the schema. */

/** Appointments the calendar reads at a time (the most the API gives): a day is almost always one page. */
export const CALENDAR_PAGE_SIZE = 500;

export const CalendarBeautician = graphql(`
  fragment CalendarBeautician on Staff { id code displayName }
`);

/** Only what a block shows, as a day holds hundreds. */
export const CalendarBlock = graphql(`
  fragment CalendarBlock on Appointment {
    id
    version
    status
    startsAt
    endsAt
    member { id memberNo displayName }
    treatment { id name }
    room { id name }
    beautician { id }
  }
`);

export const BranchDayQuery = graphql(`
  query BranchDay($branchId: ID!, $date: LocalDate!, $first: Int, $after: String) {
    branchDay(branchId: $branchId, date: $date) {
      date
      timeZone
      opensAt
      closesAt
      closed
      beauticians { ...CalendarBeautician }
      appointments(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { cursor node { ...CalendarBlock } }
      }
    }
  }
`);

/** A block moved: the answer puts its new time and beautician into the cache, where the calendar reads it. */
export const MoveAppointmentMutation = graphql(`
  mutation MoveAppointment($id: ID!, $input: UpdateAppointmentInput!) {
    updateAppointment(id: $id, input: $input) { id version startsAt endsAt beautician { id } }
  }
`);

/** The same search as the shell's quick lookup (phone, member number or name). */
export const CalendarBookingMembersQuery = graphql(`
  query CalendarBookingMembers($term: String!, $first: Int!) {
    quickLookup(term: $term, first: $first) { nodes { id memberNo displayName phone phone2 isWalkIn } }
  }
`);

export const CalendarBookingTreatmentsQuery = graphql(`
  query CalendarBookingTreatments {
    treatments(first: 100) { nodes { ...BookingTreatment } }
  }
`);
