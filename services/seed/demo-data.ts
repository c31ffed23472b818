/**
 * The deterministic demo data set: the branches, staff and members the requirement documents
 * (seed 000) show, plus ~300 generated Hong Kong members. Plain data, no framework imports, so
 * UI tests and e2e scripts can import the sign-in constants without loading TypeORM.
 */
import type { StaffRole } from '../staff/staff-role';
import { createRng, weighted } from './prng';
import { generatePerson, type GenderCode } from './hk-people';

export const DEMO_PASSWORD = 'demo1234';
/** HKB2B Support: admin + manager of TKO. */
export const DEMO_MANAGER_LOGIN = 'beauty';
/** Apple Yu (IS007): a salesperson of TKO. */
export const DEMO_SALESPERSON_LOGIN = 'is007';
/** The branch whose presence marks a database as already holding the demo data. */
export const DEMO_MARKER_BRANCH = 'TKO';
/** How many members are generated besides the four named in the requirements. */
export const DEMO_GENERATED_MEMBERS = 300;
/** Seed of the demo data PRNG; change it only together with tests that rely on exact members. */
export const DEMO_SEED = 'salon-demo-v1';
/** Every demo row is stamped with this creation time (UTC) instead of the clock. */
export const DEMO_CREATED_AT = '2019-01-02 01:00:00';

type RoleValue = `${StaffRole}`;

export interface DemoBranch { code: string; name: string; timeZone: string; currency: string }
export interface DemoMemberGroup {
  code: string;
  name: string;
  isDeletedGroup: boolean;
  sortOrder: number;
  /** Level rules (integers; spend in cents); groups without them use the column defaults. */
  discountPercent?: number;
  pointsPer100?: number;
  topUpBonusPercent?: number;
  upgradeSpendCents?: number | null;
  upgradeWithinMonths?: number;
}
export interface DemoInterestGroup { code: string; name: string }
export interface DemoCustomField {
  key: string;
  label: string;
  type: 'text' | 'number' | 'date' | 'select';
  maxLength: number | null;
  options: string[];
  defaultValue: string | null;
  required: boolean;
  sortOrder: number;
}
/** A member number sequence: of a branch (by code) or of walk-ins (branchCode null). */
export interface DemoNumberSequence { branchCode: string | null; prefix: string; digits: number; nextValue: number }
export interface DemoStaff {
  code: string;
  displayName: string;
  login: string;
  password: string;
  branchCode: string;
  salesGroupName: string | null;
  roles: RoleValue[];
}
export interface DemoMember {
  memberNo: string;
  lastName: string;
  firstName: string;
  englishName: string | null;
  gender: GenderCode;
  idCard: string | null;
  phone: string | null;
  phone2: string | null;
  email: string | null;
  birthday: string | null;
  branchCode: string;
  groupCode: string;
  consultantCode: string | null;
  remarks: string | null;
  /** UTC "YYYY-MM-DD HH:MM:SS". */
  createdAt: string;
}
export interface DemoData {
  branches: DemoBranch[];
  salesGroups: string[];
  memberGroups: DemoMemberGroup[];
  staff: DemoStaff[];
  members: DemoMember[];
  interestGroups: DemoInterestGroup[];
  customFields: DemoCustomField[];
  numberSequences: DemoNumberSequence[];
}

const branch = (code: string): DemoBranch => ({ code, name: code, timeZone: 'Asia/Hong_Kong', currency: 'HKD' });

/** Branch codes and display names as the requirement screens show them. */
export const DEMO_BRANCHES: readonly DemoBranch[] = ['TKO', 'TST', 'Wanchai', 'Central', 'CWB', 'MK'].map(branch);

export const DEMO_SALES_GROUPS: readonly string[] = ['Sales', 'Sales Manager', 'Sales Trainee'];

