import crypto from 'node:crypto';
import { checkRolesManagerRemains } from './role-holders.service';
import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { Branch, Role, SalesGroup, Staff } from '../../entities';
import { recordAudit, changedFields, type AuditValues } from '../audit/audit-log.service';
import { hashPassword } from '../auth/password';
import { StaffSessionService } from '../auth/staff-session.service';
import { requirePermission, type Viewer } from '../auth/viewer';
import { ApiTokenService } from '../api-tokens/api-token.service';
import { prefixPattern } from '../campaigns/campaign-rules';
import { alreadyUsed, DomainError, ErrorCode, invalidField, notFound } from '../errors/domain-error';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import { parseInput } from '../validation/parse-input';
import { memberScopeFor, scopeAllowsBranch, type MemberScope } from '../visibility/member-visibility';
import { isPermission, Permission } from './permission';
import { holdsAnySql } from './role-holders.service';
import {
  staffCreateSchema, staffPasswordResetSchema, staffUpdateSchema,
  type StaffCreateInput, type StaffFormInput, type StaffPasswordResetInput, type StaffValues,
} from './staff-admin-input.schema';
import { generateInitialPassword, mayGrant, outranks, reachWithin } from './staff-rules';
import { passwordPolicyOf, SystemSettingsService } from './system-settings.service';

const AUDIT_ENTITY = 'staff';

type PageRequest = { first: number; after?: string | null };

/** What the staff list can be narrowed to; every filter is optional. */
export type StaffAdminFilter = {
  /** Part of the name, code or sign-in name. */
  search?: string | null;
  branchId?: number | null;
  roleKey?: string | null;
  salesGroupId?: number | null;
  /** true: active only; false: inactive only; absent: both. */
  active?: boolean | null;
};

/** A created or reset staff member with the initial password when the system generated it (shown once). */
export type StaffWithPassword = { staff: Staff; initialPassword: string | null; endedSessions: number };

/** A deactivated staff member and what was ended with it. */
export type StaffDeactivation = { staff: Staff; endedSessions: number; revokedTokens: number };

/** What an audit entry may show of a staff member: never the password or its hash. */
const snapshot = (s: Pick<Staff, 'login' | 'displayName' | 'code' | 'branchId' | 'salesGroupId' | 'roles' | 'memberReach' | 'memberBranchIds'>): AuditValues => ({
  login: s.login,
  displayName: s.displayName,
  code: s.code,
  branchId: s.branchId,
  salesGroupId: s.salesGroupId ?? null,
  roles: [...s.roles],
  memberReach: s.memberReach,
  memberBranchIds: (s.memberBranchIds ?? []).map(Number),
});

/** The stored columns for validated values. */
const columnsOf = (values: StaffValues) => ({
  login: values.login,
  displayName: values.displayName,
  code: values.code,
  branchId: values.branchId,
  salesGroupId: values.salesGroupId,
  roles: values.roleKeys,
  memberReach: values.memberReach,
  memberBranchIds: values.memberBranchIds.length ? values.memberBranchIds.map(String) : null,
});

/**
 * Staff administration (用戶管理): the list of staff within the viewer's scope and creating,
 * editing, deactivating, reactivating and resetting the password of staff, for staff holding
 * staff.manage. Every change is one transaction with its audit entry (no password or hash in it).
 *
 * Scope: a viewer sees and manages only staff whose branch lies within their own member scope
 * (memberScopeFor), cannot move anyone to a branch outside it, cannot grant a role carrying
 * authority they do not hold, cannot widen anyone's member visibility beyond their own, and
 * cannot change someone who holds authority they lack. Nobody deactivates themselves.
 */
