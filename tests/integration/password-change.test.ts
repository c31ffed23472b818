/**
 * The first-sign-in password change (and any voluntary one) through the password page's own
 * document: a staff member on an initial or reset password reaches nothing but `viewer` and the
 * change; the current password must be right, the new one must meet the policy of the system
 * parameters and differ from it; success clears the flag, restarts the expiry and ends the other
 * sessions, audited without secrets. An expired password forces the change the same way.
 */
import { NextRequest } from 'next/server';
import type { DataSource } from 'typeorm';
import { GET as exportMembers } from '../../app/api/members/export/route';
import * as passwordDocuments from '../../components/account/password-documents';
import { useDataSource } from '../../db/data-source';
import { AuditLog, Staff, StaffSession, type Branch } from '../../entities';
import { SYSTEM_SETTINGS_FIELDS, type SystemSettingsValues } from '../../services/admin/system-settings.schema';
import { SystemSettingsService } from '../../services/admin/system-settings.service';
import { loadViewer } from '../../services/auth/load-viewer.service';
import { hashPassword, verifyPassword } from '../../services/auth/password';
import { StaffRole } from '../../services/staff/staff-role';
import { aBranch, aStaff, TEST_PASSWORD } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { pageOperations, validationErrors } from '../helpers/page-documents';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let branch: Branch;
let admin: Staff;

const CHANGE = pageOperations(passwordDocuments).get('ChangeOwnPassword')!;
const VIEWER = 'query { viewer { id mustChangePassword } }';
const GOOD = 'New-pass 2026';

function refusal(res: { body: { errors?: Array<{ message: string; extensions?: Record<string, any> }> } }) {
  expect(res.body.errors).toHaveLength(1);
  const [error] = res.body.errors!;
  return { code: error.extensions?.code, field: error.extensions?.field, message: error.message };
}

const change = (cookie: string, input: Record<string, unknown>, locale = 'en') => gql(CHANGE, { input }, { cookie, locale });

/** A staff member an administrator just created or reset: on an initial password. */
const aNewStaff = (overrides: Partial<Staff> = {}) => aStaff(ds, branch, [StaffRole.FRONT_DESK], { mustChangePassword: true, passwordChangedAt: new Date(), ...overrides });

async function setPolicy(changes: Partial<SystemSettingsValues>) {
  const current = await new SystemSettingsService(ds).get();
  const values = Object.fromEntries(SYSTEM_SETTINGS_FIELDS.map((field) => [field, current[field]])) as SystemSettingsValues;
  await new SystemSettingsService(ds).update((await loadViewer(ds, admin.id, 'session'))!, { ...values, ...changes });
}

const stored = (staff: Staff) => ds.getRepository(Staff).findOneByOrFail({ id: staff.id });

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  branch = await aBranch(ds);
  admin = await aStaff(ds, branch, [StaffRole.ADMIN]);
});

afterAll(() => db.drop());

it('the page\'s document is valid against the schema', async () => {
  expect(await validationErrors(passwordDocuments)).toEqual({ ChangeOwnPassword: [] });
});

