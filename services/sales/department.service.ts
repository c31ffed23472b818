import { Not, type DataSource } from 'typeorm';
import { Department } from '../../entities';
import type { Page } from '../../graphql/connection';
import { Permission } from '../admin/permission';
import { changedFields, recordAudit, type AuditValues } from '../audit/audit-log.service';
import { requirePermission, type Viewer } from '../auth/viewer';
import { alreadyUsed, notFound } from '../errors/domain-error';
import { pageBySortKey } from '../members/config-audit.service';
import { parseInput } from '../validation/parse-input';
import { departmentSchema, type DepartmentFormInput, type DepartmentValues } from './catalogue-input.schema';

const AUDIT_ENTITY = 'department';

const snapshot = (d: Department | DepartmentValues): AuditValues => ({ code: d.code, name: d.name, translations: d.translations, active: d.active });

/**
 * Departments (購買項目部門) that products and treatments count under in offers and sales
 * reports: read by every signed-in staff member, changed by staff holding products.manage.
 * Never deleted (invoice lines name them); an unused one is deactivated.
 */
export class DepartmentService {
  constructor(private readonly ds: DataSource) {}

  /** By code; active ones unless `includeInactive`. */
  list(includeInactive: boolean, page: { first: number; after?: string | null }): Promise<Page<Department>> {
    const query = () => {
      const qb = this.ds.getRepository(Department).createQueryBuilder('d');
      if (!includeInactive) qb.where('d.active = :active', { active: true });
      return qb;
    };
    return pageBySortKey(query, 'd', 'code', page);
  }

  async create(viewer: Viewer, input: DepartmentFormInput): Promise<Department> {
    requirePermission(viewer, Permission.ProductsManage);
    const values = parseInput(departmentSchema, input);
    return this.ds.transaction(async (manager) => {
      if (await manager.existsBy(Department, { code: values.code })) throw alreadyUsed('code');
      const department = await manager.save(Department, manager.create(Department, values));
      await recordAudit(manager, { entityType: AUDIT_ENTITY, entityId: department.id, action: 'create', actorId: viewer.staffId, after: snapshot(department) });
      return department;
    });
  }

  async update(viewer: Viewer, id: number, input: DepartmentFormInput): Promise<Department> {
    requirePermission(viewer, Permission.ProductsManage);
    const values = parseInput(departmentSchema, input);
    return this.ds.transaction(async (manager) => {
      const department = await manager.findOneBy(Department, { id });
      if (!department) throw notFound('department');
      if (await manager.existsBy(Department, { code: values.code, id: Not(id) })) throw alreadyUsed('code');
      const diff = changedFields(snapshot(department), snapshot(values));
      if (Object.keys(diff.after).length === 0) return department;
      await manager.update(Department, { id }, values);
      await recordAudit(manager, { entityType: AUDIT_ENTITY, entityId: id, action: 'update', actorId: viewer.staffId, ...diff });
      return manager.findOneByOrFail(Department, { id });
    });
  }
}
