import type { EntityManager } from 'typeorm';
import { changedFields, recordAudit, type AuditValues } from '../audit/audit-log.service';
import { requirePermission, type Viewer } from '../auth/viewer';
import { Permission } from '../admin/permission';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import type { Page } from '../../graphql/connection';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Member settings need settings.members; resolvers say so too, services check again. */
export function requireAdmin(viewer: Viewer): void {
  requirePermission(viewer, Permission.SettingsMembers);
}

/** Audit entry of a settings row created or changed; nothing when nothing changed. */
export async function auditConfigChange(
  manager: EntityManager,
  viewer: Viewer,
  entityType: string,
  entityId: number,
  before: AuditValues | null,
  after: AuditValues,
): Promise<void> {
  if (!before) {
    await recordAudit(manager, { entityType, entityId, action: 'create', actorId: viewer.staffId, after });
    return;
  }
  const diff = changedFields(before, after);
  if (Object.keys(diff.after).length === 0) return;
  await recordAudit(manager, { entityType, entityId, action: 'update', actorId: viewer.staffId, ...diff });
}

/** One page of a small settings table ordered by a sort key and id (cursor: [sortKey, id]). */
export async function pageBySortKey<T extends ObjectLiteral & { id: number }>(
  query: () => SelectQueryBuilder<T>,
  alias: string,
  sortKey: keyof T & string,
  page: { first: number; after?: string | null },
): Promise<Page<T>> {
  const qb = query().orderBy(`${alias}.${sortKey}`, 'ASC').addOrderBy(`${alias}.id`, 'ASC').take(page.first + 1);
  if (page.after) {
    const [key, id] = decodeCursor(page.after, 2);
    qb.andWhere(`(${alias}.${sortKey} > :afterKey OR (${alias}.${sortKey} = :afterKey AND ${alias}.id > :afterId))`, {
      afterKey: key,
      afterId: Number(id),
    });
  }
  const { nodes, hasNextPage } = sliceWithLookahead(await qb.getMany(), page.first);
  return { nodes, hasNextPage, cursorOf: (n) => encodeCursor([n[sortKey] as string | number, n.id]), totalCount: () => query().getCount() };
}
