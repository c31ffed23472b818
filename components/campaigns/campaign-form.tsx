'use client';

import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { get, useForm, type FieldError } from 'react-hook-form';
import { z } from 'zod';
import { FormField } from '@/components/members/form/form-field';
import type { CampaignInput } from '@/graphql/generated/graphql';
import { useRouter } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { useIssueText } from '@/lib/forms/issue-text';
import { CAMPAIGN_LIMITS, campaignFieldsSchema } from '@/services/campaigns/campaign-input.schema';
import { CreateCampaignMutation, UpdateCampaignMutation } from './campaign-documents';
import { CAMPAIGN_FIELDS, offerLabel, type CampaignField as Field, type CampaignFormValues, type CampaignOfferOption } from './campaign-values';

/** The form's values checked by the campaign service's own schema; offer and archived as chosen. */
const formSchema = campaignFieldsSchema.and(z.object({ offerId: z.string(), archived: z.boolean() }));

/** 新增 / 編輯聯絡活動: code, name, details, marketing offer, active period, archived. */
export function CampaignForm({
  campaignId,
  initial,
  offers,
  canEdit,
}: {
  campaignId: string | null;
  initial: CampaignFormValues;
  offers: CampaignOfferOption[];
  canEdit: boolean;
}) {
  const t = useTranslations('campaigns');
  const issueText = useIssueText();
  const router = useRouter();
  const [createCampaign] = useMutation(CreateCampaignMutation);
  const [updateCampaign] = useMutation(UpdateCampaignMutation);
  const { register, handleSubmit, reset, setError, clearErrors, formState } = useForm<z.input<typeof formSchema>, unknown, z.output<typeof formSchema>>({
    resolver: zodResolver(formSchema),
    defaultValues: initial,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const pending = formState.isSubmitting;

  const errors = Object.fromEntries(
    CAMPAIGN_FIELDS.flatMap((name) => {
      const error = get(formState.errors, name) as FieldError | undefined;
      if (!error?.message) return [];
      return [[name, error.type === 'server' ? error.message : issueText(name, error.message)]];
    }),
  ) as Partial<Record<Field, string>>;

  /** A control's error goes away as soon as it is edited; the next save checks again. */
  const field = (name: Field) => register(name, { onChange: () => clearErrors(name) });

  async function submit(values: z.output<typeof formSchema>) {
    if (!canEdit) return;
    setFormError(null);
    const input: CampaignInput = {
      code: values.code,
      name: values.name,
      details: values.details,
      offerId: values.offerId || null,
      startsOn: values.startsOn,
      endsOn: values.endsOn,
      archived: values.archived,
    };
    try {
      if (campaignId) await updateCampaign({ variables: { id: campaignId, input } });
      else await createCampaign({ variables: { input } });
      router.push('/contacts/campaigns');
      router.refresh();
    } catch (failure) {
      const { message, field: named } = requestError(failure);
      const name = named ? (named.replace(/^input\./, '') as Field) : null;
      if (name && CAMPAIGN_FIELDS.includes(name)) setError(name, { type: 'server', message });
      else setFormError(message);
    }
  }

  return (
    <form className="form card" onSubmit={handleSubmit(submit)} noValidate data-testid="campaign-form">
      {formError ? (
        <p className="alert alert--error" role="alert" data-testid="campaign-form-error">
          {formError}
        </p>
      ) : null}
      <fieldset className="form-section" disabled={!canEdit}>
        <legend>{t('form.details')}</legend>
        <div className="form-grid">
          <FormField name="code" label={t('code')} required hint={t('form.codeHint')} error={errors.code}>
            {(control) => <input {...control} {...field('code')} className="input" maxLength={CAMPAIGN_LIMITS.code} />}
          </FormField>
          <FormField name="name" label={t('name')} required hint={t('form.nameHint')} error={errors.name}>
            {(control) => <input {...control} {...field('name')} className="input" maxLength={CAMPAIGN_LIMITS.name} />}
          </FormField>
        </div>
        <FormField name="details" label={t('form.detailsLabel')} error={errors.details}>
          {(control) => <textarea {...control} {...field('details')} className="input textarea" rows={4} />}
        </FormField>
        <FormField name="offerId" label={t('form.offer')} hint={t('form.offerHint')} error={errors.offerId}>
          {(control) => (
            <select {...control} {...field('offerId')} className="select select--block">
              <option value="">{t('form.noOffer')}</option>
              {offers.map((offer) => (
                <option key={offer.id} value={offer.id}>
                  {offerLabel(offer, t('analysisCode'))}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div className="form-grid">
          <FormField name="startsOn" label={t('form.startsOn')} error={errors.startsOn}>
            {(control) => <input {...control} {...field('startsOn')} type="date" className="input" />}
          </FormField>
          <FormField name="endsOn" label={t('form.endsOn')} error={errors.endsOn}>
            {(control) => <input {...control} {...field('endsOn')} type="date" className="input" />}
          </FormField>
        </div>
        <label className="checkbox">
          <input type="checkbox" {...field('archived')} data-testid="campaign-archived" />
          {t('form.archived')}
        </label>
        <p className="field__hint">{t('form.archivedHint')}</p>
      </fieldset>
      <div className="button-row">
        {canEdit ? (
          <>
            <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid="campaign-save">
              {t('form.save')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => { reset(initial); setFormError(null); }} data-testid="campaign-reset">
              {t('form.reset')}
            </button>
          </>
        ) : null}
        <button type="button" className="button button--secondary" onClick={() => router.push('/contacts/campaigns')} data-testid="campaign-cancel">
          {t('form.back')}
        </button>
      </div>
    </form>
  );
}
