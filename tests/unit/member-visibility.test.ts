import { StaffRole } from '../../services/staff/staff-role';
import { memberInScope, memberScopeFor, scopeAllowsBranch, type MemberScope } from '../../services/visibility/member-visibility';

describe('member visibility', () => {
  it.each([
    [[StaffRole.ADMIN], { kind: 'all' }],
    [[StaffRole.MANAGER], { kind: 'all' }],
    [[StaffRole.SALESPERSON, StaffRole.MANAGER], { kind: 'all' }],
    [[StaffRole.SALESPERSON], { kind: 'branches', branchIds: [7] }],
    [[StaffRole.FRONT_DESK], { kind: 'branches', branchIds: [7] }],
    [[StaffRole.BEAUTICIAN], { kind: 'branches', branchIds: [7] }],
    [[], { kind: 'branches', branchIds: [7] }],
  ])('roles %j see %j', (roles, scope) => {
    expect(memberScopeFor({ branchId: 7, roles })).toEqual(scope);
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
