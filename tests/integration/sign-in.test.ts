import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { Staff, StaffSession } from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import { authOptions } from '../../services/auth/auth-options';
import { authenticateStaff } from '../../services/auth/authenticate-staff.service';
import { parseRefusal } from '../../services/auth/sign-in-refusal';
import { aBranch, aStaff, TEST_PASSWORD } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

// Small limits, read when the first sign-in builds the guard, so the tests stay short.
process.env.SIGN_IN_LOGIN_ATTEMPTS_PER_MINUTE = '3';
process.env.SIGN_IN_ADDRESS_FAILURES_PER_15_MINUTES = '6';
process.env.SIGN_IN_LOCK_AFTER = '5';
process.env.SIGN_IN_LOCK_MINUTES = '15';

let db: TestDatabase;
let ds: DataSource;
let branch: Awaited<ReturnType<typeof aBranch>>;
let staff: Staff;
let managerCookie: string;

type User = { id: string; name: string; sessionId: string };
type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<User | null>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

/** The library and the guard read Date.now(); the tests move it instead of waiting. */
let clock = Date.now();
const moveClock = (ms: number) => {
  clock += ms;
};

/** What the form would be told: null for a plain wrong password, else the refusal. */
async function attempt(login: string, password: string, headers: Record<string, string> = {}) {
  try {
    const user = await authorize({ login, password }, { headers });
    return user ? { signedIn: user } : { refused: 'failed' as const };
  } catch (error) {
    const refusal = parseRefusal((error as Error).message);
    if (!refusal) throw error;
    return { refused: refusal.reason, retryAt: refusal.retryAt.getTime() };
  }
}

const via = (client: string, ...hops: string[]) => ({ 'x-forwarded-for': [client, ...hops].join(', ') });

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  branch = await aBranch(ds);
  staff = await aStaff(ds, branch, [StaffRole.SALESPERSON], { login: 'beauty', displayName: 'HKB2B Support' });
  managerCookie = await sessionCookieFor(await aStaff(ds, branch, [StaffRole.MANAGER]));
});

beforeEach(() => {
  delete process.env.TRUSTED_PROXIES;
  // Each test starts after every earlier counter's window (but not an earlier lock) has passed.
  moveClock(60 * 60_000);
  jest.spyOn(Date, 'now').mockImplementation(() => clock);
});

afterEach(() => jest.restoreAllMocks());

afterAll(() => db.drop());

describe('authenticateStaff', () => {
  it('accepts the right login and password, ignoring login case and spaces', async () => {
    expect((await authenticateStaff(ds, ' Beauty ', TEST_PASSWORD))?.id).toBe(staff.id);
  });

  it.each([
    ['beauty', 'wrong password'],
    ['nobody', TEST_PASSWORD],
    ['', ''],
  ])('refuses %j / %j without saying which part was wrong', async (login, password) => {
    expect(await authenticateStaff(ds, login, password)).toBeNull();
  });

  it('refuses inactive staff and staff without a password', async () => {
    const inactive = await aStaff(ds, branch, [StaffRole.SALESPERSON], { active: false });
    const noPassword = await aStaff(ds, branch, [StaffRole.BEAUTICIAN], { passwordHash: null });
    expect(await authenticateStaff(ds, inactive.login, TEST_PASSWORD)).toBeNull();
    expect(await authenticateStaff(ds, noPassword.login, '')).toBeNull();
  });
});

