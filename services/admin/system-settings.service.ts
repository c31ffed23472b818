import type { DataSource, EntityManager } from 'typeorm';
import { SystemLogo, SystemSettings } from '../../entities/system-settings.entity';
import { changedFields, recordAudit } from '../audit/audit-log.service';
import { requirePermission, type Viewer } from '../auth/viewer';
import { invalidField } from '../errors/domain-error';
import { parseInput } from '../validation/parse-input';
import { Permission } from './permission';
import type { PasswordPolicy } from './password-policy';
import { SYSTEM_DEFAULTS, SYSTEM_SETTINGS_FIELDS, systemSettingsSchema, type SystemSettingsInputValues, type SystemSettingsValues } from './system-settings.schema';

const SETTINGS_ID = 1;
const LOGO_ID = 1;

/**
 * How long an instance trusts its cached parameters before it asks the database (one read of
 * `version` by primary key) whether another instance saved since. A save on this instance
 * replaces its own cache at once.
 */
export const SETTINGS_RECHECK_MS = 2_000;

/** A logo fits a MySQL BLOB (65,535 bytes) and the upload limit, whichever is smaller. */
export const LOGO_MAX_BYTES = 65_535;

/** The parameters as every caller reads them: a frozen plain object. */
export type SystemSettingsSnapshot = Readonly<
  SystemSettingsValues & {
    /** Goes up with every save; a cached copy with the database's version is current. */
    version: number;
    /** Goes up with every logo change; null while there is no logo. */
    logoVersion: number | null;
    updatedAt: Date;
  }
>;

export type SystemLogoFile = { mimeType: string; content: Buffer; version: number };

type CacheEntry = { value: SystemSettingsSnapshot; checkedAt: number };

/**
 * One cache per DataSource, i.e. per app instance's connection to its database: two instances
 * (or two DataSources in a test) never share it, and each rechecks the version on its own.
 */
const caches = new WeakMap<DataSource, CacheEntry>();

function snapshotOf(row: SystemSettings): SystemSettingsSnapshot {
  const values = Object.fromEntries(SYSTEM_SETTINGS_FIELDS.map((field) => [field, row[field]])) as SystemSettingsValues;
  return Object.freeze({
    ...values,
    passwordRequireLettersAndDigits: Boolean(row.passwordRequireLettersAndDigits),
    passwordRequireMixedCase: Boolean(row.passwordRequireMixedCase),
    version: Number(row.version),
    logoVersion: row.logoVersion === null ? null : Number(row.logoVersion),
    updatedAt: row.updatedAt,
  });
}

function editable(snapshot: SystemSettingsSnapshot): SystemSettingsValues {
  return Object.fromEntries(SYSTEM_SETTINGS_FIELDS.map((field) => [field, snapshot[field]])) as SystemSettingsValues;
}

/** The password rules of the parameters, as password-policy.ts takes them. */
export function passwordPolicyOf(settings: SystemSettingsValues): PasswordPolicy {
  return {
    minLength: settings.passwordMinLength,
    requireLettersAndDigits: settings.passwordRequireLettersAndDigits,
    requireMixedCase: settings.passwordRequireMixedCase,
    expiryDays: settings.passwordExpiryDays,
  };
}

/** The media type the bytes themselves declare, among the image types a logo may be; null otherwise. */
export function sniffImageType(bytes: Uint8Array): string | null {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.slice(8, 12)) === 'WEBP') return 'image/webp';
  return null;
}

async function readRow(db: DataSource | EntityManager): Promise<SystemSettings> {
  const repo = db.getRepository(SystemSettings);
  const found = await repo.findOneBy({ id: SETTINGS_ID });
  if (found) return found;
  // The migration seeds the row; this only runs if someone deleted it.
  await repo.insert({ id: SETTINGS_ID, ...SYSTEM_DEFAULTS, logoVersion: null, version: 1 });
  return repo.findOneByOrFail({ id: SETTINGS_ID });
}

/**
 * The system parameters (系統參數): read through a per-instance cache that rechecks the version
 * at most every SETTINGS_RECHECK_MS, changed by staff holding settings.system, every change audited
 * in its transaction and bumping the version so every other instance picks it up.
 */
export class SystemSettingsService {
  /** `clock` is injectable for tests (milliseconds, as Date.now). */
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The current parameters; at most one read of the version by key per SETTINGS_RECHECK_MS. */
  async get(): Promise<SystemSettingsSnapshot> {
    const now = this.clock();
    const cached = caches.get(this.ds);
    if (cached && now >= cached.checkedAt && now - cached.checkedAt < SETTINGS_RECHECK_MS) return cached.value;
    if (cached && (await this.storedVersion()) === cached.value.version) {
      cached.checkedAt = now;
      return cached.value;
    }
    return this.remember(snapshotOf(await readRow(this.ds)));
  }

