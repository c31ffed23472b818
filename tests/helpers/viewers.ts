import { BUILT_IN_ROLES } from '../../services/admin/built-in-roles';
import type { Permission } from '../../services/admin/permission';
import type { Viewer } from '../../services/auth/viewer';
import type { StaffRole } from '../../services/staff/staff-role';
import { MemberReach } from '../../services/visibility/member-visibility';

/** The permissions the built-in roles grant, as a fresh installation seeds them. */
export function builtInPermissions(roles: readonly StaffRole[]): Set<Permission> {
  return new Set(BUILT_IN_ROLES.filter((role) => roles.includes(role.key as StaffRole)).flatMap((role) => role.permissions));
}

/** A viewer holding built-in roles, for pure rules that take a viewer. */
export function aViewer(overrides: Partial<Viewer> & { roles?: StaffRole[] } = {}): Viewer {
  const roles = overrides.roles ?? [];
  return {
    staffId: 1,
    code: 'X',
    displayName: 'X',
    branchId: 1,
    memberReach: MemberReach.OWN_BRANCH,
    memberBranchIds: [],
    mustChangePassword: false,
    via: 'session',
    ...overrides,
    roles,
    permissions: overrides.permissions ?? builtInPermissions(roles),
  };
}
