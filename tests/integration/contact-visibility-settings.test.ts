import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { AuditLog, ContactVisibility, type Branch, type Staff } from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import { contactScope } from '../../services/contacts/contact-scope.service';
import { loadViewer } from '../../services/auth/load-viewer.service';
import * as contactSettingsDocuments from '../../components/contact-settings/contact-settings-documents';
import { aBranch, aStaff } from '../helpers/fixtures';
import { as } from '../helpers/member-lifecycle-fixtures';
import { pageOperations } from '../helpers/page-documents';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let tst: Branch;
let manager: Staff;
let yuki: Staff;
let apple: Staff;
let candy: Staff;
let betty: Staff;

const RULE = 'staffId ownBranch otherBranches all isDefault updatedAt staff { code }';
const GET = `query($staffId: ID!) { contactVisibility(staffId: $staffId) { ${RULE} } }`;
const SET = `mutation($staffId: ID!, $input: ContactVisibilityInput!) { setContactVisibility(staffId: $staffId, input: $input) { ${RULE} } }`;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO' });
  tst = await aBranch(ds, { code: 'TST' });
  manager = await aStaff(ds, tko, [StaffRole.MANAGER], { code: 'BEAUTY' });
  yuki = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS001' });
  apple = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS007' });
  candy = await aStaff(ds, tst, [StaffRole.SALESPERSON], { code: 'IS003' });
  betty = await aStaff(ds, tst, [StaffRole.SALESPERSON], { code: 'IS010' });
});

afterAll(() => db.drop());

const scopeOf = async (staff: Staff) => contactScope(ds, (await loadViewer(ds, staff.id, 'session'))!);

