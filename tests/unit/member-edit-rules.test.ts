import { memberEditRefusal, targetRefusal, type MemberAssignmentTarget } from '../../services/members/member-edit-rules';
import type { MemberScope } from '../../services/visibility/member-visibility';

const everywhere: MemberScope = { kind: 'all' };
const tkoOnly: MemberScope = { kind: 'branches', branchIds: [1] };
const branch = (id: number | null): MemberAssignmentTarget => ({ field: 'branchId', branch: id === null ? null : { id } });

describe('targetRefusal (depends on the editor and the target only)', () => {
  it.each<[string, MemberScope, MemberAssignmentTarget, ReturnType<typeof targetRefusal>]>([
    ['a supervisor moves to any branch', everywhere, branch(2), null],
    ['a salesperson keeps her own branch', tkoOnly, branch(1), null],
    ['a salesperson may not move to another branch', tkoOnly, branch(2), { kind: 'forbidden', messageKey: 'branchOutsideScope' }],
    ['a missing branch', everywhere, branch(null), { kind: 'invalid', reasonKey: 'notFound', params: { entity: 'branch' } }],
    ['any existing group', tkoOnly, { field: 'groupId', group: { id: 3 } }, null],
    ['a missing group', tkoOnly, { field: 'groupId', group: null }, { kind: 'invalid', reasonKey: 'notFound', params: { entity: 'memberGroup' } }],
    ['an active consultant', tkoOnly, { field: 'consultantId', consultant: { id: 9, active: true }, clears: false }, null],
    ['an inactive consultant', tkoOnly, { field: 'consultantId', consultant: { id: 9, active: false }, clears: false }, { kind: 'invalid', reasonKey: 'notFound', params: { entity: 'staff' } }],
    ['a missing consultant', tkoOnly, { field: 'consultantId', consultant: null, clears: false }, { kind: 'invalid', reasonKey: 'notFound', params: { entity: 'staff' } }],
    ['clearing the consultant', tkoOnly, { field: 'consultantId', consultant: null, clears: true }, null],
  ])('%s', (_label, scope, target, expected) => {
    expect(targetRefusal(scope, target)).toEqual(expected);
  });
});

describe('memberEditRefusal', () => {
  const member = (branchId: number, deletedAt: Date | null = null) => ({ branchId, deletedAt });

  it('refuses members outside the editor\'s branches and members in the recycle bin', () => {
    const group: MemberAssignmentTarget = { field: 'groupId', group: { id: 3 } };
    expect(memberEditRefusal(tkoOnly, member(1), group)).toBeNull();
    expect(memberEditRefusal(tkoOnly, member(2), group)).toEqual({ kind: 'forbidden', messageKey: 'memberNotEditable' });
    expect(memberEditRefusal(everywhere, member(2, new Date()), group)).toEqual({ kind: 'forbidden', messageKey: 'memberNotEditable' });
  });

  it('then applies the target\'s rules', () => {
    expect(memberEditRefusal(tkoOnly, member(1), branch(2))).toEqual({ kind: 'forbidden', messageKey: 'branchOutsideScope' });
  });
});
