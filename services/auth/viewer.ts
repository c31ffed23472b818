import type { Permission } from '../admin/permission';
import { forbidden } from '../errors/domain-error';
import { MemberReach } from '../visibility/member-visibility';

/** Who is calling: a signed-in staff member, or a tool acting as the staff member who owns its token. */
export type Viewer = {
  staffId: number;
  code: string;
  displayName: string;
  branchId: number;
  /** Keys of the roles held; for display only — decisions ask for permissions. */
  roles: string[];
  /** The union of the held roles' permissions, read when the request began. */
  permissions: ReadonlySet<Permission>;
  memberReach: MemberReach;
  memberBranchIds: number[];
  /** An initial or reset password is still in use: nothing but the password change is allowed. */
  mustChangePassword: boolean;
  via: 'session' | 'token';
  /** The session the request came with (signed in through the browser); absent for tokens. */
  sessionId?: string;
  tokenId?: number;
};

export function can(viewer: Viewer, permission: Permission): boolean {
  return viewer.permissions.has(permission);
}

export function canAny(viewer: Viewer, ...permissions: Permission[]): boolean {
  return permissions.some((permission) => viewer.permissions.has(permission));
}

/** Throws FORBIDDEN, naming the permission, unless the viewer holds it. */
export function requirePermission(viewer: Viewer, permission: Permission): void {
  if (!viewer.permissions.has(permission)) throw forbidden(permission);
}
