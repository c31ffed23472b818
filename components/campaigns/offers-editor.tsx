'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { ConfigEditor, type FormValues, type InputResult } from '@/components/settings/config-editor';
import type { OfferInput, OfferSettingFragment } from '@/graphql/generated/graphql';
import { OFFER_LIMITS, offerSchema } from '@/services/offers/offer-input.schema';
import { CreateOfferMutation, UpdateOfferMutation } from './campaign-documents';
import { useRecycleBinRemove } from '@/components/admin/recycle-bin/use-recycle-bin-remove';

export type OfferRow = OfferSettingFragment;

/** 優惠: the offers campaigns pick from (code, name, analysis code, marketing flag). */
export function OffersEditor({ rows, canEdit }: { rows: OfferRow[]; canEdit: boolean }) {
  const t = useTranslations('offers');
  const [createOffer] = useMutation(CreateOfferMutation);
  const [updateOffer] = useMutation(UpdateOfferMutation);
  const remove = useRecycleBinRemove<OfferRow>('offer', (row) => `${row.code} ${row.name}`);
  // Checked with the offer service's own schema (`schema` below) before it is sent.
  const toInput = (values: FormValues): InputResult => ({
    input: {
      code: String(values.code).trim(), name: String(values.name).trim(), analysisCode: String(values.analysisCode).trim() || null, isMarketing: values.isMarketing === true,
    } satisfies OfferInput,
  });
  return (
    <ConfigEditor<OfferRow>
      testId="offers-editor"
      rows={rows}
      canEdit={canEdit}
      emptyText={t('empty')}
      fields={[
        { name: 'code', label: t('code'), kind: 'text', required: true, maxLength: OFFER_LIMITS.code, hint: t('codeHint') },
        { name: 'name', label: t('name'), kind: 'text', required: true, maxLength: OFFER_LIMITS.name },
        { name: 'analysisCode', label: t('analysisCode'), kind: 'text', maxLength: OFFER_LIMITS.analysisCode },
        { name: 'isMarketing', label: t('isMarketing'), kind: 'checkbox', hint: t('isMarketingHint') },
      ]}
      blank={{ code: '', name: '', analysisCode: '', isMarketing: true }}
      valuesOf={(row) => ({ code: row.code, name: row.name, analysisCode: row.analysisCode ?? '', isMarketing: row.isMarketing })}
      toInput={toInput}
      schema={offerSchema}
      save={{
        // The input is the OfferInput toInput built above.
        create: async (input) => (await createOffer({ variables: { input: input as OfferInput } })).data?.createOffer,
        update: async (row, input) => (await updateOffer({ variables: { id: row.id, input: input as OfferInput } })).data?.updateOffer,
      }}
      remove={remove}
      columns={[
        { header: t('code'), cell: (row) => row.code },
        { header: t('name'), cell: (row) => row.name },
        { header: t('analysisCode'), cell: (row) => row.analysisCode ?? '' },
        { header: t('isMarketing'), cell: (row) => (row.isMarketing ? t('yes') : t('no')) },
      ]}
    />
  );
}
