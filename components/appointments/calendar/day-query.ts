/** The day calendar's read of a branch's day, as the page sends it: only what a block shows, as a day holds hundreds. */
// `first` as a variable: the query-cost guard multiplies by a literal page size, not by a variable one.
export const DAY_QUERY = `query ($branchId: ID!, $date: String!, $first: Int, $after: String) {
  branchDay(branchId: $branchId, date: $date) {
    date timeZone opensAt closesAt closed beauticians { id code displayName }
    appointments(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id version status startsAt endsAt member { memberNo displayName } treatment { name } room { name } beautician { id } }
    }
  }
}`;
