/**
 * Building blocks shared by registration, updates, walk-ins and the recycle bin: loading a member
 * the viewer may change, checking the rows an input points at, and writing interests, custom
 * values and the audit snapshot. Everything takes the transaction's EntityManager.
 */
import { In, type EntityManager } from 'typeorm';
import { Branch, CustomField, InterestGroup, Member, MemberCustomValue, MemberGroup, MemberInterest, Staff } from '../../entities';
import type { AuditValues } from '../audit/audit-log.service';
import type { Viewer } from '../auth/viewer';
import { customValueField, type CustomFieldDef } from '../custom-fields/custom-field-rules';
import { DomainError, ErrorCode, invalidField, notFound } from '../errors/domain-error';
import { memberScopeFor } from '../visibility/member-visibility';
import { targetRefusal, type EditRefusal, type MemberAssignmentTarget } from './member-edit-rules';
import { applyMemberScope } from './member-query.service';
import { lockForUpdate } from '../../db/dialect';

/** Birthdays are "not in the future" where the chain's shops are. */
const SALON_TIME_ZONE = 'Asia/Hong_Kong';

/** Today's date (YYYY-MM-DD) in the salons' time zone. */
export function salonToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: SALON_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A member the viewer may see, in or out of the recycle bin, locked for the change on MySQL. */
export async function loadMemberForChange(
  manager: EntityManager,
  viewer: Viewer,
  id: number,
  where: { inRecycleBin: boolean },
): Promise<Member> {
  const qb = applyMemberScope(manager.getRepository(Member).createQueryBuilder('m'), 'm', memberScopeFor(viewer))
    .andWhere('m.id = :id', { id })
    .andWhere(where.inRecycleBin ? 'm.deletedAt IS NOT NULL' : 'm.deletedAt IS NULL');
  lockForUpdate(qb);
  const member = await qb.getOne();
  if (!member) throw notFound('member');
  return member;
}

export type MemberReferences = {
  branchId?: number;
  groupId?: number;
  consultantId?: number | null;
  referrerId?: number | null;
  interestGroupIds?: number[] | null;
};

/** A refusal of the member edit rules as the error the caller gets, on `field` when the value is wrong. */
export function refusalError(refusal: EditRefusal, field: string): DomainError {
  return refusal.kind === 'forbidden' ? new DomainError(ErrorCode.Forbidden, refusal.messageKey) : invalidField(field, refusal.reasonKey, refusal.params);
}

/** Throws when the member edit rules refuse `target` to this viewer (see member-edit-rules.ts). */
function checkTarget(viewer: Viewer, target: MemberAssignmentTarget): void {
  const refusal = targetRefusal(memberScopeFor(viewer), target);
  if (refusal) throw refusalError(refusal, target.field);
}

/**
 * Checks that every row the input points at exists and may be used by this viewer: branch, group
 * and consultant by the member edit rules that bulk actions apply too (a branch outside the
 * viewer's scope is FORBIDDEN), a referrer the viewer can see that is not in the recycle bin and
 * not the member itself, existing interest groups. Returns the branch when one was given.
 */
export async function checkReferences(
  manager: EntityManager,
  viewer: Viewer,
  refs: MemberReferences,
  selfId?: number,
): Promise<{ branch: Branch | null }> {
  let branch: Branch | null = null;
  if (refs.branchId !== undefined) {
    branch = await manager.findOneBy(Branch, { id: refs.branchId });
    checkTarget(viewer, { field: 'branchId', branch });
  }
  if (refs.groupId !== undefined) {
    checkTarget(viewer, { field: 'groupId', group: await manager.findOneBy(MemberGroup, { id: refs.groupId }) });
  }
  if (refs.consultantId !== undefined) {
    const consultant = refs.consultantId === null ? null : await manager.findOneBy(Staff, { id: refs.consultantId });
    checkTarget(viewer, { field: 'consultantId', consultant, clears: refs.consultantId === null });
  }
  if (refs.referrerId != null) {
    if (refs.referrerId === selfId) throw invalidField('referrerId', 'selfReferral');
    const visible = await applyMemberScope(manager.getRepository(Member).createQueryBuilder('m'), 'm', memberScopeFor(viewer))
      .andWhere('m.id = :referrerId AND m.deletedAt IS NULL', { referrerId: refs.referrerId })
      .getExists();
    if (!visible) throw invalidField('referrerId', 'notFound', { entity: 'member' });
  }
  if (refs.interestGroupIds?.length) {
    const ids = [...new Set(refs.interestGroupIds)];
    if ((await manager.countBy(InterestGroup, { id: In(ids) })) !== ids.length) {
      throw invalidField('interestGroupIds', 'notFound', { entity: 'interestGroup' });
    }
  }
  return { branch };
}

export async function customFieldDefs(manager: EntityManager): Promise<CustomFieldDef[]> {
  return (await manager.find(CustomField, { order: { sortOrder: 'ASC', id: 'ASC' } })) as CustomFieldDef[];
}

/** Replaces a member's interest groups. */
export async function writeInterests(manager: EntityManager, memberId: number, ids: number[]): Promise<void> {
  await manager.delete(MemberInterest, { memberId });
  const unique = [...new Set(ids)];
  if (unique.length) await manager.insert(MemberInterest, unique.map((interestGroupId) => ({ memberId, interestGroupId })));
}

/** Writes custom values (null removes one). */
export async function writeCustomValues(manager: EntityManager, memberId: number, values: Map<number, string | null>): Promise<void> {
  const ids = [...values.keys()];
  if (ids.length) await manager.delete(MemberCustomValue, { memberId, fieldId: In(ids) });
  const rows = [...values].filter(([, value]) => value !== null).map(([fieldId, value]) => ({ memberId, fieldId, value: value! }));
  if (rows.length) await manager.insert(MemberCustomValue, rows);
}

const AUDITED: ReadonlyArray<keyof Member> = [
  'memberNo', 'lastName', 'firstName', 'englishName', 'gender', 'idCard', 'phone', 'phone2', 'email', 'birthday',
  'address', 'branchId', 'groupId', 'consultantId', 'referrerId', 'remarks', 'isWalkIn', 'deletedAt',
];

/**
 * What the audit log records of a member: its own fields, its interest group ids, and each custom
 * value under "customFields.<key>", so an entry shows exactly which of them changed.
 */
export async function memberSnapshot(manager: EntityManager, member: Member, defs: CustomFieldDef[]): Promise<AuditValues> {
  const snapshot: AuditValues = {};
  for (const key of AUDITED) snapshot[key] = member[key] ?? null;
  const interests = await manager.find(MemberInterest, { where: { memberId: member.id }, order: { interestGroupId: 'ASC' } });
  snapshot.interestGroupIds = interests.map((i) => i.interestGroupId);
  const keyOf = new Map(defs.map((d) => [d.id, d.key]));
  const values = await manager.find(MemberCustomValue, { where: { memberId: member.id } });
  for (const v of values.sort((a, b) => a.fieldId - b.fieldId)) {
    snapshot[customValueField(keyOf.get(v.fieldId) ?? String(v.fieldId))] = v.value;
  }
  return snapshot;
}
