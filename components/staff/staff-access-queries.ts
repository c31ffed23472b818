/** The staff access page's rows and operations, shared by the page (server) and its list (client). */

export type StaffAccessRow = {
  id: string;
  code: string;
  login: string;
  displayName: string;
  branch: { id: string; name: string; timeZone: string };
  signInLockedUntil: string | null;
  liveSessionCount: number;
};

export type StaffAccessPage = { nodes: StaffAccessRow[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

export const STAFF_ACCESS_PAGE_SIZE = 50;

const ROW_FIELDS = 'id code login displayName branch { id name timeZone } signInLockedUntil liveSessionCount';

export const STAFF_ACCESS = `query StaffAccess($search: String, $first: Int!, $after: String) {
  staffMembers(search: $search, first: $first, after: $after) { nodes { ${ROW_FIELDS} } pageInfo { hasNextPage endCursor } }
}`;

export const UNLOCK_SIGN_IN = `mutation UnlockStaffSignIn($staffId: ID!) { unlockStaffSignIn(staffId: $staffId) { ${ROW_FIELDS} } }`;

export const END_SESSIONS = `mutation EndStaffSessions($staffId: ID!) {
  endStaffSessions(staffId: $staffId) { staff { ${ROW_FIELDS} } endedSessions }
}`;
