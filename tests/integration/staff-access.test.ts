/**
 * The staff access page's data: who is locked out of sign-in and until when, how many sessions
 * each staff member has live, and the same after a manager unlocks or ends the sessions — through
 * the real sign-in path and the GraphQL route, on SQLite and MariaDB. The operations are the
 * ones the page sends.
 */
import { addTypenameToDocument } from '@apollo/client/utilities';
import { print, type DocumentNode } from 'graphql';
import type { DataSource } from 'typeorm';
import { EndStaffSessionsMutation, StaffAccessQuery, UnlockStaffSignInMutation } from '../../components/staff/staff-access-documents';
import { useDataSource } from '../../db/data-source';
import type { Staff } from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import { authOptions } from '../../services/auth/auth-options';
import { parseRefusal } from '../../services/auth/sign-in-refusal';
import { StaffSessionService } from '../../services/auth/staff-session.service';
import { aBranch, aStaff, TEST_PASSWORD } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { countQueries } from '../helpers/query-counter';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

// Read when the first sign-in builds the guard: three failures lock a login for 15 minutes.
process.env.SIGN_IN_LOGIN_ATTEMPTS_PER_MINUTE = '10';
process.env.SIGN_IN_LOCK_AFTER = '3';
process.env.SIGN_IN_LOCK_MINUTES = '15';
const LOCK_MS = 15 * 60_000;

type User = { id: string; name: string; sessionId: string };
type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<User | null>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
const signOutEvent = authOptions.events!.signOut! as (message: { token: Record<string, unknown> }) => Promise<void>;

let db: TestDatabase;
let ds: DataSource;
let branch: Awaited<ReturnType<typeof aBranch>>;
let managerCookie: string;
let salespersonCookie: string;

/** Signs in as the form would; a refusal comes back as its parsed reason. */
async function signIn(login: string, password: string) {
  try {
    return { user: await authorize({ login, password }, { headers: {} }) };
  } catch (error) {
    return { refusal: parseRefusal((error as Error).message) };
  }
}

/** Wrong passwords until the guard locks the login; the instants around the locking attempt. */
async function lockOut(login: string): Promise<{ from: number; to: number }> {
  await signIn(login, 'nope');
  await signIn(login, 'nope');
  const from = Date.now();
  const last = await signIn(login, 'nope');
  const to = Date.now();
  expect(last.refusal?.reason).toBe('locked');
  return { from, to };
}

// The page's documents as Apollo Client sends them (__typename on every selection, which the cost limit counts).
const asSent = (document: DocumentNode) => print(addTypenameToDocument(document));
const STAFF_ACCESS = asSent(StaffAccessQuery);
const UNLOCK_SIGN_IN = asSent(UnlockStaffSignInMutation);
const END_SESSIONS = asSent(EndStaffSessionsMutation);
const nodesOf = (data: Record<string, any> | null | undefined) => data?.staffMembers.edges.map((e: { node: unknown }) => e.node);

const listed = (search: string, cookie = managerCookie) => gql(STAFF_ACCESS, { search, first: 50, after: null }, { cookie });

async function accessOf(staff: Staff, cookie = managerCookie) {
  const res = await listed(staff.code, cookie);
  expect(res.body.errors).toBeUndefined();
  return nodesOf(res.body.data).find((n: { id: string }) => n.id === String(staff.id));
}

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  branch = await aBranch(ds);
  managerCookie = await sessionCookieFor(await aStaff(ds, branch, [StaffRole.MANAGER]));
  salespersonCookie = await sessionCookieFor(await aStaff(ds, branch, [StaffRole.SALESPERSON]));
});

afterAll(() => db.drop());

