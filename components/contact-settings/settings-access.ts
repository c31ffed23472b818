import { Permission } from '@/services/admin/permission';
import { can, type Viewer } from '@/services/auth/viewer';

/** Contact-campaign settings are changed with settings.contacts; everyone else sees them read-only. */
export function canEditContactSettings(viewer: Viewer): boolean {
  return can(viewer, Permission.SettingsContacts);
}
