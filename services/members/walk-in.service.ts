import type { DataSource, EntityManager } from 'typeorm';
import { Member, MemberGroup } from '../../entities';
import { LevelChangeReason } from '../../entities/member-level-change.entity';
import { recordLevelChanges } from '../member-levels/level-change.service';
import { changedFields, recordAudit } from '../audit/audit-log.service';
import type { Viewer } from '../auth/viewer';
import { invalidField } from '../errors/domain-error';
import { allocateMemberNumber } from '../numbering/number-allocator.service';
import { branchScope, defaultBranchSequence, WALK_IN_DEFAULT, WALK_IN_SCOPE } from '../numbering/member-number';
import { memberSearchKeys } from './member-search-keys';
import { validateMemberFields } from './member-validation';
import { checkReferences, customFieldDefs, loadMemberForChange, memberSnapshot, salonToday, writeCustomValues, writeInterests } from './member-write.service';
import { AUDIT_ENTITY_MEMBER, MemberRegistrationService, type RegistrationInput } from './registration.service';

export type WalkInInput = { phone: string; branchId: number; lastName?: string | null; firstName?: string | null; groupId?: number | null };

/** Walk-ins join the "non member" group of the seeds unless the caller picks one. */
export const WALK_IN_GROUP_CODE = 'NONMEMBER';

/** The group for a walk-in: the one asked for, else "non member", else the first ordinary group. */
async function walkInGroupId(manager: EntityManager, requested: number | null | undefined): Promise<number> {
  if (requested != null) return requested;
  const named = await manager.findOneBy(MemberGroup, { code: WALK_IN_GROUP_CODE, isDeletedGroup: false });
  if (named) return named.id;
  const first = await manager.findOne(MemberGroup, { where: { isDeletedGroup: false }, order: { sortOrder: 'ASC', id: 'ASC' } });
  if (!first) throw invalidField('groupId', 'required');
  return first.id;
}

/**
 * Customers served at the counter before they register: created with a phone and a provisional
 * K number, later converted in place (same id, so comments, campaigns and history stay).
 */
export class WalkInService {
  constructor(
    private readonly ds: DataSource,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create(viewer: Viewer, input: WalkInInput): Promise<Member> {
    return this.ds.transaction(async (manager) => {
      const fields = validateMemberFields(
        { phone: input.phone, lastName: input.lastName ?? '', firstName: input.firstName ?? '', gender: null },
        { today: salonToday(this.now()), mode: 'create', walkIn: true },
      );
      const groupId = await walkInGroupId(manager, input.groupId);
      await checkReferences(manager, viewer, { branchId: input.branchId, groupId });
      const memberNo = await allocateMemberNumber(manager, WALK_IN_SCOPE, WALK_IN_DEFAULT);
      const saved = await manager.save(
        Member,
        manager.create(Member, {
          ...fields,
          firstName: fields.firstName ?? '',
          memberNo,
          branchId: input.branchId,
          groupId,
          isWalkIn: true,
          ...memberSearchKeys({ lastName: fields.lastName ?? '', firstName: fields.firstName ?? '' }),
          birthMonth: null,
        }),
      );
      const member = await manager.findOneByOrFail(Member, { id: saved.id });
      await recordAudit(manager, {
        entityType: AUDIT_ENTITY_MEMBER,
        entityId: member.id,
        action: 'create',
        actorId: viewer.staffId,
        after: await memberSnapshot(manager, member, await customFieldDefs(manager)),
      });
      return member;
    });
  }

  /**
   * Registers a walk-in as a member: full registration checks, a formal number from the branch's
   * sequence, same id. The audit entry ("convert") holds the old and new number.
   */
  async convert(viewer: Viewer, id: number, input: RegistrationInput): Promise<Member> {
    return this.ds.transaction(async (manager) => {
      const walkIn = await loadMemberForChange(manager, viewer, id, { inRecycleBin: false });
      if (!walkIn.isWalkIn) throw invalidField('id', 'notAWalkIn');
      const prepared = await new MemberRegistrationService(this.ds, this.now).prepareRegistration(manager, viewer, input, walkIn.id);
      const before = await memberSnapshot(manager, walkIn, prepared.defs);
      const memberNo = await allocateMemberNumber(manager, branchScope(prepared.branch.id), defaultBranchSequence(prepared.branch.code));
      await manager.update(Member, { id: walkIn.id }, {
        ...prepared.row,
        memberNo,
        isWalkIn: false,
      });
      await writeInterests(manager, walkIn.id, prepared.interestGroupIds);
      await writeCustomValues(manager, walkIn.id, prepared.customValues);
      const member = await manager.findOneByOrFail(Member, { id: walkIn.id });
      // Registering a walk-in usually moves her out of the walk-in group: that is a level change too.
      await recordLevelChanges(manager, [
        { memberId: member.id, fromGroupId: walkIn.groupId, toGroupId: member.groupId, reason: LevelChangeReason.MANUAL, staffId: viewer.staffId, createdAt: this.now() },
      ]);
      await recordAudit(manager, {
        entityType: AUDIT_ENTITY_MEMBER,
        entityId: member.id,
        action: 'convert',
        actorId: viewer.staffId,
        ...changedFields(before, await memberSnapshot(manager, member, prepared.defs)),
      });
      return member;
    });
  }
}
