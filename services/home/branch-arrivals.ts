/**
 * The day's arrivals at a branch (到達), as the manager's home card counts them: every appointment
 * of the day not cancelled (booked), those that arrived (arrived or completed), those whose
 * attendance was verified, and the no-shows.
 */
export type ArrivalCounts = { booked: number; arrived: number; verified: number; noShow: number };

export const NO_ARRIVALS: ArrivalCounts = { booked: 0, arrived: 0, verified: 0, noShow: 0 };

/** One grouped row as the database returns it (numbers or numeric strings; SUM of nothing is null). */
export type RawArrivalCounts = { branchId: number | string } & Record<keyof ArrivalCounts, number | string | null>;

/** Each branch's counts by id; branches without a row have none. */
export function arrivalCountsByBranch(raw: readonly RawArrivalCounts[]): Map<number, ArrivalCounts> {
  const n = (value: number | string | null) => Number(value ?? 0);
  return new Map(raw.map((r) => [Number(r.branchId), { booked: n(r.booked), arrived: n(r.arrived), verified: n(r.verified), noShow: n(r.noShow) }]));
}

/**
 * Branches grouped by time zone, each group in the given order: a branch's "today" is its own
 * local day, so each zone is counted over its own span (one query per zone; a chain has one or two).
 */
export function branchesByTimeZone<B extends { timeZone: string }>(branches: readonly B[]): Map<string, B[]> {
  const groups = new Map<string, B[]>();
  for (const branch of branches) groups.set(branch.timeZone, [...(groups.get(branch.timeZone) ?? []), branch]);
  return groups;
}
