import { type DataSource, type EntityManager } from 'typeorm';
import { Branch } from '../../entities';
import { changedFields, recordAudit, type AuditValues } from '../audit/audit-log.service';
import { requirePermission, type Viewer } from '../auth/viewer';
import { alreadyUsed, DomainError, ErrorCode, notFound } from '../errors/domain-error';
import { parseInput } from '../validation/parse-input';
import { Permission } from './permission';
import { branchSchema, type BranchFormInput } from './branch-input.schema';

const AUDIT_ENTITY = 'branch';

const snapshot = (b: Pick<Branch, 'code' | 'name' | 'translations' | 'address' | 'phone' | 'timeZone'>): AuditValues => ({
  code: b.code, name: b.name, translations: b.translations, address: b.address, phone: b.phone, timeZone: b.timeZone,
});

/**
 * Branch administration (店面管理): create, edit, close and reopen branches, each in one
 * transaction with its audit entry, for staff holding branches.manage.
 *
 * A closed branch keeps its members, staff, appointments and numbering; it takes no new bookings
 * (booking.service refuses with BRANCH_CLOSED) and is left out of pickers for new work. Its staff
 * are not deactivated: staff administration decides about them.
 *
 * Per-branch points and discount rules (不同店面積分折扣規則) arrive with the loyalty work; they
 * belong beside this service (a branch's rule set, edited from the branch page), not on the
 * branches table.
 */
export class BranchAdminService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(viewer: Viewer, input: BranchFormInput): Promise<Branch> {
    requirePermission(viewer, Permission.BranchesManage);
    const values = parseInput(branchSchema, input);
    return this.ds.transaction(async (manager) => {
      await checkCodeFree(manager, values.code, null);
      const branch = await manager.save(Branch, manager.create(Branch, values));
      await recordAudit(manager, { entityType: AUDIT_ENTITY, entityId: branch.id, action: 'create', actorId: viewer.staffId, after: snapshot(branch) });
      return branch;
    });
  }

  async update(viewer: Viewer, id: number, input: BranchFormInput): Promise<Branch> {
    requirePermission(viewer, Permission.BranchesManage);
    const values = parseInput(branchSchema, input);
    return this.ds.transaction(async (manager) => {
      const branch = await find(manager, id);
      await checkCodeFree(manager, values.code, id);
      const diff = changedFields(snapshot(branch), snapshot(values));
      if (Object.keys(diff.after).length === 0) return branch;
      await manager.update(Branch, { id }, values);
      await recordAudit(manager, { entityType: AUDIT_ENTITY, entityId: id, action: 'update', actorId: viewer.staffId, ...diff });
      return manager.findOneByOrFail(Branch, { id });
    });
  }

  /**
   * Closes a branch: from now on it takes no bookings and is not offered for new work. Closing a
   * closed branch changes nothing; the last open branch cannot be closed.
   */
  async close(viewer: Viewer, id: number): Promise<Branch> {
    requirePermission(viewer, Permission.BranchesManage);
    return this.ds.transaction(async (manager) => {
      const branch = await find(manager, id);
      if (branch.closedAt) return branch;
      const others = await manager.getRepository(Branch).createQueryBuilder('b').where('b.closedAt IS NULL AND b.id <> :id', { id }).getCount();
      if (others === 0) throw new DomainError(ErrorCode.Conflict, 'lastOpenBranch');
      const after = { closedAt: this.clock(), closedById: viewer.staffId };
      await manager.update(Branch, { id }, after);
      await recordAudit(manager, {
        entityType: AUDIT_ENTITY, entityId: id, action: 'close', actorId: viewer.staffId, before: { closedAt: null, closedById: null }, after,
      });
      return manager.findOneByOrFail(Branch, { id });
    });
  }

  /** Reopens a closed branch: it takes bookings again. Reopening an open branch changes nothing. */
  async reopen(viewer: Viewer, id: number): Promise<Branch> {
    requirePermission(viewer, Permission.BranchesManage);
    return this.ds.transaction(async (manager) => {
      const branch = await find(manager, id);
      if (!branch.closedAt) return branch;
      const before = { closedAt: branch.closedAt, closedById: branch.closedById };
      await manager.update(Branch, { id }, { closedAt: null, closedById: null });
      await recordAudit(manager, {
        entityType: AUDIT_ENTITY, entityId: id, action: 'reopen', actorId: viewer.staffId, before, after: { closedAt: null, closedById: null },
      });
      return manager.findOneByOrFail(Branch, { id });
    });
  }
}

async function find(manager: EntityManager, id: number): Promise<Branch> {
  const branch = await manager.findOneBy(Branch, { id });
  if (!branch) throw notFound('branch');
  return branch;
}

/**
 * Codes are unique whatever their case ("tko" would be TKO again): MariaDB's collation already
 * compares them so, SQLite does not. The unique key still catches a concurrent duplicate.
 */
async function checkCodeFree(manager: EntityManager, code: string, exceptId: number | null): Promise<void> {
  const qb = manager.getRepository(Branch).createQueryBuilder('b').where('LOWER(b.code) = LOWER(:code)', { code });
  if (exceptId !== null) qb.andWhere('b.id <> :id', { id: exceptId });
  if (await qb.getExists()) throw alreadyUsed('code');
}
