/**
 * 用戶管理 through the staff pages' own documents: create, edit, deactivate (sessions and API
 * tokens refused at once), reactivate and reset a password, each audited without secrets; every
 * bad input refused with a localised message naming the field and nothing saved; duplicates and
 * the password policy; scope (a branch manager neither sees nor touches another branch's staff,
 * nor grants more than they hold); refusal without staff.manage.
 */
import { checkRolesManagerRemains } from '../../services/admin/role-holders.service';
import { IsNull, type DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { ApiToken, AuditLog, Branch, SalesGroup, Staff, StaffSession } from '../../entities';
import * as staffDocuments from '../../components/admin/staff/staff-documents';
import { passwordProblems } from '../../services/admin/password-policy';
import { passwordPolicyOf, SystemSettingsService } from '../../services/admin/system-settings.service';
import { ApiTokenService } from '../../services/api-tokens/api-token.service';
import { loadViewer } from '../../services/auth/load-viewer.service';
import { verifyPassword } from '../../services/auth/password';
import { StaffRole } from '../../services/staff/staff-role';
import { MemberReach } from '../../services/visibility/member-visibility';
import { aBranch, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { countQueries } from '../helpers/query-counter';
import { as } from '../helpers/member-lifecycle-fixtures';
import { pageOperations, validationErrors } from '../helpers/page-documents';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let tst: Branch;
let sales: SalesGroup;
let admin: Staff;
let manager: Staff;
let tstManager: Staff;
let salesperson: Staff;
let tstSalesperson: Staff;

const page = pageOperations(staffDocuments);
const LIST = page.get('StaffAdminList')!;
const MEMBER = page.get('StaffAdminMember')!;
const CHOICES = page.get('StaffAdminChoices')!;
const CREATE = page.get('CreateStaff')!;
const UPDATE = page.get('UpdateStaff')!;
const DEACTIVATE = page.get('DeactivateStaff')!;
const REACTIVATE = page.get('ReactivateStaff')!;
const RESET = page.get('ResetStaffPassword')!;
const REVOKE = page.get('RevokeStaffApiToken')!;
const VIEWER = '{ viewer { id } }';

let serial = 0;
function valid(overrides: Record<string, unknown> = {}) {
  serial += 1;
  return {
    login: `new.person${serial}`,
    displayName: `New Person ${serial}`,
    code: `NP${serial}`,
    branchId: String(tko.id),
    salesGroupId: String(sales.id),
    roleKeys: [StaffRole.SALESPERSON],
    memberReach: 'OWN_BRANCH',
    memberBranchIds: [],
    initialPassword: 'Welcome2024',
    ...overrides,
  };
}
function editable(input: ReturnType<typeof valid>) {
  const rest: Record<string, unknown> = { ...input };
  delete rest.initialPassword;
  return rest;
}

async function counts() {
  return {
    staff: JSON.stringify(await ds.getRepository(Staff).find({ order: { id: 'ASC' } })),
    audit: await ds.getRepository(AuditLog).count(),
    // Every call signs in afresh (a new session); what must not change is whether any was ended.
    endedSessions: await ds.getRepository(StaffSession).createQueryBuilder('s').where('s.revokedAt IS NOT NULL').getCount(),
    tokens: JSON.stringify(await ds.getRepository(ApiToken).find({ order: { id: 'ASC' } })),
  };
}

function refusal(res: { body: { errors?: Array<{ message: string; extensions?: Record<string, any> }> } }) {
  expect(res.body.errors).toHaveLength(1);
  const [error] = res.body.errors!;
  return { code: error.extensions?.code, field: error.extensions?.field, message: error.message };
}

async function created(input: Record<string, unknown>, by: Staff = admin) {
  const res = await as(by, CREATE, { input }, 'en');
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.createStaff as { initialPassword: string | null; staff: { id: string } & Record<string, any> };
}

const staffRow = (id: string) => ds.getRepository(Staff).findOneByOrFail({ id: Number(id) });
const auditOf = (id: string | number) => ds.getRepository(AuditLog).find({ where: { entityType: 'staff', entityId: Number(id) }, order: { id: 'ASC' } });

/** No audit entry of a staff member holds a password, a hash or anything looking like one. */
async function expectNoSecrets(id: string | number, ...passwords: string[]) {
  const hash = (await staffRow(String(id))).passwordHash!;
  for (const entry of await auditOf(id)) {
    const text = `${entry.before ?? ''}${entry.after ?? ''}`;
    expect(text).not.toContain(hash);
    expect(text).not.toMatch(/\$2[aby]\$/);
    expect(text).not.toMatch(/passwordHash/);
    for (const password of passwords) expect(text).not.toContain(password);
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO', name: '將軍澳店' });
  tst = await aBranch(ds, { code: 'TST', name: '尖沙咀店' });
  sales = await ds.getRepository(SalesGroup).save({ name: 'Sales' });
  admin = await aStaff(ds, tko, [StaffRole.ADMIN], { code: 'ADM1', login: 'the.admin', memberReach: MemberReach.ALL });
  manager = await aStaff(ds, tko, [StaffRole.MANAGER], { code: 'MGR1', login: 'the.manager', memberReach: MemberReach.ALL });
  tstManager = await aStaff(ds, tst, [StaffRole.MANAGER], { code: 'MGR2', login: 'tst.manager', displayName: 'Tsim Manager', memberReach: MemberReach.OWN_BRANCH });
  salesperson = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'SP1', login: 'tko.sales', displayName: 'Apple Yu', salesGroupId: null });
  tstSalesperson = await aStaff(ds, tst, [StaffRole.SALESPERSON], { code: 'SP2', login: 'tst.sales', displayName: 'Banana Lee', salesGroupId: sales.id });
});

