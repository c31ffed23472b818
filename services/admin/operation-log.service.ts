import { Brackets, type DataSource, type SelectQueryBuilder } from 'typeorm';
import { AuditLog } from '../../entities';
import { Permission } from './permission';
import { requirePermission, type Viewer } from '../auth/viewer';
import { salonDayRange } from '../contacts/contact-filter';
import { contactScope } from '../contacts/contact-scope.service';
import { invalidField } from '../errors/domain-error';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import { auditEntryForScope } from '../visibility/audit-visibility';
import type { ContactScope } from '../visibility/contact-visibility';
import { memberScopeFor, type MemberScope } from '../visibility/member-visibility';

/** The operation log's filters (操作日誌); absent means "all" the viewer may see. Days are salon days, YYYY-MM-DD. */
export type OperationLogFilter = {
  /** Who made the change. */
  actorIds?: number[];
  /** What kind of record changed ("member", "appointment"…). */
  entityTypes?: string[];
  /** What happened ("create", "update", "delete"…). */
  actions?: string[];
  /** The record that changed (with or without a kind). */
  entityId?: number;
  /** First and last salon day (inclusive) of the change. */
  from?: string;
  to?: string;
};

/** What the query needs besides the filter: the salon's time zone, for its days. */
export type OperationLogContext = { timeZone: string };

/**
 * Audit entries about a member or a row a member owns, with the table holding the row and its
 * member column: a viewer whose member scope is not "all" sees such an entry only while that row
 * exists and its member is in one of the viewer's branches. A purged member's entries (and a
 * hard-deleted row's) are then hidden: nothing left tells whose they were.
 */
export const MEMBER_OWNED_ENTITIES: Readonly<Record<string, { table: string; member: string } | 'member'>> = {
  member: 'member',
  contactMember: { table: 'campaign_members', member: 'memberId' },
  contactLog: { table: 'contact_logs', member: 'memberId' },
  appointment: { table: 'appointments', member: 'memberId' },
  memberComment: { table: 'member_comments', member: 'memberId' },
};

/** Keeps entries about members outside a branch scope out of `qb` (alias `a`); every other entry stays. */
export function applyOperationLogScope<T extends SelectQueryBuilder<AuditLog>>(qb: T, scope: MemberScope, ds: DataSource): T {
  if (scope.kind === 'all') return qb;
  const q = (name: string) => ds.driver.escape(name);
  const branches = 'opLogBranches';
  const types = 'opLogMemberTypes';
  const inScope = `m.${q('branchId')} IN (:...${branches})`;
  return qb.andWhere(
    new Brackets((w) => {
      w.where(`a.entityType NOT IN (:...${types})`);
      for (const [type, owner] of Object.entries(MEMBER_OWNED_ENTITIES)) {
        const typeParam = `opLogType_${type}`;
        const exists =
          owner === 'member'
            ? `EXISTS (SELECT 1 FROM ${q('members')} m WHERE m.${q('id')} = a.entityId AND ${inScope})`
            : `EXISTS (SELECT 1 FROM ${q(owner.table)} o INNER JOIN ${q('members')} m ON m.${q('id')} = o.${q(owner.member)} WHERE o.${q('id')} = a.entityId AND ${inScope})`;
        w.orWhere(`(a.entityType = :${typeParam} AND ${exists})`, { [typeParam]: type });
      }
    }),
    { [branches]: scope.branchIds.length ? scope.branchIds : [-1], [types]: Object.keys(MEMBER_OWNED_ENTITIES) },
  );
}

/**
 * The one scoped entry point of the operation log: the list, its count and the export all start
 * here. Needs AuditLogView; entries about members (and the rows they own) outside the viewer's
 * member scope are left out; the filter is applied in the query. Not ordered: callers order by
 * (at, id), newest first.
 */
export function operationLogQuery(ds: DataSource, viewer: Viewer, filter: OperationLogFilter, context: OperationLogContext): SelectQueryBuilder<AuditLog> {
  requirePermission(viewer, Permission.AuditLogView);
  const qb = ds.getRepository(AuditLog).createQueryBuilder('a');
  if (filter.actorIds?.length) qb.andWhere('a.actorId IN (:...opLogActors)', { opLogActors: filter.actorIds });
  if (filter.entityTypes?.length) qb.andWhere('a.entityType IN (:...opLogTypes)', { opLogTypes: filter.entityTypes });
  if (filter.actions?.length) qb.andWhere('a.action IN (:...opLogActions)', { opLogActions: filter.actions });
  if (filter.entityId !== undefined) qb.andWhere('a.entityId = :opLogEntityId', { opLogEntityId: filter.entityId });
  if (filter.from || filter.to) {
    const range = salonDayRange(filter.from, filter.to, context.timeZone);
    if (range.start) qb.andWhere('a.at >= :opLogStart', { opLogStart: range.start });
    if (range.end) qb.andWhere('a.at < :opLogEnd', { opLogEnd: range.end });
  }
  return applyOperationLogScope(qb, memberScopeFor(viewer), ds);
}

