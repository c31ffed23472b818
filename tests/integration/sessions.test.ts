import { encode } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import type { DataSource } from 'typeorm';
import { GET as health } from '../../app/api/health/route';
import { useDataSource } from '../../db/data-source';
import { Staff, StaffSession } from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import { authOptions } from '../../services/auth/auth-options';
import { authSecret } from '../../services/auth/auth-secret';
import { StaffSessionService } from '../../services/auth/staff-session.service';
import { aBranch, aStaff, TEST_PASSWORD } from '../helpers/fixtures';
import { gql, sessionCookie, sessionCookieFor } from '../helpers/graphql-client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let branch: Awaited<ReturnType<typeof aBranch>>;
let manager: Staff;
let managerCookie: string;

type User = { id: string; name: string; sessionId: string };
const provider = (authOptions.providers[0] as unknown as { options: { authorize: (c: object, r: object) => Promise<User | null> } }).options;
const jwtCallback = authOptions.callbacks!.jwt! as unknown as (params: { token: Record<string, unknown>; user?: User }) => Promise<Record<string, unknown>>;
const signOutEvent = authOptions.events!.signOut! as (message: { token: Record<string, unknown> }) => Promise<void>;

/** Signs in as the browser would: authorize, then next-auth's jwt callback, then the cookie it sets. */
async function signIn(staff: Staff): Promise<{ cookie: string; token: Record<string, unknown> }> {
  const user = await provider.authorize({ login: staff.login, password: TEST_PASSWORD }, { headers: {} });
  const token = await jwtCallback({ token: { name: user!.name }, user: user! });
  const jwt = await encode({ token, secret: authSecret(), maxAge: 60 * 60 });
  return { cookie: `next-auth.session-token=${jwt}`, token };
}

const viewerId = async (cookie: string) => {
  const res = await gql('{ viewer { id } }', {}, { cookie });
  return res.body.data?.viewer?.id ?? res.body.errors?.[0].extensions?.code;
};

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  branch = await aBranch(ds);
  manager = await aStaff(ds, branch, [StaffRole.MANAGER]);
  managerCookie = await sessionCookieFor(manager);
});

afterAll(() => db.drop());

describe('signing out', () => {
  it('ends the session: the same cookie is refused afterwards', async () => {
    const staff = await aStaff(ds, branch, [StaffRole.SALESPERSON]);
    const { cookie, token } = await signIn(staff);
    expect(await viewerId(cookie)).toBe(String(staff.id));
    await signOutEvent({ token });
    expect(await viewerId(cookie)).toBe('UNAUTHENTICATED');
    expect((await ds.getRepository(StaffSession).findOneByOrFail({ id: String(token.sid) })).revokedAt).toBeInstanceOf(Date);
  });

  it('ends only that browser\'s session', async () => {
    const staff = await aStaff(ds, branch, [StaffRole.SALESPERSON]);
    const phone = await signIn(staff);
    const desk = await signIn(staff);
    await signOutEvent({ token: phone.token });
    expect(await viewerId(phone.cookie)).toBe('UNAUTHENTICATED');
    expect(await viewerId(desk.cookie)).toBe(String(staff.id));
  });
});

