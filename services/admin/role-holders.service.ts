import type { DataSource, EntityManager } from 'typeorm';
import { Staff } from '../../entities/staff.entity';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { Role } from '../../entities/role.entity';
import { isSqlite } from '../../db/dialect';
import { Permission } from './permission';

type Db = DataSource | EntityManager;

/**
 * Keys of the roles granting a permission. Job functions (who receives contacts, who performs
 * treatments) are permissions too, so "a beautician" is whoever holds a role that grants it.
 */
export async function roleKeysGranting(db: Db, permission: Permission): Promise<string[]> {
  const roles = await db.getRepository(Role).find({ select: { id: true, key: true, permissions: true } });
  return roles.filter((role) => role.permissions.includes(permission)).map((role) => role.key);
}

/** Whether a staff member's role keys include one of `keys`. */
export function holdsAny(staffRoles: readonly string[], keys: readonly string[]): boolean {
  return staffRoles.some((key) => keys.includes(key));
}

/** Whether a staff member (by their role keys) holds a permission through any of their roles. */
export async function staffGranted(db: Db, staffRoles: readonly string[], permission: Permission): Promise<boolean> {
  return holdsAny(staffRoles, await roleKeysGranting(db, permission));
}

/**
 * SQL matching staff (alias `alias`) holding any of the roles: roles are stored comma-separated
 * (TypeORM simple-array), so each key is matched as one whole entry. Parameters are named from
 * `prefix`; no keys matches nobody.
 */
export function holdsAnySql(db: Db, alias: string, keys: readonly string[], prefix = 'roleKey'): { sql: string; params: Record<string, string> } {
  if (keys.length === 0) return { sql: '1 = 0', params: {} };
  const padded = isSqlite(db) ? `(',' || ${alias}.roles || ',')` : `CONCAT(',', ${alias}.roles, ',')`;
  const params: Record<string, string> = {};
  const clauses = keys.map((key, i) => {
    params[`${prefix}${i}`] = `%,${key},%`;
    return `${padded} LIKE :${prefix}${i}`;
  });
  return { sql: `(${clauses.join(' OR ')})`, params };
}

/**
 * Refuses a change to one staff member (deactivation, or new roles) that would leave no active
 * staff member able to manage roles: somebody must always be able to grant authority back.
 */
export async function checkRolesManagerRemains(manager: EntityManager, staffId: number, after: { active: boolean; roles: readonly string[] }): Promise<void> {
  const keys = await roleKeysGranting(manager, Permission.RolesManage);
  if (after.active && holdsAny(after.roles, keys)) return;
  const holders = holdsAnySql(manager, 's', keys);
  const others = await manager.getRepository(Staff).createQueryBuilder('s')
    .where('s.active = :active AND s.id <> :staffId', { active: true, staffId })
    .andWhere(holders.sql, holders.params)
    .getExists();
  if (!others) throw new DomainError(ErrorCode.Conflict, 'lastRolesManagerStaff', {}, after.active ? 'roleKeys' : undefined);
}
