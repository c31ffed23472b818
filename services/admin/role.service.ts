import crypto from 'node:crypto';
import { permissionsBeyond } from './staff-rules';
import type { DataSource, EntityManager } from 'typeorm';
import { Role } from '../../entities/role.entity';
import { Staff } from '../../entities/staff.entity';
import { changedFields, recordAudit, type AuditValues } from '../audit/audit-log.service';
import { requirePermission, type Viewer } from '../auth/viewer';
import { alreadyUsed, DomainError, ErrorCode, notFound } from '../errors/domain-error';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import { parseInput } from '../validation/parse-input';
import { Permission } from './permission';
import { binRowsOf, moveToBin } from './recycle-bin.service';
import { RecycleBinType } from './recycle-bin-type';
import { holdsAnySql } from './role-holders.service';
import { roleKeyFor, roleSchema, type RoleFormInput, type RoleValues } from './role-input.schema';

type Db = DataSource | EntityManager;

const AUDIT_ENTITY = 'role';

const snapshot = (role: Pick<Role, 'name' | 'translations' | 'permissions'>): AuditValues => ({
  name: role.name,
  translations: role.translations,
  permissions: [...role.permissions],
});

/**
 * How many staff hold each role key, in one statement: staff hold roles as a comma-separated
 * list, so the rows' lists are counted here (a chain has hundreds of staff, not millions).
 * `activeOnly` leaves out deactivated staff.
 */
