'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import type { CustomFieldInput, CustomFieldSettingFragment } from '@/graphql/generated/graphql';
import { ConfigEditor, intValue, type FieldSpec, type FormValues, type InputResult } from './config-editor';
import { CreateCustomFieldMutation, UpdateCustomFieldMutation } from './settings-documents';

export type CustomFieldRow = CustomFieldSettingFragment;
const TYPES = ['TEXT', 'NUMBER', 'DATE', 'SELECT'] as const;

/** Admin-defined extra member fields: create, change, deactivate (values are kept) and reactivate. */
export function CustomFieldsEditor({ rows, canEdit }: { rows: CustomFieldRow[]; canEdit: boolean }) {
  const t = useTranslations('settings.customFields');
  const common = useTranslations('common');
  const [createField] = useMutation(CreateCustomFieldMutation);
  const [updateField] = useMutation(UpdateCustomFieldMutation);
  const fields: FieldSpec[] = [
    { name: 'key', label: t('key'), kind: 'text', required: true, maxLength: 50, hint: t('keyHint') },
    { name: 'label', label: t('label'), kind: 'text', required: true, maxLength: 100 },
    { name: 'type', label: t('type'), kind: 'select', required: true, options: TYPES.map((type) => ({ value: type, label: t(`types.${type}`) })) },
    { name: 'maxLength', label: t('maxLength'), kind: 'number', visible: (v) => v.type === 'TEXT', hint: t('maxLengthHint') },
    { name: 'options', label: t('options'), kind: 'lines', required: true, visible: (v) => v.type === 'SELECT', hint: t('optionsHint') },
    { name: 'defaultValue', label: t('defaultValue'), kind: 'text', maxLength: 500 },
    { name: 'sortOrder', label: t('sortOrder'), kind: 'number' },
    { name: 'required', label: t('required'), kind: 'checkbox' },
  ];
  const valuesOf = (row: CustomFieldRow): FormValues => ({
    key: row.key,
    label: row.label,
    type: row.type,
    maxLength: row.maxLength == null ? '' : String(row.maxLength),
    options: row.options.join('\n'),
    defaultValue: row.defaultValue ?? '',
    sortOrder: String(row.sortOrder),
    required: row.required,
  });
  const toInput = (values: FormValues, row: CustomFieldRow | null): InputResult => {
    const errors: Record<string, string> = {};
    if (!String(values.key).trim()) errors.key = t('errors.required');
    if (!String(values.label).trim()) errors.label = t('errors.required');
    const maxLength = String(values.maxLength).trim() ? intValue(values.maxLength) : null;
    if (values.type === 'TEXT' && String(values.maxLength).trim() && (maxLength === null || maxLength < 1 || maxLength > 500)) {
      errors.maxLength = t('errors.outOfRange', { min: 1, max: 500 });
    }
    const options = String(values.options).split('\n').map((o) => o.trim()).filter(Boolean);
    if (values.type === 'SELECT' && options.length === 0) errors.options = t('errors.required');
    const sortOrder = String(values.sortOrder).trim() ? intValue(values.sortOrder) : 0;
    if (sortOrder === null) errors.sortOrder = t('errors.notAnInteger');
    if (Object.keys(errors).length) return { errors };
    return {
      input: {
        key: String(values.key).trim(),
        label: String(values.label).trim(),
        type: values.type,
        maxLength: values.type === 'TEXT' ? maxLength : null,
        options: values.type === 'SELECT' ? options : [],
        defaultValue: String(values.defaultValue).trim() || null,
        required: values.required === true,
        sortOrder,
        active: row?.active ?? true,
      },
    };
  };

  return (
    <ConfigEditor<CustomFieldRow>
      testId="custom-fields-editor"
      rows={rows}
      canEdit={canEdit}
      emptyText={t('empty')}
      fields={fields}
      blank={{ key: '', label: '', type: 'TEXT', maxLength: '', options: '', defaultValue: '', sortOrder: '0', required: false }}
      valuesOf={valuesOf}
      toInput={toInput}
      save={{
        // The input is the CustomFieldInput toInput built above.
        create: async (input) => (await createField({ variables: { input: input as CustomFieldInput } })).data?.createCustomField,
        update: async (row, input) => (await updateField({ variables: { id: row.id, input: input as CustomFieldInput } })).data?.updateCustomField,
      }}
      extraActions={(row, save, pending) => (
        <button
          type="button"
          className="button button--secondary"
          disabled={pending}
          onClick={() => {
            const { input } = toInput(valuesOf(row), row) as { input: Record<string, unknown> };
            void save({ ...input, active: !row.active });
          }}
          data-testid={`toggle-${row.id}`}
        >
          {row.active ? t('deactivate') : t('activate')}
        </button>
      )}
      columns={[
        { header: t('label'), cell: (row) => row.label },
        { header: t('key'), cell: (row) => <code>{row.key}</code> },
        { header: t('type'), cell: (row) => t(`types.${row.type}`) },
        {
          header: t('rules'),
          cell: (row) =>
            [
              row.type === 'TEXT' && row.maxLength != null ? t('maxLengthValue', { max: row.maxLength }) : null,
              row.type === 'SELECT' ? row.options.join(' / ') : null,
              row.defaultValue ? t('defaultValueShown', { value: row.defaultValue }) : null,
            ]
              .filter(Boolean)
              .join(' · ') || common('notAvailable'),
        },
        { header: t('required'), cell: (row) => (row.required ? t('yes') : t('no')) },
        { header: t('status'), cell: (row) => <span className={row.active ? 'tag' : 'tag tag--muted'}>{row.active ? t('active') : t('inactive')}</span> },
      ]}
    />
  );
}
