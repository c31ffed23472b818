import { StaffRole } from '@/services/staff/staff-role';
import { hasRole, type Viewer } from '@/services/auth/viewer';

/** Contact-campaign settings are changed by managers and admins; everyone else sees them read-only. */
export function canEditContactSettings(viewer: Viewer): boolean {
  return hasRole(viewer, StaffRole.MANAGER, StaffRole.ADMIN);
}
