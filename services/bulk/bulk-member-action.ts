/**
 * Pure rules of the bulk member actions (seed 000: 更改組別 / 更改分店 / 更改顧問): which column
 * each action sets, and the audit entries for one batch.
 */
import type { AuditEntry } from '../audit/audit-log';

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

export type BatchMember = { id: number } & Partial<Record<BulkMemberField, number | null>>;

/**
 * The members of a batch that the action really changes, with one audit entry each (the field
 * before and after). Members that already have the target value are left alone: an update that
 * changes nothing would only bury real changes in the member's history.
 */
export function planBatch(
  members: readonly BatchMember[],
  action: BulkMemberActionKind,
  targetId: number | null,
  actorId: number,
): { ids: number[]; audits: AuditEntry[] } {
  const field = FIELD_OF_ACTION[action];
  const changing = members.filter((m) => (m[field] ?? null) !== targetId);
  return {
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
