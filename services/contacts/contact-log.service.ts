/**
 * Contact logs (聯絡備註) and the end of a follow-up: every change is one transaction that finds
 * the contact member through the viewer's contact scope, locks its row, writes the log, copies the
 * latest log's state onto the row and records the audit entry. Reading a member's logs goes
 * through `contactLogPages`, a batch loader, so a page of contact members costs one query.
 */
import DataLoader from 'dataloader';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { Branch, CampaignMember, ContactLog, ContactMethod, ContactStatus, Member } from '../../entities';
import { changedFields, recordAudit, type AuditValues } from '../audit/audit-log.service';
import { can, type Viewer } from '../auth/viewer';
import { Permission } from '../admin/permission';
import { DomainError, ErrorCode, forbidden, invalidField, notFound } from '../errors/domain-error';
import { decodeCursor, encodeCursor } from '../pagination/cursor';
import { findVisibleContactMember } from './contact-scope.service';
import { refreshLatestLog } from './latest-log.service';
import { closingNoteSchema, contactLogSchema } from './contact-log-input.schema';
import { parseInput } from '../validation/parse-input';
import { lockForUpdate } from '../../db/dialect';
import { binRowsOf, memberBinLabel, moveToBin } from '../admin/recycle-bin.service';
import { RecycleBinType } from '../admin/recycle-bin-type';
import { inReadCommittedTransaction } from '../../db/transaction';

export { CONTACT_LOG_LIMITS, MAX_CONTACTED_AHEAD_MS, textLength } from './contact-log-input.schema';

export type NewContactLog = {
  contactMemberId: number;
  contactedAt?: Date | null;
  methodId: number;
  statusId: number;
  note?: string | null;
  content?: string | null;
  nextFollowUpAt?: Date | null;
};

/** Changes to a log: fields left out (undefined) stay; null clears note, content or the next follow-up. */
export type ContactLogChanges = {
  contactedAt?: Date | null;
  methodId?: number | null;
  statusId?: number | null;
  note?: string | null;
  content?: string | null;
  nextFollowUpAt?: Date | null;
};

export type ContactLogValues = {
  contactedAt: Date;
  methodId: number;
  statusId: number;
  note: string;
  content: string;
  nextFollowUpAt: Date | null;
};

/**
 * The pure checks of a log's values (contact-log-input.schema.ts, shared with the form): note and
 * content at most 500 characters, the contact time at most a day ahead of now, the next follow-up
 * not before the contact. Choices (method and status) are checked against the database separately.
 */
export function validateContactLogValues(values: ContactLogValues, now: Date): ContactLogValues {
  const checked = parseInput(contactLogSchema(now), values);
  return { ...checked, methodId: values.methodId, statusId: values.statusId };
}

/** The closing note of "end follow-up": required, at most 500 characters. */
export function validateClosingNote(value: string | null | undefined): string {
  return parseInput(closingNoteSchema, { closingNote: value }).closingNote;
}

/** Whether the viewer may edit or delete a log: its author, or whoever may edit others' logs. */
export function canEditContactLog(viewer: Viewer, log: Pick<ContactLog, 'createdById'>): boolean {
  return log.createdById === viewer.staffId || can(viewer, Permission.ContactsEditOthersLogs);
}

function snapshot(log: ContactLogValues & { campaignMemberId?: number }): AuditValues {
  return {
    ...(log.campaignMemberId !== undefined ? { campaignMemberId: log.campaignMemberId } : {}),
    contactedAt: log.contactedAt,
    methodId: log.methodId,
    statusId: log.statusId,
    note: log.note,
    content: log.content,
    nextFollowUpAt: log.nextFollowUpAt,
  };
}

/** A method or status that exists and is active, or the one the log already carries (kept when editing). */
async function checkChoice(
  manager: EntityManager,
  target: typeof ContactMethod | typeof ContactStatus,
  field: 'methodId' | 'statusId',
  id: number,
  current?: number,
): Promise<void> {
  const row = await manager.findOneBy(target, { id });
  const entity = field === 'methodId' ? 'contactMethod' : 'contactStatus';
  if (!row) throw invalidField(field, 'notFound', { entity });
  if (!row.active && id !== current) throw invalidField(field, 'inactiveChoice');
}

