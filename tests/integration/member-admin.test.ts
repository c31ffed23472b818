import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { AuditLog, CustomField, MemberGroup, type Branch, type Staff } from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { as, REGISTER, registration } from '../helpers/member-lifecycle-fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

/** A taken code or key has its own error code; every other bad value is BAD_USER_INPUT. */
const codeFor = (en: string) => (en.endsWith('already used') ? 'ALREADY_USED' : 'BAD_USER_INPUT');

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let admin: Staff;
let manager: Staff;
let salesperson: Staff;

const CREATE_FIELD = 'mutation($input: CustomFieldInput!) { createCustomField(input: $input) { id key label type maxLength options defaultValue required sortOrder active } }';
const UPDATE_FIELD = 'mutation($id: ID!, $input: CustomFieldInput!) { updateCustomField(id: $id, input: $input) { id key type label active } }';
const FIELDS = 'query($all: Boolean) { customFields(includeInactive: $all, first: 50) { nodes { key } totalCount } }';
const CREATE_GROUP = 'mutation($input: MemberGroupInput!) { createMemberGroup(input: $input) { id code name discountPercent pointsPer100 topUpBonusPercent upgradeSpendCents upgradeWithinMonths } }';
const UPDATE_GROUP = 'mutation($id: ID!, $input: MemberGroupInput!) { updateMemberGroup(id: $id, input: $input) { id discountPercent upgradeSpendCents } }';
const SAVE_SEQUENCE = 'mutation($input: MemberNumberSequenceInput!) { saveMemberNumberSequence(input: $input) { scope prefix digits nextValue } }';

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO' });
  admin = await aStaff(ds, tko, [StaffRole.ADMIN, StaffRole.MANAGER]);
  manager = await aStaff(ds, tko, [StaffRole.MANAGER]);
  salesperson = await aStaff(ds, tko, [StaffRole.SALESPERSON]);
});

afterAll(() => db.drop());

