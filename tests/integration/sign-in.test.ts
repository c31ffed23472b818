import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { Staff } from '../../entities';
import { StaffRole } from '../../entities/staff.entity';
import { authOptions } from '../../services/auth/auth-options';
import { authenticateStaff } from '../../services/auth/authenticate-staff';
import { aBranch, aStaff, TEST_PASSWORD } from '../helpers/fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let staff: Staff;

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string; name: string } | null>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  const branch = await aBranch(ds);
  staff = await aStaff(ds, branch, [StaffRole.MANAGER], { login: 'beauty', displayName: 'HKB2B Support' });
});

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
    const branch = await aBranch(ds);
    const inactive = await aStaff(ds, branch, [StaffRole.SALESPERSON], { active: false });
    const noPassword = await aStaff(ds, branch, [StaffRole.BEAUTICIAN], { passwordHash: null });
    expect(await authenticateStaff(ds, inactive.login, TEST_PASSWORD)).toBeNull();
    expect(await authenticateStaff(ds, noPassword.login, '')).toBeNull();
  });
});

describe('next-auth credentials sign-in', () => {
  it('signs in with a session user id', async () => {
    expect(await authorize({ login: 'beauty', password: TEST_PASSWORD }, { headers: {} })).toEqual({ id: String(staff.id), name: 'HKB2B Support' });
  });

  it('slows down repeated failures for the same login and address', async () => {
    const timer = jest.spyOn(global, 'setTimeout');
    const headers = { 'x-forwarded-for': '203.0.113.9' };
    const waits = () => timer.mock.calls.map((call) => call[1]).filter((ms) => typeof ms === 'number' && ms >= 500);
    for (let i = 0; i < 3; i++) expect(await authorize({ login: 'beauty', password: 'nope' }, { headers })).toBeNull();
    expect(waits()).toEqual([]);
    expect(await authorize({ login: 'beauty', password: 'nope' }, { headers })).toBeNull();
    expect(waits()).toEqual([500]);
    // Another address is not slowed by someone else's failures.
    expect(await authorize({ login: 'beauty', password: TEST_PASSWORD }, { headers: { 'x-forwarded-for': '198.51.100.1' } })).not.toBeNull();
    expect(waits()).toEqual([500]);
    timer.mockRestore();
  });
});