export class StaffAdminService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Staff within the viewer's scope by code, narrowed by the filter; keyset-paged on [code, id]. */
  async list(viewer: Viewer, filter: StaffAdminFilter, page: PageRequest) {
    requirePermission(viewer, Permission.StaffManage);
    const scope = memberScopeFor(viewer);
    const search = filter.search?.trim();
    const build = (): SelectQueryBuilder<Staff> => {
      const qb = this.ds.getRepository(Staff).createQueryBuilder('s');
      applyScope(qb, scope);
      if (filter.branchId) qb.andWhere('s.branchId = :branchId', { branchId: filter.branchId });
      if (filter.salesGroupId) qb.andWhere('s.salesGroupId = :salesGroupId', { salesGroupId: filter.salesGroupId });
      if (filter.active !== null && filter.active !== undefined) qb.andWhere('s.active = :active', { active: filter.active });
      if (filter.roleKey) {
        const holders = holdsAnySql(this.ds, 's', [filter.roleKey]);
        qb.andWhere(holders.sql, holders.params);
      }
      if (search) {
        qb.andWhere("(s.code LIKE :pattern ESCAPE '!' OR s.displayName LIKE :pattern ESCAPE '!' OR s.login LIKE :pattern ESCAPE '!')", {
          pattern: `%${prefixPattern(search)}`,
        });
      }
      return qb;
    };
    const qb = build().orderBy('s.code', 'ASC').addOrderBy('s.id', 'ASC').take(page.first + 1);
    if (page.after) {
      const [code, id] = decodeCursor(page.after, 2);
      if (typeof code !== 'string' || typeof id !== 'number') throw invalidField('after', 'invalidCursor');
      qb.andWhere('(s.code > :afterCode OR (s.code = :afterCode AND s.id > :afterId))', { afterCode: code, afterId: id });
    }
    const { nodes, hasNextPage } = sliceWithLookahead(await qb.getMany(), page.first);
    return { nodes, hasNextPage, cursorOf: (s: Staff) => encodeCursor([s.code, s.id]), totalCount: () => build().getCount() };
  }

  /** One staff member within the viewer's scope; outside it they do not exist (NOT_FOUND). */
  async get(viewer: Viewer, id: number): Promise<Staff> {
    requirePermission(viewer, Permission.StaffManage);
    return findInScope(this.ds.manager, viewer, id);
  }

  /** Whether the viewer may change this staff member: within scope and holding no authority the viewer lacks. */
  async manageable(viewer: Viewer, staff: Pick<Staff, 'branchId' | 'roles'>, roles?: readonly Role[]): Promise<boolean> {
    if (!viewer.permissions.has(Permission.StaffManage) || !scopeAllowsBranch(memberScopeFor(viewer), staff.branchId)) return false;
    const held = roles ?? (await this.ds.getRepository(Role).findBy({ key: In([...staff.roles]) }));
    return !outranks(permissionsOfRoles(held), viewer.permissions);
  }

  /** The roles the viewer may grant: those carrying no authority the viewer lacks, by key. */
  async grantableRoles(viewer: Viewer): Promise<Role[]> {
    requirePermission(viewer, Permission.StaffManage);
    const roles = await this.ds.getRepository(Role).find({ order: { key: 'ASC' } });
    return roles.filter((role) => mayGrant(viewer.permissions, role.permissions.filter(isPermission)));
  }

  /** A staff member's API tokens, revoked ones included, newest first. */
  async apiTokensOf(viewer: Viewer, staff: Pick<Staff, 'id' | 'branchId'>, page: PageRequest) {
    requirePermission(viewer, Permission.StaffManage);
    if (!scopeAllowsBranch(memberScopeFor(viewer), staff.branchId)) throw notFound('staff');
    return new ApiTokenService(this.ds).listOf(staff.id, page);
  }

  /**
   * Adds a staff member who must choose their own password at first sign-in. The initial
   * password is the one typed, or, when none is, a generated one returned here once.
   */
  async create(viewer: Viewer, input: StaffCreateInput): Promise<StaffWithPassword> {
    requirePermission(viewer, Permission.StaffManage);
    const policy = passwordPolicyOf(await new SystemSettingsService(this.ds).get());
    const values = parseInput(staffCreateSchema(policy), input);
    const initialPassword = values.initialPassword ?? generateInitialPassword(policy, crypto.randomInt);
    const passwordHash = await hashPassword(initialPassword);
    return this.ds.transaction(async (manager) => {
      await checkGrant(manager, viewer, values);
      await checkFree(manager, values, null);
      const staff = await manager.save(
        Staff,
        manager.create(Staff, { ...columnsOf(values), passwordHash, mustChangePassword: true, passwordChangedAt: this.clock(), active: true }),
      );
      await recordAudit(manager, {
        entityType: AUDIT_ENTITY, entityId: staff.id, action: 'create', actorId: viewer.staffId,
        after: { ...snapshot(staff), active: true, mustChangePassword: true, passwordGenerated: values.initialPassword === null },
      });
      return { staff, initialPassword: values.initialPassword === null ? initialPassword : null, endedSessions: 0 };
    });
  }

  /** Changes a staff member's details, roles and member visibility (not the password). */
  async update(viewer: Viewer, id: number, input: StaffFormInput): Promise<Staff> {
    requirePermission(viewer, Permission.StaffManage);
    const values = parseInput(staffUpdateSchema, input);
    return this.ds.transaction(async (manager) => {
      const staff = await findManageable(manager, viewer, id);
      await checkGrant(manager, viewer, values);
      await checkFree(manager, values, id);
      const diff = changedFields(snapshot(staff), snapshot(columnsOf(values)));
      if (Object.keys(diff.after).length === 0) return staff;
      if (staff.active) await checkRolesManagerRemains(manager, id, { active: true, roles: values.roleKeys });
      await manager.update(Staff, { id }, columnsOf(values));
      await recordAudit(manager, { entityType: AUDIT_ENTITY, entityId: id, action: 'update', actorId: viewer.staffId, ...diff });
      return manager.findOneByOrFail(Staff, { id });
    });
  }

  /**
   * Deactivates a staff member: they cannot sign in, every live session ends and every API token
   * of theirs is revoked, in the same transaction, so an open page or a tool is refused from its
   * next request. Deactivating an inactive staff member changes nothing; nobody deactivates themselves.
   */
  async deactivate(viewer: Viewer, id: number): Promise<StaffDeactivation> {
    requirePermission(viewer, Permission.StaffManage);
    if (id === viewer.staffId) throw new DomainError(ErrorCode.Conflict, 'selfDeactivation');
    const now = this.clock();
    return this.ds.transaction(async (manager) => {
      const staff = await findManageable(manager, viewer, id);
      if (!staff.active) return { staff, endedSessions: 0, revokedTokens: 0 };
      await checkRolesManagerRemains(manager, id, { active: false, roles: staff.roles });
      await manager.update(Staff, { id }, { active: false });
      const endedSessions = await new StaffSessionService(this.ds).endAllOf(id, now, manager);
      const revokedTokens = await new ApiTokenService(this.ds).revokeAllOf(id, now, manager);
      await recordAudit(manager, {
        entityType: AUDIT_ENTITY, entityId: id, action: 'deactivate', actorId: viewer.staffId,
        before: { active: true }, after: { active: false, endedSessions, revokedTokens },
      });
      return { staff: await manager.findOneByOrFail(Staff, { id }), endedSessions, revokedTokens };
    });
  }

  /** Lets an inactive staff member sign in again; their revoked tokens stay revoked. */
  async reactivate(viewer: Viewer, id: number): Promise<Staff> {
    requirePermission(viewer, Permission.StaffManage);
    return this.ds.transaction(async (manager) => {
      const staff = await findManageable(manager, viewer, id);
      if (staff.active) return staff;
      await manager.update(Staff, { id }, { active: true });
      await recordAudit(manager, { entityType: AUDIT_ENTITY, entityId: id, action: 'reactivate', actorId: viewer.staffId, before: { active: false }, after: { active: true } });
      return manager.findOneByOrFail(Staff, { id });
    });
  }

  /**
   * Gives a staff member a new initial password (typed, or generated and returned once): they must
   * change it at their next sign-in, and every live session ends now.
   */
  async resetPassword(viewer: Viewer, id: number, input: StaffPasswordResetInput): Promise<StaffWithPassword> {
    requirePermission(viewer, Permission.StaffManage);
    const policy = passwordPolicyOf(await new SystemSettingsService(this.ds).get());
    const values = parseInput(staffPasswordResetSchema(policy), input);
    const initialPassword = values.initialPassword ?? generateInitialPassword(policy, crypto.randomInt);
    const passwordHash = await hashPassword(initialPassword);
    const now = this.clock();
    return this.ds.transaction(async (manager) => {
      await findManageable(manager, viewer, id);
      await manager.update(Staff, { id }, { passwordHash, mustChangePassword: true, passwordChangedAt: now });
      const endedSessions = await new StaffSessionService(this.ds).endAllOf(id, now, manager);
      await recordAudit(manager, {
        entityType: AUDIT_ENTITY, entityId: id, action: 'resetPassword', actorId: viewer.staffId,
        after: { mustChangePassword: true, passwordGenerated: values.initialPassword === null, endedSessions },
      });
      return {
        staff: await manager.findOneByOrFail(Staff, { id }),
        initialPassword: values.initialPassword === null ? initialPassword : null,
        endedSessions,
      };
    });
  }
}

