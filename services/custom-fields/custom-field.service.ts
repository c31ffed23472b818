import { Not, type DataSource } from 'typeorm';
import { CustomField, MemberCustomValue } from '../../entities';
import { CustomFieldType } from '../../entities/custom-field.entity';
import type { Viewer } from '../auth/viewer';
import { alreadyUsed, invalidField, notFound } from '../errors/domain-error';
import { auditConfigChange, pageBySortKey, requireAdmin } from '../members/config-audit.service';
import { parseInput } from '../validation/parse-input';
import { customFieldSchema } from './custom-field-input.schema';
import type { CustomFieldDefinitionInput } from './custom-field-rules';

const AUDIT_ENTITY = 'customField';

const snapshot = (f: CustomField) => ({
  key: f.key, label: f.label, type: f.type, maxLength: f.maxLength, options: f.options,
  defaultValue: f.defaultValue, required: f.required, sortOrder: f.sortOrder, active: f.active,
});

/** Admin-defined member fields: any staff reads them (the form needs them), admins change them. */
export class CustomFieldService {
  constructor(private readonly ds: DataSource) {}

  async list(includeInactive: boolean, page: { first: number; after?: string | null }) {
    return pageBySortKey(
      () => {
        const qb = this.ds.getRepository(CustomField).createQueryBuilder('f');
        if (!includeInactive) qb.where('f.active = :active', { active: true });
        return qb;
      },
      'f',
      'sortOrder',
      page,
    );
  }

  async create(viewer: Viewer, input: CustomFieldDefinitionInput): Promise<CustomField> {
    requireAdmin(viewer);
    const definition = parseInput(customFieldSchema, input);
    return this.ds.transaction(async (manager) => {
      if (await manager.existsBy(CustomField, { key: definition.key })) throw alreadyUsed('key');
      const field = await manager.save(CustomField, manager.create(CustomField, { ...definition, type: definition.type as CustomFieldType }));
      await auditConfigChange(manager, viewer, AUDIT_ENTITY, field.id, null, snapshot(field));
      return field;
    });
  }

  /**
   * Replaces a definition. The type is fixed once members hold values for the field: their
   * stored values would no longer fit it.
   */
  async update(viewer: Viewer, id: number, input: CustomFieldDefinitionInput): Promise<CustomField> {
    requireAdmin(viewer);
    const definition = parseInput(customFieldSchema, input);
    return this.ds.transaction(async (manager) => {
      const field = await manager.findOneBy(CustomField, { id });
      if (!field) throw notFound('customField');
      if (await manager.existsBy(CustomField, { key: definition.key, id: Not(id) })) throw alreadyUsed('key');
      if (definition.type !== field.type && (await manager.existsBy(MemberCustomValue, { fieldId: id }))) {
        throw invalidField('type', 'typeLocked');
      }
      const before = snapshot(field);
      await manager.update(CustomField, { id }, { ...definition, type: definition.type as CustomFieldType });
      const updated = await manager.findOneByOrFail(CustomField, { id });
      await auditConfigChange(manager, viewer, AUDIT_ENTITY, id, before, snapshot(updated));
      return updated;
    });
  }
}
