import {
  canonicalCustomValue, resolveCustomValues, type CustomFieldDef,
} from '@/services/custom-fields/custom-field-rules';
import { customFieldSchema } from '@/services/custom-fields/custom-field-input.schema';
import { DomainError } from '@/services/errors/domain-error';
import { parseInput } from '@/services/validation/parse-input';

/** The custom field service parses a definition with its schema through parseInput, as this does. */
const validateCustomFieldDefinition = (input: unknown) => parseInput(customFieldSchema, input);

const field = (over: Partial<CustomFieldDef>): CustomFieldDef => ({
  id: 1, key: 'f', label: 'Field', type: 'text', maxLength: null, options: [], defaultValue: null, required: false, active: true, ...over,
});
const skin = field({ id: 1, key: 'skinType', label: '膚質', type: 'select', options: ['dry', 'oily', 'combination', 'sensitive'] });
const height = field({ id: 2, key: 'height', label: 'Height', type: 'number' });
const visit = field({ id: 3, key: 'firstVisit', label: 'First visit', type: 'date' });
const note = field({ id: 4, key: 'note', label: 'Note', type: 'text', maxLength: 5, defaultValue: 'hi' });
const allergy = field({ id: 5, key: 'allergy', label: 'Allergy', type: 'text', required: true });
const retired = field({ id: 6, key: 'old', label: 'Old', active: false });

function failure(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return { field: error.field, key: error.messageKey, params: error.params };
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('canonicalCustomValue', () => {
  it.each([
    [skin, ' oily ', 'oily'],
    [height, '160.50', '160.5'],
    [height, '-3', '-3'],
    [visit, '2024-02-29', '2024-02-29'],
    [note, ' abcde ', 'abcde'],
  ])('stores %#', (f, raw, stored) => expect(canonicalCustomValue(f, raw)).toBe(stored));

  it.each([
    [skin, 'greasy', 'notAnOption'],
    [height, '1e3', 'notANumber'],
    [height, 'tall', 'notANumber'],
    [visit, '2023-02-29', 'invalidDate'],
    [note, 'abcdef', 'tooLong'],
  ])('refuses %#, naming customFields.<key> with its label', (f, raw, key) => {
    expect(failure(() => canonicalCustomValue(f, raw))).toMatchObject({ field: `customFields.${f.key}`, key, params: { fieldLabel: f.label } });
  });
});

describe('resolveCustomValues', () => {
  const defs = [skin, height, visit, note, allergy, retired];

  it('applies defaults on registration and requires required fields', () => {
    const values = resolveCustomValues(defs, [{ fieldId: 1, value: 'dry' }, { fieldId: 5, value: 'nuts' }], 'create');
    expect(Object.fromEntries(values)).toEqual({ 1: 'dry', 4: 'hi', 5: 'nuts' });
    expect(failure(() => resolveCustomValues(defs, [], 'create'))).toMatchObject({ field: 'customFields.allergy', key: 'required' });
  });

  it('keeps a value blanked on registration blank, default or not', () => {
    const values = resolveCustomValues(defs, [{ fieldId: 4, value: '' }, { fieldId: 5, value: 'x' }], 'create');
    expect(values.get(4)).toBeNull();
  });

  it('changes only given fields on update; blank removes, except required', () => {
    expect(Object.fromEntries(resolveCustomValues(defs, [{ fieldId: 2, value: '' }], 'update'))).toEqual({ 2: null });
    expect(failure(() => resolveCustomValues(defs, [{ fieldId: 5, value: ' ' }], 'update'))).toMatchObject({ field: 'customFields.allergy', key: 'required' });
  });

  it('refuses unknown and inactive fields', () => {
    expect(failure(() => resolveCustomValues(defs, [{ fieldId: 99, value: 'x' }], 'update'))).toMatchObject({ field: 'customFields', key: 'invalidId' });
    expect(failure(() => resolveCustomValues(defs, [{ fieldId: 6, value: 'x' }], 'update'))).toMatchObject({ field: 'customFields', key: 'invalidId' });
  });
});

describe('validateCustomFieldDefinition', () => {
  it('tidies a select field and keeps only what its type uses', () => {
    expect(
      validateCustomFieldDefinition({ key: 'skinType', label: ' 膚質 ', type: 'select', maxLength: 20, options: ['乾性', ' 油性', '乾性', ''], defaultValue: '油性' }),
    ).toEqual({
      key: 'skinType', label: '膚質', type: 'select', maxLength: null, options: ['乾性', '油性'], defaultValue: '油性', required: false, sortOrder: 0, active: true,
    });
    expect(validateCustomFieldDefinition({ key: 'note', label: 'Note', type: 'text' }).maxLength).toBe(500);
  });

  it.each([
    [{ key: '' }, 'key', 'required'],
    [{ key: '1abc' }, 'key', 'invalidKey'],
    [{ key: 'a b' }, 'key', 'invalidKey'],
    [{ key: 'k'.repeat(51) }, 'key', 'tooLong'],
    [{ label: ' ' }, 'label', 'required'],
    [{ label: 'l'.repeat(101) }, 'label', 'tooLong'],
    [{ type: 'text', maxLength: 0 }, 'maxLength', 'outOfRange'],
    [{ type: 'text', maxLength: 501 }, 'maxLength', 'outOfRange'],
    [{ type: 'select', options: [] }, 'options', 'optionsRequired'],
    [{ type: 'select', options: ['a'], defaultValue: 'b' }, 'defaultValue', 'notAnOption'],
    [{ type: 'number', defaultValue: 'x' }, 'defaultValue', 'notANumber'],
    [{ type: 'date', defaultValue: '2025-02-30' }, 'defaultValue', 'invalidDate'],
    [{ type: 'text', maxLength: 3, defaultValue: 'abcd' }, 'defaultValue', 'tooLong'],
  ])('refuses a bad definition (%#), naming %s', (over, fieldName, key) => {
    expect(failure(() => validateCustomFieldDefinition({ key: 'k', label: 'L', type: 'text', ...over } as never))).toMatchObject({ field: fieldName, key });
  });
});
