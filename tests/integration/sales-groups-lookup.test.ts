import { useDataSource } from '../../db/data-source';
import { SalesGroup } from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import { aBranch, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let cookie: string;

const QUERY = 'query($first: Int, $after: String) { salesGroups(first: $first, after: $after) { nodes { id name } pageInfo { hasNextPage endCursor } totalCount } }';

beforeAll(async () => {
  db = await createTestDatabase();
  useDataSource(db.ds);
  const branch = await aBranch(db.ds, { code: 'TKO' });
  const salesperson = await aStaff(db.ds, branch, [StaffRole.SALESPERSON], { code: 'IS007' });
  for (const name of ['Sales Trainee', 'Sales', 'Sales Manager']) await db.ds.getRepository(SalesGroup).save({ name });
  cookie = await sessionCookieFor(salesperson);
});

afterAll(async () => {
  await db.drop();
});

describe('salesGroups (the reports\' 銷售組別 filter)', () => {
  it('lists the sales groups by name, page by page, to any signed-in staff member', async () => {
    const first = await gql(QUERY, { first: 2 }, { cookie });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data!.salesGroups).toMatchObject({
      nodes: [{ name: 'Sales' }, { name: 'Sales Manager' }],
      pageInfo: { hasNextPage: true },
      totalCount: 3,
    });
    const next = await gql(QUERY, { first: 2, after: first.body.data!.salesGroups.pageInfo.endCursor }, { cookie });
    expect(next.body.data!.salesGroups).toMatchObject({ nodes: [{ name: 'Sales Trainee' }], pageInfo: { hasNextPage: false } });
  });

  it('refuses anonymous callers', async () => {
    const res = await gql(QUERY, { first: 2 });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
