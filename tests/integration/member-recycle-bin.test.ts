import { IsNull, Not, type DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { AuditLog, Member, MemberComment, type Branch, type MemberGroup, type Staff } from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { as } from '../helpers/member-lifecycle-fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let tst: Branch;
let trial: MemberGroup;
let admin: Staff;
let manager: Staff;
let frontDesk: Staff;
let tstFrontDesk: Staff;
let salesperson: Staff;

const DELETE = 'mutation($id: ID!) { deleteMember(id: $id) { id deletedAt } }';
const RESTORE = 'mutation($id: ID!) { restoreMember(id: $id) { id deletedAt } }';
const PURGE = 'mutation($id: ID!) { purgeMember(id: $id) }';
const GET = 'query($id: ID!) { member(id: $id) { id } }';
const BIN = 'query($after: String) { recycleBin(first: 2, after: $after) { nodes { id memberNo } pageInfo { hasNextPage endCursor } totalCount } }';

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO' });
  tst = await aBranch(ds, { code: 'TST' });
  trial = await aMemberGroup(ds, { code: 'TRIAL' });
  admin = await aStaff(ds, tko, [StaffRole.ADMIN]);
  manager = await aStaff(ds, tko, [StaffRole.MANAGER]);
  frontDesk = await aStaff(ds, tko, [StaffRole.FRONT_DESK]);
  tstFrontDesk = await aStaff(ds, tst, [StaffRole.FRONT_DESK]);
  salesperson = await aStaff(ds, tko, [StaffRole.SALESPERSON]);
});

afterAll(() => db.drop());

const visibleIn = async (staff: Staff, id: number) => {
  const list = await as(staff, '{ members(first: 100) { nodes { id } totalCount } }');
  const search = await as(staff, 'query($no: String!) { memberSearch(filter: { memberNo: $no }, first: 10) { nodes { id } totalCount } }', {
    no: (await ds.getRepository(Member).findOneByOrFail({ id })).memberNo,
  });
  const got = await as(staff, GET, { id: String(id) });
  return {
    members: list.body.data!.members.nodes.some((n: { id: string }) => Number(n.id) === id),
    memberSearch: search.body.data!.memberSearch.nodes.some((n: { id: string }) => Number(n.id) === id),
    member: got.body.errors?.[0].extensions?.code ?? 'OK',
  };
};

