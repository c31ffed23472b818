/**
 * The recycle bin (數據回收站): every deletion a user can make lands here, one row per deleted
 * record (recycle_bin_items), until someone restores it, purges it, or the scheduled purge removes
 * it after the retention the system parameters set (recycleBinRetentionDays).
 *
 * A domain deletes inside its own transaction and calls `moveToBin(manager, viewer, entry)` there:
 * members stay in their table, soft-deleted (deletedAt; their contact places memberHidden), and
 * their entry carries no payload; every other kind is removed from its table and its rows go into
 * the entry's payload (`binRowsOf`). `restore` and `purge` then dispatch on the entry's type through
 * RECYCLE_BIN_KINDS below.
 *
 * Adding a kind (e.g. 'staff' for the staff-management screen):
 *   1. a value in RecycleBinType (recycle-bin-type.ts) and `admin.recycleBin.type.<value>` in the
 *      four message files;
 *   2. an entry in RECYCLE_BIN_KINDS (or `registerRecycleBinKind(type, kind)` from your own module):
 *      - `permission`: what a viewer needs, besides recycleBin.restore / recycleBin.purge, to see,
 *        restore and purge entries of the kind (the permission that may delete it);
 *      - `scope`: 'member' (entry.branchId against the viewer's member scope), 'contact'
 *        (entry.parentId is a contact member, against the viewer's contact scope) or 'none';
 *      - `restore`: rowKind() re-inserts the payload's rows with their ids, refusing (localised)
 *        when a row they point to is gone or in the bin, or a unique value was taken; pass
 *        `afterRestore` for follow-up work (contact logs recompute the latest log). A soft-deleted
 *        kind writes its own restore (see memberKind);
 *      - `purge`: what removing it for good does beyond dropping the entry (rowKind: nothing; the
 *        audit entry keeps the payload);
 *   3. in your delete: refuse while something depends on the row, snapshot it with
 *      `binRowsOf(manager, Entity, [row])`, delete it, then `moveToBin(manager, viewer, {...})`.
 *
 * Concurrency: restoring and purging start by deleting the entry by id (the scheduled purge also
 * by age); only the transaction that deletes it goes on, so two instances (or a person and the
 * job) never restore or purge the same entry twice.
 */
