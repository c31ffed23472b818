/**
 * Who may set a member's branch, group or consultant to what: the one set of rules the single
 * edit (`updateMember`, registration) and every bulk action apply, so a change refused on the
 * member page is refused in bulk too. Pure: the callers look the rows up and act on the answer.
 */
import type { MemberScope } from '../visibility/member-visibility';

/** What a change of one of these fields points at, as the caller found it (null: no such row). */
export type MemberAssignmentTarget =
  | { field: 'branchId'; branch: { id: number } | null }
  | { field: 'groupId'; group: { id: number } | null }
  | { field: 'consultantId'; consultant: { id: number; active: boolean } | null; clears: boolean };

/**
 * Why a change is refused. `forbidden`: the editor may not do it at all (FORBIDDEN, message key
 * under `errors.`); `invalid`: the value is wrong (BAD_USER_INPUT on the field, reason key and
 * parameters under `errors.`).
 */
export type EditRefusal =
  | { kind: 'forbidden'; messageKey: string }
  | { kind: 'invalid'; reasonKey: string; params: Record<string, string | number> };

/** The member as far as the rules care. */
export type EditedMember = { branchId: number; deletedAt: Date | null };

const inScope = (scope: MemberScope, branchId: number) => scope.kind === 'all' || scope.branchIds.includes(branchId);

/**
 * Refusals that depend only on the editor and the target, so a bulk action can refuse the whole
 * job before it starts: a missing row, an inactive consultant, or a branch whose members the
 * editor may not see (nobody may put a member where they could no longer see it).
 */
export function targetRefusal(scope: MemberScope, target: MemberAssignmentTarget): EditRefusal | null {
  switch (target.field) {
    case 'branchId':
      if (!target.branch) return { kind: 'invalid', reasonKey: 'notFound', params: { entity: 'branch' } };
      return inScope(scope, target.branch.id) ? null : { kind: 'forbidden', messageKey: 'branchOutsideScope' };
    case 'groupId':
      return target.group ? null : { kind: 'invalid', reasonKey: 'notFound', params: { entity: 'memberGroup' } };
    case 'consultantId':
      if (target.clears) return null;
      return target.consultant?.active ? null : { kind: 'invalid', reasonKey: 'notFound', params: { entity: 'staff' } };
  }
}

/**
 * Refusals for one member: the editor must see the member (its branch in scope) and the member
 * must not be in the recycle bin; then the target's own rules apply. A bulk action skips and
 * counts the members refused here.
 */
export function memberEditRefusal(scope: MemberScope, member: EditedMember, target: MemberAssignmentTarget): EditRefusal | null {
  if (member.deletedAt !== null || !inScope(scope, member.branchId)) return { kind: 'forbidden', messageKey: 'memberNotEditable' };
  return targetRefusal(scope, target);
}
