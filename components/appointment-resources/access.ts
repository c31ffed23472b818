import { StaffRole } from '@/services/staff/staff-role';
import { hasRole, type Viewer } from '@/services/auth/viewer';

/** Booking resources are changed by managers and admins; everyone else sees them read-only. */
export function canEditAppointmentResources(viewer: Viewer): boolean {
  return hasRole(viewer, StaffRole.MANAGER, StaffRole.ADMIN);
}
