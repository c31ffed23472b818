/**
 * Who may change appointment resources, and how those changes are audited: the same rule and
 * audit shape as the other settings (managers and admins; created / changed fields / deleted).
 */
export { auditSettingChange as auditResourceChange, requireManager } from '../contact-settings/settings-access.service';
