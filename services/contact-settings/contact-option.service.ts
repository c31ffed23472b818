import type { DataSource, EntityManager } from 'typeorm';
import { CampaignMember, ContactLog, ContactMethod, ContactStatus } from '../../entities';
import type { RecycleBinItem } from '../../entities/recycle-bin-item.entity';
import { binRowsOf, moveToBin, refuseWhileUsed, usedBySystem } from '../admin/recycle-bin.service';
import { RecycleBinType } from '../admin/recycle-bin-type';
import type { Page } from '../../graphql/connection';
import { requirePermission, type Viewer } from '../auth/viewer';
import { Permission } from '../admin/permission';
import { DomainError, ErrorCode, invalidField, notFound } from '../errors/domain-error';
import { pageBySortKey } from '../members/config-audit.service';
import { parseInput } from '../validation/parse-input';
import { contactOptionSchema } from './contact-option-input.schema';
import { reorderPositions, type ContactOptionInput } from './contact-option-rules';
import { auditSettingChange } from './settings-access.service';

type OptionEntity = typeof ContactStatus | typeof ContactMethod;
type OptionRow = ContactStatus | ContactMethod;

const snapshot = (row: OptionRow) => ({ name: row.name, translations: row.translations, sortOrder: row.sortOrder, active: row.active });

/**
 * Contact statuses (聯絡狀態) and methods (聯絡方法): ordered lists a salon renames, extends,
 * reorders and deactivates. The first active status is every new contact member's default, so
 * the last active item of a list cannot be deactivated; "booked" stays active because booking
 * from a contact sets it.
 */
export class ContactOptionService<T extends OptionRow> {
  private constructor(
    private readonly ds: DataSource,
    private readonly target: OptionEntity,
    private readonly auditEntity: 'contactStatus' | 'contactMethod',
  ) {}

  static statuses(ds: DataSource): ContactOptionService<ContactStatus> {
    return new ContactOptionService<ContactStatus>(ds, ContactStatus, 'contactStatus');
  }

  static methods(ds: DataSource): ContactOptionService<ContactMethod> {
    return new ContactOptionService<ContactMethod>(ds, ContactMethod, 'contactMethod');
  }

  list(includeInactive: boolean, page: { first: number; after?: string | null }): Promise<Page<T>> {
    const query = () => {
      const qb = this.ds.getRepository<T>(this.target).createQueryBuilder('o');
      if (!includeInactive) qb.where('o.active = :active', { active: true });
      return qb;
    };
    return pageBySortKey<T>(query, 'o', 'sortOrder', page);
  }

  async create(viewer: Viewer, input: ContactOptionInput): Promise<T> {
    requirePermission(viewer, Permission.SettingsContacts);
    const values = parseInput(contactOptionSchema, input);
    return this.ds.transaction(async (manager) => {
      const repo = manager.getRepository<T>(this.target);
      const raw = await repo.createQueryBuilder('o').select('MAX(o.sortOrder)', 'max').getRawOne<{ max: number | null }>();
      const entity: T = repo.create();
      Object.assign(entity, { ...values, active: values.active ?? true, sortOrder: Number(raw?.max ?? 0) + 1 });
      const saved = await repo.save(entity);
      await auditSettingChange(manager, viewer, { entityType: this.auditEntity, entityId: saved.id, before: null, after: snapshot(saved) });
      return saved;
    });
  }

  async update(viewer: Viewer, id: number, input: ContactOptionInput): Promise<T> {
    requirePermission(viewer, Permission.SettingsContacts);
    const values = parseInput(contactOptionSchema, input);
    return this.ds.transaction(async (manager) => {
      const row = await this.find(manager, id);
      if (row.active && values.active === false) await this.checkDeactivation(manager, row);
      const repo = manager.getRepository<T>(this.target);
      await repo.update({ id } as never, { name: values.name, translations: values.translations, ...(values.active === undefined ? {} : { active: values.active }) } as never);
      const updated = await this.find(manager, id);
      await auditSettingChange(manager, viewer, { entityType: this.auditEntity, entityId: id, before: snapshot(row), after: snapshot(updated) });
      return updated;
    });
  }

  /** Puts the whole list in the given order (every id once, inactive ones included). */
  async reorder(viewer: Viewer, ids: number[]): Promise<T[]> {
    requirePermission(viewer, Permission.SettingsContacts);
    return this.ds.transaction(async (manager) => {
      const repo = manager.getRepository<T>(this.target);
      const rows = await repo.find({ order: { sortOrder: 'ASC', id: 'ASC' } as never });
      const positions = reorderPositions(rows.map((r) => r.id), ids);
      for (const row of rows) {
        const sortOrder = positions.get(row.id)!;
        if (sortOrder === row.sortOrder) continue;
        await repo.update({ id: row.id } as never, { sortOrder } as never);
        await auditSettingChange(manager, viewer, {
          entityType: this.auditEntity, entityId: row.id, before: { sortOrder: row.sortOrder }, after: { sortOrder },
        });
      }
      return repo.find({ order: { sortOrder: 'ASC', id: 'ASC' } as never });
    });
  }

  /**
   * Moves an item no log or contact member uses to the recycle bin; one in use is refused (it can
   * be deactivated instead), as are the system's own (keyed) items and the last active one.
   */
  async delete(viewer: Viewer, id: number): Promise<RecycleBinItem> {
    requirePermission(viewer, Permission.SettingsContacts);
    return this.ds.transaction(async (manager) => {
      const row = await this.find(manager, id);
      if (row.key) throw usedBySystem();
      const column = this.auditEntity === 'contactStatus' ? 'statusId' : 'methodId';
      refuseWhileUsed('contactLogs', await manager.countBy(ContactLog, { [column]: id }));
      if (this.auditEntity === 'contactStatus') refuseWhileUsed('contactMembers', await manager.countBy(CampaignMember, { statusId: id }));
      if (row.active && (await manager.getRepository<T>(this.target).countBy({ active: true } as never)) <= 1) {
        throw new DomainError(ErrorCode.Conflict, 'lastActive');
      }
      const rows = binRowsOf<OptionRow>(manager, this.target as never, [row]);
      await manager.getRepository<T>(this.target).delete({ id } as never);
      return moveToBin(manager, viewer, {
        type: this.auditEntity === 'contactStatus' ? RecycleBinType.ContactStatus : RecycleBinType.ContactMethod,
        entityId: id,
        label: row.name,
        rows,
        audit: { before: snapshot(row) },
      });
    });
  }

  private async find(manager: EntityManager, id: number): Promise<T> {
    const row = await manager.getRepository<T>(this.target).findOneBy({ id } as never);
    if (!row) throw notFound(this.auditEntity);
    return row;
  }

  private async checkDeactivation(manager: EntityManager, row: T): Promise<void> {
    if (row.key === 'booked') throw invalidField('active', 'statusInUseBySystem');
    const active = await manager.getRepository<T>(this.target).countBy({ active: true } as never);
    if (active <= 1) throw invalidField('active', 'lastActive');
  }
}
