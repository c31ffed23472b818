'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { ConfigEditor, numberValue, type FormValues, type InputResult } from '@/components/settings/config-editor';
import type { GiftCategoryInput, GiftCategoryRowFragment } from '@/graphql/generated/graphql';
import { GIFT_LIMITS, giftCategorySchema } from '@/services/loyalty/gifts/gift-input.schema';
import { CreateGiftCategoryMutation, UpdateGiftCategoryMutation } from './gift-documents';

export type GiftCategoryRow = GiftCategoryRowFragment;

const text = (value: FormValues[string] | undefined) => String(value ?? '').trim();

/** 禮品類別: the categories gifts are listed under; inactive ones stay for history. */
export function GiftCategoriesEditor({ rows }: { rows: GiftCategoryRow[] }) {
  const t = useTranslations('loyalty.gifts.categories');
  const [create] = useMutation(CreateGiftCategoryMutation);
  const [update] = useMutation(UpdateGiftCategoryMutation);
  const toInput = (values: FormValues): InputResult => ({
    input: { code: text(values.code), name: text(values.name), sortOrder: numberValue(values.sortOrder), active: values.active === true },
  });
  return (
    <ConfigEditor<GiftCategoryRow>
      testId="gift-categories-editor"
      rows={rows}
      canEdit
      emptyText={t('empty')}
      fields={[
        { name: 'code', label: t('code'), kind: 'text', required: true, maxLength: GIFT_LIMITS.categoryCode },
        { name: 'name', label: t('name'), kind: 'text', required: true, maxLength: GIFT_LIMITS.name },
        { name: 'sortOrder', label: t('sortOrder'), kind: 'number', hint: t('sortOrderHint') },
        { name: 'active', label: t('active'), kind: 'checkbox' },
      ]}
      blank={{ code: '', name: '', sortOrder: '', active: true }}
      valuesOf={(row) => ({ code: row.code, name: row.name, sortOrder: String(row.sortOrder), active: row.active })}
      toInput={toInput}
      schema={giftCategorySchema}
      sort={(a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code)}
      save={{
        // The input is the GiftCategoryInput toInput built above.
        create: async (input) => (await create({ variables: { input: input as GiftCategoryInput } })).data?.createGiftCategory,
        update: async (row, input) => (await update({ variables: { id: row.id, input: input as GiftCategoryInput } })).data?.updateGiftCategory,
      }}
      columns={[
        { header: t('code'), cell: (row) => row.code },
        { header: t('name'), cell: (row) => row.name },
        { header: t('sortOrder'), cell: (row) => row.sortOrder },
        { header: t('active'), cell: (row) => (row.active ? t('yes') : t('no')) },
      ]}
    />
  );
}