function applyScope(qb: SelectQueryBuilder<Staff>, scope: MemberScope): void {
  if (scope.kind === 'branches') qb.andWhere('s.branchId IN (:...scopeBranchIds)', { scopeBranchIds: scope.branchIds });
}

function permissionsOfRoles(roles: readonly Pick<Role, 'permissions'>[]): Permission[] {
  return roles.flatMap((role) => role.permissions.filter(isPermission));
}

async function findInScope(manager: EntityManager, viewer: Viewer, id: number): Promise<Staff> {
  const staff = await manager.findOneBy(Staff, { id });
  if (!staff || !scopeAllowsBranch(memberScopeFor(viewer), staff.branchId)) throw notFound('staff');
  return staff;
}

/** A staff member the viewer may change: in scope, and holding no authority the viewer lacks. */
async function findManageable(manager: EntityManager, viewer: Viewer, id: number): Promise<Staff> {
  const staff = await findInScope(manager, viewer, id);
  const roles = await manager.findBy(Role, { key: In(staff.roles.length ? [...staff.roles] : ['']) });
  if (outranks(permissionsOfRoles(roles), viewer.permissions)) throw new DomainError(ErrorCode.Forbidden, 'staffOutranksViewer');
  return staff;
}

/**
 * The branch, sales group, roles and member visibility exist and are the viewer's to give: the
 * branch within the viewer's scope, each role carrying no authority the viewer lacks, the member
 * visibility no wider than the viewer's.
 */
