import { Not, type DataSource } from 'typeorm';
import { ProductCategory } from '../../entities';
import type { Page } from '../../graphql/connection';
import { Permission } from '../admin/permission';
import { changedFields, recordAudit, type AuditValues } from '../audit/audit-log.service';
import { requirePermission, type Viewer } from '../auth/viewer';
import { alreadyUsed, notFound } from '../errors/domain-error';
import { pageBySortKey } from '../members/config-audit.service';
import { parseInput } from '../validation/parse-input';
import { categorySchema, type CategoryFormInput, type CategoryValues } from './catalogue-input.schema';

const AUDIT_ENTITY = 'product_category';

const snapshot = (c: ProductCategory | CategoryValues): AuditValues => ({
  code: c.code, name: c.name, translations: c.translations, sortOrder: c.sortOrder, active: c.active,
});

/**
 * Product categories (商品類別): read by every signed-in staff member, changed by staff holding
 * products.manage. Never deleted (products name them); an unused one is deactivated.
 */
export class ProductCategoryService {
  constructor(private readonly ds: DataSource) {}

  /** By sort order, then id; active ones unless `includeInactive`. */
  list(includeInactive: boolean, page: { first: number; after?: string | null }): Promise<Page<ProductCategory>> {
    const query = () => {
      const qb = this.ds.getRepository(ProductCategory).createQueryBuilder('c');
      if (!includeInactive) qb.where('c.active = :active', { active: true });
      return qb;
    };
    return pageBySortKey(query, 'c', 'sortOrder', page);
  }

  async create(viewer: Viewer, input: CategoryFormInput): Promise<ProductCategory> {
    requirePermission(viewer, Permission.ProductsManage);
    const values = parseInput(categorySchema, input);
    return this.ds.transaction(async (manager) => {
      if (await manager.existsBy(ProductCategory, { code: values.code })) throw alreadyUsed('code');
      const category = await manager.save(ProductCategory, manager.create(ProductCategory, values));
      await recordAudit(manager, { entityType: AUDIT_ENTITY, entityId: category.id, action: 'create', actorId: viewer.staffId, after: snapshot(category) });
      return category;
    });
  }

  async update(viewer: Viewer, id: number, input: CategoryFormInput): Promise<ProductCategory> {
    requirePermission(viewer, Permission.ProductsManage);
    const values = parseInput(categorySchema, input);
    return this.ds.transaction(async (manager) => {
      const category = await manager.findOneBy(ProductCategory, { id });
      if (!category) throw notFound('productCategory');
      if (await manager.existsBy(ProductCategory, { code: values.code, id: Not(id) })) throw alreadyUsed('code');
      const diff = changedFields(snapshot(category), snapshot(values));
      if (Object.keys(diff.after).length === 0) return category;
      await manager.update(ProductCategory, { id }, values);
      await recordAudit(manager, { entityType: AUDIT_ENTITY, entityId: id, action: 'update', actorId: viewer.staffId, ...diff });
      return manager.findOneByOrFail(ProductCategory, { id });
    });
  }
}
