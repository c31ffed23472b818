import type { DataSource } from 'typeorm';
import { Branch, Member, MemberGroup, Staff } from '../../entities';
import { Gender } from '../../services/members/gender';
import { StaffRole } from '../../services/staff/staff-role';
import { hashPassword } from '../../services/auth/password';
import { MemberReach } from '../../services/visibility/member-visibility';

let counter = 0;
const next = () => ++counter;

export const TEST_PASSWORD = 'correct horse';
let passwordHash: Promise<string> | undefined;

export async function aBranch(ds: DataSource, overrides: Partial<Branch> = {}): Promise<Branch> {
  const n = next();
  return ds.getRepository(Branch).save({ code: `B${n}`, name: `Branch ${n}`, ...overrides });
}

export async function aMemberGroup(ds: DataSource, overrides: Partial<MemberGroup> = {}): Promise<MemberGroup> {
  const n = next();
  return ds.getRepository(MemberGroup).save({ code: `G${n}`, name: `Group ${n}`, ...overrides });
}

export async function aStaff(
  ds: DataSource,
  branch: Branch,
  roles: StaffRole[] = [StaffRole.SALESPERSON],
  overrides: Partial<Staff> = {},
): Promise<Staff> {
  const n = next();
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return ds.getRepository(Staff).save({
    code: `S${String(n).padStart(3, '0')}`,
    displayName: `Staff ${n}`,
    login: `staff${n}`,
    passwordHash: await passwordHash,
    branchId: branch.id,
    roles,
    // As the roles migration set it for existing staff: admins and managers see every branch.
    memberReach: roles.includes(StaffRole.ADMIN) || roles.includes(StaffRole.MANAGER) ? MemberReach.ALL : MemberReach.OWN_BRANCH,
    active: true,
    ...overrides,
  });
}

export async function aMember(
  ds: DataSource,
  branch: Branch,
  group: MemberGroup,
  overrides: Partial<Member> = {},
): Promise<Member> {
  const n = next();
  return ds.getRepository(Member).save({
    memberNo: `T${String(n).padStart(5, '0')}`,
    lastName: '陳',
    firstName: `小${n}`,
    gender: Gender.FEMALE,
    phone: `9${String(n).padStart(7, '0')}`,
    branchId: branch.id,
    groupId: group.id,
    ...overrides,
  });
}
