'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { FormField } from '@/components/members/form/form-field';
import type { CampaignInput } from '@/graphql/generated/graphql';
import { useRouter } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { CreateCampaignMutation, UpdateCampaignMutation } from './campaign-documents';
import { CAMPAIGN_FIELDS, checkCampaign, offerLabel, type CampaignField as Field, type CampaignFormValues, type CampaignOfferOption } from './campaign-values';

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
  const router = useRouter();
  const [createCampaign] = useMutation(CreateCampaignMutation);
  const [updateCampaign] = useMutation(UpdateCampaignMutation);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const set = <K extends Field>(name: K, value: CampaignFormValues[K]) => {
    setValues((previous) => ({ ...previous, [name]: value }));
    setErrors((previous) => ({ ...previous, [name]: undefined }));
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending || !canEdit) return;
    const problems = checkCampaign(values);
    if (Object.keys(problems).length) {
      setErrors(Object.fromEntries(Object.entries(problems).map(([field, key]) => [field, t(`errors.${key}`)])));
      return;
    }
    setPending(true);
    setErrors({});
    setFormError(null);
    const input: CampaignInput = {
      code: values.code.trim(),
      name: values.name.trim(),
      details: values.details.trim() || null,
      offerId: values.offerId || null,
      startsOn: values.startsOn || null,
      endsOn: values.endsOn || null,
      archived: values.archived,
    };
    try {
      if (campaignId) await updateCampaign({ variables: { id: campaignId, input } });
      else await createCampaign({ variables: { input } });
      router.push('/contacts/campaigns');
      router.refresh();
    } catch (failure) {
      const { message, field: named } = requestError(failure);
      const field = named ? (named.replace(/^input\./, '') as Field) : null;
      if (field && CAMPAIGN_FIELDS.includes(field)) setErrors({ [field]: message });
      else setFormError(message);
      setPending(false);
    }
  }

  return (
    <form className="form card" onSubmit={submit} noValidate data-testid="campaign-form">
      {formError ? (
        <p className="alert alert--error" role="alert" data-testid="campaign-form-error">
          {formError}
        </p>
      ) : null}
      <fieldset className="form-section" disabled={!canEdit}>
        <legend>{t('form.details')}</legend>
        <div className="form-grid">
          <FormField name="code" label={t('code')} required hint={t('form.codeHint')} error={errors.code}>
            {(control) => <input {...control} className="input" maxLength={50} value={values.code} onChange={(e) => set('code', e.target.value)} />}
          </FormField>
          <FormField name="name" label={t('name')} required hint={t('form.nameHint')} error={errors.name}>
            {(control) => <input {...control} className="input" maxLength={100} value={values.name} onChange={(e) => set('name', e.target.value)} />}
          </FormField>
        </div>
        <FormField name="details" label={t('form.detailsLabel')} error={errors.details}>
          {(control) => <textarea {...control} className="input textarea" rows={4} value={values.details} onChange={(e) => set('details', e.target.value)} />}
        </FormField>
        <FormField name="offerId" label={t('form.offer')} hint={t('form.offerHint')} error={errors.offerId}>
          {(control) => (
            <select {...control} className="select select--block" value={values.offerId} onChange={(e) => set('offerId', e.target.value)}>
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
            {(control) => <input {...control} type="date" className="input" value={values.startsOn} onChange={(e) => set('startsOn', e.target.value)} />}
          </FormField>
          <FormField name="endsOn" label={t('form.endsOn')} error={errors.endsOn}>
            {(control) => <input {...control} type="date" className="input" value={values.endsOn} onChange={(e) => set('endsOn', e.target.value)} />}
          </FormField>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={values.archived} onChange={(e) => set('archived', e.target.checked)} data-testid="campaign-archived" />
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
            <button type="button" className="button button--secondary" onClick={() => { setValues(initial); setErrors({}); setFormError(null); }} data-testid="campaign-reset">
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
