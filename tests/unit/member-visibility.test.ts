import { StaffRole } from '../../entities/staff.entity';
import { memberScopeFor, scopeAllowsBranch } from '../../services/visibility/member-visibility';

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
});
