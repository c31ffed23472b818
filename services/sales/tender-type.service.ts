import { Not, type DataSource, type EntityManager } from 'typeorm';
import { TenderType } from '../../entities';
import type { TenderKind } from '../../entities/tender-type.entity';
import type { Page } from '../../graphql/connection';
import { Permission } from '../admin/permission';
import { changedFields, recordAudit, type AuditValues } from '../audit/audit-log.service';
import { requirePermission, type Viewer } from '../auth/viewer';
import { alreadyUsed, notFound } from '../errors/domain-error';
import { pageBySortKey } from '../members/config-audit.service';
import { parseInput } from '../validation/parse-input';
import { tenderTypeSchema, type TenderTypeFormInput, type TenderTypeValues } from './tender-type-input.schema';

const AUDIT_ENTITY = 'tender_type';

const snapshot = (t: TenderType | TenderTypeValues): AuditValues => ({
  code: t.code, name: t.name, translations: t.translations, kind: t.kind, givesChange: t.givesChange, sortOrder: t.sortOrder, active: t.active,
});

/**
 * Tender types (付款方式): every signed-in staff member reads them (the cashier's payment
 * buttons); staff holding sales.settings add and change them. They are never deleted: old
 * payments name them, so an unused one is deactivated.
 */
export class TenderTypeService {
  constructor(private readonly ds: DataSource) {}

  /** In the cashier's order (sort order, then id); active ones unless `includeInactive`. */
  list(includeInactive: boolean, page: { first: number; after?: string | null }): Promise<Page<TenderType>> {
    const query = () => {
      const qb = this.ds.getRepository(TenderType).createQueryBuilder('t');
      if (!includeInactive) qb.where('t.active = :active', { active: true });
      return qb;
    };
    return pageBySortKey(query, 't', 'sortOrder', page);
  }

  async get(id: number): Promise<TenderType> {
    const tender = await this.ds.getRepository(TenderType).findOneBy({ id });
    if (!tender) throw notFound('tenderType');
    return tender;
  }

  async create(viewer: Viewer, input: TenderTypeFormInput): Promise<TenderType> {
    requirePermission(viewer, Permission.SalesSettings);
    const values = valuesOf(input);
    return this.ds.transaction(async (manager) => {
      await checkCodeFree(manager, values.code, null);
      const tender = await manager.save(TenderType, manager.create(TenderType, values));
      await recordAudit(manager, { entityType: AUDIT_ENTITY, entityId: tender.id, action: 'create', actorId: viewer.staffId, after: snapshot(tender) });
      return tender;
    });
  }

  /** Replaces every field; payments already taken keep naming it. */
  async update(viewer: Viewer, id: number, input: TenderTypeFormInput): Promise<TenderType> {
    requirePermission(viewer, Permission.SalesSettings);
    const values = valuesOf(input);
    return this.ds.transaction(async (manager) => {
      const tender = await manager.findOneBy(TenderType, { id });
      if (!tender) throw notFound('tenderType');
      await checkCodeFree(manager, values.code, id);
      const diff = changedFields(snapshot(tender), snapshot(values));
      if (Object.keys(diff.after).length === 0) return tender;
      await manager.update(TenderType, { id }, values);
      await recordAudit(manager, { entityType: AUDIT_ENTITY, entityId: id, action: 'update', actorId: viewer.staffId, ...diff });
      return manager.findOneByOrFail(TenderType, { id });
    });
  }
}

function valuesOf(input: TenderTypeFormInput) {
  const values = parseInput(tenderTypeSchema, input);
  return { ...values, kind: values.kind as TenderKind };
}

async function checkCodeFree(manager: EntityManager, code: string, exceptId: number | null): Promise<void> {
  const taken = await manager.existsBy(TenderType, exceptId === null ? { code } : { code, id: Not(exceptId) });
  if (taken) throw alreadyUsed('code');
}
