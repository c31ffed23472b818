'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { ConfigEditor, type FormValues, type InputResult } from '@/components/settings/config-editor';
import type { OfferInput, OfferSettingFragment } from '@/graphql/generated/graphql';
import { CreateOfferMutation, UpdateOfferMutation } from './campaign-documents';

export type OfferRow = OfferSettingFragment;

const FORBIDDEN_IN_CODE = /[\s!@$#%^&*]/;

/** 優惠: the offers campaigns pick from (code, name, analysis code, marketing flag). */
export function OffersEditor({ rows, canEdit }: { rows: OfferRow[]; canEdit: boolean }) {
  const t = useTranslations('offers');
  const [createOffer] = useMutation(CreateOfferMutation);
  const [updateOffer] = useMutation(UpdateOfferMutation);
  const toInput = (values: FormValues): InputResult => {
    const errors: Record<string, string> = {};
    const code = String(values.code).trim();
    const name = String(values.name).trim();
    if (!code) errors.code = t('errors.required');
    else if (FORBIDDEN_IN_CODE.test(code)) errors.code = t('errors.codeCharacters');
    if (!name) errors.name = t('errors.required');
    if (Object.keys(errors).length) return { errors };
    const input: OfferInput = { code, name, analysisCode: String(values.analysisCode).trim() || null, isMarketing: values.isMarketing === true };
    return { input };
  };
  return (
    <ConfigEditor<OfferRow>
      testId="offers-editor"
      rows={rows}
      canEdit={canEdit}
      emptyText={t('empty')}
      fields={[
        { name: 'code', label: t('code'), kind: 'text', required: true, maxLength: 20, hint: t('codeHint') },
        { name: 'name', label: t('name'), kind: 'text', required: true, maxLength: 100 },
        { name: 'analysisCode', label: t('analysisCode'), kind: 'text', maxLength: 20 },
        { name: 'isMarketing', label: t('isMarketing'), kind: 'checkbox', hint: t('isMarketingHint') },
      ]}
      blank={{ code: '', name: '', analysisCode: '', isMarketing: true }}
      valuesOf={(row) => ({ code: row.code, name: row.name, analysisCode: row.analysisCode ?? '', isMarketing: row.isMarketing })}
      toInput={toInput}
      save={{
        // The input is the OfferInput toInput built above.
        create: async (input) => (await createOffer({ variables: { input: input as OfferInput } })).data?.createOffer,
        update: async (row, input) => (await updateOffer({ variables: { id: row.id, input: input as OfferInput } })).data?.updateOffer,
      }}
      columns={[
        { header: t('code'), cell: (row) => row.code },
        { header: t('name'), cell: (row) => row.name },
        { header: t('analysisCode'), cell: (row) => row.analysisCode ?? '' },
        { header: t('isMarketing'), cell: (row) => (row.isMarketing ? t('yes') : t('no')) },
      ]}
    />
  );
}