export const DEMO_MEMBER_GROUPS: readonly DemoMemberGroup[] = [
  { code: 'NEW', name: 'New', isDeletedGroup: false, sortOrder: 1 },
  { code: 'TRIAL', name: 'Trial', isDeletedGroup: false, sortOrder: 2 },
  { code: 'NONMEMBER', name: 'non member', isDeletedGroup: false, sortOrder: 3 },
  // Spend upgrades: HK$5,000 / HK$20,000 within a year, HK$50,000 within two.
  {
    code: 'VIPS', name: 'VIP Silver', isDeletedGroup: false, sortOrder: 4,
    discountPercent: 5, pointsPer100: 1, topUpBonusPercent: 5, upgradeSpendCents: 500_000, upgradeWithinMonths: 12,
  },
  {
    code: 'VIPG', name: 'VIP Gold', isDeletedGroup: false, sortOrder: 5,
    discountPercent: 10, pointsPer100: 2, topUpBonusPercent: 8, upgradeSpendCents: 2_000_000, upgradeWithinMonths: 12,
  },
  {
    code: 'VIPP', name: 'VIP Platinum', isDeletedGroup: false, sortOrder: 6,
    discountPercent: 15, pointsPer100: 3, topUpBonusPercent: 10, upgradeSpendCents: 5_000_000, upgradeWithinMonths: 24,
  },
  { code: 'DELETED', name: 'Deleted', isDeletedGroup: true, sortOrder: 7 },
];

const staff = (
  code: string, displayName: string, branchCode: string, salesGroupName: string | null, roles: RoleValue[],
  login = code.toLowerCase(),
): DemoStaff => ({ code, displayName, login, password: DEMO_PASSWORD, branchCode, salesGroupName, roles });

export const DEMO_STAFF: readonly DemoStaff[] = [
  staff('HKB2B', 'HKB2B Support', 'TKO', 'Sales Manager', ['admin', 'manager'], DEMO_MANAGER_LOGIN),
  // The five TKO salespeople the campaign screens split members between.
  staff('IS007', 'Apple Yu', 'TKO', 'Sales', ['salesperson']),
  staff('IS003', 'Candy Chan', 'TKO', 'Sales', ['salesperson']),
  staff('IS005', 'Holiday Tse', 'TKO', 'Sales', ['salesperson']),
  staff('IS002', 'Mary Lee', 'TKO', 'Sales', ['salesperson', 'manager']),
  staff('IS001', 'Yuki Cheng', 'TKO', 'Sales', ['salesperson', 'beautician']),
  staff('FD001', 'Fanny Lam', 'TKO', null, ['front_desk']),
  // Beauticians the slot suggester offers at TST.
  staff('Betty', 'Betty', 'TST', null, ['beautician']),
  staff('Molly', 'Molly', 'TST', null, ['beautician']),
  staff('D074', 'Bell Lau (T)', 'TST', 'Sales Trainee', ['salesperson']),
  // Salespeople of other branches, as in the report filters.
  staff('WC001', 'Winnie Ho', 'Wanchai', 'Sales', ['salesperson']),
  staff('S007', 'Amy', 'Central', 'Sales', ['salesperson']),
  staff('S004', 'Anna', 'Central', 'Sales', ['salesperson']),
  staff('S002', 'Gary', 'CWB', 'Sales', ['salesperson']),
  staff('CB011', 'Kay Choi', 'CWB', 'Sales', ['salesperson']),
  staff('MK001', 'cobi ng', 'MK', 'Sales', ['salesperson']),
];

/** The members the requirement screens show, word for word. */
export const DEMO_NAMED_MEMBERS: readonly DemoMember[] = [
  // Born in June: the Junebirth campaign's contacts, whose offer AP holds in the birth month only.
  named('A001', '陳', '小麗', 'F', '11223344', null, 'TKO', 'TRIAL', '1988-06-12'),
  named('A002', '黃', '美君', 'F', '22446688', null, 'TKO', 'TRIAL', '1992-06-23'),
  named('A003', '陳', '大文', 'M', '11335577', null, 'TKO', 'TRIAL', '1985-06-05'),
  named('WeM-00004', 'Chan', 'Susan', 'F', '23456789', '91234567', 'Wanchai', 'VIPG'),
];

function named(
  memberNo: string, lastName: string, firstName: string, gender: GenderCode,
  phone: string, phone2: string | null, branchCode: string, groupCode: string, birthday: string | null = null,
): DemoMember {
  return {
    memberNo, lastName, firstName, englishName: null, gender, idCard: null, phone, phone2, email: null,
    birthday, branchCode, groupCode, consultantCode: null, remarks: null, createdAt: DEMO_CREATED_AT,
  };
}

/** The interest groups of the search screens (seed 000). */
export const DEMO_INTEREST_GROUPS: readonly DemoInterestGroup[] = [
  { code: 'IG1', name: 'Interest Group1' },
  { code: 'IG2', name: 'Interest Group2' },
  { code: 'IG3', name: 'Interest Group3' },
];

