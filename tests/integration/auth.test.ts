import type { DataSource } from 'typeorm';
import { ApiToken, Staff } from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import { useDataSource } from '../../db/data-source';
import { hashTokenSecret } from '../../services/api-tokens/api-token-secret';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let manager: Staff;
let managerCookie: string;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  const branch = await aBranch(ds, { code: 'TKO', name: 'Tseung Kwan O' });
  const group = await aMemberGroup(ds);
  manager = await aStaff(ds, branch, [StaffRole.MANAGER], { displayName: 'HKB2B Support', code: 'HKB2B' });
  managerCookie = await sessionCookieFor(manager);
  await aMember(ds, branch, group, { memberNo: 'A001', lastName: '陳', firstName: '小麗' });
});

afterAll(() => db.drop());

describe('anonymous callers', () => {
  it('may ask for health', async () => {
    const res = await gql('{ health { ok } }');
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ health: { ok: true } });
  });

  it.each([
    ['viewer', '{ viewer { id } }'],
    ['members', '{ members { nodes { id } } }'],
    ['branches', '{ branches { nodes { code } } }'],
    ['apiTokens', '{ apiTokens { nodes { id } } }'],
    ['createApiToken', 'mutation { createApiToken(input: { name: "x" }) { secret } }'],
    ['revokeApiToken', 'mutation { revokeApiToken(id: "1") { id } }'],
  ])('get UNAUTHENTICATED for %s', async (_field, query) => {
    const res = await gql(query);
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('get the refusal in their language', async () => {
    const en = await gql('{ viewer { id } }', {}, { locale: 'en' });
    const hk = await gql('{ viewer { id } }', {}, { acceptLanguage: 'zh-HK,zh;q=0.9' });
    const th = await gql('{ viewer { id } }', {}, { acceptLanguage: 'th-TH' });
    expect(en.body.errors?.[0].message).toBe('Please sign in first.');
    expect(hk.body.errors?.[0].message).toBe('請先登入。');
    expect(th.body.errors?.[0].message).toBe('กรุณาเข้าสู่ระบบก่อน');
  });

  it('cannot introspect the schema', async () => {
    const res = await gql('{ __schema { types { name } } }');
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('get no field suggestions', async () => {
    const res = await gql('{ membrs { nodes { id } } }');
    expect(res.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors?.[0].message).not.toMatch(/Did you mean/);
  });
});

describe('signed-in staff (session cookie)', () => {
  it('read the viewer with branch', async () => {
    const res = await gql('{ viewer { code displayName roles { key } branch { code } } }', {}, { cookie: managerCookie });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.viewer).toEqual({ code: 'HKB2B', displayName: 'HKB2B Support', roles: [{ key: 'manager' }], branch: { code: 'TKO' } });
  });

  it('may introspect and get suggestions', async () => {
    const schema = await gql('{ __schema { queryType { name } } }', {}, { cookie: managerCookie });
    expect(schema.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const typo = await gql('{ membrs { nodes { id } } }', {}, { cookie: managerCookie });
    expect(typo.body.errors?.[0].message).toMatch(/Did you mean "members"/);
  });

  it('are refused once the session has expired', async () => {
    const expired = await sessionCookieFor(manager, -60);
    const res = await gql('{ viewer { id } }', {}, { cookie: expired });
    expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('are refused with a forged cookie', async () => {
    const res = await gql('{ viewer { id } }', {}, { cookie: 'next-auth.session-token=forged.value.here' });
    expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('are refused when deactivated, even with a valid cookie', async () => {
    const branch = await aBranch(ds);
    const leaver = await aStaff(ds, branch, [StaffRole.SALESPERSON]);
    const cookie = await sessionCookieFor(leaver);
    expect((await gql('{ viewer { id } }', {}, { cookie })).body.data?.viewer.id).toBe(String(leaver.id));
    await ds.getRepository(Staff).update({ id: leaver.id }, { active: false });
    expect((await gql('{ viewer { id } }', {}, { cookie })).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('API tokens', () => {
  const CREATE = 'mutation($name: String!) { createApiToken(input: { name: $name }) { secret token { id name tokenPrefix revokedAt owner { code } } } }';

  async function createToken(name: string) {
    const res = await gql(CREATE, { name }, { cookie: managerCookie });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.createApiToken as { secret: string; token: { id: string; name: string; tokenPrefix: string } };
  }

  it('are created from a session, shown once, and stored only as a hash', async () => {
    const created = await createToken('POS at TKO');
    expect(created.secret).toMatch(/^sct_[A-Za-z0-9_-]{43}$/);
    expect(created.secret.startsWith(created.token.tokenPrefix)).toBe(true);
    const stored = await ds.getRepository(ApiToken).findOneByOrFail({ id: Number(created.token.id) });
    expect(stored.tokenHash).toBe(hashTokenSecret(created.secret));
    expect(JSON.stringify(stored)).not.toContain(created.secret);
    const list = await gql('{ apiTokens { nodes { name tokenPrefix } totalCount } }', {}, { cookie: managerCookie });
    expect(JSON.stringify(list.body)).not.toContain(created.secret);
    expect(list.body.data?.apiTokens.nodes).toContainEqual({ name: 'POS at TKO', tokenPrefix: created.token.tokenPrefix });
  });

  it('read viewer and members as their owner, and record last use', async () => {
    const { secret, token } = await createToken('BI export');
    const res = await gql('{ viewer { code } members(first: 5) { nodes { memberNo displayName } } }', {}, { bearer: secret });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.viewer).toEqual({ code: 'HKB2B' });
    expect(res.body.data?.members.nodes).toEqual([{ memberNo: 'A001', displayName: '陳小麗' }]);
    const stored = await ds.getRepository(ApiToken).findOneByOrFail({ id: Number(token.id) });
    expect(stored.lastUsedAt).toBeInstanceOf(Date);
  });

  it('cannot mint further tokens', async () => {
    const { secret } = await createToken('Marketing tool');
    const res = await gql(CREATE, { name: 'successor' }, { bearer: secret });
    expect(res.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await ds.getRepository(ApiToken).countBy({ name: 'successor' })).toBe(0);
  });

  it('stop working once revoked', async () => {
    const { secret, token } = await createToken('Old POS');
    const revoked = await gql('mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }', { id: token.id }, { cookie: managerCookie });
    expect(revoked.body.data?.revokeApiToken.revokedAt).toEqual(expect.any(String));
    const res = await gql('{ viewer { code } }', {}, { bearer: secret });
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('of someone else cannot be revoked', async () => {
    const { token } = await createToken('Manager only');
    const other = await aStaff(ds, await aBranch(ds), [StaffRole.SALESPERSON]);
    const res = await gql('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id: token.id }, { cookie: await sessionCookieFor(other) });
    expect(res.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await ds.getRepository(ApiToken).findOneByOrFail({ id: Number(token.id) })).revokedAt).toBeNull();
  });

  it.each(['sct_unknown-but-long-enough-0123456789012345678901234567', 'garbage'])('refuse an unknown bearer %s with 401', async (bearer) => {
    const res = await gql('{ health { ok } }', {}, { bearer });
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['', 'en', '"name" is invalid: required'],
    ['x'.repeat(101), 'en', '"name" is invalid: at most 100 characters'],
    ['x'.repeat(101), 'zh-HK', '「名稱」無效：最多 100 字元'],
  ])('reject the name %j naming the field (%s)', async (name, locale, message) => {
    const before = await ds.getRepository(ApiToken).count();
    const res = await gql(CREATE, { name }, { cookie: managerCookie, locale });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(res.body.errors?.[0].message).toBe(message);
    expect(await ds.getRepository(ApiToken).count()).toBe(before);
  });
});
