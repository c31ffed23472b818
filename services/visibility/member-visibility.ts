/** Which members a viewer may see, before any filter the viewer chose. */
export type MemberScope = { kind: 'all' } | { kind: 'branches'; branchIds: number[] };

/** A staff member's member visibility setting (會員查看範圍), next to their contact visibility. */
export enum MemberReach {
  OWN_BRANCH = 'own_branch',
  CHOSEN_BRANCHES = 'chosen_branches',
  ALL = 'all',
}

type ScopedViewer = { branchId: number; memberReach: MemberReach; memberBranchIds: readonly number[] };

/** Own branch always; chosen branches add to it; ALL is every branch, also those opened later. */
export function memberScopeFor(viewer: ScopedViewer): MemberScope {
  if (viewer.memberReach === MemberReach.ALL) return { kind: 'all' };
  const extra = viewer.memberReach === MemberReach.CHOSEN_BRANCHES ? viewer.memberBranchIds : [];
  return { kind: 'branches', branchIds: [...new Set([viewer.branchId, ...extra])].sort((a, b) => a - b) };
}

export function scopeAllowsBranch(scope: MemberScope, branchId: number): boolean {
  return scope.kind === 'all' || scope.branchIds.includes(branchId);
}

/**
 * Whether a member row is one the viewer may open: inside the scope and not in the recycle bin.
 * The same rule as the member queries, for rows already read (a field hanging off a member).
 */
export function memberInScope(scope: MemberScope, member: { branchId: number; deletedAt: Date | null }): boolean {
  return member.deletedAt === null && scopeAllowsBranch(scope, member.branchId);
}
