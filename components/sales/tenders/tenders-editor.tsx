'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { blankTranslations, translationFields, translationsInput, translationValues } from '@/components/sales/catalogue/localised-fields';
import { ConfigEditor, numberValue, type FormValues, type InputResult } from '@/components/settings/config-editor';
import type { TenderKind, TenderRowFragment, TenderTypeInput } from '@/graphql/generated/graphql';
import { TENDER_LIMITS } from '@/services/sales/tender-type-input.schema';
import { CreateTenderTypeMutation, UpdateTenderTypeMutation } from './tender-documents';

const KINDS: readonly TenderKind[] = ['CASH', 'CARD', 'BANK_TRANSFER', 'OTHER', 'STORED_VALUE', 'PACKAGE'];

/**
 * 付款方式: code, name and its translations, kind, whether it gives change, position on the
 * cashier's payment buttons, active. The server checks every value and names the field it refuses.
 */
export function TendersEditor({ rows, canEdit }: { rows: TenderRowFragment[]; canEdit: boolean }) {
  const t = useTranslations('sales.tenders');
  const c = useTranslations('sales.catalogue');
  const [create] = useMutation(CreateTenderTypeMutation);
  const [update] = useMutation(UpdateTenderTypeMutation);
  const toInput = (values: FormValues): InputResult => {
    const input: TenderTypeInput = {
      code: String(values.code).trim(), name: String(values.name).trim(), translations: translationsInput(values), kind: values.kind as TenderKind,
      givesChange: values.givesChange === true, sortOrder: numberValue(values.sortOrder), active: values.active === true,
    };
    return { input };
  };
  return (
    <ConfigEditor<TenderRowFragment>
      testId="tenders-editor"
      rows={rows}
      canEdit={canEdit}
      emptyText={t('empty')}
      labels={{ new: t('new'), newTitle: t('newTitle'), editTitle: (row) => t('editTitle', { code: row.code }) }}
      fields={[
        { name: 'code', label: c('code'), kind: 'text', required: true, maxLength: TENDER_LIMITS.code, hint: t('codeHint') },
        { name: 'name', label: c('name'), kind: 'text', required: true, maxLength: 100 },
        ...translationFields((l) => c(`translation.${l}`), 100),
        { name: 'kind', label: t('kind'), kind: 'select', required: true, options: KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })) },
        { name: 'givesChange', label: t('givesChange'), kind: 'checkbox', hint: t('givesChangeHint') },
        { name: 'sortOrder', label: c('sortOrder'), kind: 'number', hint: c('sortOrderHint') },
        { name: 'active', label: c('active'), kind: 'checkbox' },
      ]}
      blank={{ code: '', name: '', ...blankTranslations(), kind: 'CARD', givesChange: false, sortOrder: '0', active: true }}
      valuesOf={(row) => ({
        code: row.code, name: row.name, ...translationValues(row.translations), kind: row.kind, givesChange: row.givesChange, sortOrder: String(row.sortOrder), active: row.active,
      })}
      toInput={toInput}
      sort={(a, b) => a.sortOrder - b.sortOrder || Number(a.id) - Number(b.id)}
      save={{
        // The input is the TenderTypeInput toInput built.
        create: async (input) => (await create({ variables: { input: input as TenderTypeInput } })).data?.createTenderType,
        update: async (row, input) => (await update({ variables: { id: row.id, input: input as TenderTypeInput } })).data?.updateTenderType,
      }}
      columns={[
        { header: c('code'), cell: (row) => row.code },
        { header: c('name'), cell: (row) => row.label },
        { header: t('kind'), cell: (row) => t(`kinds.${row.kind}`) },
        { header: t('givesChange'), cell: (row) => (row.givesChange ? t('yes') : t('no')) },
        { header: c('sortOrder'), cell: (row) => row.sortOrder },
        { header: c('status'), cell: (row) => (row.active ? c('activeState') : <span className="tag tag--muted">{c('inactiveState')}</span>) },
      ]}
    />
  );
}
