import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import type { Branch, Member, Staff } from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor, type GraphQLResponse } from '../helpers/graphql-client';
import { countQueries } from '../helpers/query-counter';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let tst: Branch;
let manager: Staff;
let salesperson: Staff;
let tkoMembers: Member[];
let tstMembers: Member[];

const PAGE = `query($first: Int!, $after: String) {
  members(first: $first, after: $after) {
    edges { cursor node { id memberNo displayName branch { code } group { name } consultant { code } } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO', name: 'Tseung Kwan O' });
  tst = await aBranch(ds, { code: 'TST', name: 'Tsim Sha Tsui' });
  const trial = await aMemberGroup(ds, { code: 'TRIAL', name: 'Trial' });
  manager = await aStaff(ds, tko, [StaffRole.MANAGER, StaffRole.SALESPERSON]);
  salesperson = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS007', displayName: 'Apple Yu' });
  tkoMembers = [];
  for (const [memberNo, lastName, firstName] of [
    ['A001', '陳', '小麗'],
    ['A002', '黃', '美君'],
    ['A003', '陳', '大文'],
    ['A004', '李', '嘉欣'],
  ]) {
    tkoMembers.push(await aMember(ds, tko, trial, { memberNo, lastName, firstName, consultantId: salesperson.id }));
  }
  tstMembers = [];
  for (const memberNo of ['WeM-00004', 'WeM-00005', 'WeM-00006']) {
    tstMembers.push(await aMember(ds, tst, trial, { memberNo, lastName: 'Chan', firstName: 'Susan' }));
  }
});

afterAll(() => db.drop());

async function allPages(cookie: string, first: number) {
  const seen: string[] = [];
  let after: string | null = null;
  let pages = 0;
  let totalCount = -1;
  for (;;) {
    const res: GraphQLResponse = await gql(PAGE, { first, after }, { cookie });
    expect(res.body.errors).toBeUndefined();
    const connection: Record<string, any> = res.body.data!.members;
    totalCount = connection.totalCount;
    seen.push(...connection.edges.map((e: { node: { memberNo: string } }) => e.node.memberNo));
    pages += 1;
    expect(connection.edges.length).toBeLessThanOrEqual(first);
    if (!connection.pageInfo.hasNextPage) break;
    expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1).cursor);
    after = connection.pageInfo.endCursor;
  }
  return { seen, pages, totalCount };
}

describe('members connection', () => {
  it('pages through every member once, in order, with a total count (manager)', async () => {
    const { seen, pages, totalCount } = await allPages(await sessionCookieFor(manager), 3);
    expect(seen).toEqual(['A001', 'A002', 'A003', 'A004', 'WeM-00004', 'WeM-00005', 'WeM-00006']);
    expect(pages).toBe(3);
    expect(totalCount).toBe(7);
  });

  it('shows a salesperson only the members of their branch, in lists and counts', async () => {
    const { seen, totalCount } = await allPages(await sessionCookieFor(salesperson), 2);
    expect(seen).toEqual(['A001', 'A002', 'A003', 'A004']);
    expect(totalCount).toBe(4);
  });

  it('resolves related rows', async () => {
    const res = await gql(PAGE, { first: 1 }, { cookie: await sessionCookieFor(manager) });
    expect(res.body.data?.members.edges[0].node).toEqual({
      id: String(tkoMembers[0].id),
      memberNo: 'A001',
      displayName: '陳小麗',
      branch: { code: 'TKO' },
      group: { name: 'Trial' },
      consultant: { code: 'IS007' },
    });
  });

  it('gives NOT_FOUND, not the data, for a member outside the viewer\'s scope', async () => {
    const query = 'query($id: ID!) { member(id: $id) { memberNo phone } }';
    const cookie = await sessionCookieFor(salesperson);
    const own = await gql(query, { id: String(tkoMembers[1].id) }, { cookie });
    expect(own.body.data?.member.memberNo).toBe('A002');
    const other = await gql(query, { id: String(tstMembers[0].id) }, { cookie, locale: 'en' });
    expect(other.body.data ?? null).toBeNull();
    expect(other.body.errors?.[0]).toMatchObject({ message: 'Member not found.', extensions: { code: 'NOT_FOUND' } });
  });

  it('refuses a cursor it did not issue, naming the field', async () => {
    const res = await gql(PAGE, { first: 2, after: 'not-a-cursor' }, { cookie: await sessionCookieFor(manager), locale: 'zh-HK' });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(res.body.errors?.[0].message).toBe('「分頁游標」無效：不是此列表提供的游標');
  });

  it('refuses an id that is not one, naming the field', async () => {
    const res = await gql('{ member(id: "1 OR 1=1") { id } }', {}, { cookie: await sessionCookieFor(manager), locale: 'en' });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('lists branches as a connection', async () => {
    const res = await gql('{ branches(first: 1) { nodes { code timeZone currency } pageInfo { hasNextPage endCursor } totalCount } }', {}, { cookie: await sessionCookieFor(salesperson) });
    expect(res.body.data?.branches).toMatchObject({ nodes: [{ code: 'TKO', timeZone: 'Asia/Hong_Kong', currency: 'HKD' }], pageInfo: { hasNextPage: true }, totalCount: 2 });
    const next = await gql('query($after: String) { branches(first: 5, after: $after) { nodes { code } pageInfo { hasNextPage } } }', { after: res.body.data?.branches.pageInfo.endCursor }, { cookie: await sessionCookieFor(salesperson) });
    expect(next.body.data?.branches).toEqual({ nodes: [{ code: 'TST' }], pageInfo: { hasNextPage: false } });
  });
});

describe('members connection cost', () => {
  it('runs the same number of SQL statements for a page of 3 and a page of 60 (no N+1)', async () => {
    const groups = [await aMemberGroup(ds), await aMemberGroup(ds), await aMemberGroup(ds)];
    const branches = [tko, tst, await aBranch(ds)];
    const consultants = [salesperson, manager, await aStaff(ds, tst)];
    for (let i = 0; i < 60; i++) {
      await aMember(ds, branches[i % 3], groups[i % 3], { consultantId: consultants[(i + 1) % 3].id });
    }
    const cookie = await sessionCookieFor(manager);
    const QUERY = 'query($first: Int!) { members(first: $first) { nodes { displayName branch { code } group { name } consultant { code branch { code } salesGroup { name } } } totalCount } }';
    const small = await countQueries(ds, () => gql(QUERY, { first: 3 }, { cookie }));
    const large = await countQueries(ds, () => gql(QUERY, { first: 60 }, { cookie }));
    expect(large).toBe(small);
    expect(small).toBeGreaterThanOrEqual(4);
    expect(small).toBeLessThanOrEqual(7);
  });
});
