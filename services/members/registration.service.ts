import type { DataSource, EntityManager } from 'typeorm';
import { Member, MemberComment } from '../../entities';
import { LevelChangeReason } from '../../entities/member-level-change.entity';
import { recordLevelChanges } from '../member-levels/level-change.service';
import { changedFields, recordAudit, type AuditValues } from '../audit/audit-log.service';
import type { Viewer } from '../auth/viewer';
import { customValueField, resolveCustomValues } from '../custom-fields/custom-field-rules';
import { invalidField } from '../errors/domain-error';
import { branchScope, defaultBranchSequence } from '../numbering/member-number';
import { allocateMemberNumber } from '../numbering/number-allocator.service';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import { memberScopeFor } from '../visibility/member-visibility';
import { applyMemberScope } from './member-query.service';
import { birthMonthOf, memberSearchKeys } from './member-search-keys';
import { validateCommentBody, validateMemberFields, type MemberFieldsInput } from './member-validation';
import { canonicalPhone } from './phone-number';
import {
  checkReferences, customFieldDefs, loadMemberForChange, memberSnapshot, salonToday, writeCustomValues, writeInterests,
  type MemberReferences,
} from './member-write.service';
import type { MemberPage } from './member.service';

export type CustomValueInput = { fieldId: number; value: string };

/** Everything a registration (or a walk-in's conversion) carries. */
export type RegistrationInput = MemberFieldsInput & {
  branchId: number;
  groupId: number;
  consultantId?: number | null;
  referrerId?: number | null;
  interestGroupIds?: number[] | null;
  customFields?: CustomValueInput[] | null;
};

/** An update: only the fields given change. */
export type MemberUpdateInput = MemberFieldsInput & Partial<Omit<RegistrationInput, keyof MemberFieldsInput>>;

export const AUDIT_ENTITY_MEMBER = 'member';

/**
 * Registration and changes of members. Every write runs in one transaction with its audit entry;
 * every member it reads or changes goes through the viewer's scope.
 */
