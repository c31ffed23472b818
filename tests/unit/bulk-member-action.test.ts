import { FIELD_OF_ACTION, planBatch } from '@/services/bulk/bulk-member-action';

describe('planBatch', () => {
  it('changes and audits only the members whose value differs from the target', () => {
    const plan = planBatch(
      [{ id: 1, groupId: 3 }, { id: 2, groupId: 5 }, { id: 3, groupId: 4 }],
      'changeGroup',
      5,
      42,
    );
    expect(plan.ids).toEqual([1, 3]);
    expect(plan.audits).toEqual([
      { entityType: 'member', entityId: 1, action: 'update', actorId: 42, before: { groupId: 3 }, after: { groupId: 5 } },
      { entityType: 'member', entityId: 3, action: 'update', actorId: 42, before: { groupId: 4 }, after: { groupId: 5 } },
    ]);
  });

  it('clears a consultant with a null target and leaves members without one alone', () => {
    const plan = planBatch([{ id: 1, consultantId: 9 }, { id: 2, consultantId: null }], 'changeConsultant', null, 1);
    expect(plan.ids).toEqual([1]);
    expect(plan.audits[0]).toMatchObject({ before: { consultantId: 9 }, after: { consultantId: null } });
  });

  it('maps each action to the column it sets', () => {
    expect(FIELD_OF_ACTION).toEqual({ changeGroup: 'groupId', changeBranch: 'branchId', changeConsultant: 'consultantId' });
  });
});