/** Cursor of an entry in the log: its time and id. */
export function operationLogCursor(entry: Pick<AuditLog, 'at' | 'id'>): string {
  return encodeCursor([entry.at.toISOString(), entry.id]);
}

function decodeOperationLogCursor(after: string): { at: Date; id: number } {
  const [at, id] = decodeCursor(after, 2);
  const when = new Date(String(at));
  if (typeof id !== 'number' || !Number.isInteger(id) || Number.isNaN(when.getTime())) throw invalidField('after', 'invalidCursor');
  return { at: when, id };
}

/** Orders the log newest first and starts after `after`, if given. */
export function newestFirst(qb: SelectQueryBuilder<AuditLog>, after: string | null | undefined): SelectQueryBuilder<AuditLog> {
  qb.orderBy('a.at', 'DESC').addOrderBy('a.id', 'DESC');
  if (after) {
    const cursor = decodeOperationLogCursor(after);
    qb.andWhere('(a.at < :opLogAfterAt OR (a.at = :opLogAfterAt AND a.id < :opLogAfterId))', { opLogAfterAt: cursor.at, opLogAfterId: cursor.id });
  }
  return qb;
}

/** An entry as this viewer may read it: campaign places outside the contact scope name no salesperson (auditEntryForScope). */
export function visibleEntry(entry: AuditLog, scope: ContactScope): AuditLog {
  return auditEntryForScope(entry, scope);
}

export type OperationLogPage = {
  nodes: AuditLog[];
  hasNextPage: boolean;
  cursorOf: (entry: AuditLog) => string;
  totalCount: () => Promise<number>;
};

/** One page of the log, newest first, with the count of the whole filtered log (counted only when asked for). */
export async function operationLogPage(
  ds: DataSource,
  viewer: Viewer,
  filter: OperationLogFilter,
  context: OperationLogContext & { contactScope?: ContactScope },
  page: { first: number; after?: string | null },
): Promise<OperationLogPage> {
  const rows = await newestFirst(operationLogQuery(ds, viewer, filter, context), page.after).take(page.first + 1).getMany();
  const { nodes, hasNextPage } = sliceWithLookahead(rows, page.first);
  const scope = context.contactScope ?? (await contactScope(ds, viewer));
  return {
    nodes: nodes.map((entry) => visibleEntry(entry, scope)),
    hasNextPage,
    cursorOf: operationLogCursor,
    totalCount: () => operationLogQuery(ds, viewer, filter, context).getCount(),
  };
}

/** The log's entries for a filter, a batch at a time, newest first (the export): memory stays at one batch. */
export async function* operationLogBatches(
  ds: DataSource,
  viewer: Viewer,
  filter: OperationLogFilter,
  context: OperationLogContext,
  batchSize = 500,
): AsyncGenerator<AuditLog[]> {
  const scope = await contactScope(ds, viewer);
  let after: string | null = null;
  for (;;) {
    const page = await operationLogPage(ds, viewer, filter, { ...context, contactScope: scope }, { first: batchSize, after });
    if (page.nodes.length) yield page.nodes;
    if (!page.hasNextPage) return;
    after = operationLogCursor(page.nodes[page.nodes.length - 1]);
  }
}

/**
 * The kinds of record and the actions the log holds, for the filter's pickers: read from the
 * data (two index-only reads), so kinds added later show up without a catalogue to keep.
 */
export async function operationLogCatalogue(ds: DataSource, viewer: Viewer): Promise<{ entityTypes: string[]; actions: string[] }> {
  requirePermission(viewer, Permission.AuditLogView);
  const repo = ds.getRepository(AuditLog);
  const [types, actions] = await Promise.all([
    repo.createQueryBuilder('a').select('a.entityType', 'value').distinct(true).orderBy('a.entityType').getRawMany<{ value: string }>(),
    repo.createQueryBuilder('a').select('a.action', 'value').distinct(true).orderBy('a.action').getRawMany<{ value: string }>(),
  ]);
  return { entityTypes: types.map((r) => r.value), actions: actions.map((r) => r.value) };
}

/** The fields an entry changed, each with its value before and after (JSON text; null when absent on that side). */
export type FieldChange = { field: string; before: string | null; after: string | null };

function parseSide(json: string | null): Record<string, unknown> | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** An entry's before and after as one line per field, in the order the fields first appear. */
export function fieldChanges(entry: Pick<AuditLog, 'before' | 'after'>): FieldChange[] {
  const before = parseSide(entry.before);
  const after = parseSide(entry.after);
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const show = (side: Record<string, unknown> | null, field: string) =>
    side && field in side && side[field] !== undefined ? JSON.stringify(side[field]) : null;
  return fields.map((field) => ({ field, before: show(before, field), after: show(after, field) }));
}