describe('session cookies', () => {
  it('are refused without a server-side session, though validly signed', async () => {
    const staff = await aStaff(ds, branch, [StaffRole.SALESPERSON]);
    expect(await viewerId(await sessionCookie({ sub: String(staff.id) }))).toBe('UNAUTHENTICATED');
    expect(await viewerId(await sessionCookie({ sub: String(staff.id), sid: 'made-up' }))).toBe('UNAUTHENTICATED');
  });

  it('are refused when they name someone else\'s session', async () => {
    const staff = await aStaff(ds, branch, [StaffRole.SALESPERSON]);
    const { token } = await signIn(staff);
    expect(await viewerId(await sessionCookie({ sub: String(manager.id), sid: token.sid }))).toBe('UNAUTHENTICATED');
  });

  it('stop working after a working day without use, and each use moves that on', async () => {
    const staff = await aStaff(ds, branch, [StaffRole.SALESPERSON]);
    const sessions = new StaffSessionService(ds);
    const start = new Date('2026-03-02T01:00:00Z');
    const sid = await sessions.start(staff.id, {}, start);
    const claims = { sub: String(staff.id), sid };
    const at = (hours: number) => new Date(start.getTime() + hours * 3_600_000);
    expect((await sessions.viewerFor(claims, at(7)))?.staffId).toBe(staff.id);
    expect((await sessions.viewerFor(claims, at(14)))?.staffId).toBe(staff.id);
    expect(await sessions.viewerFor(claims, at(22.5))).toBeNull();
    expect((await ds.getRepository(StaffSession).findOneByOrFail({ id: sid })).lastSeenAt).toEqual(at(14));
  });

  it('stop working when the staff member is deactivated', async () => {
    const staff = await aStaff(ds, branch, [StaffRole.SALESPERSON]);
    const { cookie } = await signIn(staff);
    await ds.getRepository(Staff).update({ id: staff.id }, { active: false });
    expect(await viewerId(cookie)).toBe('UNAUTHENTICATED');
  });

  it('stop working once the cookie itself expires, though it was read before (decoded cookies are remembered)', async () => {
    const staff = await aStaff(ds, branch, [StaffRole.SALESPERSON]);
    const cookie = await sessionCookieFor(staff, 60);
    expect(await viewerId(cookie)).toBe(String(staff.id));
    // Only the clock is faked: the database driver keeps its real timers.
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] });
    jest.setSystemTime(Date.now() + 2 * 60_000);
    try {
      expect(await viewerId(cookie)).toBe('UNAUTHENTICATED');
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('endStaffSessions', () => {
  const END = 'mutation($id: ID!) { endStaffSessions(staffId: $id) { staff { id } endedSessions } }';

  it('signs a staff member out everywhere at once, and no one else', async () => {
    const staff = await aStaff(ds, branch, [StaffRole.SALESPERSON]);
    const colleague = await aStaff(ds, branch, [StaffRole.SALESPERSON]);
    const [phone, desk, other] = [await signIn(staff), await signIn(staff), await signIn(colleague)];
    await signOutEvent({ token: desk.token });
    const res = await gql(END, { id: String(staff.id) }, { cookie: managerCookie });
    expect(res.body.data?.endStaffSessions).toEqual({ staff: { id: String(staff.id) }, endedSessions: 1 });
    expect(await viewerId(phone.cookie)).toBe('UNAUTHENTICATED');
    expect(await viewerId(other.cookie)).toBe(String(colleague.id));
    // Signing in again works as usual.
    expect(await viewerId((await signIn(staff)).cookie)).toBe(String(staff.id));
  });

  it.each([
    ['a salesperson', [StaffRole.SALESPERSON], 'FORBIDDEN'],
    ['front desk', [StaffRole.FRONT_DESK], 'FORBIDDEN'],
  ])('is refused to %s', async (_who, roles, code) => {
    const staff = await aStaff(ds, branch, [StaffRole.SALESPERSON]);
    const { cookie } = await signIn(staff);
    const caller = await sessionCookieFor(await aStaff(ds, branch, roles));
    const res = await gql(END, { id: String(staff.id) }, { cookie: caller });
    expect(res.body.errors?.[0].extensions?.code).toBe(code);
    expect(await viewerId(cookie)).toBe(String(staff.id));
  });

  it('answers NOT_FOUND for an unknown staff member', async () => {
    const res = await gql(END, { id: '999999' }, { cookie: managerCookie });
    expect(res.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('/api/health', () => {
  const call = (headers: Record<string, string> = {}) => health(new NextRequest('http://localhost/api/health', { headers }));

  it('tells anonymous callers only whether it is up', async () => {
    const res = await call();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it.each([
    ['a salesperson\'s session', StaffRole.SALESPERSON],
    ['a beautician\'s session', StaffRole.BEAUTICIAN],
  ])('tells %s only whether it is up', async (_who, role) => {
    const cookie = await sessionCookieFor(await aStaff(ds, branch, [role]));
    expect(await (await call({ cookie })).json()).toEqual({ ok: true });
  });

  it('treats a wrong bearer token as anonymous rather than refusing a health check', async () => {
    const res = await call({ authorization: 'Bearer sct_not-a-token' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it.each([StaffRole.MANAGER, StaffRole.ADMIN])('shows the database and its migrations to a signed-in %s', async (role) => {
    const cookie = await sessionCookieFor(await aStaff(ds, branch, [role]));
    const body = await (await call({ cookie })).json();
    expect(body).toMatchObject({ ok: true, database: { connected: true }, migrations: { pending: [] } });
    expect(body.migrations.applied).toContain('SignInAndSessions1765200000000');
  });

  it('shows the anonymous answer again once that session has ended', async () => {
    const admin = await aStaff(ds, branch, [StaffRole.ADMIN]);
    const { cookie, token } = await signIn(admin);
    expect(await (await call({ cookie })).json()).toHaveProperty('migrations');
    await signOutEvent({ token });
    expect(await (await call({ cookie })).json()).toEqual({ ok: true });
  });
});
