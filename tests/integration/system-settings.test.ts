import { NextRequest } from 'next/server';
import type { DataSource } from 'typeorm';
import { createDataSource, useDataSource } from '../../db/data-source';
import { AuditLog, StaffSession, SystemLogo, SystemSettings, type Branch, type Staff } from '../../entities';
import { DELETE as deleteLogo, GET as getLogo, PUT as putLogo } from '../../app/api/admin/logo/route';
import { SETTINGS_RECHECK_MS, SystemSettingsService } from '../../services/admin/system-settings.service';
import { SYSTEM_DEFAULTS } from '../../services/admin/system-settings.schema';
import { StaffSessionService } from '../../services/auth/staff-session.service';
import { StaffRole } from '../../services/staff/staff-role';
import { aBranch, aStaff } from '../helpers/fixtures';
import { sessionCookieFor } from '../helpers/graphql-client';
import { as } from '../helpers/member-lifecycle-fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let branch: Branch;
let admin: Staff;
let salesperson: Staff;

const FIELDS = `companyName defaultLocale currency currencyDisplay currencyDecimals dateFormat defaultTimeZone passwordMinLength
  passwordRequireLettersAndDigits passwordRequireMixedCase passwordExpiryDays sessionLengthMinutes uploadMaxBytes
  recycleBinRetentionDays version logoUrl logoMaxBytes`;
const READ = `query { systemSettings { ${FIELDS} } }`;
const UPDATE = `mutation($input: SystemSettingsInput!) { updateSystemSettings(input: $input) { ${FIELDS} } }`;
const REMOVE_LOGO = 'mutation { removeSystemLogo { version logoUrl } }';

const DEFAULTS = { ...SYSTEM_DEFAULTS };
const CHANGED = {
  ...DEFAULTS,
  companyName: '  Glow Beauty  ',
  defaultLocale: 'en',
  currency: 'mop',
  currencyDisplay: 'code',
  currencyDecimals: 0,
  dateFormat: 'dd/MM/yyyy',
  defaultTimeZone: 'Asia/Macau',
  passwordMinLength: 10,
  passwordRequireMixedCase: true,
  passwordExpiryDays: 90,
  sessionLengthMinutes: 60,
  uploadMaxBytes: 1024 * 1024,
  recycleBinRetentionDays: 30,
};

const stored = async () => ds.getRepository(SystemSettings).findOneByOrFail({ id: 1 });

/** A tiny PNG as far as the signature goes, padded to `size` bytes. */
const png = (size = 64) => {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
};
const LOGO_URL = 'http://localhost/api/admin/logo';
const upload = async (staff: Staff, body: Uint8Array, locale = 'en') =>
  putLogo(new NextRequest(LOGO_URL, { method: 'PUT', body: body as BodyInit, headers: { cookie: await sessionCookieFor(staff), 'content-type': 'image/png', 'x-locale': locale } }));

beforeAll(async () => {
  // A file, not memory, so a second DataSource (a second app instance) can open the same database.
  db = await createTestDatabase({ sqliteFile: true });
  ds = db.ds;
  useDataSource(ds);
  branch = await aBranch(ds, { code: 'SYS' });
  admin = await aStaff(ds, branch, [StaffRole.ADMIN]);
  salesperson = await aStaff(ds, branch, [StaffRole.SALESPERSON]);
});

afterAll(() => db.drop());

