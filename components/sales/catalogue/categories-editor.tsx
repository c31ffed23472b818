'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { ConfigEditor, numberValue, type FormValues, type InputResult } from '@/components/settings/config-editor';
import type { CategoryRowFragment, ProductCategoryInput } from '@/graphql/generated/graphql';
import { CATEGORY_LIMITS, categorySchema } from '@/services/sales/catalogue-input.schema';
import { CreateCategoryMutation, UpdateCategoryMutation } from './catalogue-documents';
import { blankTranslations, translationFields, translationsInput, translationValues } from './localised-fields';

/** 商品類別: code, name and its translations, position, active. */
export function CategoriesEditor({ rows, canEdit }: { rows: CategoryRowFragment[]; canEdit: boolean }) {
  const t = useTranslations('sales.catalogue');
  const [create] = useMutation(CreateCategoryMutation);
  const [update] = useMutation(UpdateCategoryMutation);
  const toInput = (values: FormValues): InputResult => {
    const input: ProductCategoryInput = {
      code: String(values.code).trim(), name: String(values.name).trim(), translations: translationsInput(values),
      sortOrder: numberValue(values.sortOrder), active: values.active === true,
    };
    return { input };
  };
  return (
    <ConfigEditor<CategoryRowFragment>
      testId="categories-editor"
      rows={rows}
      canEdit={canEdit}
      emptyText={t('categories.empty')}
      labels={{ new: t('categories.new'), newTitle: t('categories.newTitle'), editTitle: (row) => t('categories.editTitle', { code: row.code }) }}
      fields={[
        { name: 'code', label: t('code'), kind: 'text', required: true, maxLength: CATEGORY_LIMITS.code, hint: t('codeHint') },
        { name: 'name', label: t('name'), kind: 'text', required: true, maxLength: 100 },
        ...translationFields((l) => t(`translation.${l}`), 100),
        { name: 'sortOrder', label: t('sortOrder'), kind: 'number', hint: t('sortOrderHint') },
        { name: 'active', label: t('active'), kind: 'checkbox' },
      ]}
      blank={{ code: '', name: '', ...blankTranslations(), sortOrder: '0', active: true }}
      valuesOf={(row) => ({ code: row.code, name: row.name, ...translationValues(row.translations), sortOrder: String(row.sortOrder), active: row.active })}
      toInput={toInput}
      schema={categorySchema}
      sort={(a, b) => a.sortOrder - b.sortOrder || Number(a.id) - Number(b.id)}
      save={{
        // The input is the ProductCategoryInput toInput built.
        create: async (input) => (await create({ variables: { input: input as ProductCategoryInput } })).data?.createProductCategory,
        update: async (row, input) => (await update({ variables: { id: row.id, input: input as ProductCategoryInput } })).data?.updateProductCategory,
      }}
      columns={[
        { header: t('code'), cell: (row) => row.code },
        { header: t('name'), cell: (row) => row.label },
        { header: t('sortOrder'), cell: (row) => row.sortOrder },
        { header: t('status'), cell: (row) => (row.active ? t('activeState') : <span className="tag tag--muted">{t('inactiveState')}</span>) },
      ]}
    />
  );
}
