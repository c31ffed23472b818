import { Permission } from '@/services/admin/permission';
import { can, type Viewer } from '@/services/auth/viewer';

/** Booking resources are changed with appointments.manageResources; everyone else sees them read-only. */
export function canEditAppointmentResources(viewer: Viewer): boolean {
  return can(viewer, Permission.AppointmentsManageResources);
}
