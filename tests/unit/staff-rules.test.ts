import { Permission } from '../../services/admin/permission';
import { passwordProblems, type PasswordPolicy } from '../../services/admin/password-policy';
import { staffCreateSchema, staffUpdateSchema } from '../../services/admin/staff-admin-input.schema';
import { GENERATED_PASSWORD_LENGTH, generateInitialPassword, mayGrant, outranks, permissionsBeyond, reachWithin } from '../../services/admin/staff-rules';
import { MemberReach } from '../../services/visibility/member-visibility';

const POLICY: PasswordPolicy = { minLength: 8, requireLettersAndDigits: true, requireMixedCase: false, expiryDays: null };

/** A seeded generator (mulberry32), so a failure can be replayed. */
function seeded(seed: number) {
  let a = seed;
  return (n: number) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

describe('generateInitialPassword', () => {
  it.each([
    POLICY,
    { ...POLICY, requireMixedCase: true },
    { ...POLICY, minLength: 20 },
    { minLength: 64, requireLettersAndDigits: true, requireMixedCase: true, expiryDays: 90 },
  ])('always satisfies the policy %o', (policy) => {
    const random = seeded(42);
    for (let i = 0; i < 200; i += 1) {
      const password = generateInitialPassword(policy, random);
      expect(passwordProblems(policy, password)).toEqual([]);
      expect(password.length).toBe(Math.max(GENERATED_PASSWORD_LENGTH, policy.minLength));
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/[2-9]/);
      expect(password).not.toMatch(/[0O1lI]/);
    }
  });
});

describe('granting', () => {
  const manager = new Set([Permission.StaffManage, Permission.MembersEdit]);
  it('allows only roles within the held permissions, job functions aside', () => {
    expect(mayGrant(manager, [Permission.MembersEdit])).toBe(true);
    expect(mayGrant(manager, [Permission.MembersEdit, Permission.CampaignsReceiveContacts, Permission.AppointmentsPerformTreatments])).toBe(true);
    expect(mayGrant(manager, [Permission.MembersEdit, Permission.RolesManage])).toBe(false);
    expect(permissionsBeyond(manager, [Permission.RolesManage, Permission.RolesManage, Permission.MembersEdit])).toEqual([Permission.RolesManage]);
    expect(outranks([Permission.SettingsSystem], manager)).toBe(true);
    expect(outranks([Permission.CampaignsReceiveContacts], manager)).toBe(false);
  });

  it('keeps member visibility within the viewer\'s own', () => {
    const own = { kind: 'branches' as const, branchIds: [1, 2] };
    expect(reachWithin(own, { branchId: 1, memberReach: MemberReach.OWN_BRANCH, memberBranchIds: [] })).toBe(true);
    expect(reachWithin(own, { branchId: 1, memberReach: MemberReach.CHOSEN_BRANCHES, memberBranchIds: [2] })).toBe(true);
    expect(reachWithin(own, { branchId: 1, memberReach: MemberReach.CHOSEN_BRANCHES, memberBranchIds: [3] })).toBe(false);
    expect(reachWithin(own, { branchId: 3, memberReach: MemberReach.OWN_BRANCH, memberBranchIds: [] })).toBe(false);
    expect(reachWithin(own, { branchId: 1, memberReach: MemberReach.ALL, memberBranchIds: [] })).toBe(false);
    expect(reachWithin({ kind: 'all' }, { branchId: 9, memberReach: MemberReach.ALL, memberBranchIds: [] })).toBe(true);
  });
});

describe('the staff schemas', () => {
  const valid = { login: 'mary', displayName: 'Mary', code: 'IS1', branchId: '1', salesGroupId: '', roleKeys: ['salesperson'], memberReach: 'chosen_branches', memberBranchIds: ['1', '3', '3'] };
  it('drop the own branch and duplicates from the chosen branches, and clear them for other reaches', () => {
    expect(staffUpdateSchema.parse(valid)).toMatchObject({ branchId: 1, salesGroupId: null, memberBranchIds: [3] });
    expect(staffUpdateSchema.parse({ ...valid, memberReach: 'all' })).toMatchObject({ memberBranchIds: [] });
  });
  it('refuses chosen branches that add nothing, and a password the policy refuses, naming the field', () => {
    const onlyOwn = staffUpdateSchema.safeParse({ ...valid, memberBranchIds: ['1'] });
    expect(onlyOwn.success ? null : onlyOwn.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['memberBranchIds', 'required']]);
    const weak = staffCreateSchema(POLICY).safeParse({ ...valid, initialPassword: 'abcdefgh' });
    expect(weak.success ? null : weak.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['initialPassword', 'passwordNeedsDigit?min=8&max=72']]);
    expect(staffCreateSchema(POLICY).parse({ ...valid, initialPassword: '' }).initialPassword).toBeNull();
  });
});
