import { StaffRole } from '../../entities/staff.entity';
import { memberScopeFor, scopeAllowsBranch } from '../../services/visibility/member-visibility';

describe('member visibility', () => {
  it.each([
    [[StaffRole.Admin], { kind: 'all' }],
    [[StaffRole.Manager], { kind: 'all' }],
    [[StaffRole.Salesperson, StaffRole.Manager], { kind: 'all' }],
    [[StaffRole.Salesperson], { kind: 'branches', branchIds: [7] }],
    [[StaffRole.FrontDesk], { kind: 'branches', branchIds: [7] }],
    [[StaffRole.Beautician], { kind: 'branches', branchIds: [7] }],
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
