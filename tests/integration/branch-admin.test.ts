/**
 * 店面管理 through the branch settings page's own documents: create, edit, close and reopen, each
 * audited; every bad input refused with a localised message naming the field and nothing saved;
 * refusal without branches.manage; a closed branch refusing bookings, moves and slot searches
 * while its members, staff and existing appointments stay.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { Appointment, AuditLog, Branch, Member, Staff, type MemberGroup } from '../../entities';
import * as branchDocuments from '../../components/admin/branches/branch-documents';
import { StaffRole } from '../../services/staff/staff-role';
import { MemberReach } from '../../services/visibility/member-visibility';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { as } from '../helpers/member-lifecycle-fixtures';
import { pageOperations, validationErrors } from '../helpers/page-documents';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { BOOK, CANCEL, UPDATE, hkAt, openEveryDay, worksEveryDay } from './appointment-booking.fixtures';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let tst: Branch;
let group: MemberGroup;
let admin: Staff;
let manager: Staff;
let salesperson: Staff;
let beautician: Staff;
let member: Member;

const page = pageOperations(branchDocuments);
const CREATE = page.get('CreateBranch')!;
const UPDATE_BRANCH = page.get('UpdateBranch')!;
const CLOSE = page.get('CloseBranch')!;
const REOPEN = page.get('ReopenBranch')!;
const LIST = page.get('AdminBranches')!;
const DETAIL = page.get('AdminBranch')!;
const OPEN_ONLY = 'query { branches(first: 100, includeClosed: false) { nodes { code } totalCount } }';
const ALL = 'query { branches(first: 100) { nodes { code open } totalCount } }';
const SUGGEST = `query ($input: SlotSuggestionInput!) { suggestSlots(input: $input) { slots { startsAt } } }`;

const VALID = {
  code: 'MK',
  name: '旺角店',
  translations: { en: ' Mong Kok ', zhCN: '旺角店', th: '', zhHK: null },
  address: '彌敦道 700 號 3 樓',
  phone: '+852 2345 6789',
  timeZone: 'asia/hong_kong',
};

async function counts() {
  return {
    branches: await ds.getRepository(Branch).count(),
    audit: await ds.getRepository(AuditLog).count(),
    snapshot: JSON.stringify(await ds.getRepository(Branch).find({ order: { id: 'ASC' } })),
  };
}

function refusal(res: { body: { errors?: Array<{ message: string; extensions?: Record<string, any> }> } }) {
  expect(res.body.errors).toHaveLength(1);
  const [error] = res.body.errors!;
  return { code: error.extensions?.code, field: error.extensions?.field, message: error.message };
}

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO', name: '將軍澳店' });
  tst = await aBranch(ds, { code: 'TST', name: '尖沙咀店' });
  group = await aMemberGroup(ds);
  // Sees every branch's members, as the built-in admin is usually set up, so it books at TST too.
  admin = await aStaff(ds, tko, [StaffRole.ADMIN], { memberReach: MemberReach.ALL });
  manager = await aStaff(ds, tko, [StaffRole.MANAGER]);
  salesperson = await aStaff(ds, tko, [StaffRole.SALESPERSON]);
  beautician = await aStaff(ds, tst, [StaffRole.BEAUTICIAN]);
  member = await aMember(ds, tst, group);
  await openEveryDay(ds, tst);
  await worksEveryDay(ds, beautician, tst);
});

afterAll(() => db.drop());

it('the page\'s documents are valid against the schema', async () => {
  const errors = await validationErrors(branchDocuments);
  expect(Object.keys(errors).sort()).toEqual(['AdminBranch', 'AdminBranches', 'CloseBranch', 'CreateBranch', 'ReopenBranch', 'UpdateBranch']);
  for (const list of Object.values(errors)) expect(list).toEqual([]);
});

describe('creating and editing', () => {
  let mk: { id: string };

  it('creates an open branch, phone and time zone in their stored form, names per locale, audited', async () => {
    const res = await as(admin, CREATE, { input: VALID }, 'en');
    expect(res.body.errors).toBeUndefined();
    mk = res.body.data!.createBranch;
    expect(mk).toMatchObject({
      code: 'MK', name: '旺角店', label: 'Mong Kok', address: '彌敦道 700 號 3 樓', phone: '23456789', timeZone: 'Asia/Hong_Kong',
      open: true, closedAt: null, closedBy: null, translations: { zhHK: null, en: 'Mong Kok', zhCN: '旺角店', th: null },
    });
    const th = (await as(salesperson, `query ($id: ID!) { branch(id: $id) { label } }`, { id: mk.id }, 'th')).body.data!.branch;
    expect(th.label).toBe('旺角店');
    const audit = await ds.getRepository(AuditLog).findOneByOrFail({ entityType: 'branch', entityId: Number(mk.id) });
    expect(audit).toMatchObject({ action: 'create', actorId: admin.id });
    expect(JSON.parse(audit.after!)).toMatchObject({ code: 'MK', phone: '23456789', timeZone: 'Asia/Hong_Kong' });
  });

  it.each([
    ['a Shanghai fixed line', '021 1234 5678', '02112345678'],
    ['a Bangkok fixed line in international form', '+66 2 123 4567', '021234567'],
    ['a Thai mobile', '081-234-5678', '0812345678'],
    ['no phone', '  ', null],
  ])('takes %s as a phone (%s → %s)', async (_what, phone, stored) => {
    const res = await as(admin, UPDATE_BRANCH, { id: mk.id, input: { ...VALID, phone } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.updateBranch.phone).toBe(stored);
  });

  it('edits a branch, auditing only what changed; an edit that changes nothing writes no entry', async () => {
    const before = await ds.getRepository(AuditLog).countBy({ entityType: 'branch', entityId: Number(mk.id) });
    const input = { ...VALID, code: 'MK-1', name: '旺角新店', address: null, phone: '2345 6789', timeZone: 'Asia/Bangkok' };
    const res = await as(admin, UPDATE_BRANCH, { id: mk.id, input });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.updateBranch).toMatchObject({ code: 'MK-1', name: '旺角新店', address: null, timeZone: 'Asia/Bangkok' });
    const entries = await ds.getRepository(AuditLog).find({ where: { entityType: 'branch', entityId: Number(mk.id) }, order: { id: 'ASC' } });
    expect(entries).toHaveLength(before + 1);
    const last = entries[entries.length - 1];
    expect(last).toMatchObject({ action: 'update', actorId: admin.id });
    expect(JSON.parse(last.before!)).toEqual({ code: 'MK', name: '旺角店', address: '彌敦道 700 號 3 樓', phone: null, timeZone: 'Asia/Hong_Kong' });
    expect(JSON.parse(last.after!)).toEqual({ code: 'MK-1', name: '旺角新店', address: null, phone: '23456789', timeZone: 'Asia/Bangkok' });

    expect((await as(admin, UPDATE_BRANCH, { id: mk.id, input })).body.errors).toBeUndefined();
    expect(await ds.getRepository(AuditLog).countBy({ entityType: 'branch', entityId: Number(mk.id) })).toBe(before + 1);
  });

  it.each([
    ['code', 'blank', { code: '' }, '"code" is invalid: required', '「代碼」無效：必須輸入'],
    ['code', 'with spaces', { code: 'T K O' }, '"code" is invalid: use letters, digits and "-" only', null],
    ['code', 'of 11 characters', { code: 'ABCDEFGHIJK' }, '"code" is invalid: at most 10 characters', '「代碼」無效：最多 10 字元'],
    ['name', 'blank', { name: '   ' }, '"name" is invalid: required', '「名稱」無效：必須輸入'],
    ['name', 'of 101 characters', { name: '店'.repeat(101) }, '"name" is invalid: at most 100 characters', null],
    ['translations.en', 'of 101 characters', { translations: { en: 'e'.repeat(101) } }, '"English name" is invalid: at most 100 characters', '「英文名稱」無效：最多 100 字元'],
    ['address', 'of 256 characters', { address: 'a'.repeat(256) }, '"address" is invalid: at most 255 characters', null],
    ['phone', 'too short', { phone: '12345' }, '"phone" is invalid: not a phone number of Hong Kong, mainland China or Thailand', '「電話」無效：不是香港、中國內地或泰國的電話號碼'],
    ['phone', 'of the USA', { phone: '+1 212 555 0100' }, '"phone" is invalid: not a phone number of Hong Kong, mainland China or Thailand', null],
    ['timeZone', 'unknown', { timeZone: 'Mars/Olympus' }, '"time zone" is invalid: not an IANA time zone, e.g. Asia/Hong_Kong', '「時區」無效：不是 IANA 時區，例如 Asia/Hong_Kong'],
    ['timeZone', 'an offset', { timeZone: '+08:00' }, '"time zone" is invalid: not an IANA time zone, e.g. Asia/Hong_Kong', null],
    ['timeZone', 'an abbreviation', { timeZone: 'EST' }, '"time zone" is invalid: not an IANA time zone, e.g. Asia/Hong_Kong', null],
  ])('refuses a %s %s on create and edit, saving nothing', async (field, _what, bad, english, chinese) => {
    const before = await counts();
    const created = refusal(await as(admin, CREATE, { input: { ...VALID, code: 'NEW', ...bad } }, 'en'));
    expect(created).toEqual({ code: 'BAD_USER_INPUT', field, message: english });
    const edited = refusal(await as(admin, UPDATE_BRANCH, { id: String(tst.id), input: { ...VALID, code: 'TST', ...bad } }, 'zh-HK'));
    expect(edited.field).toBe(field);
    if (chinese) expect(edited.message).toBe(chinese);
    expect(await counts()).toEqual(before);
  });

  it('refuses a code another branch has, whatever its case, on create and edit', async () => {
    const before = await counts();
    const created = refusal(await as(admin, CREATE, { input: { ...VALID, code: 'tko' } }, 'zh-HK'));
    expect(created).toEqual({ code: 'ALREADY_USED', field: 'code', message: '「代碼」無效：已被使用' });
    const edited = refusal(await as(admin, UPDATE_BRANCH, { id: mk.id, input: { ...VALID, code: 'TST' } }, 'en'));
    expect(edited).toEqual({ code: 'ALREADY_USED', field: 'code', message: '"code" is invalid: already used' });
    expect(await counts()).toEqual(before);
    // Its own code (in another case) is not a duplicate.
    const own = await as(admin, UPDATE_BRANCH, { id: String(tst.id), input: { code: 'TST', name: '尖沙咀店' } });
    expect(own.body.errors).toBeUndefined();
  });

  it('answers NOT_FOUND for an unknown branch and names the id when it is not one', async () => {
    expect(refusal(await as(admin, UPDATE_BRANCH, { id: '999999', input: VALID })).code).toBe('NOT_FOUND');
    expect(refusal(await as(admin, CLOSE, { id: 'x' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('without branches.manage', () => {
  it.each([
    ['a manager', () => manager],
    ['a salesperson', () => salesperson],
  ])('%s may list branches but not create, edit, close or reopen them, nor read their counts', async (_who, staff) => {
    const before = await counts();
    const attempts = [
      await as(staff(), CREATE, { input: { ...VALID, code: 'NOPE' } }),
      await as(staff(), UPDATE_BRANCH, { id: String(tst.id), input: { ...VALID, code: 'TST', name: 'Renamed' } }),
      await as(staff(), CLOSE, { id: String(tst.id) }),
      await as(staff(), REOPEN, { id: String(tst.id) }),
      await as(staff(), LIST, { manage: true }),
    ];
    for (const res of attempts) expect(refusal(res).code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
    const list = await as(staff(), LIST, { manage: false });
    expect(list.body.errors).toBeUndefined();
    expect(list.body.data!.branches.nodes.map((b: { code: string }) => b.code)).toEqual(expect.arrayContaining(['TKO', 'TST']));
  });
});

describe('closing and reopening', () => {
  let booked: { id: string; version: number };

  it('lists member and active staff counts for those who manage branches', async () => {
    await aMember(ds, tst, group);
    await aMember(ds, tst, group, { deletedAt: new Date() } as Partial<Member>);
    const detail = (await as(admin, DETAIL, { id: String(tst.id), manage: true })).body.data!.branch;
    expect(detail).toMatchObject({ memberCount: 2, activeStaffCount: 1, open: true });
    const list = (await as(admin, LIST, { manage: true })).body.data!.branches.nodes;
    expect(list.find((b: { code: string }) => b.code === 'TST').memberCount).toBe(2);
  });

  it('closes a branch: audited, members and staff stay, left out of pickers for new work', async () => {
    const appointment = await as(admin, BOOK, { input: { memberId: String(member.id), branchId: String(tst.id), beauticianId: String(beautician.id), startsAt: hkAt(3).toISOString(), minutes: 60 } });
    expect(appointment.body.errors).toBeUndefined();
    booked = appointment.body.data!.bookAppointment;

    const res = await as(admin, CLOSE, { id: String(tst.id) });
    expect(res.body.errors).toBeUndefined();
    const closed = res.body.data!.closeBranch;
    expect(closed).toMatchObject({ open: false, closedBy: { id: String(admin.id), displayName: admin.displayName } });
    expect(new Date(closed.closedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const audit = await ds.getRepository(AuditLog).findOneByOrFail({ entityType: 'branch', entityId: tst.id, action: 'close' });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.parse(audit.after!)).toMatchObject({ closedById: admin.id });

    expect(await ds.getRepository(Member).countBy({ branchId: tst.id })).toBe(3);
    expect(await ds.getRepository(Staff).findOneByOrFail({ id: beautician.id })).toMatchObject({ active: true, branchId: tst.id });
    expect(await ds.getRepository(Appointment).findOneByOrFail({ id: Number(booked.id) })).toMatchObject({ status: 'booked', branchId: tst.id });

    const open = (await as(salesperson, OPEN_ONLY)).body.data!.branches;
    expect(open.nodes.map((b: { code: string }) => b.code)).not.toContain('TST');
    const all = (await as(salesperson, ALL)).body.data!.branches;
    expect(all.nodes).toContainEqual({ code: 'TST', open: false });
    expect(all.totalCount).toBe(open.totalCount + 1);

    // Closing it again changes nothing and writes no second entry.
    expect((await as(admin, CLOSE, { id: String(tst.id) })).body.data!.closeBranch.closedAt).toBe(closed.closedAt);
    expect(await ds.getRepository(AuditLog).countBy({ entityType: 'branch', entityId: tst.id, action: 'close' })).toBe(1);
  });

  it('refuses booking, moving and suggesting times at a closed branch with BRANCH_CLOSED; cancelling still works', async () => {
    const before = await ds.getRepository(Appointment).count();
    const book = refusal(await as(admin, BOOK, { input: { memberId: String(member.id), branchId: String(tst.id), beauticianId: String(beautician.id), startsAt: hkAt(4).toISOString(), minutes: 60 } }, 'en'));
    expect(book).toEqual({ code: 'BRANCH_CLOSED', field: 'branchId', message: '"branch" is invalid: the branch is closed and takes no new bookings; choose an open branch' });
    const zh = refusal(await as(admin, BOOK, { input: { memberId: String(member.id), branchId: String(tst.id), beauticianId: String(beautician.id), startsAt: hkAt(4).toISOString(), minutes: 60 } }, 'zh-HK'));
    expect(zh.message).toBe('「分店」無效：分店已關閉，不接受新預約；請選擇營業中的分店');
    expect(await ds.getRepository(Appointment).count()).toBe(before);

    const move = refusal(await as(admin, UPDATE, { id: booked.id, input: { startsAt: hkAt(5).toISOString(), version: booked.version } }));
    expect(move).toMatchObject({ code: 'BRANCH_CLOSED', field: 'branchId' });
    const fromDate = hkAt(1).toISOString().slice(0, 10);
    const suggest = refusal(await as(admin, SUGGEST, { input: { branchId: String(tst.id), minutes: 60, fromDate, toDate: fromDate } }));
    expect(suggest).toMatchObject({ code: 'BRANCH_CLOSED', field: 'branchId' });

    const noteOnly = await as(admin, UPDATE, { id: booked.id, input: { note: 'moved to TKO by phone', version: booked.version } });
    expect(noteOnly.body.errors).toBeUndefined();
    const cancelled = await as(admin, CANCEL, { id: booked.id });
    expect(cancelled.body.errors).toBeUndefined();
    expect(cancelled.body.data!.cancelAppointment.status).toBe('CANCELLED');
  });

  it('reopens the branch: audited, offered again, bookings taken again', async () => {
    const res = await as(admin, REOPEN, { id: String(tst.id) });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.reopenBranch).toMatchObject({ open: true, closedAt: null, closedBy: null });
    const audit = await ds.getRepository(AuditLog).findOneByOrFail({ entityType: 'branch', entityId: tst.id, action: 'reopen' });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.parse(audit.after!)).toEqual({ closedAt: null, closedById: null });
    expect((await as(salesperson, OPEN_ONLY)).body.data!.branches.nodes.map((b: { code: string }) => b.code)).toContain('TST');
    const book = await as(admin, BOOK, { input: { memberId: String(member.id), branchId: String(tst.id), beauticianId: String(beautician.id), startsAt: hkAt(4).toISOString(), minutes: 60 } });
    expect(book.body.errors).toBeUndefined();
  });

  it('keeps the last open branch open', async () => {
    const open = await ds.getRepository(Branch).createQueryBuilder('b').where('b.closedAt IS NULL').orderBy('b.id').getMany();
    for (const branch of open.slice(1)) expect((await as(admin, CLOSE, { id: String(branch.id) })).body.errors).toBeUndefined();
    const before = await counts();
    const last = refusal(await as(admin, CLOSE, { id: String(open[0].id) }, 'en'));
    expect(last).toEqual({ code: 'CONFLICT', field: undefined, message: 'At least one branch must stay open.' });
    expect(await counts()).toEqual(before);
  });
});