/**
 * The visible contact member, then its row locked for the rest of the transaction (MySQL/MariaDB;
 * SQLite runs one transaction at a time anyway), so two people logging at once take turns and
 * the second recomputes the latest log with the first one's log committed.
 */
async function lockVisibleContactMember(manager: EntityManager, viewer: Viewer, id: number): Promise<CampaignMember> {
  await findVisibleContactMember(manager, viewer, id);
  const qb = manager.getRepository(CampaignMember).createQueryBuilder('cm').where('cm.id = :id', { id });
  lockForUpdate(qb);
  const row = await qb.getOne();
  if (!row) throw notFound('contactMember');
  return row;
}

/** The bin's label of a log: when it happened (on the member's branch clock) and whose it is. */
async function contactLogBinLabel(manager: EntityManager, log: ContactLog): Promise<string> {
  const member = await manager.findOneBy(Member, { id: log.memberId });
  const branch = member ? await manager.findOneBy(Branch, { id: member.branchId }) : null;
  const when = new Intl.DateTimeFormat('sv-SE', { timeZone: branch?.timeZone || 'Asia/Hong_Kong', dateStyle: 'short', timeStyle: 'short' }).format(log.contactedAt);
  return member ? `${when} · ${memberBinLabel(member)}` : when;
}

export class ContactLogService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * READ COMMITTED on MySQL/MariaDB: after waiting for the contact member's lock, the latest-log
   * query must see logs other transactions committed meanwhile, which REPEATABLE READ's snapshot
   * (taken at the visibility check) would hide.
   */
  private transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inReadCommittedTransaction(this.ds, work);
  }

  async add(viewer: Viewer, input: NewContactLog): Promise<ContactLog> {
    const now = this.clock();
    return this.transaction(async (manager) => {
      const contactMember = await lockVisibleContactMember(manager, viewer, input.contactMemberId);
      const values = validateContactLogValues(
        {
          contactedAt: input.contactedAt ?? now,
          methodId: input.methodId,
          statusId: input.statusId,
          note: input.note ?? '',
          content: input.content ?? '',
          nextFollowUpAt: input.nextFollowUpAt ?? null,
        },
        now,
      );
      await checkChoice(manager, ContactMethod, 'methodId', values.methodId);
      await checkChoice(manager, ContactStatus, 'statusId', values.statusId);
      const inserted = await manager.insert(ContactLog, {
        ...values,
        campaignMemberId: contactMember.id,
        campaignId: contactMember.campaignId,
        memberId: contactMember.memberId,
        createdById: viewer.staffId,
        updatedById: viewer.staffId,
      });
      const id = Number(inserted.identifiers[0].id);
      await recordAudit(manager, {
        entityType: 'contactLog',
        entityId: id,
        action: 'create',
        actorId: viewer.staffId,
        after: snapshot({ ...values, campaignMemberId: contactMember.id }),
      });
      if (values.nextFollowUpAt && contactMember.followUpClosedAt) await this.reopenFollowUp(manager, viewer, contactMember);
      await refreshLatestLog(manager, contactMember.id);
      return manager.findOneByOrFail(ContactLog, { id });
    });
  }

  async update(viewer: Viewer, id: number, changes: ContactLogChanges): Promise<ContactLog> {
    const now = this.clock();
    return this.transaction(async (manager) => {
      const log = await this.loadForChange(manager, viewer, id);
      for (const field of ['contactedAt', 'methodId', 'statusId'] as const) {
        if (changes[field] === null) throw invalidField(field, 'required');
      }
      const before: ContactLogValues = {
        contactedAt: log.contactedAt,
        methodId: log.methodId,
        statusId: log.statusId,
        note: log.note,
        content: log.content,
        nextFollowUpAt: log.nextFollowUpAt,
      };
      const values = validateContactLogValues(
        {
          contactedAt: changes.contactedAt ?? log.contactedAt,
          methodId: changes.methodId ?? log.methodId,
          statusId: changes.statusId ?? log.statusId,
          note: changes.note === undefined ? log.note : (changes.note ?? ''),
          content: changes.content === undefined ? log.content : (changes.content ?? ''),
          nextFollowUpAt: changes.nextFollowUpAt === undefined ? log.nextFollowUpAt : changes.nextFollowUpAt,
        },
        now,
      );
      await checkChoice(manager, ContactMethod, 'methodId', values.methodId, log.methodId);
      await checkChoice(manager, ContactStatus, 'statusId', values.statusId, log.statusId);
      const diff = changedFields(snapshot(before), snapshot(values));
      if (Object.keys(diff.after).length > 0) {
        await manager.update(ContactLog, { id }, { ...values, updatedById: viewer.staffId });
        await recordAudit(manager, { entityType: 'contactLog', entityId: id, action: 'update', actorId: viewer.staffId, ...diff });
        await refreshLatestLog(manager, log.campaignMemberId);
      }
      return manager.findOneByOrFail(ContactLog, { id });
    });
  }

  /** Moves the log to the recycle bin (restoring it puts it back and recomputes the latest log). */
  async delete(viewer: Viewer, id: number): Promise<boolean> {
    return this.transaction(async (manager) => {
      const log = await this.loadForChange(manager, viewer, id);
      const rows = binRowsOf(manager, ContactLog, [log]);
      await manager.delete(ContactLog, { id });
      await moveToBin(manager, viewer, {
        type: RecycleBinType.ContactLog,
        entityId: id,
        label: await contactLogBinLabel(manager, log),
        parentId: log.campaignMemberId,
        rows,
        audit: { before: snapshot({ ...log, campaignMemberId: log.campaignMemberId }) },
      });
      await refreshLatestLog(manager, log.campaignMemberId);
      return true;
    });
  }

  /** "End follow-up" (結束跟進) with a closing note; a later log with a next date reopens it. */
  async endFollowUp(viewer: Viewer, contactMemberId: number, closingNote: string): Promise<CampaignMember> {
    const note = validateClosingNote(closingNote);
    const now = this.clock();
    return this.transaction(async (manager) => {
      const contactMember = await lockVisibleContactMember(manager, viewer, contactMemberId);
      const before = {
        followUpClosedAt: contactMember.followUpClosedAt,
        followUpClosedById: contactMember.followUpClosedById,
        followUpClosingNote: contactMember.followUpClosingNote,
      };
      const after = { followUpClosedAt: now, followUpClosedById: viewer.staffId, followUpClosingNote: note };
      await manager.update(CampaignMember, { id: contactMember.id }, after);
      await recordAudit(manager, {
        entityType: 'contactMember',
        entityId: contactMember.id,
        action: 'followUpEnded',
        actorId: viewer.staffId,
        ...changedFields(before, after),
      });
      return manager.findOneByOrFail(CampaignMember, { id: contactMember.id });
    });
  }

  private async reopenFollowUp(manager: EntityManager, viewer: Viewer, contactMember: CampaignMember): Promise<void> {
    const before = {
      followUpClosedAt: contactMember.followUpClosedAt,
      followUpClosedById: contactMember.followUpClosedById,
      followUpClosingNote: contactMember.followUpClosingNote,
    };
    const after = { followUpClosedAt: null, followUpClosedById: null, followUpClosingNote: null };
    await manager.update(CampaignMember, { id: contactMember.id }, after);
    await recordAudit(manager, {
      entityType: 'contactMember',
      entityId: contactMember.id,
      action: 'followUpReopened',
      actorId: viewer.staffId,
      before,
      after,
    });
  }

  /**
   * A log of a contact member the viewer may see (NOT_FOUND otherwise, whether or not it exists),
   * re-read after locking its contact member so a concurrent delete is noticed; then FORBIDDEN
   * unless the viewer wrote it or supervises.
   */
  private async loadForChange(manager: EntityManager, viewer: Viewer, id: number): Promise<ContactLog> {
    const found = await manager.findOneBy(ContactLog, { id });
    if (!found) throw notFound('contactLog');
    try {
      await lockVisibleContactMember(manager, viewer, found.campaignMemberId);
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.NotFound) throw notFound('contactLog');
      throw error;
    }
    const log = await manager.findOneBy(ContactLog, { id });
    if (!log) throw notFound('contactLog');
    if (!canEditContactLog(viewer, log)) throw forbidden();
    return log;
  }
}