describe('reading', () => {
  it('gives every signed-in staff member the seeded defaults, without a logo', async () => {
    const res = await as(salesperson, READ);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.systemSettings).toEqual({ ...DEFAULTS, version: 1, logoUrl: null, logoMaxBytes: 65535 });
  });

  it('refuses anonymous callers', async () => {
    const { gql } = await import('../helpers/graphql-client');
    expect((await gql(READ)).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('saving', () => {
  it('saves every parameter at once, normalised, bumps the version and audits the difference', async () => {
    const auditBefore = await ds.getRepository(AuditLog).countBy({ entityType: 'systemSettings' });
    const res = await as(admin, UPDATE, { input: CHANGED });
    expect(res.body.errors).toBeUndefined();
    const saved = { ...CHANGED, companyName: 'Glow Beauty', currency: 'MOP' };
    expect(res.body.data!.updateSystemSettings).toEqual({ ...saved, version: 2, logoUrl: null, logoMaxBytes: 65535 });
    expect((await as(salesperson, READ)).body.data!.systemSettings).toMatchObject({ ...saved, version: 2 });
    expect(await stored()).toMatchObject({ ...saved, version: 2 });

    const entries = await ds.getRepository(AuditLog).find({ where: { entityType: 'systemSettings' }, order: { id: 'ASC' } });
    expect(entries).toHaveLength(auditBefore + 1);
    const entry = entries[entries.length - 1];
    expect(entry).toMatchObject({ entityId: 1, action: 'update', actorId: admin.id });
    expect(JSON.parse(entry.before!)).toEqual({
      companyName: '', defaultLocale: 'zh-HK', currency: 'HKD', currencyDisplay: 'symbol', currencyDecimals: 2, dateFormat: 'yyyy-MM-dd',
      defaultTimeZone: 'Asia/Hong_Kong', passwordMinLength: 8, passwordRequireMixedCase: false, passwordExpiryDays: null,
      sessionLengthMinutes: 480, uploadMaxBytes: 5242880, recycleBinRetentionDays: 90,
    });
    expect(JSON.parse(entry.after!)).toEqual({
      companyName: 'Glow Beauty', defaultLocale: 'en', currency: 'MOP', currencyDisplay: 'code', currencyDecimals: 0, dateFormat: 'dd/MM/yyyy',
      defaultTimeZone: 'Asia/Macau', passwordMinLength: 10, passwordRequireMixedCase: true, passwordExpiryDays: 90,
      sessionLengthMinutes: 60, uploadMaxBytes: 1048576, recycleBinRetentionDays: 30,
    });
  });

  it('takes "never" for the password expiry and blank for the company name', async () => {
    const res = await as(admin, UPDATE, { input: { ...CHANGED, passwordExpiryDays: null, companyName: '   ' } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.updateSystemSettings).toMatchObject({ passwordExpiryDays: null, companyName: '' });
    expect(await stored()).toMatchObject({ passwordExpiryDays: null, companyName: '' });
  });

  it.each([
    ['companyName', 'x'.repeat(101), '"Company name" is invalid: at most 100 characters', '「公司名稱」無效：最多 100 字元'],
    ['defaultLocale', 'fr', '"Default language" is invalid: not one of the options', null],
    ['currency', 'HK$', '"Currency" is invalid: not a currency code (ISO 4217, e.g. HKD)', null],
    ['currency', 'ABC', '"Currency" is invalid: not a currency code (ISO 4217, e.g. HKD)', null],
    ['currencyDisplay', 'name', '"Currency display" is invalid: not one of the options', null],
    ['currencyDecimals', 4, '"Decimal places" is invalid: must be between 0 and 3', null],
    ['dateFormat', 'dd.MM.yyyy', '"Date format" is invalid: not one of the options', null],
    ['defaultTimeZone', 'Mars/Olympus_Mons', '"Default time zone" is invalid: not an IANA time zone, e.g. Asia/Hong_Kong', '「預設時區」無效：不是 IANA 時區，例如 Asia/Hong_Kong'],
    ['defaultTimeZone', '+08:00', '"Default time zone" is invalid: not an IANA time zone, e.g. Asia/Hong_Kong', null],
    ['passwordMinLength', 5, '"Minimum password length" is invalid: must be between 6 and 64', null],
    ['passwordMinLength', 65, '"Minimum password length" is invalid: must be between 6 and 64', null],
    ['passwordExpiryDays', 0, '"Password expiry (days)" is invalid: must be between 1 and 3650', null],
    ['sessionLengthMinutes', 14, '"Session length (minutes)" is invalid: must be between 15 and 10080', '「閒置登出時間（分鐘）」無效：必須介乎 15 至 10080'],
    ['uploadMaxBytes', 10_239, '"Upload limit (bytes)" is invalid: must be between 10240 and 52428800', null],
    ['recycleBinRetentionDays', 0, '"Recycle bin retention (days)" is invalid: must be between 1 and 3650', null],
  ])('refuses a bad %s (%j), naming the field, saving nothing', async (field, value, en, zhHK) => {
    const before = await stored();
    const auditBefore = await ds.getRepository(AuditLog).count();
    const input = { ...CHANGED, [field]: value };
    const res = await as(admin, UPDATE, { input });
    expect(res.body.errors?.[0]).toMatchObject({ message: en, extensions: { code: 'BAD_USER_INPUT', field } });
    if (zhHK) expect((await as(admin, UPDATE, { input }, 'zh-HK')).body.errors?.[0].message).toBe(zhHK);
    expect(await stored()).toEqual(before);
    expect(await ds.getRepository(AuditLog).count()).toBe(auditBefore);
  });

  it('refuses staff without settings.system, saving nothing', async () => {
    const before = await stored();
    const res = await as(salesperson, UPDATE, { input: { ...CHANGED, companyName: 'Not allowed' } });
    expect(res.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await as(salesperson, REMOVE_LOGO)).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await stored()).toEqual(before);
    // The service refuses too, for callers that bypass GraphQL.
    const viewer = { staffId: salesperson.id, permissions: new Set() } as never;
    await expect(new SystemSettingsService(ds).update(viewer, CHANGED)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('the company logo', () => {
  it('is uploaded by staff with settings.system, served with an ETag, and audited', async () => {
    const res = await upload(admin, png(200));
    expect(res.status).toBe(200);
    const { logoVersion } = await res.json();
    expect(logoVersion).toBe(1);
    const settings = (await as(salesperson, READ)).body.data!.systemSettings;
    expect(settings.logoUrl).toBe('/api/admin/logo?v=1');

    const served = await getLogo(new NextRequest(`${LOGO_URL}?v=1`));
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toContain('immutable');
    expect(Buffer.from(await served.arrayBuffer())).toEqual(Buffer.from(png(200)));
    const etag = served.headers.get('etag')!;
    const again = await getLogo(new NextRequest(LOGO_URL, { headers: { 'if-none-match': etag } }));
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe('public, no-cache');

    const entry = await ds.getRepository(AuditLog).findOneOrFail({ where: { entityType: 'systemSettings', action: 'logoAdd' } });
    expect(JSON.parse(entry.after!)).toEqual({ logoVersion: 1, logoType: 'image/png', logoBytes: 200 });

    // A new logo gets a new address and ETag; the old ETag no longer matches.
    expect((await upload(admin, png(300))).status).toBe(200);
    expect((await getLogo(new NextRequest(LOGO_URL, { headers: { 'if-none-match': etag } }))).status).toBe(200);
  });

  it.each([
    ['not an image', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), '"Logo" is invalid: not a PNG, JPEG, GIF or WebP image'],
    ['empty', new Uint8Array(), '"Logo" is invalid: required'],
    ['too large', png(65_536), '"Logo" is invalid: at most 63 KB'],
  ])('refuses a file that is %s, naming the field, keeping the logo', async (_, body, message) => {
    const before = await ds.getRepository(SystemLogo).findOneByOrFail({ id: 1 });
    const res = await upload(admin, body);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'BAD_USER_INPUT', field: 'logo', message } });
    expect(await ds.getRepository(SystemLogo).findOneByOrFail({ id: 1 })).toEqual(before);
  });

  it('obeys the upload limit when it is below the logo\'s own', async () => {
    const viewer = { staffId: admin.id, permissions: new Set(['settings.system']) } as never;
    await new SystemSettingsService(ds).update(viewer, { ...CHANGED, uploadMaxBytes: 20_480 });
    expect((await as(admin, READ)).body.data!.systemSettings.logoMaxBytes).toBe(20_480);
    const res = await upload(admin, png(20_481), 'zh-HK');
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toBe('「標誌」無效：最多 20 KB');
    expect((await upload(admin, png(20_480))).status).toBe(200);
    await new SystemSettingsService(ds).update(viewer, CHANGED);
  });

  it('is refused to staff without settings.system and to anonymous callers', async () => {
    expect((await upload(salesperson, png())).status).toBe(403);
    expect((await putLogo(new NextRequest(LOGO_URL, { method: 'PUT', body: png() as BodyInit }))).status).toBe(401);
    expect((await deleteLogo(new NextRequest(LOGO_URL, { method: 'DELETE', headers: { cookie: await sessionCookieFor(salesperson) } }))).status).toBe(403);
  });

  it('is removed, after which there is none to serve', async () => {
    const res = await as(admin, REMOVE_LOGO);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.removeSystemLogo.logoUrl).toBeNull();
    expect(await ds.getRepository(SystemLogo).count()).toBe(0);
    expect((await getLogo(new NextRequest(LOGO_URL))).status).toBe(404);
    await ds.getRepository(AuditLog).findOneOrFail({ where: { entityType: 'systemSettings', action: 'logoRemove' } });
    // Removing none changes nothing.
    const version = (await stored()).version;
    expect((await as(admin, REMOVE_LOGO)).body.errors).toBeUndefined();
    expect((await stored()).version).toBe(version);
  });
});

describe('a second app instance', () => {
  it('sees a save of the first once its cached copy is rechecked, with no shared memory', async () => {
    const other = await (await createDataSource(db.url)).initialize();
    try {
      let now = 1_000_000;
      const instanceB = new SystemSettingsService(other, () => now);
      const instanceA = new SystemSettingsService(ds);
      const seen = await instanceB.get();

      const viewer = { staffId: admin.id, permissions: new Set(['settings.system']) } as never;
      const saved = await instanceA.update(viewer, { ...CHANGED, companyName: 'Saved on A', sessionLengthMinutes: 45 });
      expect(saved.version).toBe(seen.version + 1);
      // A's own cache changed at once.
      expect((await new SystemSettingsService(ds).get()).companyName).toBe('Saved on A');

      // B trusts its copy for a moment …
      now += SETTINGS_RECHECK_MS - 1;
      expect((await instanceB.get()).companyName).toBe(seen.companyName);
      // … then one read of the version tells it the copy is stale.
      now += 1;
      const fresh = await instanceB.get();
      expect(fresh).toMatchObject({ companyName: 'Saved on A', sessionLengthMinutes: 45, version: saved.version });

      // While nothing changes, B keeps the same copy after each recheck.
      now += SETTINGS_RECHECK_MS;
      expect(await instanceB.get()).toBe(fresh);
    } finally {
      SystemSettingsService.forget(other);
      await other.destroy();
    }
  });
});

describe('the session length', () => {
  it('ends sessions idle longer than the parameters say, also sessions already running', async () => {
    const viewer = { staffId: admin.id, permissions: new Set(['settings.system']) } as never;
    const settings = new SystemSettingsService(ds);
    await settings.update(viewer, { ...CHANGED, sessionLengthMinutes: 480 });
    const sessions = new StaffSessionService(ds);
    const start = new Date('2026-03-02T01:00:00Z');
    const minutes = (n: number) => new Date(start.getTime() + n * 60_000);
    const sid = await sessions.start(salesperson.id, {}, start);
    const claims = { sub: String(salesperson.id), sid };
    expect((await sessions.viewerFor(claims, minutes(30)))?.staffId).toBe(salesperson.id);

    await settings.update(viewer, { ...CHANGED, sessionLengthMinutes: 20 });
    expect((await sessions.viewerFor(claims, minutes(45)))?.staffId).toBe(salesperson.id);
    expect(await sessions.viewerFor(claims, minutes(65))).toBeNull();

    // A new session lasts the new length.
    const next = await sessions.start(salesperson.id, {}, start);
    expect((await ds.getRepository(StaffSession).findOneByOrFail({ id: next })).expiresAt).toEqual(minutes(20));
    expect(await sessions.viewerFor({ sub: String(salesperson.id), sid: next }, minutes(21))).toBeNull();
  });
});
