import type { EntityManager } from 'typeorm';
import { changedFields, recordAudit, type AuditValues } from '../audit/audit-log.service';
import type { Viewer } from '../auth/viewer';

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