describe('signInLockedUntil and liveSessionCount', () => {
  it('show a manager the lock and the live sessions, and follow unlockStaffSignIn and endStaffSessions', async () => {
    const staff = await aStaff(ds, branch, [StaffRole.SALESPERSON], { code: 'LOCK01', login: 'locked.one' });
    const bystander = await aStaff(ds, branch, [StaffRole.SALESPERSON], { code: 'LOCK02', login: 'locked.two' });
    await signIn('locked.one', TEST_PASSWORD);
    await signIn('locked.one', TEST_PASSWORD);
    const signedOut = (await signIn('locked.one', TEST_PASSWORD)).user!;
    await signOutEvent({ token: { sid: signedOut.sessionId } });
    // A session that went idle past its expiry a day ago is not live either.
    await new StaffSessionService(ds).start(staff.id, {}, new Date(Date.now() - 24 * 3_600_000));
    const { from, to } = await lockOut('locked.one');

    const locked = await accessOf(staff);
    const until = new Date(locked.signInLockedUntil).getTime();
    expect(until).toBeGreaterThanOrEqual(from + LOCK_MS);
    expect(until).toBeLessThanOrEqual(to + LOCK_MS);
    expect(locked.liveSessionCount).toBe(2);
    expect(await accessOf(bystander)).toMatchObject({ signInLockedUntil: null, liveSessionCount: 0 });

    const unlocked = await gql(UNLOCK_SIGN_IN, { staffId: String(staff.id) }, { cookie: managerCookie });
    expect(unlocked.body.data?.unlockStaffSignIn).toMatchObject({ id: String(staff.id), code: 'LOCK01', signInLockedUntil: null, liveSessionCount: 2 });

    const ended = await gql(END_SESSIONS, { staffId: String(staff.id) }, { cookie: managerCookie });
    expect(ended.body.data?.endStaffSessions).toMatchObject({ staff: { id: String(staff.id), signInLockedUntil: null, liveSessionCount: 0 }, endedSessions: 2 });

    expect(await accessOf(staff)).toMatchObject({ signInLockedUntil: null, liveSessionCount: 0 });
    // Unlocked for real: the right password signs in again, and that session counts.
    expect((await signIn('locked.one', TEST_PASSWORD)).user).toBeTruthy();
    expect(await accessOf(staff)).toMatchObject({ signInLockedUntil: null, liveSessionCount: 1 });
  });

  it('are shown to admins too', async () => {
    const staff = await aStaff(ds, branch, [StaffRole.FRONT_DESK], { code: 'LOCK03', login: 'locked.three' });
    await lockOut('locked.three');
    const admin = await sessionCookieFor(await aStaff(ds, branch, [StaffRole.ADMIN]));
    expect((await accessOf(staff, admin)).signInLockedUntil).not.toBeNull();
  });

  it.each([
    ['signInLockedUntil', 'LOCK04'],
    ['liveSessionCount', 'LOCK05'],
  ])('refuse %s to a salesperson with FORBIDDEN, the rest of the staff list still answering', async (field, code) => {
    const login = code.toLowerCase();
    const staff = await aStaff(ds, branch, [StaffRole.SALESPERSON], { code, login });
    await signIn(login, TEST_PASSWORD);
    await lockOut(login);
    const res = await gql(`query($search: String) { staffMembers(search: $search) { nodes { id ${field} } } }`, { search: code }, { cookie: salespersonCookie });
    expect(res.body.errors?.map((e: any) => [e.path?.slice(-1)[0], e.extensions?.code])).toEqual([[field, 'FORBIDDEN']]);
    const plain = await gql('query($search: String) { staffMembers(search: $search) { nodes { id code } } }', { search: code }, { cookie: salespersonCookie });
    expect(plain.body.data?.staffMembers.nodes).toEqual([{ id: String(staff.id), code }]);
  });

  it('cost the same statements for a page of one staff member as for a page of six', async () => {
    const codes = ['BATCH1', 'BATCH2', 'BATCH3', 'BATCH4', 'BATCH5', 'BATCH6'];
    for (const [i, code] of codes.entries()) {
      await aStaff(ds, branch, [StaffRole.SALESPERSON], { code, login: `batch.${i}` });
      await signIn(`batch.${i}`, TEST_PASSWORD);
    }
    await lockOut('batch.0');
    await lockOut('batch.3');
    const page = async (search: string) => {
      let nodes: Array<{ code: string; signInLockedUntil: string | null; liveSessionCount: number }> = [];
      const statements = await countQueries(ds, async () => {
        nodes = nodesOf((await listed(search)).body.data);
      });
      return { statements, nodes };
    };
    const one = await page('BATCH1');
    const six = await page('BATCH');
    expect(six.nodes.map((n) => [n.code, n.signInLockedUntil !== null, n.liveSessionCount])).toEqual([
      ['BATCH1', true, 1], ['BATCH2', false, 1], ['BATCH3', false, 1], ['BATCH4', true, 1], ['BATCH5', false, 1], ['BATCH6', false, 1],
    ]);
    expect(one.nodes).toHaveLength(1);
    expect(six.statements).toBe(one.statements);
  });
});

describe('staffMembers(search)', () => {
  it('finds staff by part of the name, code or sign-in name, any case; wildcards match themselves', async () => {
    const yu = await aStaff(ds, branch, [StaffRole.SALESPERSON], { code: 'FIND07', displayName: 'Apple Yu', login: 'apple.yu' });
    const chan = await aStaff(ds, branch, [StaffRole.SALESPERSON], { code: 'FIND03', displayName: 'Candy 陳', login: 'candy_chan' });
    const found = async (search: string) =>
      (await gql('query($search: String) { staffMembers(search: $search) { nodes { id } } }', { search }, { cookie: managerCookie })).body.data?.staffMembers.nodes.map(
        (n: { id: string }) => n.id,
      );
    expect(await found('find')).toEqual([String(chan.id), String(yu.id)]);
    expect(await found('apple Y')).toEqual([String(yu.id)]);
    expect(await found('陳')).toEqual([String(chan.id)]);
    expect(await found('y_c')).toEqual([String(chan.id)]);
    expect(await found('e_y')).toEqual([]);
    expect(await found('%')).toEqual([]);
  });
});