import { Brackets, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { Campaign, CampaignMember, Member } from '../../entities';
import { RecycleBinItem } from '../../entities/recycle-bin-item.entity';
import { inReadCommittedTransaction } from '../../db/transaction';
import { recordAudit, type AuditValues } from '../audit/audit-log.service';
import { can, requirePermission, type Viewer } from '../auth/viewer';
import { contactScope } from '../contacts/contact-scope.service';
import { refreshLatestLog, setMemberLogsHidden } from '../contacts/latest-log.service';
import { DomainError, ErrorCode, invalidField, notFound } from '../errors/domain-error';
import { formatMemberName } from '../members/member-name';
import { customFieldDefs, loadMemberForChange, memberSnapshot } from '../members/member-write.service';
import { applyMemberScope } from '../members/member-query.service';
import type { MemberPage } from '../members/member.service';
import { AUDIT_ENTITY_MEMBER } from '../members/registration.service';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import { memberScopeFor } from '../visibility/member-visibility';
import { Permission } from './permission';
import { SystemSettingsService } from './system-settings.service';
import { reinsertRows, type BinRow } from './recycle-bin-rows.service';
import { RecycleBinType, purgeCutoff } from './recycle-bin-type';
import { logger } from '../../lib/logger';

export { binRowsOf, type BinRow } from './recycle-bin-rows.service';

/** What a deletion puts in the bin. */
export type BinEntry = {
  type: string;
  entityId: number;
  /** What the bin shows (at most 255 characters), e.g. "陳小麗 (A001)". */
  label: string;
  /** Member scope: the branch a member belonged to. */
  branchId?: number | null;
  /** Contact scope: a contact log's contact member. */
  parentId?: number | null;
  /** The rows restoring re-inserts (hard-deleted kinds); null for soft-deleted kinds. */
  rows?: BinRow[] | null;
  /** The deletion's audit entry: its entity type (default: the bin type) and values (default: before = the rows). */
  audit?: { entityType?: string; before?: AuditValues | null; after?: AuditValues | null };
  /** When it was deleted (default: now, to the second). */
  deletedAt?: Date;
};

export type RecycleBinKind = {
  /** Needed besides recycleBin.restore/purge to see, restore or purge entries of this kind. */
  permission?: Permission;
  scope: 'member' | 'contact' | 'none';
  /** The audit log's entity type for the kind's records (default: the bin type). */
  auditEntity?: string;
  /** Brings the record back; returns the restore's audit values. Runs after the entry is gone. */
  restore(manager: EntityManager, viewer: Viewer | null, item: RecycleBinItem, rows: BinRow[]): Promise<{ before?: AuditValues | null; after?: AuditValues | null }>;
  /** Removes the record for good; returns the purge's audit "before" (what was lost). */
  purge(manager: EntityManager, item: RecycleBinItem, rows: BinRow[]): Promise<AuditValues | null>;
};

const rowsAudit = (rows: BinRow[]): AuditValues => (rows.length === 1 ? rows[0].row : { rows });

/** A hard-deleted kind: restore re-inserts the payload's rows (checked), purge drops them. */
export function rowKind(options: {
  permission?: Permission;
  scope?: RecycleBinKind['scope'];
  auditEntity?: string;
  afterRestore?: (manager: EntityManager, rows: BinRow[]) => Promise<void>;
}): RecycleBinKind {
  return {
    permission: options.permission,
    scope: options.scope ?? 'none',
    auditEntity: options.auditEntity,
    async restore(manager, _viewer, _item, rows) {
      await reinsertRows(manager, rows);
      await options.afterRestore?.(manager, rows);
      return { after: rowsAudit(rows) };
    },
    async purge(_manager, _item, rows) {
      return rowsAudit(rows);
    },
  };
}

/** A purged member's campaign places go by cascade; the campaigns' kept member counts follow. */
async function decrementCampaignCounts(manager: EntityManager, memberId: number): Promise<void> {
  const places = await manager.find(CampaignMember, { select: { campaignId: true }, where: { memberId } });
  for (const place of places) await manager.decrement(Campaign, { id: place.campaignId }, 'memberCount', 1);
}

/**
 * Members are soft-deleted: deletedAt hides them from every member query, memberHidden their
 * contact places from every contact query. Restoring clears both; purging removes the row and,
 * by cascade, its interests, custom values, comments and campaign places (audit entries stay).
 */
const memberKind: RecycleBinKind = {
  scope: 'member',
  auditEntity: AUDIT_ENTITY_MEMBER,
  async restore(manager, _viewer, item) {
    const member = await manager.findOneBy(Member, { id: item.entityId });
    if (!member || !member.deletedAt) throw notFound('member');
    await manager.update(Member, { id: member.id }, { deletedAt: null, deletedById: null });
    await manager.update(CampaignMember, { memberId: member.id }, { memberHidden: false });
    await setMemberLogsHidden(manager, member.id, false);
    return { before: { deletedAt: member.deletedAt.toISOString() }, after: { deletedAt: null } };
  },
  async purge(manager, item) {
    const member = await manager.findOneBy(Member, { id: item.entityId });
    if (!member) return null;
    const before = await memberSnapshot(manager, member, await customFieldDefs(manager));
    await decrementCampaignCounts(manager, member.id);
    await manager.delete(Member, { id: member.id });
    return before;
  },
};

/** Restoring a contact log copies the latest log's state onto its contact member again, as deleting did. */
async function refreshContactMembers(manager: EntityManager, rows: BinRow[]): Promise<void> {
  const ids = new Set(rows.filter((r) => r.table === 'contact_logs').map((r) => Number(r.row.campaignMemberId)));
  for (const id of ids) await refreshLatestLog(manager, id);
}

/** How each kind is restored and purged; see the file's comment for adding one. */
export const RECYCLE_BIN_KINDS: Record<string, RecycleBinKind> = {
  [RecycleBinType.Member]: memberKind,
  [RecycleBinType.ContactLog]: rowKind({ scope: 'contact', afterRestore: refreshContactMembers }),
  [RecycleBinType.PresetNote]: rowKind({ permission: Permission.SettingsContacts }),
  [RecycleBinType.ContactStatus]: rowKind({ permission: Permission.SettingsContacts }),
  [RecycleBinType.ContactMethod]: rowKind({ permission: Permission.SettingsContacts }),
  [RecycleBinType.Campaign]: rowKind({ permission: Permission.CampaignsManage }),
  [RecycleBinType.Offer]: rowKind({ permission: Permission.OffersManage }),
  [RecycleBinType.Treatment]: rowKind({ permission: Permission.AppointmentsManageResources }),
  [RecycleBinType.Equipment]: rowKind({ permission: Permission.AppointmentsManageResources }),
  [RecycleBinType.Room]: rowKind({ permission: Permission.AppointmentsManageResources }),
  [RecycleBinType.Role]: rowKind({ permission: Permission.RolesManage }),
};

/** Adds (or replaces) a kind from another module, e.g. the staff screen's 'staff'. */
export function registerRecycleBinKind(type: string, kind: RecycleBinKind): void {
  RECYCLE_BIN_KINDS[type] = kind;
}

const toSecond = (at: Date) => new Date(Math.floor(at.getTime() / 1000) * 1000);

/**
 * Puts a deleted record in the bin, in the deleting transaction, with the deletion's audit entry.
 * The domain has already removed (or soft-deleted) the record and checked the viewer may.
 */
export async function moveToBin(manager: EntityManager, viewer: Viewer, entry: BinEntry): Promise<RecycleBinItem> {
  const deletedAt = toSecond(entry.deletedAt ?? new Date());
  const rows = entry.rows ?? null;
  const inserted = await manager.insert(RecycleBinItem, {
    entityType: entry.type,
    entityId: entry.entityId,
    label: entry.label.slice(0, 255),
    branchId: entry.branchId ?? null,
    parentId: entry.parentId ?? null,
    payload: rows ? JSON.stringify(rows) : null,
    deletedById: viewer.staffId,
    deletedAt,
  });
  await recordAudit(manager, {
    entityType: entry.audit?.entityType ?? RECYCLE_BIN_KINDS[entry.type]?.auditEntity ?? entry.type,
    entityId: entry.entityId,
    action: 'delete',
    actorId: viewer.staffId,
    before: entry.audit?.before !== undefined ? entry.audit.before : rows ? rowsAudit(rows) : null,
    after: entry.audit?.after ?? null,
  });
  return manager.findOneByOrFail(RecycleBinItem, { id: Number(inserted.identifiers[0].id) });
}

/** What may still depend on a row someone wants to delete (`errors.deleteInUse.<blocker>`). */
export type DeleteBlocker = 'contactLogs' | 'contactMembers' | 'campaignMembers' | 'campaigns' | 'appointments' | 'treatments';

/**
 * Refuses a deletion while `count` rows of `blocker` still use the row: the message names them and
 * says what to do instead (deactivate, archive, detach). Nothing goes to the bin.
 */
export function refuseWhileUsed(blocker: DeleteBlocker, count: number, params: Record<string, string | number> = {}): void {
  if (count > 0) throw new DomainError(ErrorCode.Conflict, `deleteInUse.${blocker}`, { count, ...params });
}

/** A row the product itself relies on (a status or method with a system key) is never deleted. */
export const usedBySystem = () => new DomainError(ErrorCode.Conflict, 'deleteUsedBySystem');

/** The bin's label of a member: name and number. */
export const memberBinLabel = (member: Pick<Member, 'lastName' | 'firstName' | 'memberNo'>) =>
  `${formatMemberName(member).trim()} (${member.memberNo})`;

export type RecycleBinPage = {
  nodes: RecycleBinItem[];
  hasNextPage: boolean;
  cursorOf: (item: RecycleBinItem) => string;
  totalCount: () => Promise<number>;
};

type Db = DataSource | EntityManager;

/** The kinds the viewer may see at all: those whose extra permission they hold. */
export function visibleKinds(viewer: Viewer): string[] {
  return Object.entries(RECYCLE_BIN_KINDS)
    .filter(([, kind]) => !kind.permission || can(viewer, kind.permission))
    .map(([type]) => type);
}

/**
 * The entries the viewer may see (alias `b`): kinds they may handle, members within their member
 * scope (by the branch the member belonged to), contact logs whose contact member is within their
 * contact scope. Every read of the bin, and every restore and purge, starts here.
 */
export async function scopedBinItems(db: Db, viewer: Viewer, type?: string | null): Promise<SelectQueryBuilder<RecycleBinItem>> {
  const qb = db.getRepository(RecycleBinItem).createQueryBuilder('b');
  const kinds = visibleKinds(viewer).filter((k) => !type || k === type);
  if (kinds.length === 0) return qb.where('1 = 0');
  qb.where('b.entityType IN (:...binKinds)', { binKinds: kinds });
  const byScope = (scope: RecycleBinKind['scope']) => kinds.filter((k) => RECYCLE_BIN_KINDS[k].scope === scope);
  const plain = byScope('none');
  const members = byScope('member');
  const contacts = byScope('contact');
  const memberScope = memberScopeFor(viewer);
  const contactsScope = contacts.length ? await contactScope(db, viewer) : null;
  qb.andWhere(
    new Brackets((or) => {
      or.where('1 = 0');
      if (plain.length) or.orWhere('b.entityType IN (:...binPlain)', { binPlain: plain });
      if (members.length) {
        if (memberScope.kind === 'all') or.orWhere('b.entityType IN (:...binMembers)', { binMembers: members });
        else if (memberScope.branchIds.length) {
          or.orWhere('(b.entityType IN (:...binMembers) AND b.branchId IN (:...binBranches))', { binMembers: members, binBranches: memberScope.branchIds });
        }
      }
      if (contacts.length && contactsScope) {
        if (contactsScope.kind === 'all') or.orWhere('b.entityType IN (:...binContacts)', { binContacts: contacts });
        else if (contactsScope.salespersonIds.length) {
          const repo = db.getRepository(CampaignMember);
          const cm = repo.metadata.tableName;
          or.orWhere(
            `(b.entityType IN (:...binContacts) AND EXISTS (SELECT 1 FROM ${repo.manager.connection.driver.escape(cm)} bcm WHERE bcm.id = b.parentId AND bcm.salespersonId IN (:...binSalespeople)))`,
            { binContacts: contacts, binSalespeople: contactsScope.salespersonIds },
          );
        }
      }
    }),
  );
  return qb;
}

const payloadOf = (item: RecycleBinItem): BinRow[] => (item.payload ? (JSON.parse(item.payload) as BinRow[]) : []);

/** Deletes the entry if it is still there (and, for the scheduled purge, still old enough): true for the one caller that did. */
async function takeEntry(manager: EntityManager, id: number, deletedBefore?: Date): Promise<boolean> {
  const qb = manager.createQueryBuilder().delete().from(RecycleBinItem).where('id = :id', { id });
  if (deletedBefore) qb.andWhere('deletedAt < :cutoff', { cutoff: deletedBefore });
  const result = await qb.execute();
  return Boolean(result.affected);
}

export class RecycleBinService {
  constructor(
    private readonly ds: DataSource,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Entries the viewer may see, most recently deleted first; `type` keeps one kind. */
  async list(viewer: Viewer, filter: { type?: string | null }, page: { first: number; after?: string | null }): Promise<RecycleBinPage> {
    requirePermission(viewer, Permission.RecycleBinRestore);
    const base = () => scopedBinItems(this.ds, viewer, filter.type);
    const qb = (await base()).orderBy('b.deletedAt', 'DESC').addOrderBy('b.id', 'DESC').take(page.first + 1);
    if (page.after) {
      const [at, id] = decodeCursor(page.after, 2);
      if (typeof id !== 'number' || Number.isNaN(new Date(String(at)).getTime())) throw invalidField('after', 'invalidCursor');
      qb.andWhere('(b.deletedAt < :afterAt OR (b.deletedAt = :afterAt AND b.id < :afterId))', { afterAt: new Date(String(at)), afterId: id });
    }
    const { nodes, hasNextPage } = sliceWithLookahead(await qb.getMany(), page.first);
    return {
      nodes,
      hasNextPage,
      cursorOf: (item) => encodeCursor([item.deletedAt.toISOString(), item.id]),
      totalCount: async () => (await base()).getCount(),
    };
  }

  /** Restores an entry the viewer may see; the record is back as it was, with its id. */
  async restore(viewer: Viewer, id: number): Promise<RecycleBinItem> {
    requirePermission(viewer, Permission.RecycleBinRestore);
    return inReadCommittedTransaction(this.ds, async (manager) => {
      const item = await this.visibleItem(manager, viewer, id);
      await this.restoreItem(manager, viewer, item);
      return item;
    });
  }

  /** Removes an entry the viewer may see, and its record, for good. */
  async purge(viewer: Viewer, id: number): Promise<RecycleBinItem> {
    requirePermission(viewer, Permission.RecycleBinPurge);
    return inReadCommittedTransaction(this.ds, async (manager) => {
      const item = await this.visibleItem(manager, viewer, id);
      await this.purgeItem(manager, viewer.staffId, item);
      return item;
    });
  }

  /** The entry of one record (e.g. a member by its id), if the viewer may see it. */
  async findByEntity(viewer: Viewer, type: string, entityId: number, db: Db = this.ds): Promise<RecycleBinItem | null> {
    return (await scopedBinItems(db, viewer, type)).andWhere('b.entityId = :entityId', { entityId }).getOne();
  }

  /**
   * The scheduled purge: entries older than the retention of the system parameters, oldest first,
   * each in its own transaction. Safe to run on every instance at once: an entry is purged by the
   * one transaction whose conditional delete removed it. Entries of kinds this process has no
   * registry entry for are left alone. Returns how many it purged.
   */
  async purgeExpired(options: { batch?: number; retentionDays?: number } = {}): Promise<number> {
    const retentionDays = options.retentionDays ?? (await new SystemSettingsService(this.ds).get()).recycleBinRetentionDays;
    const cutoff = purgeCutoff(this.now(), retentionDays);
    const batch = options.batch ?? 100;
    const kinds = Object.keys(RECYCLE_BIN_KINDS);
    let purged = 0;
    let afterId = 0;
    for (;;) {
      const due = await this.ds
        .getRepository(RecycleBinItem)
        .createQueryBuilder('b')
        .select(['b.id'])
        .where('b.deletedAt < :cutoff', { cutoff })
        .andWhere('b.entityType IN (:...kinds)', { kinds })
        .andWhere('b.id > :afterId', { afterId })
        .orderBy('b.id', 'ASC')
        .take(batch)
        .getMany();
      for (const { id } of due) {
        const done = await inReadCommittedTransaction(this.ds, async (manager) => {
          const item = await manager.findOneBy(RecycleBinItem, { id });
          if (!item || !RECYCLE_BIN_KINDS[item.entityType]) return false;
          return this.purgeItem(manager, null, item, cutoff);
        });
        if (done) purged += 1;
      }
      if (due.length < batch) return purged;
      afterId = due[due.length - 1].id;
    }
  }

  private async visibleItem(manager: EntityManager, viewer: Viewer, id: number): Promise<RecycleBinItem> {
    const item = await (await scopedBinItems(manager, viewer)).andWhere('b.id = :binId', { binId: id }).getOne();
    if (!item) throw notFound('recycleBinItem');
    return item;
  }

  private async restoreItem(manager: EntityManager, viewer: Viewer, item: RecycleBinItem): Promise<void> {
    const kind = RECYCLE_BIN_KINDS[item.entityType];
    if (!(await takeEntry(manager, item.id))) throw notFound('recycleBinItem');
    const audit = await kind.restore(manager, viewer, item, payloadOf(item));
    await recordAudit(manager, {
      entityType: kind.auditEntity ?? item.entityType,
      entityId: item.entityId,
      action: 'restore',
      actorId: viewer.staffId,
      before: audit.before ?? null,
      after: audit.after ?? null,
    });
  }

  private async purgeItem(manager: EntityManager, actorId: number | null, item: RecycleBinItem, deletedBefore?: Date): Promise<boolean> {
    const kind = RECYCLE_BIN_KINDS[item.entityType];
    if (!(await takeEntry(manager, item.id, deletedBefore))) {
      if (deletedBefore) return false;
      throw notFound('recycleBinItem');
    }
    const before = await kind.purge(manager, item, payloadOf(item));
    await recordAudit(manager, { entityType: kind.auditEntity ?? item.entityType, entityId: item.entityId, action: 'purge', actorId, before });
    return true;
  }

  // Members, by member id (deleteMember / restoreMember / purgeMember / recycleBin keep working).

  async deleteMember(viewer: Viewer, id: number): Promise<Member> {
    requirePermission(viewer, Permission.MembersDelete);
    return this.ds.transaction(async (manager) => {
      const member = await loadMemberForChange(manager, viewer, id, { inRecycleBin: false });
      const deletedAt = toSecond(this.now());
      await manager.update(Member, { id: member.id }, { deletedAt, deletedById: viewer.staffId });
      await manager.update(CampaignMember, { memberId: member.id }, { memberHidden: true });
      await setMemberLogsHidden(manager, member.id, true);
      await moveToBin(manager, viewer, {
        type: RecycleBinType.Member,
        entityId: member.id,
        label: memberBinLabel(member),
        branchId: member.branchId,
        deletedAt,
        audit: { before: { deletedAt: null }, after: { deletedAt: deletedAt.toISOString() } },
      });
      return manager.findOneByOrFail(Member, { id: member.id });
    });
  }

  async restoreMember(viewer: Viewer, id: number): Promise<Member> {
    requirePermission(viewer, Permission.RecycleBinRestore);
    return inReadCommittedTransaction(this.ds, async (manager) => {
      const item = await this.memberItem(manager, viewer, id);
      await this.restoreItem(manager, viewer, item);
      return manager.findOneByOrFail(Member, { id });
    });
  }

  async purgeMember(viewer: Viewer, id: number): Promise<boolean> {
    requirePermission(viewer, Permission.RecycleBinPurge);
    return inReadCommittedTransaction(this.ds, async (manager) => {
      await this.purgeItem(manager, viewer.staffId, await this.memberItem(manager, viewer, id));
      return true;
    });
  }

  /** Deleted members the viewer may see, most recently deleted first (the members' own view of the bin). */
  async listMembers(viewer: Viewer, page: { first: number; after?: string | null }): Promise<MemberPage> {
    requirePermission(viewer, Permission.RecycleBinRestore);
    const base = () =>
      applyMemberScope(this.ds.getRepository(Member).createQueryBuilder('m'), 'm', memberScopeFor(viewer)).andWhere('m.deletedAt IS NOT NULL');
    const qb = base().orderBy('m.deletedAt', 'DESC').addOrderBy('m.id', 'DESC').take(page.first + 1);
    if (page.after) {
      const [at, id] = decodeCursor(page.after, 2);
      if (Number.isNaN(new Date(String(at)).getTime())) throw invalidField('after', 'invalidCursor');
      qb.andWhere('(m.deletedAt < :afterAt OR (m.deletedAt = :afterAt AND m.id < :afterId))', { afterAt: new Date(String(at)), afterId: Number(id) });
    }
    const { nodes, hasNextPage } = sliceWithLookahead(await qb.getMany(), page.first);
    return {
      nodes,
      hasNextPage,
      cursorOf: (m) => encodeCursor([m.deletedAt!.toISOString(), m.id]),
      totalCount: () => base().getCount(),
    };
  }

  /** A deleted member's entry within the viewer's scope, NOT_FOUND otherwise (also for a member not deleted). */
  private async memberItem(manager: EntityManager, viewer: Viewer, memberId: number): Promise<RecycleBinItem> {
    const item = await this.findByEntity(viewer, RecycleBinType.Member, memberId, manager);
    if (!item) throw notFound('member');
    return item;
  }
}

/** One pass of the scheduled purge (job runtime): logs and swallows failures, the next pass retries. */
export async function purgeExpiredRecycleBin(ds: DataSource): Promise<number> {
  try {
    return await new RecycleBinService(ds).purgeExpired();
  } catch (error) {
    logger().error({ err: error }, '[recycle-bin] scheduled purge failed');
    return 0;
  }
}
