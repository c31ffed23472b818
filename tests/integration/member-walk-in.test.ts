import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { Member, type Branch, type MemberGroup, type Staff } from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { as, aSequence, MEMBER_FIELDS, registration, writeCounts } from '../helpers/member-lifecycle-fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let tst: Branch;
let trial: MemberGroup;
let frontDesk: Staff;
let tkoSales: Staff;

const WALK_IN = `mutation($input: CreateWalkInInput!) { createWalkIn(input: $input) { ${MEMBER_FIELDS} displayName } }`;
const CONVERT = `mutation($id: ID!, $input: RegisterMemberInput!) { convertWalkIn(id: $id, input: $input) { ${MEMBER_FIELDS} } }`;
const HISTORY = `query($id: ID!) { member(id: $id) {
  memberNo isWalkIn
  comments(first: 10) { nodes { body } }
  auditLog(first: 10) { nodes { action before after actor { code } } }
} }`;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO' });
  tst = await aBranch(ds, { code: 'TST' });
  await aMemberGroup(ds, { code: 'NEW', name: 'New', sortOrder: 1 });
  trial = await aMemberGroup(ds, { code: 'TRIAL', name: 'Trial', sortOrder: 2 });
  await aMemberGroup(ds, { code: 'NONMEMBER', name: 'non member', sortOrder: 3 });
  frontDesk = await aStaff(ds, tko, [StaffRole.FRONT_DESK], { code: 'FD001' });
  tkoSales = await aStaff(ds, tko, [StaffRole.SALESPERSON]);
  await aSequence(ds, tko, 'A', 3, 1);
});

afterAll(() => db.drop());

describe('walk-ins', () => {
  it('creates a walk-in from a phone and a branch, with a provisional K number in the "non member" group', async () => {
    const res = await as(frontDesk, WALK_IN, { input: { phone: '9876 5432', branchId: String(tko.id) } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.createWalkIn).toMatchObject({
      memberNo: 'K000001', isWalkIn: true, phone: '98765432', lastName: '', firstName: '', gender: 'UNKNOWN', branch: { code: 'TKO' }, group: { code: 'NONMEMBER' }, displayName: '',
    });
    const named = await as(frontDesk, WALK_IN, { input: { phone: '61234567', branchId: String(tko.id), lastName: '李', groupId: String(trial.id) } });
    expect(named.body.data!.createWalkIn).toMatchObject({ memberNo: 'K000002', lastName: '李', group: { code: 'TRIAL' } });
  });

  it('refuses a bad phone or a branch outside the viewer\'s scope, saving nothing', async () => {
    const before = await writeCounts(ds);
    const bad = await as(frontDesk, WALK_IN, { input: { phone: '12', branchId: String(tko.id) } }, 'zh-HK');
    expect(bad.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'phone' } });
    expect(bad.body.errors?.[0].message).toMatch(/^「電話」無效：/);
    const elsewhere = await as(frontDesk, WALK_IN, { input: { phone: '91234567', branchId: String(tst.id) } });
    expect(elsewhere.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await writeCounts(ds)).toEqual(before);
  });

  it('never gives two concurrent walk-ins the same number', async () => {
    const cookie = await sessionCookieFor(frontDesk);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => gql(WALK_IN, { input: { phone: `5100000${i}`, branchId: String(tko.id) } }, { cookie })),
    );
    const numbers = results.map((r) => r.body.data!.createWalkIn.memberNo);
    expect(new Set(numbers).size).toBe(6);
    expect(numbers.every((n: string) => /^K0000(0[3-8])$/.test(n))).toBe(true);
  });

  it('converts a walk-in in place: formal number, same id, comments and history kept, audit shows old and new number', async () => {
    const created = await as(frontDesk, WALK_IN, { input: { phone: '55443322', branchId: String(tko.id) } });
    const walkIn = created.body.data!.createWalkIn;
    await as(frontDesk, 'mutation($id: ID!) { addMemberComment(memberId: $id, body: "first visit: facial") { body } }', { id: walkIn.id });

    const converted = await as(tkoSales, CONVERT, {
      id: walkIn.id,
      input: registration(tko, trial.id, { lastName: '張', firstName: '嘉欣', phone: '55443322', birthday: '1992-04-03', email: 'kayan@example.com' }),
    });
    expect(converted.body.errors).toBeUndefined();
    expect(converted.body.data!.convertWalkIn).toMatchObject({ id: walkIn.id, memberNo: 'A001', isWalkIn: false, lastName: '張', group: { code: 'TRIAL' } });
    expect(await ds.getRepository(Member).findOneByOrFail({ id: Number(walkIn.id) })).toMatchObject({ searchName: '張嘉欣', birthMonth: 4 });

    const history = await as(tkoSales, HISTORY, { id: walkIn.id });
    expect(history.body.data!.member.comments.nodes).toEqual([{ body: 'first visit: facial' }]);
    const log = history.body.data!.member.auditLog.nodes;
    expect(log.map((e: { action: string }) => e.action)).toEqual(['convert', 'comment', 'create']);
    expect(JSON.parse(log[0].before)).toMatchObject({ memberNo: walkIn.memberNo, isWalkIn: true, lastName: '' });
    expect(JSON.parse(log[0].after)).toMatchObject({ memberNo: 'A001', isWalkIn: false, lastName: '張' });
    expect(log[0].actor.code).toBe(tkoSales.code);
  });

  it('runs the full registration checks on conversion and changes nothing when they fail', async () => {
    const created = await as(frontDesk, WALK_IN, { input: { phone: '55443300', branchId: String(tko.id) } });
    const id = created.body.data!.createWalkIn.id;
    const before = await writeCounts(ds);
    for (const [override, field] of [
      [{ lastName: '' }, 'lastName'],
      [{ email: 'bad' }, 'email'],
      [{ birthday: '2999-01-01' }, 'birthday'],
      [{ referrerId: id }, 'referrerId'],
    ] as const) {
      const res = await as(frontDesk, CONVERT, { id, input: registration(tko, trial.id, override) });
      expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await writeCounts(ds)).toEqual(before);
    expect(await ds.getRepository(Member).findOneByOrFail({ id: Number(id) })).toMatchObject({ isWalkIn: true, memberNo: created.body.data!.createWalkIn.memberNo });
  });

  it('refuses to convert a member who is not a walk-in', async () => {
    const member = await aMember(ds, tko, trial);
    const res = await as(frontDesk, CONVERT, { id: String(member.id), input: registration(tko, trial.id) });
    expect(res.body.errors?.[0]).toMatchObject({ message: '"id" is invalid: is not a walk-in', extensions: { field: 'id' } });
  });

  it('works with an API token', async () => {
    const created = await gql('mutation { createApiToken(input: { name: "kiosk" }) { secret } }', {}, { cookie: await sessionCookieFor(frontDesk) });
    const bearer = created.body.data!.createApiToken.secret;
    const walkIn = await gql(WALK_IN, { input: { phone: '+86 139 0000 1111', branchId: String(tko.id) } }, { bearer });
    expect(walkIn.body.data?.createWalkIn).toMatchObject({ phone: '13900001111', isWalkIn: true });
    const converted = await gql(CONVERT, { id: walkIn.body.data!.createWalkIn.id, input: registration(tko, trial.id, { phone: '13900001111' }) }, { bearer });
    expect(converted.body.data?.convertWalkIn).toMatchObject({ isWalkIn: false });
  });
});
