/**
 * Package types (計次 / discount packages, `003_*`): what the salon sells, kept by managers
 * (prepaid.manage). A type in use is deactivated rather than removed; selling copies the type onto
 * the member's package, so changing a type never changes what was sold.
 */
import { In, type DataSource, type EntityManager } from 'typeorm';
import { PackageType, Treatment } from '../../entities';
import { PackageKind } from '../../entities/package-type.entity';
import type { Page } from '../../graphql/connection';
import { Permission } from '../admin/permission';
import { changedFields, recordAudit } from '../audit/audit-log.service';
import { requirePermission, type Viewer } from '../auth/viewer';
import { alreadyUsed, invalidField, notFound } from '../errors/domain-error';
import { prefixPattern } from '../campaigns/campaign-rules';
import { pageBySortKey } from '../members/config-audit.service';
import { parseInput } from '../validation/parse-input';
import { packageTypeSchema, type PackageTypeInput, type PackageTypeValues } from './package-type-input.schema';
import { suggestedPackageValueCents } from './prepaid-rules';

const AUDIT_ENTITY = 'package_type';

const snapshot = (t: PackageType | (PackageTypeValues & { kind: PackageKind })) => ({
  code: t.code,
  name: t.name,
  kind: t.kind,
  treatmentIds: t.treatmentIds,
  sessions: t.sessions,
  valueCents: t.valueCents,
  priceCents: t.priceCents,
  validityMonths: t.validityMonths,
  active: Boolean(t.active),
});

/** The linked treatments must exist and be active (inactive ones cannot be booked or sold). */
async function checkTreatments(manager: EntityManager, ids: number[] | null): Promise<void> {
  if (!ids) return;
  const found = await manager.findBy(Treatment, { id: In(ids) });
  if (found.length !== ids.length) throw invalidField('treatmentIds', 'notFound', { entity: 'treatment' });
  if (found.some((t) => !t.active)) throw invalidField('treatmentIds', 'inactiveChoice');
}

const columnsOf = (values: PackageTypeValues) => ({ ...values, kind: values.kind as PackageKind });

/** `active` null: every type. */
export type PackageTypeFilter = { active?: boolean | null; search?: string | null };

export class PackageTypeService {
  constructor(private readonly ds: DataSource) {}

  /** Types by code; `search` matches code or name. Every signed-in staff member may read them (the sell form). */
  list(filter: PackageTypeFilter, page: { first: number; after?: string | null }): Promise<Page<PackageType>> {
    const query = () => {
      const qb = this.ds.getRepository(PackageType).createQueryBuilder('t');
      if (typeof filter.active === 'boolean') qb.andWhere('t.active = :active', { active: filter.active });
      const search = filter.search?.trim();
      if (search) qb.andWhere("(t.code LIKE :pattern ESCAPE '!' OR t.name LIKE :pattern ESCAPE '!')", { pattern: `%${prefixPattern(search)}` });
      return qb;
    };
    return pageBySortKey(query, 't', 'code', page);
  }

  get(id: number): Promise<PackageType | null> {
    return this.ds.getRepository(PackageType).findOneBy({ id });
  }

  /** The value the editor suggests for a discount package (`003_*`): the chosen treatments' prices added up, times ten. */
  async valueSuggestion(treatmentIds: number[]): Promise<number> {
    const ids = [...new Set(treatmentIds)];
    if (!ids.length) return 0;
    const treatments = await this.ds.getRepository(Treatment).findBy({ id: In(ids) });
    return suggestedPackageValueCents(treatments.map((t) => t.priceCents));
  }

  async create(viewer: Viewer, input: PackageTypeInput): Promise<PackageType> {
    requirePermission(viewer, Permission.PrepaidManage);
    const values = parseInput(packageTypeSchema, input);
    return this.ds.transaction(async (manager) => {
      if (await manager.existsBy(PackageType, { code: values.code })) throw alreadyUsed('code');
      await checkTreatments(manager, values.treatmentIds);
      const id = Number((await manager.insert(PackageType, manager.create(PackageType, columnsOf(values)))).identifiers[0].id);
      const type = await manager.findOneByOrFail(PackageType, { id });
      await recordAudit(manager, { entityType: AUDIT_ENTITY, entityId: id, action: 'create', actorId: viewer.staffId, after: snapshot(type) });
      return type;
    });
  }

  /** Replaces a type (packages already sold keep what they were sold with). Audited with what changed. */
  async update(viewer: Viewer, id: number, input: PackageTypeInput): Promise<PackageType> {
    requirePermission(viewer, Permission.PrepaidManage);
    const values = parseInput(packageTypeSchema, input);
    return this.ds.transaction(async (manager) => {
      const type = await manager.findOneBy(PackageType, { id });
      if (!type) throw notFound('packageType');
      const clash = await manager.findOneBy(PackageType, { code: values.code });
      if (clash && clash.id !== id) throw alreadyUsed('code');
      // A treatment made inactive since does not stop the type from being saved unchanged.
      const added = values.treatmentIds?.filter((t) => !type.treatmentIds?.includes(t)) ?? null;
      await checkTreatments(manager, type.treatmentIds && added ? added : values.treatmentIds);
      await manager.update(PackageType, { id }, columnsOf(values));
      const updated = await manager.findOneByOrFail(PackageType, { id });
      const diff = changedFields(snapshot(type), snapshot(updated));
      if (Object.keys(diff.after).length) await recordAudit(manager, { entityType: AUDIT_ENTITY, entityId: id, action: 'update', actorId: viewer.staffId, ...diff });
      return updated;
    });
  }

  /** Stops (or resumes) selling a type; packages already sold are unaffected. Audited. */
  async setActive(viewer: Viewer, id: number, active: boolean): Promise<PackageType> {
    requirePermission(viewer, Permission.PrepaidManage);
    return this.ds.transaction(async (manager) => {
      const type = await manager.findOneBy(PackageType, { id });
      if (!type) throw notFound('packageType');
      if (Boolean(type.active) !== active) {
        await manager.update(PackageType, { id }, { active });
        await recordAudit(manager, { entityType: AUDIT_ENTITY, entityId: id, action: active ? 'activate' : 'deactivate', actorId: viewer.staffId, before: { active: !active }, after: { active } });
      }
      return manager.findOneByOrFail(PackageType, { id });
    });
  }
}
