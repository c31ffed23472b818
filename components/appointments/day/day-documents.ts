import { graphql } from '@/graphql/generated';

/** The appointment day pages' own documents (branch and day, the home page's counts); `npm run codegen` types them. */

export const DayBranch = graphql(`
  fragment DayBranch on Branch { id code name timeZone }
`);

/** The branches to choose from: every branch of the chain fits in one page. */
export const AppointmentDayBranchesQuery = graphql(`
  query AppointmentDayBranches {
    branches(first: 100) { nodes { ...DayBranch } }
  }
`);

/** 預約's tiles: the day's counts of the arrival and completion boards (one row each is enough for the counts). */
export const AppointmentDayCountsQuery = graphql(`
  query AppointmentDayCounts($branchId: ID!, $date: LocalDate!) {
    arrivals: arrivalBoard(branchId: $branchId, date: $date, first: 1) { appointmentCount memberCount }
    completions: completionBoard(branchId: $branchId, date: $date, first: 1) { appointmentCount }
  }
`);