describe('custom fields', () => {
  it('lets an admin define a select field that the form and the member then use', async () => {
    const res = await as(admin, CREATE_FIELD, { input: { key: 'skinType', label: '膚質', type: 'SELECT', options: ['乾性', '油性', '混合', '敏感'], defaultValue: '混合', sortOrder: 1 } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.createCustomField).toMatchObject({ key: 'skinType', type: 'SELECT', maxLength: null, options: ['乾性', '油性', '混合', '敏感'], defaultValue: '混合', required: false, active: true });
    const list = await as(salesperson, FIELDS);
    expect(list.body.data!.customFields).toEqual({ nodes: [{ key: 'skinType' }], totalCount: 1 });
    const audit = await ds.getRepository(AuditLog).findOneByOrFail({ entityType: 'customField', entityId: Number(res.body.data!.createCustomField.id) });
    expect(audit).toMatchObject({ action: 'create', actorId: admin.id, before: null });
  });

  it('refuses bad definitions naming the field', async () => {
    const before = await ds.getRepository(CustomField).count();
    for (const [input, field, en] of [
      [{ key: 'skinType', label: 'Again', type: 'TEXT' }, 'key', '"key" is invalid: already used'],
      [{ key: '9lives', label: 'X', type: 'TEXT' }, 'key', '"key" is invalid: use letters, digits and "_", starting with a letter'],
      [{ key: 'long', label: 'x'.repeat(101), type: 'TEXT' }, 'label', '"label" is invalid: at most 100 characters'],
      [{ key: 'notes', label: 'Notes', type: 'TEXT', maxLength: 501 }, 'maxLength', '"maximum length" is invalid: must be between 1 and 500'],
      [{ key: 'colour', label: 'Colour', type: 'SELECT', options: [] }, 'options', '"options" is invalid: a select field needs at least one option'],
      [{ key: 'visits', label: 'Visits', type: 'NUMBER', defaultValue: 'many' }, 'defaultValue', '"default value" is invalid: not a number'],
    ] as const) {
      const res = await as(admin, CREATE_FIELD, { input });
      expect(res.body.errors?.[0]).toMatchObject({ message: en, extensions: { code: codeFor(en), field } });
    }
    expect(await ds.getRepository(CustomField).count()).toBe(before);
  });

  it('refuses everyone but admins', async () => {
    for (const staff of [manager, salesperson]) {
      const res = await as(staff, CREATE_FIELD, { input: { key: 'x', label: 'X', type: 'TEXT' } });
      expect(res.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('updates a definition, audits before/after, hides inactive fields, and fixes the type once values exist', async () => {
    const created = await as(admin, CREATE_FIELD, { input: { key: 'height', label: 'Height', type: 'TEXT', maxLength: 10 } });
    const id = created.body.data!.createCustomField.id;
    const updated = await as(admin, UPDATE_FIELD, { id, input: { key: 'height', label: '身高 (cm)', type: 'NUMBER', active: false } });
    expect(updated.body.data!.updateCustomField).toEqual({ id, key: 'height', type: 'NUMBER', label: '身高 (cm)', active: false });
    const entry = await ds.getRepository(AuditLog).findOneByOrFail({ entityType: 'customField', entityId: Number(id), action: 'update' });
    expect(JSON.parse(entry.before!)).toEqual({ label: 'Height', type: 'text', maxLength: 10, active: true });
    expect(JSON.parse(entry.after!)).toEqual({ label: '身高 (cm)', type: 'number', maxLength: null, active: false });
    expect((await as(salesperson, FIELDS)).body.data!.customFields.totalCount).toBe(1);
    expect((await as(salesperson, FIELDS, { all: true })).body.data!.customFields.totalCount).toBe(2);

    await as(admin, UPDATE_FIELD, { id, input: { key: 'height', label: 'Height', type: 'NUMBER' } });
    const group = await aMemberGroup(ds);
    const member = await as(admin, REGISTER, { input: registration(tko, group.id, { customFields: [{ fieldId: id, value: '160' }] }) });
    expect(member.body.errors).toBeUndefined();
    const locked = await as(admin, UPDATE_FIELD, { id, input: { key: 'height', label: 'Height', type: 'TEXT' } }, 'zh-HK');
    expect(locked.body.errors?.[0]).toMatchObject({ message: '「類型」無效：已有會員填寫此欄位，不可更改類型', extensions: { field: 'type' } });
    const missing = await as(admin, UPDATE_FIELD, { id: '99999', input: { key: 'zzz', label: 'Z', type: 'TEXT' } });
    expect(missing.body.errors?.[0]).toMatchObject({ message: 'Custom field not found.', extensions: { code: 'NOT_FOUND' } });
  });
});

describe('member groups and levels', () => {
  it('creates and updates a group with its level rules, audited', async () => {
    const created = await as(admin, CREATE_GROUP, {
      input: { code: 'VIPD', name: 'VIP Diamond', discountPercent: 20, pointsPer100: 5, topUpBonusPercent: 10, upgradeSpendCents: 10_000_000, upgradeWithinMonths: 24 },
    });
    expect(created.body.errors).toBeUndefined();
    const group = created.body.data!.createMemberGroup;
    expect(group).toMatchObject({ code: 'VIPD', discountPercent: 20, pointsPer100: 5, topUpBonusPercent: 10, upgradeSpendCents: 10_000_000, upgradeWithinMonths: 24 });
    const updated = await as(admin, UPDATE_GROUP, { id: group.id, input: { code: 'VIPD', name: 'VIP Diamond', discountPercent: 25, upgradeSpendCents: null, upgradeWithinMonths: 24 } });
    expect(updated.body.data!.updateMemberGroup).toEqual({ id: group.id, discountPercent: 25, upgradeSpendCents: null });
    const entry = await ds.getRepository(AuditLog).findOneByOrFail({ entityType: 'memberGroup', entityId: Number(group.id), action: 'update' });
    expect(JSON.parse(entry.before!)).toEqual({ discountPercent: 20, pointsPer100: 5, topUpBonusPercent: 10, upgradeSpendCents: 10_000_000 });
    expect(JSON.parse(entry.after!)).toEqual({ discountPercent: 25, pointsPer100: 0, topUpBonusPercent: 0, upgradeSpendCents: null });

    const member = await aMember(ds, tko, (await ds.getRepository(MemberGroup).findOneByOrFail({ id: Number(group.id) })));
    const level = await as(salesperson, 'query($id: ID!) { member(id: $id) { level { code discountPercent } } }', { id: String(member.id) });
    expect(level.body.data!.member.level).toEqual({ code: 'VIPD', discountPercent: 25 });
  });

  it.each([
    [{ discountPercent: 101 }, 'discountPercent', '"discount %" is invalid: must be between 0 and 100', '「折扣 %」無效：必須介乎 0 至 100'],
    [{ topUpBonusPercent: -1 }, 'topUpBonusPercent', '"top-up bonus %" is invalid: must be between 0 and 100', '「充值贈送 %」無效：必須介乎 0 至 100'],
    [{ pointsPer100: -1 }, 'pointsPer100', '"points per 100" is invalid: must be between 0 and 10000', '「每 100 元積分」無效：必須介乎 0 至 10000'],
    [{ upgradeSpendCents: -100 }, 'upgradeSpendCents', '"upgrade spend" is invalid: must be between 0 and 2147483647', '「升級消費額」無效：必須介乎 0 至 2147483647'],
    [{ upgradeWithinMonths: 0 }, 'upgradeWithinMonths', '"upgrade period (months)" is invalid: must be between 1 and 120', '「升級計算月數」無效：必須介乎 1 至 120'],
    [{ code: 'VIPD' }, 'code', '"code" is invalid: already used', '「代碼」無效：已被使用'],
  ])('refuses bad rules (%#: %s)', async (override, field, en, zhHK) => {
    const before = await ds.getRepository(MemberGroup).count();
    const input = { code: 'NEWLEVEL', name: 'New level', ...override };
    expect((await as(admin, CREATE_GROUP, { input }, 'en')).body.errors?.[0]).toMatchObject({ message: en, extensions: { field } });
    expect((await as(admin, CREATE_GROUP, { input }, 'zh-HK')).body.errors?.[0]).toMatchObject({ message: zhHK, extensions: { field } });
    expect(await ds.getRepository(MemberGroup).count()).toBe(before);
  });

  it('refuses managers', async () => {
    expect((await as(manager, CREATE_GROUP, { input: { code: 'M', name: 'M' } })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('interest groups', () => {
  it('creates and renames interest groups, refusing a duplicate code', async () => {
    const created = await as(admin, 'mutation { createInterestGroup(input: { code: "IG1", name: "Interest Group1" }) { id code name } }');
    const id = created.body.data!.createInterestGroup.id;
    const renamed = await as(admin, 'mutation($id: ID!) { updateInterestGroup(id: $id, input: { code: "IG1", name: "Facial" }) { name } }', { id });
    expect(renamed.body.data!.updateInterestGroup.name).toBe('Facial');
    const duplicate = await as(admin, 'mutation { createInterestGroup(input: { code: "IG1", name: "Again" }) { id } }');
    expect(duplicate.body.errors?.[0].extensions).toMatchObject({ code: 'ALREADY_USED', field: 'code' });
    const blank = await as(admin, 'mutation { createInterestGroup(input: { code: "IG2", name: " " }) { id } }');
    expect(blank.body.errors?.[0].extensions).toMatchObject({ field: 'name' });
    expect((await as(salesperson, 'mutation { createInterestGroup(input: { code: "IG3", name: "x" }) { id } }')).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await ds.getRepository(AuditLog).countBy({ entityType: 'interestGroup', entityId: Number(id) })).toBe(2);
  });
});

describe('member number sequences', () => {
  it('saves a branch\'s sequence that registration then follows, and lists sequences to any staff', async () => {
    const saved = await as(admin, SAVE_SEQUENCE, { input: { scope: `branch:${tko.id}`, prefix: 'WeM-', digits: 5, nextValue: 4 } });
    expect(saved.body.data!.saveMemberNumberSequence).toEqual({ scope: `branch:${tko.id}`, prefix: 'WeM-', digits: 5, nextValue: 4 });
    const group = await aMemberGroup(ds);
    const member = await as(admin, REGISTER, { input: registration(tko, group.id, { phone: '92223333' }) });
    expect(member.body.data!.registerMember.memberNo).toBe('WeM-00004');
    await as(admin, SAVE_SEQUENCE, { input: { scope: 'walk-in', prefix: 'K', digits: 6, nextValue: 1 } });
    const list = await as(salesperson, '{ memberNumberSequences(first: 10) { nodes { scope prefix nextValue } totalCount } }');
    expect(list.body.data!.memberNumberSequences).toEqual({
      nodes: [{ scope: `branch:${tko.id}`, prefix: 'WeM-', nextValue: 5 }, { scope: 'walk-in', prefix: 'K', nextValue: 1 }],
      totalCount: 2,
    });
    const entries = await ds.getRepository(AuditLog).find({ where: { entityType: 'memberNumberSequence' }, order: { id: 'ASC' } });
    // TKO's default sequence came from the first registration above; the walk-in one is new.
    expect(entries.map((e) => e.action)).toEqual(['update', 'create']);
    expect(JSON.parse(entries[0].before!)).toEqual({ prefix: 'TKO', nextValue: 2 });
  });

  it('refuses bad sequences and non-admins', async () => {
    for (const [input, field] of [
      [{ scope: 'branch:99999', prefix: 'A', digits: 3, nextValue: 1 }, 'scope'],
      [{ scope: 'somewhere', prefix: 'A', digits: 3, nextValue: 1 }, 'scope'],
      [{ scope: 'walk-in', prefix: 'K K', digits: 6, nextValue: 1 }, 'prefix'],
      [{ scope: 'walk-in', prefix: 'K', digits: 0, nextValue: 1 }, 'digits'],
      [{ scope: 'walk-in', prefix: 'K', digits: 6, nextValue: 0 }, 'nextValue'],
    ] as const) {
      expect((await as(admin, SAVE_SEQUENCE, { input })).body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const refused = await as(manager, SAVE_SEQUENCE, { input: { scope: 'walk-in', prefix: 'X', digits: 6, nextValue: 1 } });
    expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
