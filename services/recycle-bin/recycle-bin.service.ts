import type { DataSource, EntityManager } from 'typeorm';
import { Campaign, CampaignMember, Member } from '../../entities';
import { recordAudit } from '../audit/audit-log.service';
import { requirePermission, type Viewer } from '../auth/viewer';
import { Permission } from '../admin/permission';
import { invalidField } from '../errors/domain-error';
import { customFieldDefs, loadMemberForChange, memberSnapshot } from '../members/member-write.service';
import { applyMemberScope } from '../members/member-query.service';
import type { MemberPage } from '../members/member.service';
import { AUDIT_ENTITY_MEMBER } from '../members/registration.service';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import { memberScopeFor } from '../visibility/member-visibility';


/** A purged member's campaign places go by cascade; the campaigns' kept member counts follow. */
async function decrementCampaignCounts(manager: EntityManager, memberId: number): Promise<void> {
  const places = await manager.find(CampaignMember, { select: { campaignId: true }, where: { memberId } });
  for (const place of places) await manager.decrement(Campaign, { id: place.campaignId }, 'memberCount', 1);
}

/**
 * Soft delete: a deleted member keeps every row but carries deletedAt, which every member query
 * excludes (memberSearchQuery, MemberService.get), and their contact places carry memberHidden,
 * which every contact query excludes; restoring clears both; purging removes the row and, by
 * cascade, its interests, custom values, comments and campaign places.
 */
export class RecycleBinService {
  constructor(
    private readonly ds: DataSource,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async delete(viewer: Viewer, id: number): Promise<Member> {
    requirePermission(viewer, Permission.MembersDelete);
    return this.ds.transaction(async (manager) => {
      const member = await loadMemberForChange(manager, viewer, id, { inRecycleBin: false });
      const deletedAt = new Date(Math.floor(this.now().getTime() / 1000) * 1000);
      await manager.update(Member, { id: member.id }, { deletedAt, deletedById: viewer.staffId });
      await manager.update(CampaignMember, { memberId: member.id }, { memberHidden: true });
      await recordAudit(manager, {
        entityType: AUDIT_ENTITY_MEMBER,
        entityId: member.id,
        action: 'delete',
        actorId: viewer.staffId,
        before: { deletedAt: null },
        after: { deletedAt: deletedAt.toISOString() },
      });
      return manager.findOneByOrFail(Member, { id: member.id });
    });
  }

  async restore(viewer: Viewer, id: number): Promise<Member> {
    requirePermission(viewer, Permission.RecycleBinRestore);
    return this.ds.transaction(async (manager) => {
      const member = await loadMemberForChange(manager, viewer, id, { inRecycleBin: true });
      await manager.update(Member, { id: member.id }, { deletedAt: null, deletedById: null });
      await manager.update(CampaignMember, { memberId: member.id }, { memberHidden: false });
      await recordAudit(manager, {
        entityType: AUDIT_ENTITY_MEMBER,
        entityId: member.id,
        action: 'restore',
        actorId: viewer.staffId,
        before: { deletedAt: member.deletedAt?.toISOString() ?? null },
        after: { deletedAt: null },
      });
      return manager.findOneByOrFail(Member, { id: member.id });
    });
  }

  /** Removes a member in the recycle bin for good; the audit entry keeps its last values. */
  async purge(viewer: Viewer, id: number): Promise<boolean> {
    requirePermission(viewer, Permission.RecycleBinPurge);
    return this.ds.transaction(async (manager) => {
      const member = await loadMemberForChange(manager, viewer, id, { inRecycleBin: true });
      const before = await memberSnapshot(manager, member, await customFieldDefs(manager));
      await decrementCampaignCounts(manager, member.id);
      await manager.delete(Member, { id: member.id });
      await recordAudit(manager, { entityType: AUDIT_ENTITY_MEMBER, entityId: member.id, action: 'purge', actorId: viewer.staffId, before });
      return true;
    });
  }

  /** Deleted members the viewer may see, most recently deleted first. */
  async list(viewer: Viewer, page: { first: number; after?: string | null }): Promise<MemberPage> {
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
}
