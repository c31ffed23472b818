import type { DataSource } from 'typeorm';
import { Staff } from '../../entities/staff.entity';
import type { Viewer } from './viewer';

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