async function checkGrant(manager: EntityManager, viewer: Viewer, values: StaffValues): Promise<void> {
  const scope = memberScopeFor(viewer);
  if (!(await manager.existsBy(Branch, { id: values.branchId }))) throw invalidField('branchId', 'notAnOption');
  if (!scopeAllowsBranch(scope, values.branchId)) throw invalidField('branchId', 'branchOutsideScope');
  if (values.salesGroupId !== null && !(await manager.existsBy(SalesGroup, { id: values.salesGroupId }))) throw invalidField('salesGroupId', 'notAnOption');
  const roles = await manager.findBy(Role, { key: In(values.roleKeys) });
  if (roles.length !== values.roleKeys.length) throw invalidField('roleKeys', 'notAnOption');
  for (const role of roles) {
    if (!mayGrant(viewer.permissions, role.permissions.filter(isPermission))) throw invalidField('roleKeys', 'roleNotGrantable', { role: role.name });
  }
  if (values.memberBranchIds.length) {
    const found = await manager.countBy(Branch, { id: In(values.memberBranchIds) });
    if (found !== values.memberBranchIds.length) throw invalidField('memberBranchIds', 'notAnOption');
  }
  if (!reachWithin(scope, values)) {
    throw invalidField(values.memberBranchIds.some((id) => !scopeAllowsBranch(scope, id)) ? 'memberBranchIds' : 'memberReach', 'reachBeyondOwn');
  }
}

/**
 * Sign-in names and codes are unique whatever their case: MariaDB's collation already compares
 * them so, SQLite does not. The unique keys still catch a concurrent duplicate (ALREADY_USED too).
 */
async function checkFree(manager: EntityManager, values: Pick<StaffValues, 'login' | 'code'>, exceptId: number | null): Promise<void> {
  for (const field of ['login', 'code'] as const) {
    const qb = manager.getRepository(Staff).createQueryBuilder('s').where(`LOWER(s.${field}) = LOWER(:value)`, { value: values[field] });
    if (exceptId !== null) qb.andWhere('s.id <> :id', { id: exceptId });
    if (await qb.getExists()) throw alreadyUsed(field);
  }
}
