'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { ConfigEditor, type FormValues, type InputResult } from '@/components/settings/config-editor';
import type { DepartmentInput, DepartmentRowFragment } from '@/graphql/generated/graphql';
import { DEPARTMENT_LIMITS, departmentSchema } from '@/services/sales/catalogue-input.schema';
import { CreateDepartmentMutation, UpdateDepartmentMutation } from './catalogue-documents';
import { blankTranslations, translationFields, translationsInput, translationValues } from './localised-fields';

/** 購買項目部門: code, name and its translations, active; products and treatments count under one. */
export function DepartmentsEditor({ rows, canEdit }: { rows: DepartmentRowFragment[]; canEdit: boolean }) {
  const t = useTranslations('sales.catalogue');
  const [create] = useMutation(CreateDepartmentMutation);
  const [update] = useMutation(UpdateDepartmentMutation);
  const toInput = (values: FormValues): InputResult => {
    const input: DepartmentInput = { code: String(values.code).trim(), name: String(values.name).trim(), translations: translationsInput(values), active: values.active === true };
    return { input };
  };
  return (
    <ConfigEditor<DepartmentRowFragment>
      testId="departments-editor"
      rows={rows}
      canEdit={canEdit}
      emptyText={t('departments.empty')}
      labels={{ new: t('departments.new'), newTitle: t('departments.newTitle'), editTitle: (row) => t('departments.editTitle', { code: row.code }) }}
      fields={[
        { name: 'code', label: t('code'), kind: 'text', required: true, maxLength: DEPARTMENT_LIMITS.code, hint: t('codeHint') },
        { name: 'name', label: t('name'), kind: 'text', required: true, maxLength: 100 },
        ...translationFields((l) => t(`translation.${l}`), 100),
        { name: 'active', label: t('active'), kind: 'checkbox' },
      ]}
      blank={{ code: '', name: '', ...blankTranslations(), active: true }}
      valuesOf={(row) => ({ code: row.code, name: row.name, ...translationValues(row.translations), active: row.active })}
      toInput={toInput}
      schema={departmentSchema}
      sort={(a, b) => a.code.localeCompare(b.code)}
      save={{
        // The input is the DepartmentInput toInput built.
        create: async (input) => (await create({ variables: { input: input as DepartmentInput } })).data?.createDepartment,
        update: async (row, input) => (await update({ variables: { id: row.id, input: input as DepartmentInput } })).data?.updateDepartment,
      }}
      columns={[
        { header: t('code'), cell: (row) => row.code },
        { header: t('name'), cell: (row) => row.label },
        { header: t('status'), cell: (row) => (row.active ? t('activeState') : <span className="tag tag--muted">{t('inactiveState')}</span>) },
      ]}
    />
  );
}