export type ContactLogPageKey = { contactMemberId: number; first: number; after: string | null };
export type ContactLogPage = { nodes: ContactLog[]; hasNextPage: boolean };

/** Cursor of a log in a contact member's history: its contact time and id. */
export function contactLogCursor(log: Pick<ContactLog, 'contactedAt' | 'id'>): string {
  return encodeCursor([log.contactedAt.toISOString(), log.id]);
}

function decodeContactLogCursor(after: string): { contactedAt: Date; id: number } {
  const [at, id] = decodeCursor(after, 2);
  const contactedAt = new Date(String(at));
  if (typeof id !== 'number' || Number.isNaN(contactedAt.getTime())) throw invalidField('after', 'invalidCursor');
  return { contactedAt, id };
}

const pageKeyOf = (key: ContactLogPageKey) => `${key.contactMemberId}:${key.first}:${key.after ?? ''}`;

/**
 * Newest-first pages (contact time, then id) of many contact members' logs: one query per
 * distinct (first, after) ranks each member's logs with ROW_NUMBER(), then one loads the rows.
 * Callers pass contact members they already resolved through the viewer's contact scope.
 */
export function contactLogPages(ds: DataSource) {
  const q = (name: string) => ds.driver.escape(name);
  return new DataLoader<ContactLogPageKey, ContactLogPage, string>(
    async (keys) => {
      const results = new Map<string, ContactLogPage>();
      const groups = new Map<string, ContactLogPageKey[]>();
      for (const key of keys) {
        const group = `${key.first}:${key.after ?? ''}`;
        groups.set(group, [...(groups.get(group) ?? []), key]);
      }
      for (const group of groups.values()) {
        const { first, after } = group[0];
        const parents = [...new Set(group.map((k) => k.contactMemberId))];
        const params: Record<string, unknown> = { parents, limit: first + 1 };
        let where = `l.${q('campaignMemberId')} IN (:...parents)`;
        if (after) {
          const cursor = decodeContactLogCursor(after);
          where += ` AND (l.${q('contactedAt')} < :afterAt OR (l.${q('contactedAt')} = :afterAt AND l.id < :afterId))`;
          Object.assign(params, { afterAt: cursor.contactedAt, afterId: cursor.id });
        }
        const sql =
          `SELECT x.id FROM (SELECT l.id, ROW_NUMBER() OVER (PARTITION BY l.${q('campaignMemberId')} ` +
          `ORDER BY l.${q('contactedAt')} DESC, l.id DESC) AS rn FROM ${q('contact_logs')} l WHERE ${where}) x WHERE x.rn <= :limit`;
        const [query, bound] = ds.driver.escapeQueryWithParameters(sql, params);
        const rows: Array<{ id: number | string }> = await ds.query(query, bound);
        const ids = rows.map((r) => Number(r.id));
        const logs = ids.length ? await ds.getRepository(ContactLog).findBy({ id: In(ids) }) : [];
        logs.sort((a, b) => b.contactedAt.getTime() - a.contactedAt.getTime() || b.id - a.id);
        const byParent = new Map<number, ContactLog[]>();
        for (const log of logs) byParent.set(log.campaignMemberId, [...(byParent.get(log.campaignMemberId) ?? []), log]);
        for (const key of group) {
          const all = byParent.get(key.contactMemberId) ?? [];
          results.set(pageKeyOf(key), { nodes: all.slice(0, first), hasNextPage: all.length > first });
        }
      }
      return keys.map((key) => results.get(pageKeyOf(key))!);
    },
    { cacheKeyFn: pageKeyOf },
  );
}

/** How many logs each contact member has, in one grouped query. */
export function contactLogCounts(ds: DataSource) {
  return new DataLoader<number, number>(async (ids) => {
    const rows: Array<{ p: number | string; n: number | string }> = await ds
      .getRepository(ContactLog)
      .createQueryBuilder('l')
      .select('l.campaignMemberId', 'p')
      .addSelect('COUNT(*)', 'n')
      .where('l.campaignMemberId IN (:...ids)', { ids: [...ids] })
      .groupBy('l.campaignMemberId')
      .getRawMany();
    const found = new Map(rows.map((r) => [Number(r.p), Number(r.n)]));
    return ids.map((id) => found.get(id) ?? 0);
  });
}