  /** Replaces every parameter at once (the page saves the whole form); audited as a diff; bumps the version. */
  async update(viewer: Viewer, input: SystemSettingsInputValues): Promise<SystemSettingsSnapshot> {
    requirePermission(viewer, Permission.SettingsSystem);
    const values: SystemSettingsValues = parseInput(systemSettingsSchema, input);
    const saved = await this.ds.transaction(async (manager) => {
      const before = editable(snapshotOf(await readRow(manager)));
      await this.bump(manager, values);
      const after = snapshotOf(await manager.findOneByOrFail(SystemSettings, { id: SETTINGS_ID }));
      const diff = changedFields(before, editable(after));
      if (Object.keys(diff.after).length > 0) {
        await recordAudit(manager, { entityType: 'systemSettings', entityId: SETTINGS_ID, action: 'update', actorId: viewer.staffId, ...diff });
      }
      return after;
    });
    return this.remember(saved);
  }

  /**
   * Sets the company logo from an uploaded file: PNG, JPEG, GIF or WebP as its bytes say (the
   * declared type is not trusted), within the upload limit and LOGO_MAX_BYTES.
   */
  async setLogo(viewer: Viewer, content: Uint8Array): Promise<SystemSettingsSnapshot> {
    requirePermission(viewer, Permission.SettingsSystem);
    const max = Math.min((await this.get()).uploadMaxBytes, LOGO_MAX_BYTES);
    if (content.byteLength === 0) throw invalidField('logo', 'required');
    if (content.byteLength > max) throw invalidField('logo', 'fileTooLarge', { max: Math.floor(max / 1024) });
    const mimeType = sniffImageType(content);
    if (!mimeType) throw invalidField('logo', 'notAnImage');
    const saved = await this.ds.transaction(async (manager) => {
      const before = await readRow(manager);
      const logoVersion = (before.logoVersion ?? 0) + 1;
      await manager.getRepository(SystemLogo).upsert({ id: LOGO_ID, mimeType, content: Buffer.from(content) }, ['id']);
      await this.bump(manager, { logoVersion });
      await recordAudit(manager, {
        entityType: 'systemSettings',
        entityId: SETTINGS_ID,
        action: before.logoVersion === null ? 'logoAdd' : 'logoChange',
        actorId: viewer.staffId,
        before: before.logoVersion === null ? null : { logoVersion: before.logoVersion },
        after: { logoVersion, logoType: mimeType, logoBytes: content.byteLength },
      });
      return snapshotOf(await manager.findOneByOrFail(SystemSettings, { id: SETTINGS_ID }));
    });
    return this.remember(saved);
  }

  /** Removes the company logo; removing none is harmless and changes nothing. */
  async removeLogo(viewer: Viewer): Promise<SystemSettingsSnapshot> {
    requirePermission(viewer, Permission.SettingsSystem);
    const saved = await this.ds.transaction(async (manager) => {
      const before = await readRow(manager);
      if (before.logoVersion === null) return snapshotOf(before);
      await manager.delete(SystemLogo, { id: LOGO_ID });
      await this.bump(manager, { logoVersion: null });
      await recordAudit(manager, {
        entityType: 'systemSettings',
        entityId: SETTINGS_ID,
        action: 'logoRemove',
        actorId: viewer.staffId,
        before: { logoVersion: before.logoVersion },
        after: null,
      });
      return snapshotOf(await manager.findOneByOrFail(SystemSettings, { id: SETTINGS_ID }));
    });
    return this.remember(saved);
  }

  /** The logo's bytes and type, or null when there is none. Not cached: the route answers repeat visits with 304. */
  async logo(): Promise<SystemLogoFile | null> {
    const [settings, logo] = await Promise.all([readRow(this.ds), this.ds.getRepository(SystemLogo).findOneBy({ id: LOGO_ID })]);
    if (!logo || settings.logoVersion === null) return null;
    return { mimeType: logo.mimeType, content: Buffer.from(logo.content), version: Number(settings.logoVersion) };
  }

  /** Forgets this instance's cached copy (tests, or after restoring a backup). */
  static forget(ds: DataSource): void {
    caches.delete(ds);
  }

  private async storedVersion(): Promise<number | null> {
    const row = await this.ds.getRepository(SystemSettings).findOne({ select: { id: true, version: true }, where: { id: SETTINGS_ID } });
    return row ? Number(row.version) : null;
  }

  /** Writes the changes and adds one to the version in the same statement, so concurrent saves never share a version. */
  private async bump(manager: EntityManager, changes: Partial<SystemSettings>): Promise<void> {
    const version = manager.connection.driver.escape('version');
    await manager
      .createQueryBuilder()
      .update(SystemSettings)
      .set({ ...changes, version: () => `${version} + 1` })
      .where('id = :id', { id: SETTINGS_ID })
      .execute();
  }

  private remember(value: SystemSettingsSnapshot): SystemSettingsSnapshot {
    caches.set(this.ds, { value, checkedAt: this.clock() });
    return value;
  }
}
