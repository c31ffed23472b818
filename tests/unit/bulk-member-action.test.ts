import { FIELD_OF_ACTION, planBatch } from '@/services/bulk/bulk-member-action';
import type { MemberAssignmentTarget } from '@/services/members/member-edit-rules';
import type { MemberScope } from '@/services/visibility/member-visibility';

const everywhere = { kind: 'all' } as const;
const group5: MemberAssignmentTarget = { field: 'groupId', group: { id: 5 } };
const member = (id: number, values: Record<string, number | null>, branchId = 1) => ({ id, branchId, deletedAt: null, ...values });

describe('planBatch', () => {
  it('changes and audits only the members whose value differs from the target', () => {
    const plan = planBatch([member(1, { groupId: 3 }), member(2, { groupId: 5 }), member(3, { groupId: 4 })], 'changeGroup', { id: 5, rule: group5, scope: everywhere }, 42);
    expect(plan.ids).toEqual([1, 3]);
    expect(plan.skipped).toBe(0);
    expect(plan.audits).toEqual([
      { entityType: 'member', entityId: 1, action: 'update', actorId: 42, before: { groupId: 3 }, after: { groupId: 5 } },
      { entityType: 'member', entityId: 3, action: 'update', actorId: 42, before: { groupId: 4 }, after: { groupId: 5 } },
    ]);
  });

  it('clears a consultant with a null target and leaves members without one alone', () => {
    const clear: MemberAssignmentTarget = { field: 'consultantId', consultant: null, clears: true };
    const plan = planBatch([member(1, { consultantId: 9 }), member(2, { consultantId: null })], 'changeConsultant', { id: null, rule: clear, scope: everywhere }, 1);
    expect(plan.ids).toEqual([1]);
    expect(plan.audits[0]).toMatchObject({ before: { consultantId: 9 }, after: { consultantId: null } });
  });

  it('skips and counts the members the edit rules refuse: outside the editor\'s branches or in the recycle bin', () => {
    const ownBranch: MemberScope = { kind: 'branches', branchIds: [1] };
    const binned = { ...member(3, { groupId: 4 }), deletedAt: new Date('2030-01-01T00:00:00Z') };
    const plan = planBatch([member(1, { groupId: 3 }), member(2, { groupId: 3 }, 2), binned], 'changeGroup', { id: 5, rule: group5, scope: ownBranch }, 7);
    expect(plan).toMatchObject({ ids: [1], skipped: 2 });
    expect(plan.audits.map((a) => a.entityId)).toEqual([1]);
  });

  it('maps each action to the column it sets', () => {
    expect(FIELD_OF_ACTION).toEqual({ changeGroup: 'groupId', changeBranch: 'branchId', changeConsultant: 'consultantId' });
  });
});
