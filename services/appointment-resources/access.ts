/**
 * How appointment resource changes are audited: the same audit shape as the other settings
 * (created / changed fields / deleted). Who may change them is the appointments.manageResources permission.
 */
export { auditSettingChange as auditResourceChange } from '../contact-settings/settings-access.service';
