import { graphql } from '@/graphql/generated';

/** The staff access page's GraphQL documents, shared by the page (server) and its list (client); `npm run codegen` types them. */

export const STAFF_ACCESS_PAGE_SIZE = 50;

/** A staff member as a row of the page shows them: the lock, the live sessions and the branch's time zone. */
export const StaffAccessRow = graphql(`
  fragment StaffAccessRow on Staff {
    id
    code
    login
    displayName
    branch { id name timeZone }
    signInLockedUntil
    liveSessionCount
  }
`);

export const StaffAccessQuery = graphql(`
  query StaffAccess($search: String, $first: Int!, $after: String) {
    staffMembers(search: $search, first: $first, after: $after) {
      edges { cursor node { ...StaffAccessRow } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const UnlockStaffSignInMutation = graphql(`
  mutation UnlockStaffSignIn($staffId: ID!) {
    unlockStaffSignIn(staffId: $staffId) { ...StaffAccessRow }
  }
`);

export const EndStaffSessionsMutation = graphql(`
  mutation EndStaffSessions($staffId: ID!) {
    endStaffSessions(staffId: $staffId) { staff { ...StaffAccessRow } endedSessions }
  }
`);
