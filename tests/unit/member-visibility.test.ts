import { MemberReach, memberInScope, memberScopeFor, scopeAllowsBranch, type MemberScope } from '../../services/visibility/member-visibility';

describe('member visibility', () => {
  it.each([
    [MemberReach.ALL, [], { kind: 'all' }],
    [MemberReach.ALL, [8], { kind: 'all' }],
    [MemberReach.OWN_BRANCH, [], { kind: 'branches', branchIds: [7] }],
    [MemberReach.OWN_BRANCH, [8, 9], { kind: 'branches', branchIds: [7] }],
    [MemberReach.CHOSEN_BRANCHES, [9, 3, 9], { kind: 'branches', branchIds: [3, 7, 9] }],
    [MemberReach.CHOSEN_BRANCHES, [], { kind: 'branches', branchIds: [7] }],
  ])('reach %s with chosen branches %j sees %j', (memberReach, memberBranchIds, scope) => {
    expect(memberScopeFor({ branchId: 7, memberReach, memberBranchIds })).toEqual(scope);
  });

  it('allows a branch only inside the scope', () => {
    expect(scopeAllowsBranch({ kind: 'branches', branchIds: [7] }, 7)).toBe(true);
    expect(scopeAllowsBranch({ kind: 'branches', branchIds: [7] }, 8)).toBe(false);
    expect(scopeAllowsBranch({ kind: 'all' }, 8)).toBe(true);
  });

  it('opens a member row only inside the scope and outside the recycle bin', () => {
    const branch7: MemberScope = { kind: 'branches', branchIds: [7] };
    expect(memberInScope(branch7, { branchId: 7, deletedAt: null })).toBe(true);
    expect(memberInScope(branch7, { branchId: 8, deletedAt: null })).toBe(false);
    expect(memberInScope(branch7, { branchId: 7, deletedAt: new Date() })).toBe(false);
    expect(memberInScope({ kind: 'all' }, { branchId: 8, deletedAt: null })).toBe(true);
    expect(memberInScope({ kind: 'all' }, { branchId: 8, deletedAt: new Date() })).toBe(false);
  });
});
