import { graphql } from '@/graphql/generated';

/** The home page's GraphQL documents, one request per role; `npm run codegen` types them from the schema. */

/** A contact member on a salesperson's card: new contacts and follow-ups. */
export const HomeContactRow = graphql(`
  fragment HomeContactRow on ContactMember {
    id
    nextFollowUpAt
    followUpState
    createdAt
    campaign { id code name }
    member { id memberNo lastName firstName }
  }
`);

/** One of today's appointments on a salesperson's card: time, member, branch, status. */
export const HomeAppointmentRow = graphql(`
  fragment HomeAppointmentRow on Appointment {
    id
    startsAt
    status
    branch { id code name timeZone }
    contactMember { id member { id memberNo lastName firstName } }
  }
`);

/**
 * A salesperson's day (`$me` is her own id: her counts are hers only): new contacts not yet
 * called (those waiting longest first), follow-ups overdue and due today (soonest first) and
 * today's appointments of her contacts (by time).
 */
export const SalespersonHomeQuery = graphql(`
  query SalespersonHome($me: [ID!]) {
    notContacted: contactMembers(filter: { salespersonIds: $me, quick: NOT_CONTACTED }, sort: { field: ASSIGNED, direction: ASC }, first: 5) {
      nodes { ...HomeContactRow }
      totalCount
    }
    overdue: contactMembers(filter: { salespersonIds: $me, quick: FOLLOW_UP_OVERDUE }, sort: { field: NEXT_FOLLOW_UP, direction: ASC }, first: 5) {
      nodes { ...HomeContactRow }
      totalCount
    }
    dueToday: contactMembers(filter: { salespersonIds: $me, quick: FOLLOW_UP_DUE_TODAY }, sort: { field: NEXT_FOLLOW_UP, direction: ASC }, first: 5) {
      nodes { ...HomeContactRow }
      totalCount
    }
    myAppointmentsToday(first: 10) {
      nodes { ...HomeAppointmentRow }
      totalCount
    }
  }
`);

/**
 * A manager's day over his team (his contact and member scope): overdue follow-ups per
 * salesperson, today's arrivals per branch and the active campaigns' progress.
 */
export const ManagerHomeQuery = graphql(`
  query ManagerHome {
    overdueFollowUpsBySalesperson {
      salesperson { id code displayName }
      count
    }
    branchArrivalsToday {
      branch { id code name }
      date
      booked
      arrived
      verified
      noShow
    }
    activeCampaignProgress(first: 10) {
      nodes {
        campaign { id code name endsOn }
        members
        contacted
        booked
        arrived
      }
      totalCount
    }
  }
`);
