import { Not, type DataSource } from 'typeorm';
import { Appointment, Department, Equipment, Treatment } from '../../entities';
import type { RecycleBinItem } from '../../entities/recycle-bin-item.entity';
import { binRowsOf, moveToBin, refuseWhileUsed } from '../admin/recycle-bin.service';
import { RecycleBinType } from '../admin/recycle-bin-type';
import type { Page } from '../../graphql/connection';
import { requirePermission, type Viewer } from '../auth/viewer';
import { Permission } from '../admin/permission';
import { prefixPattern } from '../campaigns/campaign-rules';
import { alreadyUsed, invalidField, notFound } from '../errors/domain-error';
import { pageBySortKey } from '../members/config-audit.service';
import { auditResourceChange } from './access';
import { parseInput } from '../validation/parse-input';
import { treatmentSchema, type TreatmentValues } from './resource-input.schema';
import type { TreatmentInput } from './resource-rules';

const AUDIT_ENTITY = 'treatment';

const snapshot = (t: Treatment | TreatmentValues) => ({
  code: t.code, name: t.name, series: t.series, durationMinutes: t.durationMinutes, bufferMinutes: t.bufferMinutes,
  priceCents: t.priceCents, equipmentCode: t.equipmentCode, roomType: t.roomType, active: t.active,
  // Only once it has one: treatments from before departments keep their audit shape.
  ...(t.departmentId != null ? { departmentId: t.departmentId } : {}),
});

export type TreatmentFilter = { search?: string | null; series?: string | null; includeInactive?: boolean };

/** Treatments (護理): listed for every signed-in staff member, changed by managers and admins. */
export class TreatmentService {
  constructor(private readonly ds: DataSource) {}

  /** By code; `search` matches part of the code or name, `series` one series exactly. */
  list(filter: TreatmentFilter, page: { first: number; after?: string | null }): Promise<Page<Treatment>> {
    const search = filter.search?.trim();
    const series = filter.series?.trim();
    const query = () => {
      const qb = this.ds.getRepository(Treatment).createQueryBuilder('t');
      if (!filter.includeInactive) qb.andWhere('t.active = :active', { active: true });
      if (series) qb.andWhere('t.series = :series', { series });
      if (search) qb.andWhere("(t.code LIKE :pattern ESCAPE '!' OR t.name LIKE :pattern ESCAPE '!')", { pattern: `%${prefixPattern(search)}` });
      return qb;
    };
    return pageBySortKey(query, 't', 'code', page);
  }

  /** The distinct series of active treatments, for the picker's series filter. */
  async series(): Promise<string[]> {
    const rows = await this.ds.getRepository(Treatment).createQueryBuilder('t')
      .select('DISTINCT t.series', 'series').where('t.series IS NOT NULL').andWhere('t.active = :active', { active: true })
      .orderBy('t.series', 'ASC').getRawMany<{ series: string }>();
    return rows.map((r) => r.series);
  }

  async get(id: number): Promise<Treatment> {
    const treatment = await this.ds.getRepository(Treatment).findOneBy({ id });
    if (!treatment) throw notFound('treatment');
    return treatment;
  }

  async create(viewer: Viewer, input: TreatmentInput): Promise<Treatment> {
    requirePermission(viewer, Permission.AppointmentsManageResources);
    const values = parseInput(treatmentSchema, input);
    return this.ds.transaction(async (manager) => {
      if (await manager.existsBy(Treatment, { code: values.code })) throw alreadyUsed('code');
      if (values.equipmentCode && !(await manager.existsBy(Equipment, { code: values.equipmentCode }))) throw invalidField('equipmentCode', 'unknownEquipment');
      if (values.departmentId && !(await manager.existsBy(Department, { id: values.departmentId }))) throw invalidField('departmentId', 'notAnOption');
      const treatment = await manager.save(Treatment, manager.create(Treatment, values));
      await auditResourceChange(manager, viewer, { entityType: AUDIT_ENTITY, entityId: treatment.id, before: null, after: snapshot(treatment) });
      return treatment;
    });
  }

  /** Replaces every field; appointments already booked keep their times and resources. */
  async update(viewer: Viewer, id: number, input: TreatmentInput): Promise<Treatment> {
    requirePermission(viewer, Permission.AppointmentsManageResources);
    const values = parseInput(treatmentSchema, input);
    return this.ds.transaction(async (manager) => {
      const treatment = await manager.findOneBy(Treatment, { id });
      if (!treatment) throw notFound('treatment');
      if (await manager.existsBy(Treatment, { code: values.code, id: Not(id) })) throw alreadyUsed('code');
      if (values.equipmentCode && !(await manager.existsBy(Equipment, { code: values.equipmentCode }))) throw invalidField('equipmentCode', 'unknownEquipment');
      if (values.departmentId && !(await manager.existsBy(Department, { id: values.departmentId }))) throw invalidField('departmentId', 'notAnOption');
      await manager.update(Treatment, { id }, values);
      const updated = await manager.findOneByOrFail(Treatment, { id });
      await auditResourceChange(manager, viewer, { entityType: AUDIT_ENTITY, entityId: id, before: snapshot(treatment), after: snapshot(updated) });
      return updated;
    });
  }

  /** Moves a treatment no appointment uses into the recycle bin; one that was booked is refused (deactivate it instead). */
  async delete(viewer: Viewer, id: number): Promise<RecycleBinItem> {
    requirePermission(viewer, Permission.AppointmentsManageResources);
    return this.ds.transaction(async (manager) => {
      const treatment = await manager.findOneBy(Treatment, { id });
      if (!treatment) throw notFound('treatment');
      refuseWhileUsed('appointments', await manager.countBy(Appointment, { treatmentId: id }));
      const rows = binRowsOf(manager, Treatment, [treatment]);
      await manager.delete(Treatment, { id });
      return moveToBin(manager, viewer, { type: RecycleBinType.Treatment, entityId: id, label: `${treatment.code} ${treatment.name}`, rows, audit: { before: snapshot(treatment) } });
    });
  }
}
