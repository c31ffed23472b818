import type { DataSource } from 'typeorm';
import { Staff } from '../../entities/staff.entity';
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

/** Builds the viewer for an active staff member; inactive or missing staff get no viewer. */
export async function loadViewer(
  ds: DataSource,
  staffId: number,
  via: Viewer['via'],
  tokenId?: number,
): Promise<Viewer | null> {
  if (!Number.isSafeInteger(staffId)) return null;
  const staff = await ds.getRepository(Staff).findOne({ where: { id: staffId } });
  if (!staff || !staff.active) return null;
  return viewerFromStaff(staff, via, tokenId);
}

/** The viewer for a staff row already read (and checked to be active) by the caller. */
export function viewerFromStaff(staff: Staff, via: Viewer['via'], tokenId?: number): Viewer {
  return {
    staffId: staff.id,
    code: staff.code,
    displayName: staff.displayName,
    branchId: staff.branchId,
    roles: staff.roles,
    via,
    tokenId,
  };
}
