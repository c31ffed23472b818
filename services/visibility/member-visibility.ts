import { StaffRole } from '../staff/staff-role';

/** Which members a viewer may see, before any filter the viewer chose. */
export type MemberScope = { kind: 'all' } | { kind: 'branches'; branchIds: number[] };

type ScopedViewer = { branchId: number; roles: readonly StaffRole[] };

/**
 * Admins and managers supervise the whole chain; everybody else sees the members of their own
 * branch. (Campaign visibility settings refine this for contact members.)
 */
export function memberScopeFor(viewer: ScopedViewer): MemberScope {
  if (viewer.roles.includes(StaffRole.ADMIN) || viewer.roles.includes(StaffRole.MANAGER)) return { kind: 'all' };
  return { kind: 'branches', branchIds: [viewer.branchId] };
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