/** One admin-defined field, as seed 001's extra fields describe: skin type, stored as the option. */
export const DEMO_CUSTOM_FIELDS: readonly DemoCustomField[] = [
  { key: 'skinType', label: '膚質', type: 'select', maxLength: null, options: ['乾性', '油性', '混合', '敏感'], defaultValue: null, required: false, sortOrder: 1 },
];

/**
 * Member numbering per branch, continuing after the demo members: TKO "A" + 3 digits after A304
 * (the generated members are numbered A005–A304), Wanchai "WeM-" + 5 after WeM-00004, the other
 * branches their own letters from 1; walk-ins "K" + 6 digits.
 */
export const DEMO_NUMBER_SEQUENCES: readonly DemoNumberSequence[] = [
  { branchCode: 'TKO', prefix: 'A', digits: 3, nextValue: DEMO_GENERATED_MEMBERS + 5 },
  { branchCode: 'TST', prefix: 'TST-', digits: 5, nextValue: 1 },
  { branchCode: 'Wanchai', prefix: 'WeM-', digits: 5, nextValue: 5 },
  { branchCode: 'Central', prefix: 'CEN-', digits: 5, nextValue: 1 },
  { branchCode: 'CWB', prefix: 'CWB-', digits: 5, nextValue: 1 },
  { branchCode: 'MK', prefix: 'MK-', digits: 5, nextValue: 1 },
  { branchCode: null, prefix: 'K', digits: 6, nextValue: 1 },
];

/** How members spread over branches (by code); also used by the bulk generator. */
export const DEMO_BRANCH_WEIGHTS: Readonly<Record<string, number>> = {
  TKO: 35, TST: 15, Wanchai: 14, Central: 12, CWB: 14, MK: 10,
};
/** How members spread over member groups (by code); also used by the bulk generator. */
export const DEMO_GROUP_WEIGHTS: Readonly<Record<string, number>> = {
  NEW: 18, TRIAL: 15, NONMEMBER: 14, VIPS: 20, VIPG: 15, VIPP: 8, DELETED: 10,
};
/** Share of generated members who have a consultant (a salesperson of their branch). */
export const CONSULTANT_SHARE = 0.8;

const pickBranch = weighted(Object.entries(DEMO_BRANCH_WEIGHTS));
const pickGroup = weighted(Object.entries(DEMO_GROUP_WEIGHTS));

/** Salt of the mobile-number permutation for demo members (bulk members use another). */
export const DEMO_PHONE_SALT = 0x5a10;

/** The whole demo data set; identical on every call. */
export function buildDemoData(): DemoData {
  const rng = createRng(DEMO_SEED);
  const salespeopleByBranch = new Map<string, string[]>();
  for (const s of DEMO_STAFF) {
    if (!s.roles.includes('salesperson')) continue;
    salespeopleByBranch.set(s.branchCode, [...(salespeopleByBranch.get(s.branchCode) ?? []), s.code]);
  }

  const generated: DemoMember[] = [];
  for (let i = 0; i < DEMO_GENERATED_MEMBERS; i += 1) {
    const person = generatePerson(rng, i, DEMO_PHONE_SALT);
    const branchCode = pickBranch(rng);
    const salespeople = salespeopleByBranch.get(branchCode) ?? [];
    generated.push({
      memberNo: `A${String(i + 5).padStart(3, '0')}`,
      lastName: person.lastName,
      firstName: person.firstName,
      englishName: person.englishName,
      gender: person.gender,
      idCard: person.idCard,
      phone: person.phone,
      phone2: person.phone2,
      email: person.email,
      birthday: person.birthday,
      branchCode,
      groupCode: pickGroup(rng),
      consultantCode: salespeople.length && rng.chance(CONSULTANT_SHARE) ? rng.pick(salespeople) : null,
      remarks: person.remarks,
      createdAt: person.registeredAt,
    });
  }

  return {
    branches: DEMO_BRANCHES.map((b) => ({ ...b })),
    salesGroups: [...DEMO_SALES_GROUPS],
    memberGroups: DEMO_MEMBER_GROUPS.map((g) => ({ ...g })),
    staff: DEMO_STAFF.map((s) => ({ ...s, roles: [...s.roles] })),
    members: [...DEMO_NAMED_MEMBERS.map((m) => ({ ...m })), ...generated],
    interestGroups: DEMO_INTEREST_GROUPS.map((g) => ({ ...g })),
    customFields: DEMO_CUSTOM_FIELDS.map((f) => ({ ...f, options: [...f.options] })),
    numberSequences: DEMO_NUMBER_SEQUENCES.map((q) => ({ ...q })),
  };
}
