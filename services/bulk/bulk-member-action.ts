/**
 * Pure rules of the bulk member actions (seed 000: 更改組別 / 更改分店 / 更改顧問): which column
 * each action sets, and the audit entries for one batch.
 */
import type { AuditEntry } from '../audit/audit-log.service';
import { memberEditRefusal, type MemberAssignmentTarget } from '../members/member-edit-rules';
import type { MemberScope } from '../visibility/member-visibility';

export type BulkMemberActionKind = 'changeGroup' | 'changeBranch' | 'changeConsultant';

export type BulkMemberField = 'groupId' | 'branchId' | 'consultantId';

export const FIELD_OF_ACTION: Record<BulkMemberActionKind, BulkMemberField> = {
  changeGroup: 'groupId',
  changeBranch: 'branchId',
  changeConsultant: 'consultantId',
};

/** What a job stores to be run later, possibly by another request. */
export type BulkJobParams = {
  selectionId: number;
  action: BulkMemberActionKind;
  /** The new group, branch or consultant; null clears the consultant. */
  targetId: number | null;
  batchSize: number;
};

export const BULK_MEMBER_ACTION_KINDS: readonly BulkMemberActionKind[] = ['changeGroup', 'changeBranch', 'changeConsultant'];

/** Where a bulk action stopped: the last member id of its last committed batch. */
export type BulkCheckpoint = { afterId: number };

export type BatchMember = { id: number; branchId: number; deletedAt: Date | null } & Partial<Record<BulkMemberField, number | null>>;

/**
 * The members of a batch that the action really changes, with one audit entry each (the field
 * before and after), and how many it skips because the member edit rules refuse the change for
 * them (the same rules as the single edit). Members that already have the target value are left
 * alone: an update that changes nothing would only bury real changes in the member's history.
 */
export function planBatch(
  members: readonly BatchMember[],
  action: BulkMemberActionKind,
  target: { id: number | null; rule: MemberAssignmentTarget; scope: MemberScope },
  actorId: number,
): { ids: number[]; audits: AuditEntry[]; skipped: number } {
  const field = FIELD_OF_ACTION[action];
  const targetId = target.id;
  const allowed = members.filter((m) => memberEditRefusal(target.scope, m, target.rule) === null);
  const changing = allowed.filter((m) => (m[field] ?? null) !== targetId);
  return {
    skipped: members.length - allowed.length,
    ids: changing.map((m) => m.id),
    audits: changing.map((m) => ({
      entityType: 'member',
      entityId: m.id,
      action: 'update',
      actorId,
      before: { [field]: m[field] ?? null },
      after: { [field]: targetId },
    })),
  };
}