export class MemberRegistrationService {
  constructor(
    private readonly ds: DataSource,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Checks a full registration and returns what to write, without the member number. Shared by
   * registration and walk-in conversion (`selfId` is the walk-in, which may not refer itself).
   */
  async prepareRegistration(manager: EntityManager, viewer: Viewer, input: RegistrationInput, selfId?: number) {
    const fields = validateMemberFields(input, { today: salonToday(this.now()), mode: 'create' });
    const refs: MemberReferences = {
      branchId: input.branchId,
      groupId: input.groupId,
      consultantId: input.consultantId ?? null,
      referrerId: input.referrerId ?? null,
      interestGroupIds: input.interestGroupIds ?? [],
    };
    const { branch } = await checkReferences(manager, viewer, refs, selfId);
    const defs = await customFieldDefs(manager);
    const customValues = resolveCustomValues(defs, input.customFields ?? [], 'create');
    const row = {
      ...fields,
      firstName: fields.firstName ?? '',
      branchId: input.branchId,
      groupId: input.groupId,
      consultantId: refs.consultantId ?? null,
      referrerId: refs.referrerId ?? null,
      ...memberSearchKeys({ lastName: fields.lastName ?? '', firstName: fields.firstName ?? '', englishName: fields.englishName }),
      birthMonth: birthMonthOf(fields.birthday),
    };
    return { row, branch: branch!, defs, customValues, interestGroupIds: refs.interestGroupIds ?? [] };
  }

  async register(viewer: Viewer, input: RegistrationInput): Promise<Member> {
    return this.ds.transaction(async (manager) => {
      const prepared = await this.prepareRegistration(manager, viewer, input);
      const memberNo = await allocateMemberNumber(manager, branchScope(prepared.branch.id), defaultBranchSequence(prepared.branch.code));
      const saved = await manager.save(Member, manager.create(Member, { ...prepared.row, memberNo, isWalkIn: false }));
      await writeInterests(manager, saved.id, prepared.interestGroupIds);
      await writeCustomValues(manager, saved.id, prepared.customValues);
      const member = await manager.findOneByOrFail(Member, { id: saved.id });
      await recordAudit(manager, {
        entityType: AUDIT_ENTITY_MEMBER,
        entityId: member.id,
        action: 'create',
        actorId: viewer.staffId,
        after: await memberSnapshot(manager, member, prepared.defs),
      });
      return member;
    });
  }

  /** Changes only the fields given; writes nothing (and no audit entry) when nothing differs. */
  async update(viewer: Viewer, id: number, input: MemberUpdateInput): Promise<Member> {
    return this.ds.transaction(async (manager) => {
      const member = await loadMemberForChange(manager, viewer, id, { inRecycleBin: false });
      const fields = validateMemberFields(input, { today: salonToday(this.now()), mode: 'update', walkIn: member.isWalkIn });
      const refs: MemberReferences = {};
      if (input.branchId != null) refs.branchId = input.branchId;
      if (input.groupId != null) refs.groupId = input.groupId;
      if (input.consultantId !== undefined) refs.consultantId = input.consultantId;
      if (input.referrerId !== undefined) refs.referrerId = input.referrerId;
      if (input.interestGroupIds != null) refs.interestGroupIds = input.interestGroupIds;
      await checkReferences(manager, viewer, refs, member.id);
      const defs = await customFieldDefs(manager);
      const customValues = resolveCustomValues(defs, input.customFields ?? [], 'update');
      const before = await memberSnapshot(manager, member, defs);

      const changes: Partial<Member> = { ...fields };
      if (refs.branchId !== undefined) changes.branchId = refs.branchId;
      if (refs.groupId !== undefined) changes.groupId = refs.groupId;
      if (refs.consultantId !== undefined) changes.consultantId = refs.consultantId;
      if (refs.referrerId !== undefined) changes.referrerId = refs.referrerId;
      const next = { ...member, ...changes };
      if (fields.lastName !== undefined || fields.firstName !== undefined || fields.englishName !== undefined) {
        Object.assign(changes, memberSearchKeys(next));
      }
      if (fields.birthday !== undefined) changes.birthMonth = birthMonthOf(fields.birthday);

      const after: AuditValues = { ...before };
      for (const key of Object.keys(changes)) if (key in before) after[key] = changes[key as keyof Member];
      if (refs.interestGroupIds) after.interestGroupIds = [...new Set(refs.interestGroupIds)].sort((a, b) => a - b);
      for (const [fieldId, value] of customValues) after[customValueField(defs.find((d) => d.id === fieldId)!.key)] = value;
      const diff = changedFields(before, after);
      if (Object.keys(diff.after).length === 0) return member;

      await manager.update(Member, { id: member.id }, changes);
      if (changes.groupId !== undefined) {
        await recordLevelChanges(manager, [
          { memberId: member.id, fromGroupId: member.groupId, toGroupId: changes.groupId, reason: LevelChangeReason.MANUAL, staffId: viewer.staffId, createdAt: this.now() },
        ]);
      }
      if (refs.interestGroupIds) await writeInterests(manager, member.id, refs.interestGroupIds);
      await writeCustomValues(manager, member.id, customValues);
      await recordAudit(manager, {
        entityType: AUDIT_ENTITY_MEMBER,
        entityId: member.id,
        action: 'update',
        actorId: viewer.staffId,
        ...diff,
      });
      return manager.findOneByOrFail(Member, { id: member.id });
    });
  }

  async addComment(viewer: Viewer, memberId: number, body: string): Promise<MemberComment> {
    return this.ds.transaction(async (manager) => {
      const member = await loadMemberForChange(manager, viewer, memberId, { inRecycleBin: false });
      const text = validateCommentBody(body);
      const comment = await manager.save(MemberComment, manager.create(MemberComment, { memberId: member.id, authorId: viewer.staffId, body: text }));
      await recordAudit(manager, {
        entityType: AUDIT_ENTITY_MEMBER,
        entityId: member.id,
        action: 'comment',
        actorId: viewer.staffId,
        after: { commentId: comment.id, body: text },
      });
      return comment;
    });
  }

  /**
   * Members the viewer may see (not in the recycle bin) with this phone as either number, oldest
   * first: the registration form warns before creating a second record for the same person.
   */
  async duplicatePhoneMembers(
    viewer: Viewer,
    phone: string,
    excludeMemberId: number | null,
    page: { first: number; after?: string | null },
  ): Promise<MemberPage> {
    const wanted = canonicalPhone(phone) ?? phone.replace(/\D/g, '');
    if (!wanted) throw invalidField('phone', 'required');
    const base = () => {
      const qb = applyMemberScope(this.ds.getRepository(Member).createQueryBuilder('m'), 'm', memberScopeFor(viewer))
        .andWhere('m.deletedAt IS NULL')
        .andWhere('(m.phone = :dupPhone OR m.phone2 = :dupPhone)', { dupPhone: wanted });
      if (excludeMemberId) qb.andWhere('m.id <> :dupExclude', { dupExclude: excludeMemberId });
      return qb;
    };
    const qb = base().orderBy('m.id', 'ASC').take(page.first + 1);
    if (page.after) qb.andWhere('m.id > :afterId', { afterId: Number(decodeCursor(page.after, 1)[0]) });
    const { nodes, hasNextPage } = sliceWithLookahead(await qb.getMany(), page.first);
    return { nodes, hasNextPage, cursorOf: (m) => encodeCursor([m.id]), totalCount: () => base().getCount() };
  }
}