export async function staffCountsByRole(db: Db, activeOnly: boolean): Promise<Map<string, number>> {
  const qb = db.getRepository(Staff).createQueryBuilder('s').select(['s.id', 's.roles']);
  if (activeOnly) qb.where('s.active = :active', { active: true });
  const counts = new Map<string, number>();
  for (const staff of await qb.getMany()) for (const key of new Set(staff.roles)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** Active staff holding any of `keys` (roles.key), counted by the database. */
async function activeHoldersOf(db: Db, keys: readonly string[]): Promise<number> {
  const holds = holdsAnySql(db, 's', keys);
  return db.getRepository(Staff).createQueryBuilder('s').where('s.active = :active', { active: true }).andWhere(holds.sql, holds.params).getCount();
}

/**
 * Roles and permissions (權限設置): roles are named sets of catalogue permissions. Every signed-in
 * staff member reads them (names label staff everywhere); staff holding roles.manage create,
 * rename, translate, change and delete them, each in one transaction with its audit entry.
 *
 * Two guards keep the chain safe: nobody grants a permission they do not hold themselves, and
 * roles.manage cannot be taken from the last role through which an active staff member holds it.
 * Viewers read permissions from the roles table on every request (load-viewer.service), so a
 * change counts for every holder from their next request on, on every app instance.
 */
export class RoleService {
  constructor(private readonly ds: DataSource) {}

  /** A page of roles in the order they were made (the built-in ones first). */
  async list(page: { first: number; after?: string | null }) {
    const qb = this.ds.getRepository(Role).createQueryBuilder('r').orderBy('r.id', 'ASC').take(page.first + 1);
    if (page.after) qb.where('r.id > :afterId', { afterId: Number(decodeCursor(page.after, 1)[0]) });
    const { nodes, hasNextPage } = sliceWithLookahead(await qb.getMany(), page.first);
    return { nodes, hasNextPage, cursorOf: (role: Role) => encodeCursor([role.id]), totalCount: () => this.ds.getRepository(Role).count() };
  }

  async get(id: number): Promise<Role> {
    return find(this.ds.manager, id);
  }

  async create(viewer: Viewer, input: RoleFormInput): Promise<Role> {
    requirePermission(viewer, Permission.RolesManage);
    const values = parseInput(roleSchema, input);
    checkGrantable(viewer, values.permissions, []);
    return this.ds.transaction(async (manager) => {
      await checkNameFree(manager, values.name, null);
      // The key needs the id: a placeholder nobody can hold first, then the key for good.
      const placeholder = `new_${crypto.randomBytes(12).toString('hex')}`;
      const inserted = await manager.save(Role, manager.create(Role, { ...values, key: placeholder, builtIn: false }));
      const key = roleKeyFor(values.name, inserted.id);
      await manager.update(Role, { id: inserted.id }, { key });
      const role = await manager.findOneByOrFail(Role, { id: inserted.id });
      await recordAudit(manager, { entityType: AUDIT_ENTITY, entityId: role.id, action: 'create', actorId: viewer.staffId, after: { key, ...snapshot(role) } });
      return role;
    });
  }

  /** Renames, translates and changes the permissions of a role (built-in ones too); only what changed is audited. */
  async update(viewer: Viewer, id: number, input: RoleFormInput): Promise<Role> {
    requirePermission(viewer, Permission.RolesManage);
    const values: RoleValues = parseInput(roleSchema, input);
    return this.ds.transaction(async (manager) => {
      const role = await find(manager, id);
      checkGrantable(viewer, values.permissions, role.permissions);
      await checkNameFree(manager, values.name, id);
      if (role.permissions.includes(Permission.RolesManage) && !values.permissions.includes(Permission.RolesManage)) {
        await checkRolesManagersRemain(manager, role);
      }
      const diff = changedFields(snapshot(role), snapshot(values));
      if (Object.keys(diff.after).length === 0) return role;
      await manager.update(Role, { id }, { name: values.name, translations: values.translations, permissions: values.permissions });
      await recordAudit(manager, { entityType: AUDIT_ENTITY, entityId: id, action: 'update', actorId: viewer.staffId, ...diff });
      return manager.findOneByOrFail(Role, { id });
    });
  }

  /**
   * Deletes a role nobody holds into the recycle bin (restorable by staff holding roles.manage
   * and recycleBin.restore); built-in roles stay. Any staff record holding it, deactivated ones
   * too, keeps it: they would silently lose its permissions if reactivated.
   */
  async delete(viewer: Viewer, id: number): Promise<Role> {
    requirePermission(viewer, Permission.RolesManage);
    return this.ds.transaction(async (manager) => {
      const role = await find(manager, id);
      if (role.builtIn) throw new DomainError(ErrorCode.Conflict, 'builtInRole', { name: role.name });
      const holders = (await staffCountsByRole(manager, false)).get(role.key) ?? 0;
      if (holders > 0) throw new DomainError(ErrorCode.Conflict, 'roleInUse', { name: role.name, count: holders });
      const rows = binRowsOf(manager, Role, [role]);
      await manager.delete(Role, { id });
      await moveToBin(manager, viewer, { type: RecycleBinType.Role, entityId: id, label: role.name, rows, audit: { entityType: AUDIT_ENTITY, before: { key: role.key, ...snapshot(role) } } });
      return role;
    });
  }
}

async function find(manager: EntityManager, id: number): Promise<Role> {
  const role = await manager.findOneBy(Role, { id });
  if (!role) throw notFound('role');
  return role;
}

/**
 * No privilege escalation: every permission the role would newly grant must be one the viewer
 * holds, job functions aside (an administrator who sells nothing still makes a sales role), the
 * same rule as granting roles to staff. Permissions the role already grants may stay, whoever edits it.
 */
function checkGrantable(viewer: Viewer, wanted: readonly Permission[], already: readonly Permission[]): void {
  const escalation = permissionsBeyond(viewer.permissions, wanted).find((permission) => !already.includes(permission));
  if (escalation) throw new DomainError(ErrorCode.Forbidden, 'cannotGrantPermission', { permission: escalation }, 'permissions');
}

/** Names are unique whatever their case (MariaDB's collation compares so, SQLite does not); the unique key catches a race. */
async function checkNameFree(manager: EntityManager, name: string, exceptId: number | null): Promise<void> {
  const qb = manager.getRepository(Role).createQueryBuilder('r').where('LOWER(r.name) = LOWER(:name)', { name });
  if (exceptId !== null) qb.andWhere('r.id <> :id', { id: exceptId });
  if (await qb.getExists()) throw alreadyUsed('name');
}

/**
 * Refuses taking roles.manage from `role` when no active staff member would hold it through
 * another role afterwards: somebody must always be able to manage roles.
 */
async function checkRolesManagersRemain(manager: EntityManager, role: Role): Promise<void> {
  const others = (await manager.find(Role, { select: { id: true, key: true, permissions: true } }))
    .filter((other) => other.id !== role.id && other.permissions.includes(Permission.RolesManage))
    .map((other) => other.key);
  if ((await activeHoldersOf(manager, others)) === 0) {
    throw new DomainError(ErrorCode.Conflict, 'lastRolesManager', {}, 'permissions');
  }
}
