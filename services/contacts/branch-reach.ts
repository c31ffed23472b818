/**
 * How an assignment reaches across branches: a salesperson sees and works every contact assigned
 * to her (log, book, see the booking), but opens the member's own page only for members of her
 * branch. The preview tells the manager, per salesperson, how many of the members to be dealt are
 * of another branch. Pure: the service counts the members per branch.
 */

export type BranchCount = { branchId: number; members: number };

export type OutsideBranch = { salespersonId: number; outsideBranch: number };

/** Per salesperson (in the given order): the members of `counts` whose branch is not hers. */
export function membersOutsideBranch(salespeople: ReadonlyArray<{ id: number; branchId: number }>, counts: readonly BranchCount[]): OutsideBranch[] {
  const total = counts.reduce((sum, c) => sum + c.members, 0);
  const inBranch = new Map<number, number>();
  for (const c of counts) inBranch.set(c.branchId, (inBranch.get(c.branchId) ?? 0) + c.members);
  return salespeople.map((s) => ({ salespersonId: s.id, outsideBranch: total - (inBranch.get(s.branchId) ?? 0) }));
}
