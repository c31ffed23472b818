'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { FormField } from '@/components/members/form/form-field';
import { centsToMoneyText, parseMoneyToCents } from '@/components/settings/money';
import type { ContactSettingsInput, ContactSettingsValuesFragment as Settings } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { UpdateContactSettingsMutation } from './contact-settings-documents';
import { AMOUNTS, METRICS, SWITCHES, type Amount, type Switch } from './display-settings-fields';

type Form = Record<Switch | 'successRuleEnabled', boolean> & Record<Amount, string> & { successMetric: Settings['successMetric'] };

const toForm = (s: Settings): Form => ({
  ...(Object.fromEntries(SWITCHES.map((name) => [name, s[name]])) as Record<Switch, boolean>),
  successRuleEnabled: s.successRuleEnabled,
  successMetric: s.successMetric,
  invoiceThresholdCents: centsToMoneyText(s.invoiceThresholdCents),
  productThresholdCents: centsToMoneyText(s.productThresholdCents),
  treatmentThresholdCents: centsToMoneyText(s.treatmentThresholdCents),
  successThresholdCents: centsToMoneyText(s.successThresholdCents),
});

/** 聯絡會員設定: display switches, the invoice-filter amounts and the successful-purchase rule, saved together. */
export function DisplaySettingsForm({ settings, canEdit }: { settings: Settings; canEdit: boolean }) {
  const t = useTranslations('contactSettings.display');
  const common = useTranslations('contactSettings');
  const [update] = useMutation(UpdateContactSettingsMutation);
  const [saved, setSaved] = useState(settings);
  const [form, setForm] = useState<Form>(toForm(settings));
  const [errors, setErrors] = useState<Partial<Record<Amount, string>>>({});
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending || !canEdit) return;
    const amounts: Partial<Record<Amount, number>> = {};
    const problems: Partial<Record<Amount, string>> = {};
    for (const field of [...AMOUNTS, 'successThresholdCents'] as const) {
      const cents = parseMoneyToCents(form[field]);
      if (cents === null) problems[field] = t('invalidAmount');
      else amounts[field] = cents;
    }
    setErrors(problems);
    if (Object.keys(problems).length) return;
    setPending(true);
    setMessage(null);
    try {
      const input = { ...form, ...amounts } as ContactSettingsInput;
      const { data } = await update({ variables: { input } });
      if (data) {
        setSaved(data.updateContactSettings);
        setForm(toForm(data.updateContactSettings));
      }
      setMessage({ kind: 'success', text: common('saved') });
    } catch (failure) {
      const { message: text, field: named } = requestError(failure);
      const field = named?.replace(/^input\./, '') as Amount | undefined;
      if (field && field in form) setErrors({ [field]: text });
      else setMessage({ kind: 'error', text });
    }
    setPending(false);
  }

  const amountField = (field: Amount, label: string) => (
    <FormField key={field} name={field} label={label} error={errors[field]}>
      {(control) => (
        <input {...control} className="input" inputMode="decimal" value={form[field]} onChange={(e) => setForm({ ...form, [field]: e.target.value })} />
      )}
    </FormField>
  );

  return (
    <form className="form" onSubmit={submit} noValidate data-testid="display-settings-form">
      {message ? (
        <p className={`alert alert--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="display-settings-message">
          {message.text}
        </p>
      ) : null}
      <fieldset className="form-section" disabled={!canEdit}>
        <legend>{t('switches')}</legend>
        <div className="checkbox-list">
          {SWITCHES.map((name) => (
            <label key={name} className="checkbox">
              <input type="checkbox" checked={form[name]} onChange={(e) => setForm({ ...form, [name]: e.target.checked })} data-testid={`setting-${name}`} />
              {t(name)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="form-section" disabled={!canEdit}>
        <legend>{t('amounts')}</legend>
        <p className="field__hint">{t('amountsHint')}</p>
        <div className="form-grid">{AMOUNTS.map((field) => amountField(field, t(field)))}</div>
      </fieldset>
      <fieldset className="form-section" disabled={!canEdit}>
        <legend>{t('success')}</legend>
        <label className="checkbox">
          <input type="checkbox" checked={form.successRuleEnabled} onChange={(e) => setForm({ ...form, successRuleEnabled: e.target.checked })} data-testid="setting-successRuleEnabled" />
          {t('successRuleEnabled')}
        </label>
        <div className="form-grid">
          <FormField name="successMetric" label={t('successMetric')}>
            {(control) => (
              <select {...control} className="select select--block" value={form.successMetric} onChange={(e) => setForm({ ...form, successMetric: e.target.value as Form['successMetric'] })}>
                {METRICS.map((metric) => (
                  <option key={metric} value={metric}>
                    {t(`metric.${metric}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {amountField('successThresholdCents', t('successThreshold'))}
        </div>
        <p className="field__hint">{t('successHint')}</p>
      </fieldset>
      {canEdit ? (
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid="display-settings-save">
            {common('save')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setForm(toForm(saved));
              setErrors({});
            }}
          >
            {common('reset')}
          </button>
        </div>
      ) : null}
    </form>
  );
}
