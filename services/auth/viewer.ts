import { StaffRole } from '../staff/staff-role';

/** Who is calling: a signed-in staff member, or a tool acting as the staff member who owns its token. */
export type Viewer = {
  staffId: number;
  code: string;
  displayName: string;
  branchId: number;
  roles: StaffRole[];
  via: 'session' | 'token';
  tokenId?: number;
};

export function hasRole(viewer: Viewer, ...roles: StaffRole[]): boolean {
  return roles.some((role) => viewer.roles.includes(role));
}
