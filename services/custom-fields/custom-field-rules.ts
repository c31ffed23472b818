/**
 * Rules of admin-defined member fields: how a member's value is checked and stored (text trimmed,
 * numbers plain, dates ISO, select values as the option); what a definition may say is its input
 * schema (custom-field-input.schema.ts). Pure: no database.
 */
import { invalidField } from '../errors/domain-error';
import { checkCustomValue } from './custom-value';

export type CustomFieldKind = 'text' | 'number' | 'date' | 'select';

export type CustomFieldDef = {
  id: number;
  key: string;
  label: string;
  type: CustomFieldKind;
  maxLength: number | null;
  options: string[];
  defaultValue: string | null;
  required: boolean;
  active: boolean;
};

export const CUSTOM_FIELD_LIMITS = { key: 50, label: 100, option: 100, options: 100, maxLength: 500 } as const;

/** The field name errors carry for a member's value of a custom field. */
export const customValueField = (key: string) => `customFields.${key}`;

/** A member's value of one field, canonical, or an error naming "customFields.<key>". */
export function canonicalCustomValue(field: CustomFieldDef, raw: string): string {
  const result = checkCustomValue(field, raw);
  if ('error' in result) throw invalidField(customValueField(field.key), result.error, { ...result.params, fieldLabel: field.label });
  return result.value;
}

/**
 * The custom values to write for a member: id → canonical value, or null to remove the value.
 * On creation, active fields left out start with their default, and required fields must end up
 * with a value; on update only the given fields change, and a blank value removes one unless the
 * field is required. Unknown or inactive fields name "customFields".
 */
export function resolveCustomValues(
  defs: CustomFieldDef[],
  provided: Array<{ fieldId: number; value: string }>,
  mode: 'create' | 'update',
): Map<number, string | null> {
  const byId = new Map(defs.map((d) => [d.id, d]));
  const out = new Map<number, string | null>();
  for (const { fieldId, value } of provided) {
    const field = byId.get(fieldId);
    if (!field || !field.active) throw invalidField('customFields', 'invalidId');
    if (value.trim() === '') {
      if (field.required) throw invalidField(customValueField(field.key), 'required', { fieldLabel: field.label });
      out.set(fieldId, null);
    } else {
      out.set(fieldId, canonicalCustomValue(field, value));
    }
  }
  if (mode === 'create') {
    for (const field of defs) {
      if (!field.active || out.has(field.id)) continue;
      if (field.defaultValue) out.set(field.id, field.defaultValue);
      else if (field.required) throw invalidField(customValueField(field.key), 'required', { fieldLabel: field.label });
    }
  }
  return out;
}

export type CustomFieldDefinitionInput = {
  key: string;
  label: string;
  type: CustomFieldKind;
  maxLength?: number | null;
  options?: string[] | null;
  defaultValue?: string | null;
  required?: boolean | null;
  sortOrder?: number | null;
  active?: boolean | null;
};

export type CustomFieldDefinition = Omit<CustomFieldDef, 'id'> & { sortOrder: number };