describe('next-auth credentials sign-in', () => {
  it('signs in and starts a server-side session', async () => {
    const result = await attempt('beauty', TEST_PASSWORD, { 'user-agent': 'Jest' });
    expect(result.signedIn).toEqual({ id: String(staff.id), name: 'HKB2B Support', sessionId: expect.any(String) });
    const session = await ds.getRepository(StaffSession).findOneByOrFail({ id: result.signedIn!.sessionId });
    expect(session).toMatchObject({ staffId: staff.id, revokedAt: null, userAgent: 'Jest', address: null });
  });

  it('does not let a new X-Forwarded-For per try escape the per-login limit', async () => {
    for (let i = 1; i <= 3; i++) expect(await attempt('beauty', 'nope', via(`203.0.113.${i}`))).toEqual({ refused: 'failed' });
    // Even the right password is not checked until the minute is over.
    expect(await attempt('beauty', TEST_PASSWORD, via('203.0.113.4'))).toEqual({ refused: 'throttled', retryAt: clock + 60_000 });
    expect(await attempt('beauty', TEST_PASSWORD)).toMatchObject({ refused: 'throttled' });
    moveClock(60_000);
    expect(await attempt('beauty', TEST_PASSWORD, via('203.0.113.5'))).toHaveProperty('signedIn');
  });

  it('checks at most the allowed number of passwords when guesses arrive all at once', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt('parallel-guess', 'nope', via(`203.0.113.${i}`))));
    expect(results.filter((r) => r.refused === 'failed')).toHaveLength(3);
    expect(results.filter((r) => r.refused === 'throttled')).toHaveLength(9);
  });

  it('limits a login across real addresses behind a trusted proxy', async () => {
    process.env.TRUSTED_PROXIES = '10.0.0.0/8';
    for (let i = 1; i <= 3; i++) expect(await attempt('beauty', 'nope', via(`198.51.100.${i}`, '10.0.0.2'))).toEqual({ refused: 'failed' });
    expect(await attempt('beauty', TEST_PASSWORD, via('198.51.100.4', '10.0.0.2'))).toMatchObject({ refused: 'throttled' });
  });

  it('limits failures per address across logins, believing only the hops the proxies added', async () => {
    process.env.TRUSTED_PROXIES = '10.0.0.0/8, ::1';
    // The client prepends a new address each time; the proxy appends the one it saw.
    for (let i = 1; i <= 6; i++) {
      expect(await attempt(`guess${i}`, 'nope', via(`192.0.2.${i}`, '198.51.100.50', '10.0.0.2'))).toEqual({ refused: 'failed' });
    }
    expect(await attempt('beauty', TEST_PASSWORD, via('192.0.2.99', '198.51.100.50', '10.0.0.2'))).toMatchObject({ refused: 'throttled' });
    // The same login from another address is not held up by that address.
    const elsewhere = await attempt('beauty', TEST_PASSWORD, via('198.51.100.51', '10.0.0.2'));
    expect(elsewhere).toHaveProperty('signedIn');
    const session = await ds.getRepository(StaffSession).findOneByOrFail({ id: elsewhere.signedIn!.sessionId });
    expect(session.address).toBe('198.51.100.51');
  });

  /** `count` wrong passwords for `login`, waiting out the per-login minute as needed; the last answer. */
  async function fail(login: string, count: number) {
    let last;
    for (let i = 1; i <= count; i++) {
      last = await attempt(login, 'nope');
      if (i % 3 === 0) moveClock(60_000);
    }
    return last;
  }

  it('locks a login after consecutive failures until a manager unlocks it', async () => {
    expect(await fail('beauty', 4)).toEqual({ refused: 'failed' });
    const lockedAt = clock;
    expect(await attempt('beauty', 'nope')).toEqual({ refused: 'locked', retryAt: lockedAt + 15 * 60_000 });
    moveClock(10 * 60_000);
    expect(await attempt('beauty', TEST_PASSWORD)).toEqual({ refused: 'locked', retryAt: lockedAt + 15 * 60_000 });

    const query = 'mutation($id: ID!) { unlockStaffSignIn(staffId: $id) { id login } }';
    const salesperson = await sessionCookieFor(await aStaff(ds, branch, [StaffRole.SALESPERSON]));
    expect((await gql(query, { id: String(staff.id) }, { cookie: salesperson })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await attempt('beauty', TEST_PASSWORD)).toMatchObject({ refused: 'locked' });
    const unlocked = await gql(query, { id: String(staff.id) }, { cookie: managerCookie });
    expect(unlocked.body.data?.unlockStaffSignIn).toEqual({ id: String(staff.id), login: 'beauty' });
    expect(await attempt('beauty', TEST_PASSWORD)).toHaveProperty('signedIn');
  });

  it('unlocks by itself when the lock time has passed', async () => {
    await fail('beauty', 5);
    moveClock(14 * 60_000);
    expect(await attempt('beauty', TEST_PASSWORD)).toMatchObject({ refused: 'locked' });
    moveClock(60_000);
    expect(await attempt('beauty', TEST_PASSWORD)).toHaveProperty('signedIn');
  });

  it('counts only consecutive failures: a sign-in starts the count again', async () => {
    await fail('beauty', 4);
    expect(await attempt('beauty', TEST_PASSWORD)).toHaveProperty('signedIn');
    expect(await fail('beauty', 4)).toEqual({ refused: 'failed' });
  });

  it('locks unknown logins alike, so a lock does not tell which logins exist', async () => {
    expect(await fail('nobody-here', 5)).toMatchObject({ refused: 'locked' });
    expect(await attempt('nobody-here', 'nope')).toMatchObject({ refused: 'locked' });
  });

  it('refuses an unknown staff member to unlock with NOT_FOUND', async () => {
    const res = await gql('mutation { unlockStaffSignIn(staffId: "999999") { id } }', {}, { cookie: managerCookie });
    expect(res.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
