/**
 * Rules of admin-defined member fields: what a definition may say, and how a member's value is
 * checked and stored (text trimmed, numbers plain, dates ISO, select values as the option).
 * Pure: no database.
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

/**
 * A definition an admin submitted, checked and tidied: key of letters, digits and "_" starting
 * with a letter; label 1–100; text fields a maximum length 1–500 (other types none); select
 * fields at least one distinct option; a default that is itself a valid value.
 */
export function validateCustomFieldDefinition(input: CustomFieldDefinitionInput): CustomFieldDefinition {
  const key = input.key.trim();
  if (!key) throw invalidField('key', 'required');
  if (key.length > CUSTOM_FIELD_LIMITS.key) throw invalidField('key', 'tooLong', { max: CUSTOM_FIELD_LIMITS.key });
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(key)) throw invalidField('key', 'invalidKey');
  const label = input.label.trim();
  if (!label) throw invalidField('label', 'required');
  if (label.length > CUSTOM_FIELD_LIMITS.label) throw invalidField('label', 'tooLong', { max: CUSTOM_FIELD_LIMITS.label });

  let maxLength: number | null = null;
  if (input.type === 'text') {
    maxLength = input.maxLength ?? CUSTOM_FIELD_LIMITS.maxLength;
    if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > CUSTOM_FIELD_LIMITS.maxLength) {
      throw invalidField('maxLength', 'outOfRange', { min: 1, max: CUSTOM_FIELD_LIMITS.maxLength });
    }
  }

  let options: string[] = [];
  if (input.type === 'select') {
    options = [...new Set((input.options ?? []).map((o) => o.trim()).filter(Boolean))];
    if (options.length === 0) throw invalidField('options', 'optionsRequired');
    if (options.length > CUSTOM_FIELD_LIMITS.options) throw invalidField('options', 'outOfRange', { min: 1, max: CUSTOM_FIELD_LIMITS.options });
    if (options.some((o) => o.length > CUSTOM_FIELD_LIMITS.option)) throw invalidField('options', 'tooLong', { max: CUSTOM_FIELD_LIMITS.option });
  }

  let defaultValue: string | null = null;
  if (input.defaultValue && input.defaultValue.trim()) {
    const result = checkCustomValue({ type: input.type, maxLength, options }, input.defaultValue);
    if ('error' in result) throw invalidField('defaultValue', result.error, result.params);
    defaultValue = result.value;
  }

  return {
    key,
    label,
    type: input.type,
    maxLength,
    options,
    defaultValue,
    required: input.required ?? false,
    sortOrder: input.sortOrder ?? 0,
    active: input.active ?? true,
  };
}
