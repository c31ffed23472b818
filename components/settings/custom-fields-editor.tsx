'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import type { CustomFieldInput, CustomFieldSettingFragment } from '@/graphql/generated/graphql';
import { customFieldSchema } from '@/services/custom-fields/custom-field-input.schema';
import { ConfigEditor, numberValue, type FieldSpec, type FormValues, type InputResult } from './config-editor';
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
  // Checked with the custom field service's own schema (`schema` below) before it is sent.
  const toInput = (values: FormValues, row: CustomFieldRow | null): InputResult => {
    const input = {
      key: String(values.key).trim(),
      label: String(values.label).trim(),
      type: values.type,
      maxLength: values.type === 'TEXT' ? numberValue(values.maxLength) : null,
      options: values.type === 'SELECT' ? String(values.options).split('\n').map((o) => o.trim()).filter(Boolean) : [],
      defaultValue: String(values.defaultValue).trim() || null,
      required: values.required === true,
      sortOrder: numberValue(values.sortOrder) ?? 0,
      active: row?.active ?? true,
    };
    return { input };
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
      schema={customFieldSchema}
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
