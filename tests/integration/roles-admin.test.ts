/**
 * 權限設置 through the roles page's own documents: list with staff counts, the catalogue in the
 * caller's language, create / rename / translate / change permissions / delete, each audited;
 * built-in and held roles not deleted; every bad input refused naming the field with nothing
 * saved; no granting what one does not hold; roles.manage never taken from the last active
 * holder; refusal without roles.manage; and a holder's permissions following an edit made on
 * another app instance from their very next request.
 */
import type { DataSource } from 'typeorm';
import { createDataSource, useDataSource } from '../../db/data-source';
import { AuditLog, Role, Staff, type Branch } from '../../entities';
import * as roleDocuments from '../../components/admin/roles/role-documents';
import { BUILT_IN_ROLES } from '../../services/admin/built-in-roles';
import { Permission } from '../../services/admin/permission';
import { RoleService } from '../../services/admin/role.service';
import { roleKeyFor } from '../../services/admin/role-input.schema';
import { loadViewer } from '../../services/auth/load-viewer.service';
import { DomainError } from '../../services/errors/domain-error';
import { StaffRole } from '../../services/staff/staff-role';
import { aBranch, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { as } from '../helpers/member-lifecycle-fixtures';
import { pageOperations, validationErrors } from '../helpers/page-documents';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let branch: Branch;
let admin: Staff;
let manager: Staff;
let salesperson: Staff;

const page = pageOperations(roleDocuments);
const LIST = page.get('AdminRoles')!;
const DETAIL = page.get('AdminRole')!;
const CATALOGUE = page.get('PermissionCatalogue')!;
const CREATE = page.get('CreateRole')!;
const UPDATE = page.get('UpdateRole')!;
const DELETE = page.get('DeleteRole')!;

/** GraphQL spells permissions by their enum names. */
const KEY = new Map<string, string>(Object.entries(Permission).map(([key, value]) => [value, key]));
const keys = (permissions: readonly Permission[]) => permissions.map((p) => KEY.get(p)!);
const FRONT_DESK = BUILT_IN_ROLES.find((role) => role.key === 'front_desk')!.permissions;
const NO_EXPORTS: readonly Permission[] = FRONT_DESK.filter((p) => p !== Permission.DataExport);

const VALID = { name: 'Front desk (no exports)', translations: { zhHK: ' 前台（不可匯出） ', en: null, zhCN: '', th: null }, permissions: keys(NO_EXPORTS) };

async function counts() {
  return {
    roles: JSON.stringify(await ds.getRepository(Role).find({ order: { id: 'ASC' } })),
    audit: await ds.getRepository(AuditLog).count(),
  };
}

function refusal(res: { body: { errors?: Array<{ message: string; extensions?: Record<string, any> }> } }) {
  expect(res.body.errors).toHaveLength(1);
  const [error] = res.body.errors!;
  return { code: error.extensions?.code, field: error.extensions?.field, message: error.message };
}

const roleId = async (key: string) => String((await ds.getRepository(Role).findOneByOrFail({ key })).id);

beforeAll(async () => {
  // A file, not memory, on SQLite: a second DataSource plays a second app instance.
  db = await createTestDatabase({ sqliteFile: true });
  ds = db.ds;
  useDataSource(ds);
  branch = await aBranch(ds);
  admin = await aStaff(ds, branch, [StaffRole.ADMIN]);
  manager = await aStaff(ds, branch, [StaffRole.MANAGER]);
  salesperson = await aStaff(ds, branch, [StaffRole.SALESPERSON]);
});

afterAll(() => db.drop());

it('the page\'s documents are valid against the schema', async () => {
  const errors = await validationErrors(roleDocuments);
  expect(Object.keys(errors).sort()).toEqual(['AdminRole', 'AdminRoles', 'CreateRole', 'DeleteRole', 'PermissionCatalogue', 'UpdateRole']);
  for (const list of Object.values(errors)) expect(list).toEqual([]);
});

describe('reading', () => {
  it('lists every role to any signed-in staff member, built-in ones first, with how many active staff hold each', async () => {
    await aStaff(ds, branch, [StaffRole.SALESPERSON], { active: false });
    const res = await as(salesperson, LIST, {}, 'en');
    expect(res.body.errors).toBeUndefined();
    const nodes = res.body.data!.roles.nodes;
    expect(nodes.map((r: { key: string }) => r.key)).toEqual(BUILT_IN_ROLES.map((r) => r.key));
    const byKey = Object.fromEntries(nodes.map((r: { key: string }) => [r.key, r]));
    expect(byKey.salesperson).toMatchObject({ label: 'Salesperson', builtIn: true, staffCount: 1 });
    expect(byKey.admin.staffCount).toBe(1);
    expect(byKey.beautician.staffCount).toBe(0);
    expect(byKey.front_desk.permissions).toEqual(keys(Object.values(Permission).filter((p) => FRONT_DESK.includes(p))));
  });

  it('pages through roles with a cursor', async () => {
    const first = (await as(salesperson, 'query { roles(first: 2) { nodes { key } pageInfo { hasNextPage endCursor } totalCount } }')).body.data!.roles;
    expect(first.nodes.map((r: { key: string }) => r.key)).toEqual(['admin', 'manager']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(BUILT_IN_ROLES.length);
    const next = (await as(salesperson, 'query ($after: String) { roles(first: 2, after: $after) { nodes { key } } }', { after: first.pageInfo.endCursor })).body.data!.roles;
    expect(next.nodes.map((r: { key: string }) => r.key)).toEqual(['salesperson', 'front_desk']);
    expect(refusal(await as(salesperson, 'query { roles(first: 2, after: "nonsense") { nodes { key } } }'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('gives the catalogue by area in the caller\'s language, marking what the caller may grant', async () => {
    const en = (await as(salesperson, CATALOGUE, {}, 'en')).body.data!.permissionCatalogue.areas;
    const data = en.find((a: { key: string }) => a.key === 'data');
    expect(data).toMatchObject({ name: 'Data', permissions: [{ permission: 'DataExport', value: 'data.export', name: 'Export data', grantable: true }] });
    expect(data.permissions[0].description).not.toBe('');
    const roles = en.find((a: { key: string }) => a.key === 'roles');
    expect(roles.permissions[0]).toMatchObject({ permission: 'RolesManage', grantable: false });
    expect(en.flatMap((a: { permissions: unknown[] }) => a.permissions)).toHaveLength(Object.values(Permission).length);
    const hk = (await as(salesperson, CATALOGUE, {}, 'zh-HK')).body.data!.permissionCatalogue.areas;
    expect(hk.find((a: { key: string }) => a.key === 'data').permissions[0].name).toBe('匯出資料');
  });
});

describe('creating and editing', () => {
  let created: { id: string; key: string };

  it('creates a role with a generated key, names per locale and catalogue-ordered permissions, audited', async () => {
    const res = await as(admin, CREATE, { input: { ...VALID, permissions: [...VALID.permissions].reverse() } }, 'zh-HK');
    expect(res.body.errors).toBeUndefined();
    created = res.body.data!.createRole;
    expect(created).toMatchObject({
      key: `front_desk_no_exports_${created.id}`,
      name: 'Front desk (no exports)',
      label: '前台（不可匯出）',
      builtIn: false,
      staffCount: 0,
      translations: { zhHK: '前台（不可匯出）', en: null, zhCN: null, th: null },
      permissions: keys(Object.values(Permission).filter((p) => NO_EXPORTS.includes(p))),
    });
    const audit = await ds.getRepository(AuditLog).findOneByOrFail({ entityType: 'role', entityId: Number(created.id) });
    expect(audit).toMatchObject({ action: 'create', actorId: admin.id });
    expect(JSON.parse(audit.after!)).toMatchObject({ key: created.key, name: 'Front desk (no exports)', permissions: expect.not.arrayContaining(['data.export']) });
  });

  it('gives a name without Latin letters a key of "role" and its id', async () => {
    const res = await as(admin, CREATE, { input: { name: '見習生', permissions: [] } });
    expect(res.body.errors).toBeUndefined();
    const { id, key, permissions } = res.body.data!.createRole;
    expect(key).toBe(`role_${id}`);
    expect(permissions).toEqual([]);
    expect(roleKeyFor('A'.repeat(60), 123456)).toBe(`${'a'.repeat(33)}_123456`);
  });

  it('renames, translates and changes permissions, auditing what changed; the key stays; an unchanged save writes nothing', async () => {
    const before = await ds.getRepository(AuditLog).countBy({ entityType: 'role', entityId: Number(created.id) });
    const input = { name: 'Reception', translations: { en: 'Reception', zhHK: '接待處' }, permissions: keys([Permission.MembersCreate, Permission.AppointmentsBook]) };
    const res = await as(admin, UPDATE, { id: created.id, input }, 'en');
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.updateRole).toMatchObject({ key: created.key, name: 'Reception', label: 'Reception', permissions: ['MembersCreate', 'AppointmentsBook'] });
    const entries = await ds.getRepository(AuditLog).find({ where: { entityType: 'role', entityId: Number(created.id) }, order: { id: 'ASC' } });
    expect(entries).toHaveLength(before + 1);
    const last = entries[entries.length - 1];
    expect(last).toMatchObject({ action: 'update', actorId: admin.id });
    expect(JSON.parse(last.after!)).toMatchObject({ name: 'Reception', permissions: ['members.create', 'appointments.book'] });
    expect(JSON.parse(last.before!)).toMatchObject({ name: 'Front desk (no exports)' });

    expect((await as(admin, UPDATE, { id: created.id, input })).body.errors).toBeUndefined();
    expect(await ds.getRepository(AuditLog).countBy({ entityType: 'role', entityId: Number(created.id) })).toBe(before + 1);
    const detail = (await as(salesperson, DETAIL, { id: created.id }, 'zh-HK')).body.data!.role;
    expect(detail).toMatchObject({ label: '接待處', key: created.key });
  });

  it('edits a built-in role like any other', async () => {
    const id = await roleId('beautician');
    const permissions = keys([...BUILT_IN_ROLES.find((r) => r.key === 'beautician')!.permissions, Permission.AppointmentsVerify]);
    const res = await as(admin, UPDATE, { id, input: { name: '美容師', translations: { en: 'Therapist' }, permissions } }, 'en');
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.updateRole).toMatchObject({ key: 'beautician', label: 'Therapist', builtIn: true, permissions: expect.arrayContaining(['AppointmentsVerify']) });
  });

  it.each([
    ['name', 'blank', { name: '  ' }, '"name" is invalid: required', '「名稱」無效：必須輸入'],
    ['name', 'of 61 characters', { name: 'r'.repeat(61) }, '"name" is invalid: at most 60 characters', '「名稱」無效：最多 60 字元'],
    ['translations.en', 'of 61 characters', { translations: { en: 'e'.repeat(61) } }, '"English name" is invalid: at most 60 characters', null],
    ['translations.th', 'of 61 characters', { translations: { th: 'ท'.repeat(61) } }, '"Thai name" is invalid: at most 60 characters', null],
  ])('refuses a %s %s on create and edit, saving nothing', async (field, _what, bad, english, chinese) => {
    const before = await counts();
    expect(refusal(await as(admin, CREATE, { input: { ...VALID, name: 'Another', ...bad } }, 'en'))).toEqual({ code: 'BAD_USER_INPUT', field, message: english });
    const edited = refusal(await as(admin, UPDATE, { id: created.id, input: { ...VALID, ...bad } }, 'zh-HK'));
    expect(edited).toMatchObject({ code: 'BAD_USER_INPUT', field });
    if (chinese) expect(edited.message).toBe(chinese);
    expect(await counts()).toEqual(before);
  });

  it('refuses a name another role has, whatever its case, on create and edit', async () => {
    const before = await counts();
    expect(refusal(await as(admin, CREATE, { input: { ...VALID, name: 'reception' } }, 'en'))).toEqual({ code: 'ALREADY_USED', field: 'name', message: '"name" is invalid: already used' });
    expect(refusal(await as(admin, UPDATE, { id: created.id, input: { ...VALID, name: '銷售員' } }, 'zh-HK'))).toEqual({ code: 'ALREADY_USED', field: 'name', message: '「名稱」無效：已被使用' });
    expect(await counts()).toEqual(before);
    // Its own name in another case is not a duplicate.
    expect((await as(admin, UPDATE, { id: created.id, input: { name: 'RECEPTION', permissions: [] } })).body.errors).toBeUndefined();
  });

  it('refuses a permission outside the catalogue: GraphQL by its enum, the service naming the field', async () => {
    const before = await counts();
    const res = await as(admin, CREATE, { input: { ...VALID, name: 'Odd', permissions: ['NoSuchThing'] } });
    expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const viewer = (await loadViewer(ds, admin.id, 'session'))!;
    await expect(new RoleService(ds).create(viewer, { name: 'Odd', permissions: ['members.create', 'no.such'] })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT', messageKey: 'unknownPermission', field: 'permissions',
    });
    await expect(new RoleService(ds).create(viewer, { name: 'Odd', permissions: null as never })).rejects.toBeInstanceOf(DomainError);
    expect(await counts()).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown role and names the id when it is not one', async () => {
    expect(refusal(await as(admin, UPDATE, { id: '999999', input: VALID }, 'en'))).toMatchObject({ code: 'NOT_FOUND', message: 'Role not found.' });
    expect(refusal(await as(admin, DETAIL, { id: '999999' })).code).toBe('NOT_FOUND');
    expect(refusal(await as(admin, DELETE, { id: 'x' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('without roles.manage', () => {
  it.each([
    ['a manager', () => manager],
    ['a salesperson', () => salesperson],
  ])('%s may read roles but not create, edit or delete them, told which permission is missing', async (_who, staff) => {
    const before = await counts();
    const id = await roleId('beautician');
    const attempts = [
      await as(staff(), CREATE, { input: { ...VALID, name: 'Nope' } }, 'en'),
      await as(staff(), UPDATE, { id, input: { name: 'Renamed', permissions: [] } }, 'en'),
      await as(staff(), DELETE, { id }, 'en'),
    ];
    for (const res of attempts) expect(refusal(res)).toMatchObject({ code: 'FORBIDDEN', message: 'You do not have the permission “Manage roles”. Ask an administrator to grant it.' });
    expect(await counts()).toEqual(before);
  });
});

describe('no privilege escalation', () => {
  let keeper: Staff;
  let keeperRole: { id: string; key: string };

  beforeAll(async () => {
    const res = await as(admin, CREATE, { input: { name: 'Role keeper', permissions: keys([Permission.RolesManage, Permission.MembersEdit]) } });
    keeperRole = res.body.data!.createRole;
    keeper = await aStaff(ds, branch, [], { roles: [keeperRole.key] });
  });

  it('refuses granting a permission the editor does not hold, naming it, on create and edit', async () => {
    const before = await counts();
    const created = refusal(await as(keeper, CREATE, { input: { name: 'Exporter', permissions: keys([Permission.MembersEdit, Permission.DataExport]) } }, 'en'));
    expect(created).toEqual({ code: 'FORBIDDEN', field: 'permissions', message: '"permissions" is invalid: you cannot grant “Export data” because you do not hold it yourself' });
    const edited = refusal(await as(keeper, UPDATE, { id: keeperRole.id, input: { name: 'Role keeper', permissions: keys([Permission.RolesManage, Permission.MembersEdit, Permission.StaffManage]) } }, 'zh-HK'));
    expect(edited).toMatchObject({ code: 'FORBIDDEN', field: 'permissions' });
    expect(edited.message).toContain('管理員工');
    expect(await counts()).toEqual(before);
  });

  it('lets the editor keep permissions a role already grants that they do not hold, and grant what they hold', async () => {
    const salesId = await roleId('salesperson');
    const sales = (await ds.getRepository(Role).findOneByOrFail({ key: 'salesperson' })).permissions;
    const res = await as(keeper, UPDATE, { id: salesId, input: { name: '銷售員', permissions: keys([...sales, Permission.MembersEdit]) } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.updateRole.permissions).toEqual(expect.arrayContaining(['DataExport', 'MembersEdit']));
    const made = await as(keeper, CREATE, { input: { name: 'Editor', permissions: keys([Permission.MembersEdit]) } });
    expect(made.body.errors).toBeUndefined();
  });

  describe('the last holder of roles.manage', () => {
    const adminInput = async (without: Permission[]) => {
      const role = await ds.getRepository(Role).findOneByOrFail({ key: 'admin' });
      return { name: role.name, permissions: keys(Object.values(Permission).filter((p) => role.permissions.includes(p) && !without.includes(p))) };
    };

    it('refuses taking roles.manage from the only role through which an active staff member holds it', async () => {
      await ds.getRepository(Staff).update({ id: keeper.id }, { active: false });
      const before = await counts();
      const res = refusal(await as(admin, UPDATE, { id: await roleId('admin'), input: await adminInput([Permission.RolesManage]) }, 'en'));
      expect(res).toEqual({
        code: 'CONFLICT',
        field: 'permissions',
        message: '"permissions" is invalid: no active staff member would be left who can manage roles; grant “Manage roles” through another role first',
      });
      expect(await counts()).toEqual(before);
      // Other permissions of that role still change.
      expect((await as(admin, UPDATE, { id: await roleId('admin'), input: await adminInput([Permission.OffersManage]) })).body.errors).toBeUndefined();
    });

    it('allows it while another role still gives an active staff member roles.manage', async () => {
      await ds.getRepository(Staff).update({ id: keeper.id }, { active: true });
      const taken = await as(admin, UPDATE, { id: await roleId('admin'), input: await adminInput([Permission.RolesManage]) });
      expect(taken.body.errors).toBeUndefined();
      // Now the keeper's role is the last one: it keeps roles.manage, and the keeper restores the admin role.
      expect(refusal(await as(keeper, UPDATE, { id: keeperRole.id, input: { name: 'Role keeper', permissions: keys([Permission.MembersEdit]) } })).code).toBe('CONFLICT');
      const role = await ds.getRepository(Role).findOneByOrFail({ key: 'admin' });
      // The keeper may give roles.manage back (they hold it), keeping what the admin role grants, but not offers.manage (they do not).
      const grant = (extra: Permission[]) => ({ name: role.name, permissions: keys(Object.values(Permission).filter((p) => role.permissions.includes(p) || extra.includes(p))) });
      expect(refusal(await as(keeper, UPDATE, { id: await roleId('admin'), input: grant([Permission.RolesManage, Permission.OffersManage]) })).code).toBe('FORBIDDEN');
      const restored = await as(keeper, UPDATE, { id: await roleId('admin'), input: grant([Permission.RolesManage]) });
      expect(restored.body.errors).toBeUndefined();
      expect(restored.body.data!.updateRole.permissions).toEqual(expect.arrayContaining(['RolesManage']));
      // The admin holds roles.manage again from the next request, but no longer offers.manage, taken from their own role above: it stays out.
      expect((await as(admin, UPDATE, { id: await roleId('admin'), input: grant([Permission.RolesManage]) })).body.errors).toBeUndefined();
      expect(refusal(await as(admin, UPDATE, { id: await roleId('admin'), input: grant([Permission.RolesManage, Permission.OffersManage]) })).code).toBe('FORBIDDEN');
    });
  });
});

describe('deleting', () => {
  it('refuses a built-in role, naming it', async () => {
    const before = await counts();
    expect(refusal(await as(admin, DELETE, { id: await roleId('beautician') }, 'en'))).toEqual({
      code: 'CONFLICT', message: 'The role “美容師” is built in and cannot be deleted.',
    });
    expect(await counts()).toEqual(before);
  });

  it('refuses a role still held, saying by how many, deactivated staff included', async () => {
    const made = (await as(admin, CREATE, { input: { name: 'Night shift', permissions: [] } })).body.data!.createRole;
    await aStaff(ds, branch, [], { roles: [made.key] });
    await aStaff(ds, branch, [], { roles: [made.key, 'salesperson'], active: false });
    const before = await counts();
    expect((await as(admin, DETAIL, { id: made.id })).body.data!.role.staffCount).toBe(1);
    expect(refusal(await as(admin, DELETE, { id: made.id }, 'en'))).toEqual({
      code: 'CONFLICT', message: '2 staff members still hold the role “Night shift” (deactivated staff included); give them another role first.',
    });
    expect(refusal(await as(admin, DELETE, { id: made.id }, 'zh-HK')).message).toBe('仍有 2 名員工（包括已停用員工）擔任「Night shift」角色；請先為他們改派其他角色。');
    expect(await counts()).toEqual(before);
  });

  it('deletes a role nobody holds into the recycle bin, audited with what it was; restoring brings it back with its key', async () => {
    const made = (await as(admin, CREATE, { input: { name: 'Temporary', permissions: keys([Permission.MembersCreate]) } })).body.data!.createRole;
    const res = await as(admin, DELETE, { id: made.id });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.deleteRole).toEqual({ __typename: 'Role', id: made.id, name: 'Temporary' });
    expect(await ds.getRepository(Role).findOneBy({ id: Number(made.id) })).toBeNull();
    const audit = await ds.getRepository(AuditLog).findOneByOrFail({ entityType: 'role', entityId: Number(made.id), action: 'delete' });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.parse(audit.before!)).toEqual({ key: made.key, name: 'Temporary', translations: null, permissions: ['members.create'] });
    expect(refusal(await as(admin, DETAIL, { id: made.id })).code).toBe('NOT_FOUND');

    const bin = (await as(admin, 'query { recycleBinItems(type: Role, first: 10) { nodes { id label type } } }')).body.data!.recycleBinItems.nodes;
    expect(bin).toEqual([expect.objectContaining({ label: 'Temporary', type: 'Role' })]);
    // Seeing the role's entry needs roles.manage too.
    expect((await as(manager, 'query { recycleBinItems(type: Role, first: 10) { nodes { id } } }')).body.data!.recycleBinItems.nodes).toEqual([]);
    const restored = await as(admin, 'mutation ($id: ID!) { restoreRecycleBinItem(id: $id) { id } }', { id: bin[0].id });
    expect(restored.body.errors).toBeUndefined();
    expect((await as(admin, DETAIL, { id: made.id })).body.data!.role).toMatchObject({ key: made.key, name: 'Temporary', permissions: ['MembersCreate'] });
  });
});

describe('holders\' permissions follow an edit', () => {
  it('from their next request, also when another app instance made the edit', async () => {
    const made = (await as(admin, CREATE, { input: { name: 'Bin keeper', permissions: [] } })).body.data!.createRole;
    const holder = await aStaff(ds, branch, [], { roles: [made.key] });
    const cookie = await sessionCookieFor(holder);
    const BIN = 'query { recycleBin(first: 1) { totalCount } }';
    expect(refusal(await gql(BIN, {}, { cookie, locale: 'en' })).message).toBe('You do not have the permission “Restore deleted items”. Ask an administrator to grant it.');

    // The other instance: its own DataSource on the same database.
    const other = await (await createDataSource(db.url)).initialize();
    try {
      const adminThere = (await loadViewer(other, admin.id, 'session'))!;
      await new RoleService(other).update(adminThere, Number(made.id), { name: 'Bin keeper', permissions: [Permission.RecycleBinRestore] });
      const allowed = await gql(BIN, {}, { cookie });
      expect(allowed.body.errors).toBeUndefined();
      expect(allowed.body.data!.recycleBin.totalCount).toBe(0);
      await new RoleService(other).update(adminThere, Number(made.id), { name: 'Bin keeper', permissions: [] });
      expect(refusal(await gql(BIN, {}, { cookie })).code).toBe('FORBIDDEN');
    } finally {
      await other.destroy();
    }
  });
});
