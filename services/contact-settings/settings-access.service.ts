import type { EntityManager } from 'typeorm';
import { StaffRole } from '../staff/staff-role';
import { changedFields, recordAudit, type AuditValues } from '../audit/audit-log.service';
import { hasRole, type Viewer } from '../auth/viewer';
import { forbidden } from '../errors/domain-error';

/**
 * Contact-campaign settings (campaigns, offers, statuses, methods, notes, display settings,
 * visibility) are changed by managers and admins. Resolvers say so too; services check again so
 * a caller that bypasses GraphQL cannot skip it.
 */
export function requireManager(viewer: Viewer): void {
  if (!hasRole(viewer, StaffRole.MANAGER, StaffRole.ADMIN)) throw forbidden();
}

/** Audit entry for a settings row created, changed or deleted; nothing when an update changed nothing. */
export async function auditSettingChange(
  manager: EntityManager,
  viewer: Viewer,
  entry: { entityType: string; entityId: number; action?: string; before: AuditValues | null; after: AuditValues | null },
): Promise<void> {
  const { entityType, entityId, before, after } = entry;
  if (!before) {
    await recordAudit(manager, { entityType, entityId, action: entry.action ?? 'create', actorId: viewer.staffId, after });
    return;
  }
  if (!after) {
    await recordAudit(manager, { entityType, entityId, action: entry.action ?? 'delete', actorId: viewer.staffId, before });
    return;
  }
  const diff = changedFields(before, after);
  if (Object.keys(diff.after).length === 0) return;
  await recordAudit(manager, { entityType, entityId, action: entry.action ?? 'update', actorId: viewer.staffId, ...diff });
}
