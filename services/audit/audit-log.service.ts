import type { EntityManager } from 'typeorm';
import { AuditLog } from '../../entities';
import { currentAuditOrigin } from './audit-origin';

export type AuditValues = Record<string, unknown>;

/**
 * The fields that differ between two snapshots, each side holding only those fields, so an
 * entry shows exactly what changed. Dates compare by instant; arrays and objects by JSON.
 */
export function changedFields(before: AuditValues, after: AuditValues): { before: AuditValues; after: AuditValues } {
  const norm = (v: unknown) => (v instanceof Date ? v.toISOString() : v === undefined ? null : v);
  const out = { before: {} as AuditValues, after: {} as AuditValues };
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = norm(before[key]);
    const b = norm(after[key]);
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      out.before[key] = a;
      out.after[key] = b;
    }
  }
  return out;
}

export type AuditEntry = {
  entityType: string;
  entityId: number;
  action: string;
  actorId: number | null;
  before?: AuditValues | null;
  after?: AuditValues | null;
};

/**
 * Writes audit entries in the caller's transaction, so a change and its record commit together.
 * Each entry carries the request's origin (address, API token; see audit-origin.ts). The log is
 * append-only: nothing in the product updates or deletes its rows.
 */
export async function recordAudit(manager: EntityManager, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  const { address, tokenId } = currentAuditOrigin();
  // Written here rather than by the column's default: one form of the time in every dialect
  // (SQLite's default has no milliseconds), which the operation log's order and cursor rely on.
  const at = new Date();
  const rows = list.map((e) => ({
    entityType: e.entityType,
    entityId: e.entityId,
    action: e.action,
    actorId: e.actorId,
    before: e.before ? JSON.stringify(e.before) : null,
    after: e.after ? JSON.stringify(e.after) : null,
    address,
    tokenId,
    at,
  }));
  for (let i = 0; i < rows.length; i += 500) await manager.insert(AuditLog, rows.slice(i, i + 500));
}