describe('a staff member on an initial password', () => {
  it('may read who they are, and nothing else: every other field and download says to change the password first', async () => {
    const staff = await aNewStaff();
    const cookie = await sessionCookieFor(staff);
    const me = await gql(VIEWER, {}, { cookie });
    expect(me.body.data!.viewer).toEqual({ id: String(staff.id), mustChangePassword: true });
    for (const query of ['query { roles(first: 5) { nodes { key } } }', 'query { members(first: 1) { totalCount } }', 'query { systemSettings { passwordMinLength } }']) {
      expect(refusal(await gql(query, {}, { cookie, locale: 'en' }))).toMatchObject({ code: 'FORBIDDEN', message: 'Please choose a new password before you continue.' });
    }
    expect(refusal(await gql('query { roles(first: 5) { nodes { key } } }', {}, { cookie, locale: 'zh-HK' })).message).toBe('請先設定新密碼才可繼續。');
    const download = await exportMembers(new NextRequest('http://localhost/api/members/export?selection=1&locale=en', { headers: { cookie } }));
    expect(download.status).toBe(403);
    expect((await download.json()).error.message).toBe('Please choose a new password before you continue.');
  });

  it('is refused a wrong current password, naming the field, and nothing changes', async () => {
    const staff = await aNewStaff();
    const cookie = await sessionCookieFor(staff);
    const before = await stored(staff);
    expect(refusal(await change(cookie, { currentPassword: 'not it', newPassword: GOOD }))).toEqual({
      code: 'BAD_USER_INPUT', field: 'currentPassword', message: '"current password" is invalid: is not your current password',
    });
    expect(refusal(await change(cookie, { currentPassword: 'not it', newPassword: GOOD }, 'zh-HK')).message).toBe('「目前密碼」無效：不是你目前的密碼');
    expect(await stored(staff)).toEqual(before);
  });

  it.each([
    ['currentPassword', 'blank', { currentPassword: '' }, '"current password" is invalid: required'],
    ['newPassword', 'blank', { newPassword: '' }, '"new password" is invalid: required'],
    ['newPassword', 'too short', { newPassword: 'ab1' }, '"new password" is invalid: at least 8 characters'],
    ['newPassword', 'without a digit', { newPassword: 'abcdefghij' }, '"new password" is invalid: needs at least one digit'],
    ['newPassword', 'without a letter', { newPassword: '1234567890' }, '"new password" is invalid: needs at least one letter'],
    ['newPassword', 'with spaces at its ends', { newPassword: ' abcdefgh1 ' }, '"new password" is invalid: must not begin or end with a space'],
    ['newPassword', 'over 72 bytes', { newPassword: `a1${'密'.repeat(30)}` }, '"new password" is invalid: too long (at most 72 bytes)'],
  ])('refuses a %s %s, and nothing changes', async (field, _what, bad, message) => {
    const staff = await aNewStaff();
    const cookie = await sessionCookieFor(staff);
    const before = await stored(staff);
    expect(refusal(await change(cookie, { currentPassword: TEST_PASSWORD, newPassword: GOOD, ...bad }))).toEqual({ code: 'BAD_USER_INPUT', field, message });
    expect(await stored(staff)).toEqual(before);
  });

  it('refuses the current password as the new one', async () => {
    const staff = await aNewStaff({ passwordHash: await hashPassword('Same-pass 1') });
    const cookie = await sessionCookieFor(staff);
    const before = await stored(staff);
    expect(refusal(await change(cookie, { currentPassword: 'Same-pass 1', newPassword: 'Same-pass 1' }))).toEqual({
      code: 'BAD_USER_INPUT', field: 'newPassword', message: '"new password" is invalid: must differ from your current password',
    });
    expect(await stored(staff)).toEqual(before);
  });

  it('follows the policy as the system parameters set it: length and mixed case', async () => {
    const staff = await aNewStaff();
    const cookie = await sessionCookieFor(staff);
    await setPolicy({ passwordMinLength: 12, passwordRequireMixedCase: true });
    try {
      expect(refusal(await change(cookie, { currentPassword: TEST_PASSWORD, newPassword: 'Abcdefg123' })).message).toBe('"new password" is invalid: at least 12 characters');
      expect(refusal(await change(cookie, { currentPassword: TEST_PASSWORD, newPassword: 'abcdefghij123' })).message).toBe('"new password" is invalid: needs both upper-case and lower-case letters');
      expect((await change(cookie, { currentPassword: TEST_PASSWORD, newPassword: 'Abcdefghij123' })).body.errors).toBeUndefined();
    } finally {
      await setPolicy({ passwordMinLength: 8, passwordRequireMixedCase: false });
    }
  });

  it('changes it: the flag clears, the expiry restarts, other sessions end and this one goes on, audited without secrets', async () => {
    const staff = await aNewStaff({ passwordChangedAt: new Date(Date.now() - 86_400_000) });
    const other = await sessionCookieFor(staff);
    const cookie = await sessionCookieFor(staff);
    const res = await change(cookie, { currentPassword: TEST_PASSWORD, newPassword: GOOD });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.changeOwnPassword).toMatchObject({ endedSessions: 1, staff: { id: String(staff.id), mustChangePassword: false } });

    const after = await stored(staff);
    expect(after.mustChangePassword).toBe(false);
    expect(after.passwordChangedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await verifyPassword(GOOD, after.passwordHash!)).toBe(true);
    expect(await verifyPassword(TEST_PASSWORD, after.passwordHash!)).toBe(false);

    expect((await gql(VIEWER, {}, { cookie })).body.data!.viewer.mustChangePassword).toBe(false);
    expect((await gql('query { roles(first: 5) { totalCount } }', {}, { cookie })).body.errors).toBeUndefined();
    expect(refusal(await gql(VIEWER, {}, { cookie: other })).code).toBe('UNAUTHENTICATED');
    expect(await ds.getRepository(StaffSession).countBy({ staffId: staff.id })).toBe(2);

    const audit = await ds.getRepository(AuditLog).findOneByOrFail({ entityType: 'staff', entityId: staff.id, action: 'passwordChange' });
    expect(audit.actorId).toBe(staff.id);
    expect(JSON.parse(audit.after!)).toMatchObject({ mustChangePassword: false, endedSessions: 1 });
    const text = `${audit.before} ${audit.after}`;
    for (const secret of [GOOD, TEST_PASSWORD, after.passwordHash!, 'passwordHash']) expect(text).not.toContain(secret);
  });

  it('may be changed voluntarily by anyone signed in, who is refused a wrong current password the same way', async () => {
    const staff = await aStaff(ds, branch, [StaffRole.SALESPERSON]);
    const cookie = await sessionCookieFor(staff);
    expect(refusal(await change(cookie, { currentPassword: 'wrong', newPassword: GOOD })).field).toBe('currentPassword');
    const res = await change(cookie, { currentPassword: TEST_PASSWORD, newPassword: GOOD });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.changeOwnPassword.endedSessions).toBe(0);
  });

  it('needs a signed-in caller', async () => {
    expect(refusal(await gql(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: GOOD } })).code).toBe('UNAUTHENTICATED');
  });
});

describe('an expired password', () => {
  it('forces the change once the policy\'s days have passed, from sign-in on, as an initial password does', async () => {
    const staff = await aStaff(ds, branch, [StaffRole.SALESPERSON], { passwordChangedAt: new Date(Date.now() - 40 * 86_400_000) });
    expect((await gql('query { roles(first: 1) { totalCount } }', {}, { cookie: await sessionCookieFor(staff) })).body.errors).toBeUndefined();
    await setPolicy({ passwordExpiryDays: 30 });
    try {
      const cookie = await sessionCookieFor(staff);
      expect((await ds.getRepository(Staff).findOneByOrFail({ id: staff.id })).mustChangePassword).toBe(true);
      expect(refusal(await gql('query { roles(first: 1) { totalCount } }', {}, { cookie, locale: 'en' })).message).toBe('Please choose a new password before you continue.');
      expect((await gql(VIEWER, {}, { cookie })).body.errors).toBeUndefined();
      expect((await change(cookie, { currentPassword: TEST_PASSWORD, newPassword: GOOD })).body.errors).toBeUndefined();
      expect((await gql('query { roles(first: 1) { totalCount } }', {}, { cookie })).body.errors).toBeUndefined();
    } finally {
      await setPolicy({ passwordExpiryDays: null });
    }
  });
});