describe('contact visibility settings', () => {
  it('reports the role default when nothing was set', async () => {
    expect((await as(yuki, GET, { staffId: String(yuki.id) })).body.data!.contactVisibility).toEqual({
      staffId: String(yuki.id), ownBranch: false, otherBranches: false, all: false, isDefault: true, updatedAt: null, staff: [],
    });
    expect((await as(yuki, GET, { staffId: String(manager.id) })).body.data!.contactVisibility).toMatchObject({ all: true, isDefault: true });
  });

  it('sets a rule that the contact scope then applies, audited on the staff member', async () => {
    const res = await as(manager, SET, { staffId: String(yuki.id), input: { ownBranch: true, otherBranches: false, all: false, staffIds: [String(betty.id), String(candy.id), String(candy.id)] } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.setContactVisibility).toMatchObject({ staffId: String(yuki.id), ownBranch: true, otherBranches: false, all: false, isDefault: false, staff: [{ code: 'IS003' }, { code: 'IS010' }] });
    expect(res.body.data!.setContactVisibility.updatedAt).not.toBeNull();
    expect((await as(yuki, GET, { staffId: String(yuki.id) })).body.data!.contactVisibility).toEqual(res.body.data!.setContactVisibility);

    const stored = await ds.getRepository(ContactVisibility).findOneByOrFail({ staffId: yuki.id });
    expect(stored).toMatchObject({ ownBranch: true, otherBranches: false, all: false, staffIds: [candy.id, betty.id].sort((a, b) => a - b), updatedById: manager.id });
    const scope = await scopeOf(yuki);
    expect(scope).toEqual({ kind: 'salespeople', salespersonIds: [manager.id, yuki.id, apple.id, candy.id, betty.id].sort((a, b) => a - b) });

    const entry = await ds.getRepository(AuditLog).findOneByOrFail({ entityType: 'staff', entityId: yuki.id, action: 'contactVisibility' });
    expect(entry.actorId).toBe(manager.id);
    expect(JSON.parse(entry.before!)).toEqual({ ownBranch: false, staffIds: [], isDefault: true });
    expect(JSON.parse(entry.after!)).toEqual({ ownBranch: true, staffIds: [candy.id, betty.id].sort((a, b) => a - b), isDefault: false });
  });

  it('narrows a rule back to own members only', async () => {
    const res = await as(manager, SET, { staffId: String(yuki.id), input: { ownBranch: false, otherBranches: false, all: false, staffIds: [] } });
    expect(res.body.data!.setContactVisibility).toMatchObject({ ownBranch: false, staff: [], isDefault: false });
    expect(await scopeOf(yuki)).toEqual({ kind: 'salespeople', salespersonIds: [yuki.id] });
    expect(await ds.getRepository(AuditLog).countBy({ entityType: 'staff', entityId: yuki.id, action: 'contactVisibility' })).toBe(2);
  });

  it('narrows a manager below the default and widens a salesperson to all', async () => {
    await as(manager, SET, { staffId: String(manager.id), input: { ownBranch: true, otherBranches: false, all: false, staffIds: [] } });
    expect(await scopeOf(manager)).toEqual({ kind: 'salespeople', salespersonIds: [manager.id, yuki.id, apple.id].sort((a, b) => a - b) });
    await as(manager, SET, { staffId: String(apple.id), input: { ownBranch: false, otherBranches: false, all: true, staffIds: [] } });
    expect(await scopeOf(apple)).toEqual({ kind: 'all' });
  });

  it('refuses unknown staff, naming the field', async () => {
    const unknownList = await as(manager, SET, { staffId: String(candy.id), input: { ownBranch: false, otherBranches: false, all: false, staffIds: ['99999'] } }, 'zh-HK');
    expect(unknownList.body.errors?.[0]).toMatchObject({ message: '「員工」無效：不是可選的選項', extensions: { code: 'BAD_USER_INPUT', field: 'staffIds' } });
    const badId = await as(manager, SET, { staffId: String(candy.id), input: { ownBranch: false, otherBranches: false, all: false, staffIds: ['x'] } });
    expect(badId.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'staffIds' });
    const unknownStaff = await as(manager, SET, { staffId: '99999', input: { ownBranch: false, otherBranches: false, all: false, staffIds: [] } });
    expect(unknownStaff.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await as(manager, GET, { staffId: '99999' })).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await ds.getRepository(ContactVisibility).existsBy({ staffId: candy.id })).toBe(false);
  });

  it('refuses a salesperson, even for their own rule', async () => {
    const res = await as(candy, SET, { staffId: String(candy.id), input: { ownBranch: false, otherBranches: false, all: true, staffIds: [] } });
    expect(res.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await ds.getRepository(ContactVisibility).existsBy({ staffId: candy.id })).toBe(false);
    expect(await scopeOf(candy)).toEqual({ kind: 'salespeople', salespersonIds: [candy.id] });
  });
});

describe('the contact visibility page\'s documents', () => {
  // As Apollo Client sends them (validity is checked with the contact settings page's documents).
  const page = pageOperations(contactSettingsDocuments);
  const run = async (staff: Staff, name: string, variables: Record<string, unknown>) => {
    const res = await as(staff, page.get(name)!, variables);
    expect([name, res.body.errors]).toEqual([name, undefined]);
    return res.body.data!;
  };

  it('list the staff, load a rule and set it as the page does, within the API\'s limits', async () => {
    const staff = (await run(manager, 'VisibilityStaff', { after: null })).staffMembers;
    expect(staff.nodes.map((s: { code: string }) => s.code).sort()).toEqual(['BEAUTY', 'IS001', 'IS003', 'IS007', 'IS010']);
    expect(staff.nodes.find((s: { code: string }) => s.code === 'IS003')).toMatchObject({ branch: { code: 'TST' } });
    expect((await run(manager, 'ContactVisibility', { staffId: String(betty.id) })).contactVisibility).toMatchObject({ isDefault: true, staff: [] });
    const set = await run(manager, 'SetContactVisibility', { staffId: String(betty.id), input: { ownBranch: false, otherBranches: true, all: false, staffIds: [String(yuki.id)] } });
    expect(set.setContactVisibility).toMatchObject({ otherBranches: true, isDefault: false, staff: [{ id: String(yuki.id) }] });
    expect((await run(manager, 'ContactVisibility', { staffId: String(betty.id) })).contactVisibility).toEqual(set.setContactVisibility);
  });
});