describe('recycle bin', () => {
  it('deleting hides a member from members, memberSearch and member(id); restoring brings them back', async () => {
    const member = await aMember(ds, tko, trial);
    expect(await visibleIn(manager, member.id)).toEqual({ members: true, memberSearch: true, member: 'OK' });

    const deleted = await as(frontDesk, DELETE, { id: String(member.id) });
    expect(deleted.body.errors).toBeUndefined();
    expect(deleted.body.data!.deleteMember.deletedAt).not.toBeNull();
    expect(await ds.getRepository(Member).findOneByOrFail({ id: member.id })).toMatchObject({ deletedById: frontDesk.id });
    expect(await visibleIn(manager, member.id)).toEqual({ members: false, memberSearch: false, member: 'NOT_FOUND' });
    const bin = await as(manager, BIN);
    expect(bin.body.data!.recycleBin.nodes.map((n: { id: string }) => Number(n.id))).toContain(member.id);

    const again = await as(frontDesk, DELETE, { id: String(member.id) });
    expect(again.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const restored = await as(manager, RESTORE, { id: String(member.id) });
    expect(restored.body.data!.restoreMember.deletedAt).toBeNull();
    expect(await visibleIn(manager, member.id)).toEqual({ members: true, memberSearch: true, member: 'OK' });

    const entries = await ds.getRepository(AuditLog).find({ where: { entityType: 'member', entityId: member.id }, order: { id: 'ASC' } });
    expect(entries.map((e) => [e.action, e.actorId])).toEqual([['delete', frontDesk.id], ['restore', manager.id]]);
    expect(JSON.parse(entries[0].before!)).toEqual({ deletedAt: null });
    expect(JSON.parse(entries[0].after!).deletedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(JSON.parse(entries[1].after!)).toEqual({ deletedAt: null });
  });

  it('lets only front desk, managers and admins delete and restore, and only admins purge', async () => {
    const member = await aMember(ds, tko, trial);
    const refused = await as(salesperson, DELETE, { id: String(member.id) });
    expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await as(salesperson, BIN)).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await as(frontDesk, DELETE, { id: String(member.id) });
    expect((await as(salesperson, RESTORE, { id: String(member.id) })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const staff of [frontDesk, manager]) {
      const res = await as(staff, PURGE, { id: String(member.id) });
      expect(res.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await ds.getRepository(Member).existsBy({ id: member.id })).toBe(true);
  });

  it('purges a deleted member for good, with its comments, keeping an audit entry', async () => {
    const member = await aMember(ds, tko, trial, { email: 'gone@example.com' });
    const referred = await aMember(ds, tko, trial, { referrerId: member.id });
    await as(frontDesk, 'mutation($id: ID!) { addMemberComment(memberId: $id, body: "note") { body } }', { id: String(member.id) });

    const notDeleted = await as(admin, PURGE, { id: String(member.id) });
    expect(notDeleted.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    await as(frontDesk, DELETE, { id: String(member.id) });
    const purged = await as(admin, PURGE, { id: String(member.id) });
    expect(purged.body).toEqual({ data: { purgeMember: true } });
    expect(await ds.getRepository(Member).existsBy({ id: member.id })).toBe(false);
    expect(await ds.getRepository(MemberComment).countBy({ memberId: member.id })).toBe(0);
    expect((await ds.getRepository(Member).findOneByOrFail({ id: referred.id })).referrerId).toBeNull();
    const entry = await ds.getRepository(AuditLog).findOneOrFail({ where: { entityType: 'member', entityId: member.id, action: 'purge' } });
    expect(entry.actorId).toBe(admin.id);
    expect(JSON.parse(entry.before!)).toMatchObject({ memberNo: member.memberNo, email: 'gone@example.com' });
    expect(entry.after).toBeNull();
    expect((await as(admin, RESTORE, { id: String(member.id) })).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lists deleted members newest deletion first, in pages, within the viewer\'s scope', async () => {
    await ds.getRepository(Member).update({ deletedAt: Not(IsNull()) }, { deletedAt: null });
    const ids: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const m = await aMember(ds, tko, trial);
      await ds.getRepository(Member).update({ id: m.id }, { deletedAt: new Date(Date.UTC(2025, 0, 1 + i)) });
      ids.push(m.id);
    }
    const tstMember = await aMember(ds, tst, trial, { deletedAt: new Date(Date.UTC(2025, 0, 10)) });

    const first = await as(manager, BIN);
    expect(first.body.data!.recycleBin.nodes.map((n: { id: string }) => Number(n.id))).toEqual([tstMember.id, ids[2]]);
    expect(first.body.data!.recycleBin.totalCount).toBe(4);
    const next = await as(manager, BIN, { after: first.body.data!.recycleBin.pageInfo.endCursor });
    expect(next.body.data!.recycleBin.nodes.map((n: { id: string }) => Number(n.id))).toEqual([ids[1], ids[0]]);
    expect(next.body.data!.recycleBin.pageInfo.hasNextPage).toBe(false);

    const tstView = await as(tstFrontDesk, BIN);
    expect(tstView.body.data!.recycleBin).toMatchObject({ nodes: [{ id: String(tstMember.id) }], totalCount: 1 });
    expect((await as(tstFrontDesk, RESTORE, { id: String(ids[0]) })).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await as(tstFrontDesk, DELETE, { id: String((await aMember(ds, tko, trial)).id) })).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('works with an API token', async () => {
    const created = await gql('mutation { createApiToken(input: { name: "admin tool" }) { secret } }', {}, { cookie: await sessionCookieFor(admin) });
    const bearer = created.body.data!.createApiToken.secret;
    const member = await aMember(ds, tko, trial);
    expect((await gql(DELETE, { id: String(member.id) }, { bearer })).body.errors).toBeUndefined();
    expect((await gql(RESTORE, { id: String(member.id) }, { bearer })).body.errors).toBeUndefined();
    await gql(DELETE, { id: String(member.id) }, { bearer });
    expect((await gql(PURGE, { id: String(member.id) }, { bearer })).body.data?.purgeMember).toBe(true);
  });
});