afterAll(() => db.drop());

it('the pages\' documents are valid against the schema', async () => {
  const errors = await validationErrors(staffDocuments);
  expect(Object.keys(errors).sort()).toEqual([
    'CreateStaff', 'DeactivateStaff', 'ReactivateStaff', 'ResetStaffPassword', 'RevokeStaffApiToken', 'StaffAdminChoices', 'StaffAdminList', 'StaffAdminMember', 'UpdateStaff',
  ]);
  for (const list of Object.values(errors)) expect(list).toEqual([]);
  const choices = await as(tstManager, CHOICES);
  expect(choices.body.errors).toBeUndefined();
  // A manager is offered the roles they may grant: not the administrator's.
  expect(choices.body.data!.grantableRoles.nodes.map((r: { key: string }) => r.key).sort()).toEqual(['beautician', 'front_desk', 'manager', 'salesperson']);
});

describe('creating', () => {
  it('adds a staff member on the typed initial password, which they must change, audited without it', async () => {
    const input = valid({ login: 'Mary.Chan', displayName: ' Mary Chan ', code: 'IS100', memberReach: 'CHOSEN_BRANCHES', memberBranchIds: [String(tst.id), String(tko.id)] });
    const before = Date.now();
    const { staff, initialPassword } = await created(input);
    expect(initialPassword).toBeNull();
    expect(staff).toMatchObject({
      login: 'Mary.Chan', displayName: 'Mary Chan', code: 'IS100', active: true, mustChangePassword: true, manageable: true,
      branch: { id: String(tko.id) }, salesGroup: { id: String(sales.id) }, roles: [{ key: 'salesperson' }],
      memberReach: 'CHOSEN_BRANCHES', memberBranches: [{ id: String(tst.id) }],
    });
    const row = await staffRow(staff.id);
    expect(await verifyPassword('Welcome2024', row.passwordHash!)).toBe(true);
    expect(row.passwordChangedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const [entry] = await auditOf(staff.id);
    expect(entry).toMatchObject({ action: 'create', actorId: admin.id });
    expect(JSON.parse(entry.after!)).toMatchObject({ login: 'Mary.Chan', code: 'IS100', roles: ['salesperson'], memberBranchIds: [tst.id], mustChangePassword: true, passwordGenerated: false });
    await expectNoSecrets(staff.id, 'Welcome2024');
    // On the initial password, nothing but the password change is allowed (H6's flow replaces it).
    const viewer = await loadViewer(ds, Number(staff.id), 'session');
    expect(viewer?.mustChangePassword).toBe(true);
  });

  it('generates an initial password the policy accepts when none is typed, and returns it once', async () => {
    const { staff, initialPassword } = await created(valid({ initialPassword: '' }));
    expect(initialPassword).toEqual(expect.any(String));
    const policy = passwordPolicyOf(await new SystemSettingsService(ds).get());
    expect(passwordProblems(policy, initialPassword!)).toEqual([]);
    expect(await verifyPassword(initialPassword!, (await staffRow(staff.id)).passwordHash!)).toBe(true);
    expect(JSON.parse((await auditOf(staff.id))[0].after!).passwordGenerated).toBe(true);
    await expectNoSecrets(staff.id, initialPassword!);
    const again = await as(admin, MEMBER, { id: staff.id });
    expect(JSON.stringify(again.body.data)).not.toContain(initialPassword);
  });

  // Field, what the API says in English, the input.
  it.each([
    ['login', '"Sign-in name" is invalid: required', { login: '  ' }],
    ['login', '"Sign-in name" is invalid: use letters, digits and . _ @ - only', { login: 'mary chan' }],
    ['login', '"Sign-in name" is invalid: at most 50 characters', { login: 'x'.repeat(51) }],
    ['displayName', '"Name" is invalid: required', { displayName: '' }],
    ['displayName', '"Name" is invalid: at most 100 characters', { displayName: 'x'.repeat(101) }],
    ['code', '"code" is invalid: required', { code: ' ' }],
    ['code', '"code" is invalid: use letters, digits and "-" only', { code: 'IS 1' }],
    ['code', '"code" is invalid: at most 20 characters', { code: 'X'.repeat(21) }],
    ['branchId', '"branch" is invalid: required', { branchId: '' }],
    ['branchId', '"branch" is invalid: not a valid id', { branchId: 'TKO' }],
    ['branchId', '"branch" is invalid: not one of the options', { branchId: '999999' }],
    ['salesGroupId', '"Sales group" is invalid: not one of the options', { salesGroupId: '999999' }],
    ['roleKeys', '"Roles" is invalid: required', { roleKeys: [] }],
    ['roleKeys', '"Roles" is invalid: not one of the options', { roleKeys: ['salesperson', 'no_such_role'] }],
    ['memberBranchIds', '"Chosen branches" is invalid: required', { memberReach: 'CHOSEN_BRANCHES', memberBranchIds: [] }],
    ['memberBranchIds', '"Chosen branches" is invalid: not one of the options', { memberReach: 'CHOSEN_BRANCHES', memberBranchIds: ['999999'] }],
    ['initialPassword', '"Initial password" is invalid: at least 8 characters', { initialPassword: 'ab12' }],
    ['initialPassword', '"Initial password" is invalid: needs at least one digit', { initialPassword: 'abcdefghij' }],
    ['initialPassword', '"Initial password" is invalid: needs at least one letter', { initialPassword: '1234567890' }],
  ])('refuses a bad %s (%s), saving nothing', async (field, message, overrides) => {
    const before = await counts();
    const res = await as(admin, CREATE, { input: valid(overrides) }, 'en');
    expect(refusal(res)).toEqual({ code: 'BAD_USER_INPUT', field, message });
    expect(await counts()).toEqual(before);
  });

  it('names the field in the caller\'s language', async () => {
    const res = await as(admin, CREATE, { input: valid({ login: '' }) }, 'zh-HK');
    expect(refusal(res)).toMatchObject({ field: 'login', message: expect.stringContaining('登入名稱') });
  });

  it('refuses a sign-in name or code already used, whatever its case', async () => {
    const before = await counts();
    expect(refusal(await as(admin, CREATE, { input: valid({ login: 'THE.ADMIN' }) }))).toMatchObject({ code: 'ALREADY_USED', field: 'login' });
    expect(refusal(await as(admin, CREATE, { input: valid({ code: 'adm1' }) }))).toMatchObject({ code: 'ALREADY_USED', field: 'code' });
    expect(await counts()).toEqual(before);
  });

  it('follows the password policy of the system parameters as it changes', async () => {
    const settings = new SystemSettingsService(ds);
    const current = await settings.get();
    const viewer = (await loadViewer(ds, admin.id, 'session'))!;
    const values: Record<string, unknown> = { ...current };
    for (const key of ['version', 'logoVersion', 'updatedAt']) delete values[key];
    await settings.update(viewer, { ...values, passwordMinLength: 10, passwordRequireMixedCase: true } as never);
    try {
      const before = await counts();
      expect(refusal(await as(admin, CREATE, { input: valid({ initialPassword: 'welcome2024' }) }))).toMatchObject({
        field: 'initialPassword', message: '"Initial password" is invalid: needs both upper-case and lower-case letters',
      });
      expect(refusal(await as(admin, CREATE, { input: valid({ initialPassword: 'Welcome12' }) }))).toMatchObject({ field: 'initialPassword', message: '"Initial password" is invalid: at least 10 characters' });
      expect(await counts()).toEqual(before);
      const { initialPassword } = await created(valid({ initialPassword: null }));
      expect(passwordProblems(passwordPolicyOf(await settings.get()), initialPassword!)).toEqual([]);
    } finally {
      await settings.update(viewer, values as never);
    }
  });
});

describe('editing', () => {
  it('changes details, roles and visibility, audited as a diff; an unchanged save writes nothing', async () => {
    const input = valid();
    const { staff } = await created(input);
    const changed = { ...editable(input), displayName: 'Renamed', roleKeys: ['salesperson', 'front_desk'], salesGroupId: null, branchId: String(tst.id) };
    const res = await as(admin, UPDATE, { id: staff.id, input: changed });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.updateStaff).toMatchObject({ displayName: 'Renamed', salesGroup: null, branch: { id: String(tst.id) } });
    expect(res.body.data!.updateStaff.roles.map((r: { key: string }) => r.key).sort()).toEqual(['front_desk', 'salesperson']);
    const entries = await auditOf(staff.id);
    expect(entries).toHaveLength(2);
    expect(JSON.parse(entries[1].before!)).toEqual({ displayName: input.displayName, roles: ['salesperson'], salesGroupId: sales.id, branchId: tko.id });
    expect(JSON.parse(entries[1].after!)).toEqual({ displayName: 'Renamed', roles: ['salesperson', 'front_desk'], salesGroupId: null, branchId: tst.id });
    const before = await counts();
    expect((await as(admin, UPDATE, { id: staff.id, input: changed })).body.errors).toBeUndefined();
    expect(await counts()).toEqual(before);
  });

  it('refuses bad input and duplicates naming the field, saving nothing', async () => {
    const { staff } = await created(valid());
    const before = await counts();
    expect(refusal(await as(admin, UPDATE, { id: staff.id, input: { ...editable(valid()), displayName: ' ' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'displayName' });
    expect(refusal(await as(admin, UPDATE, { id: staff.id, input: { ...editable(valid()), roleKeys: [] } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roleKeys' });
    expect(refusal(await as(admin, UPDATE, { id: staff.id, input: { ...editable(valid()), login: 'tko.sales' } }))).toMatchObject({ code: 'ALREADY_USED', field: 'login' });
    expect(refusal(await as(admin, UPDATE, { id: staff.id, input: { ...editable(valid()), code: 'Sp1' } }))).toMatchObject({ code: 'ALREADY_USED', field: 'code' });
    expect(refusal(await as(admin, UPDATE, { id: '999999', input: editable(valid()) }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await counts()).toEqual(before);
  });
});

describe('deactivating, reactivating and resetting', () => {
  it('deactivating ends every session and revokes every token at once; reactivating lets them sign in again', async () => {
    const { staff } = await created(valid({ roleKeys: ['front_desk'] }));
    const row = await ds.getRepository(Staff).save({ ...(await staffRow(staff.id)), mustChangePassword: false });
    const phone = await sessionCookieFor(row);
    const desk = await sessionCookieFor(row);
    const tokens = new ApiTokenService(ds);
    const viewer = (await loadViewer(ds, row.id, 'session'))!;
    const { secret } = await tokens.create(viewer, 'POS');
    const { token: old } = await tokens.create(viewer, 'Old POS');
    await tokens.revoke(viewer, old.id);
    expect((await gql(VIEWER, {}, { cookie: phone })).body.data?.viewer.id).toBe(staff.id);
    expect((await gql(VIEWER, {}, { bearer: secret })).body.data?.viewer.id).toBe(staff.id);

    const res = await as(admin, DEACTIVATE, { id: staff.id });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.deactivateStaff).toMatchObject({ endedSessions: 2, revokedTokens: 1, staff: { active: false } });
    for (const cookie of [phone, desk]) expect((await gql(VIEWER, {}, { cookie })).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gql(VIEWER, {}, { bearer: secret })).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await ds.getRepository(StaffSession).countBy({ staffId: row.id, revokedAt: IsNull() })).toBe(0);
    const stored = await ds.getRepository(ApiToken).findBy({ ownerId: row.id });
    expect(stored.every((t) => t.revokedAt instanceof Date)).toBe(true);
    const entries = await auditOf(staff.id);
    expect(entries.at(-1)).toMatchObject({ action: 'deactivate', actorId: admin.id });
    expect(JSON.parse(entries.at(-1)!.after!)).toEqual({ active: false, endedSessions: 2, revokedTokens: 1 });

    // Deactivating again changes nothing.
    const before = await counts();
    expect((await as(admin, DEACTIVATE, { id: staff.id })).body.data!.deactivateStaff).toMatchObject({ endedSessions: 0, revokedTokens: 0 });
    expect(await counts()).toEqual(before);

    const back = await as(admin, REACTIVATE, { id: staff.id });
    expect(back.body.data!.reactivateStaff).toMatchObject({ active: true });
    expect((await auditOf(staff.id)).at(-1)).toMatchObject({ action: 'reactivate' });
    // Ended sessions and revoked tokens stay ended; a new sign-in works.
    expect((await gql(VIEWER, {}, { cookie: phone })).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gql(VIEWER, {}, { bearer: secret })).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gql(VIEWER, {}, { cookie: await sessionCookieFor(await staffRow(staff.id)) })).body.data?.viewer.id).toBe(staff.id);
  });

  it('never leaves the chain without an active staff member who can manage roles', async () => {
    const keep = await aStaff(ds, tko, [StaffRole.ADMIN], { code: 'ADM9', login: 'keeper' });
    const holders = () => ds.getRepository(Staff).find({ where: { active: true } }).then((all) => all.filter((s) => s.roles.includes(StaffRole.ADMIN)));
    const others = (await holders()).filter((s) => s.id !== keep.id);
    await ds.getRepository(Staff).update(others.map((s) => s.id), { active: false });
    try {
      await expect(ds.transaction((m) => checkRolesManagerRemains(m, keep.id, { active: false, roles: keep.roles }))).rejects.toMatchObject({ messageKey: 'lastRolesManagerStaff' });
      await expect(ds.transaction((m) => checkRolesManagerRemains(m, keep.id, { active: true, roles: [StaffRole.MANAGER] }))).rejects.toMatchObject({ messageKey: 'lastRolesManagerStaff', field: 'roleKeys' });
      await expect(ds.transaction((m) => checkRolesManagerRemains(m, keep.id, { active: true, roles: [StaffRole.MANAGER, StaffRole.ADMIN] }))).resolves.toBeUndefined();
      await ds.getRepository(Staff).update(others[0].id, { active: true });
      await expect(ds.transaction((m) => checkRolesManagerRemains(m, keep.id, { active: false, roles: keep.roles }))).resolves.toBeUndefined();
    } finally {
      await ds.getRepository(Staff).update(others.map((s) => s.id), { active: true });
      await ds.getRepository(Staff).delete(keep.id);
    }
  });

  it('nobody deactivates themselves', async () => {
    const before = await counts();
    expect(refusal(await as(admin, DEACTIVATE, { id: String(admin.id) }, 'en'))).toMatchObject({ code: 'CONFLICT', message: 'You cannot deactivate yourself.' });
    expect(await counts()).toEqual(before);
  });

  it('resetting sets a new initial password they must change and ends their sessions, audited without it', async () => {
    const { staff } = await created(valid());
    const row = await ds.getRepository(Staff).save({ ...(await staffRow(staff.id)), mustChangePassword: false });
    const cookie = await sessionCookieFor(row);
    const typed = await as(admin, RESET, { id: staff.id, input: { initialPassword: 'Another2025' } });
    expect(typed.body.errors).toBeUndefined();
    expect(typed.body.data!.resetStaffPassword).toMatchObject({ initialPassword: null, endedSessions: 1, staff: { mustChangePassword: true } });
    expect((await gql(VIEWER, {}, { cookie })).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const afterTyped = await staffRow(staff.id);
    expect(await verifyPassword('Another2025', afterTyped.passwordHash!)).toBe(true);
    expect(await verifyPassword('Welcome2024', afterTyped.passwordHash!)).toBe(false);

    const generated = await as(admin, RESET, { id: staff.id, input: {} });
    const password = generated.body.data!.resetStaffPassword.initialPassword;
    expect(password).toEqual(expect.any(String));
    expect(await verifyPassword(password, (await staffRow(staff.id)).passwordHash!)).toBe(true);
    expect((await auditOf(staff.id)).filter((e) => e.action === 'resetPassword')).toHaveLength(2);
    await expectNoSecrets(staff.id, 'Another2025', password, 'Welcome2024');

    const before = await counts();
    expect(refusal(await as(admin, RESET, { id: staff.id, input: { initialPassword: 'short' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'initialPassword' });
    expect(refusal(await as(admin, RESET, { id: staff.id, input: { initialPassword: ' Padded2025 ' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'initialPassword' });
    expect(await counts()).toEqual(before);
  });
});

describe('the list', () => {
  const codes = (res: { body: { data?: Record<string, any> | null } }) => res.body.data!.staffAdminList.nodes.map((n: { code: string }) => n.code);

  it('searches name, code and sign-in name and filters by branch, role, sales group and active', async () => {
    const list = (filter: Record<string, unknown>, by = admin) => as(by, LIST, { filter, first: 50, after: null });
    expect(codes(await list({ search: 'apple' }))).toEqual(['SP1']);
    expect(codes(await list({ search: 'sp2' }))).toEqual(['SP2']);
    expect(codes(await list({ search: 'tst.' }))).toEqual(['MGR2', 'SP2']);
    expect(codes(await list({ search: '100%' }))).toEqual([]);
    expect(codes(await list({ branchId: String(tst.id), roleKey: 'manager' }))).toEqual(['MGR2']);
    expect(codes(await list({ roleKey: 'admin' }))).toEqual(['ADM1']);
    const grouped = codes(await list({ salesGroupId: String(sales.id), search: 'SP' }));
    expect(grouped).toEqual(['SP2']);
    await aStaff(ds, tst, [StaffRole.BEAUTICIAN], { code: 'OLD1', login: 'left.us', active: false });
    expect(codes(await list({ active: false }))).toEqual(['OLD1']);
    expect(codes(await list({ active: true }))).not.toContain('OLD1');
    expect(codes(await list({}))).toContain('OLD1');
  });

  it('costs the same statements for a page of one staff member as for a page of many', async () => {
    const cookie = await sessionCookieFor(admin);
    const page = async (search: string) => {
      let rows = 0;
      const statements = await countQueries(ds, async () => {
        const res = await gql(LIST, { filter: { search, active: null }, first: 50, after: null }, { cookie });
        expect(res.body.errors).toBeUndefined();
        rows = res.body.data!.staffAdminList.nodes.length;
      });
      return { rows, statements };
    };
    const one = await page('Banana'); // with a sales group, as some of the many
    const many = await page('');
    expect(one.rows).toBe(1);
    expect(many.rows).toBeGreaterThanOrEqual(5);
    expect(many.statements).toBe(one.statements);
  });

  it('is keyset-paged with its total', async () => {
    const first = await as(admin, LIST, { filter: null, first: 2, after: null });
    const { totalCount, pageInfo } = first.body.data!.staffAdminList;
    expect(totalCount).toBe(await ds.getRepository(Staff).count());
    expect(pageInfo.hasNextPage).toBe(true);
    const seen: string[] = [...codes(first)];
    let after = pageInfo.endCursor;
    while (after) {
      const next = await as(admin, LIST, { filter: null, first: 2, after });
      seen.push(...codes(next));
      after = next.body.data!.staffAdminList.pageInfo.hasNextPage ? next.body.data!.staffAdminList.pageInfo.endCursor : null;
    }
    expect(seen).toHaveLength(totalCount);
    expect(seen).toEqual([...seen].sort());
    expect(refusal(await as(admin, LIST, { filter: null, first: 2, after: 'nonsense' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('scope', () => {
  it('a branch manager lists and reads only their branch\'s staff', async () => {
    const res = await as(tstManager, LIST, { filter: null, first: 100, after: null });
    const rows = res.body.data!.staffAdminList.nodes as Array<{ branch: { id: string } }>;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.branch.id === String(tst.id))).toBe(true);
    expect(res.body.data!.staffAdminList.totalCount).toBe(await ds.getRepository(Staff).countBy({ branchId: tst.id }));
    expect(codes(await as(tstManager, LIST, { filter: { search: 'Apple' }, first: 10, after: null }))).toEqual([]);
    expect(refusal(await as(tstManager, MEMBER, { id: String(salesperson.id) }))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await as(tstManager, MEMBER, { id: String(tstSalesperson.id) })).body.data!.staffAdminMember).toMatchObject({ code: 'SP2', manageable: true });
    // Nor their API tokens.
    const sideways = await as(tstManager, `query ($id: ID!) { staffApiTokens(staffId: $id, first: 5) { totalCount } }`, { id: String(salesperson.id) });
    expect(refusal(sideways)).toMatchObject({ code: 'NOT_FOUND' });
    function codes(r: { body: { data?: Record<string, any> | null } }) {
      return r.body.data!.staffAdminList.nodes.map((n: { code: string }) => n.code);
    }
  });

  it('a branch manager cannot change, deactivate or reset another branch\'s staff, nor move anyone there', async () => {
    const before = await counts();
    const theirs = { ...editable(valid()), login: 'tko.sales', code: 'SP1', displayName: 'Apple Yu', salesGroupId: null };
    expect(refusal(await as(tstManager, UPDATE, { id: String(salesperson.id), input: theirs }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(refusal(await as(tstManager, DEACTIVATE, { id: String(salesperson.id) }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(refusal(await as(tstManager, REACTIVATE, { id: String(salesperson.id) }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(refusal(await as(tstManager, RESET, { id: String(salesperson.id), input: {} }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(refusal(await as(tstManager, CREATE, { input: valid({ branchId: String(tko.id) }) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'branchId' });
    const mine = { login: 'tst.sales', code: 'SP2', displayName: 'Banana Lee', branchId: String(tko.id), salesGroupId: null, roleKeys: ['salesperson'], memberReach: 'OWN_BRANCH', memberBranchIds: [] };
    expect(refusal(await as(tstManager, UPDATE, { id: String(tstSalesperson.id), input: mine }, 'en'))).toEqual({
      code: 'BAD_USER_INPUT', field: 'branchId', message: '"branch" is invalid: You can only choose a branch whose members you may see.',
    });
    expect(await counts()).toEqual(before);
  });

  it('nobody grants more than they hold: roles, member visibility, or changes to someone who outranks them', async () => {
    const before = await counts();
    const inTst = (overrides: Record<string, unknown>) => valid({ branchId: String(tst.id), salesGroupId: null, ...overrides });
    expect(refusal(await as(tstManager, CREATE, { input: inTst({ roleKeys: ['salesperson', 'admin'] }) }, 'en'))).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'roleKeys', message: expect.stringContaining('系統管理員'),
    });
    expect(refusal(await as(tstManager, CREATE, { input: inTst({ memberReach: 'ALL' }) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberReach' });
    expect(refusal(await as(tstManager, CREATE, { input: inTst({ memberReach: 'CHOSEN_BRANCHES', memberBranchIds: [String(tko.id)] }) }))).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'memberBranchIds',
    });
    // An administrator based at TST is seen, but not changed, by TST's manager.
    const tstAdmin = await aStaff(ds, tst, [StaffRole.ADMIN], { code: 'ADM2', login: 'tst.admin' });
    const after = await counts();
    expect((await as(tstManager, MEMBER, { id: String(tstAdmin.id) })).body.data!.staffAdminMember).toMatchObject({ manageable: false });
    expect(refusal(await as(tstManager, RESET, { id: String(tstAdmin.id), input: {} }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(refusal(await as(tstManager, DEACTIVATE, { id: String(tstAdmin.id) }))).toMatchObject({ code: 'FORBIDDEN' });
    const adminInput = { login: 'tst.admin', code: 'ADM2', displayName: tstAdmin.displayName, branchId: String(tst.id), salesGroupId: null, roleKeys: ['salesperson'], memberReach: 'OWN_BRANCH', memberBranchIds: [] };
    expect(refusal(await as(tstManager, UPDATE, { id: String(tstAdmin.id), input: adminInput }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await counts()).toEqual(after);
    expect(before.audit).toBe(after.audit);
    // A manager holds no job function, yet makes salespeople and beauticians in their own branch.
    const { staff } = await created(inTst({ roleKeys: ['salesperson', 'beautician'] }), tstManager);
    expect(staff).toMatchObject({ branch: { id: String(tst.id) } });
  });
});

describe('API tokens on a staff member\'s page', () => {
  it('lists them with revoked ones; those holding apiTokens.manageAll revoke them', async () => {
    const owner = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'TOK1', login: 'token.owner' });
    const viewer = (await loadViewer(ds, owner.id, 'session'))!;
    const tokens = new ApiTokenService(ds);
    const { token: pos, secret } = await tokens.create(viewer, 'POS');
    const { token: old } = await tokens.create(viewer, 'Old');
    await tokens.revoke(viewer, old.id);
    const listed = (await as(admin, MEMBER, { id: String(owner.id) })).body.data!.staffApiTokens;
    expect(listed.totalCount).toBe(2);
    expect(listed.nodes.map((t: { name: string; revokedAt: string | null }) => [t.name, t.revokedAt === null])).toEqual([['Old', false], ['POS', true]]);

    // A manager without apiTokens.manageAll cannot revoke someone else's.
    expect(refusal(await as(manager, REVOKE, { id: String(pos.id) }))).toMatchObject({ code: 'NOT_FOUND' });
    const revoked = await as(admin, REVOKE, { id: String(pos.id) });
    expect(revoked.body.data!.revokeApiToken.revokedAt).toEqual(expect.any(String));
    expect((await gql(VIEWER, {}, { bearer: secret })).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('without staff.manage', () => {
  it('refuses every operation, naming the permission, and saves nothing', async () => {
    const before = await counts();
    const someone = String(tstSalesperson.id);
    const calls: Array<[string, Record<string, unknown>]> = [
      [LIST, { filter: null, first: 10, after: null }],
      [MEMBER, { id: someone }],
      [CREATE, { input: valid() }],
      [UPDATE, { id: someone, input: editable(valid()) }],
      [DEACTIVATE, { id: someone }],
      [REACTIVATE, { id: someone }],
      [RESET, { id: someone, input: {} }],
    ];
    for (const [query, variables] of calls) {
      const res = await as(salesperson, query, variables, 'en');
      expect(res.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.body.errors?.[0].message).toContain('Manage staff');
    }
    expect(await counts()).toEqual(before);
  });
});
