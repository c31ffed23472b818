import { Not, type DataSource, type EntityManager } from 'typeorm';
import { Department, Product, ProductCategory } from '../../entities';
import type { Page } from '../../graphql/connection';
import { Permission } from '../admin/permission';
import { changedFields, recordAudit, type AuditValues } from '../audit/audit-log.service';
import { requirePermission, type Viewer } from '../auth/viewer';
import { prefixPattern } from '../campaigns/campaign-rules';
import { alreadyUsed, invalidField, notFound } from '../errors/domain-error';
import { pageBySortKey } from '../members/config-audit.service';
import { parseInput } from '../validation/parse-input';
import { productSchema, type ProductFormInput, type ProductValues } from './catalogue-input.schema';

const AUDIT_ENTITY = 'product';

const snapshot = (p: Product | ProductValues): AuditValues => ({
  code: p.code, barcode: p.barcode, name: p.name, translations: p.translations, categoryId: p.categoryId, departmentId: p.departmentId,
  priceCents: p.priceCents, costCents: p.costCents, taxRateBasisPoints: p.taxRateBasisPoints, allowNegativeStock: p.allowNegativeStock,
  lowStockThreshold: p.lowStockThreshold, active: p.active,
});

export type ProductFilter = { search?: string | null; categoryId?: number | null; active?: boolean | null };

/**
 * The product catalogue (商品): read by every signed-in staff member (prices are not secret),
 * changed by staff holding products.manage. Products are never deleted, since invoices and the
 * stock ledger name them; one no longer sold is deactivated. Stock is the stock service's.
 */
export class ProductService {
  constructor(private readonly ds: DataSource) {}

  /** By code; `search` matches part of the code, barcode or name (translations too). */
  list(filter: ProductFilter, page: { first: number; after?: string | null }): Promise<Page<Product>> {
    const search = filter.search?.trim();
    const query = () => {
      const qb = this.ds.getRepository(Product).createQueryBuilder('p');
      if (typeof filter.active === 'boolean') qb.andWhere('p.active = :active', { active: filter.active });
      if (filter.categoryId) qb.andWhere('p.categoryId = :categoryId', { categoryId: filter.categoryId });
      if (search) {
        qb.andWhere("(p.code LIKE :pattern ESCAPE '!' OR p.barcode LIKE :pattern ESCAPE '!' OR p.name LIKE :pattern ESCAPE '!' OR p.translations LIKE :pattern ESCAPE '!')", {
          pattern: `%${prefixPattern(search)}`,
        });
      }
      return qb;
    };
    return pageBySortKey(query, 'p', 'code', page);
  }

  async get(id: number): Promise<Product> {
    const product = await this.ds.getRepository(Product).findOneBy({ id });
    if (!product) throw notFound('product');
    return product;
  }

  async create(viewer: Viewer, input: ProductFormInput): Promise<Product> {
    requirePermission(viewer, Permission.ProductsManage);
    const values = parseInput(productSchema, input);
    return this.ds.transaction(async (manager) => {
      await checkReferences(manager, values, null);
      const product = await manager.save(Product, manager.create(Product, values));
      await recordAudit(manager, { entityType: AUDIT_ENTITY, entityId: product.id, action: 'create', actorId: viewer.staffId, after: snapshot(product) });
      return product;
    });
  }

  /** Replaces every field; issued invoices keep the code, name and price they were sold with. */
  async update(viewer: Viewer, id: number, input: ProductFormInput): Promise<Product> {
    requirePermission(viewer, Permission.ProductsManage);
    const values = parseInput(productSchema, input);
    return this.ds.transaction(async (manager) => {
      const product = await manager.findOneBy(Product, { id });
      if (!product) throw notFound('product');
      await checkReferences(manager, values, id);
      const diff = changedFields(snapshot(product), snapshot(values));
      if (Object.keys(diff.after).length === 0) return product;
      await manager.update(Product, { id }, values);
      await recordAudit(manager, { entityType: AUDIT_ENTITY, entityId: id, action: 'update', actorId: viewer.staffId, ...diff });
      return manager.findOneByOrFail(Product, { id });
    });
  }
}

/** Code and barcode free (ALREADY_USED naming the field), category and department existing. */
async function checkReferences(manager: EntityManager, values: ProductValues, exceptId: number | null): Promise<void> {
  const others = exceptId === null ? {} : { id: Not(exceptId) };
  if (await manager.existsBy(Product, { code: values.code, ...others })) throw alreadyUsed('code');
  if (values.barcode && (await manager.existsBy(Product, { barcode: values.barcode, ...others }))) throw alreadyUsed('barcode');
  if (values.categoryId && !(await manager.existsBy(ProductCategory, { id: values.categoryId }))) throw invalidField('categoryId', 'notAnOption');
  if (values.departmentId && !(await manager.existsBy(Department, { id: values.departmentId }))) throw invalidField('departmentId', 'notAnOption');
}
