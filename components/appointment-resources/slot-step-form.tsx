'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { FormField } from '@/components/members/form/form-field';
import { intValue } from '@/components/settings/config-editor';
import { graphqlFetch } from '@/lib/graphql-fetch';
import { SLOT_STEP } from '@/services/appointment-resources/resource-rules';

const UPDATE = 'mutation UpdateAppointmentSettings($input: AppointmentSettingsInput!) { updateAppointmentSettings(input: $input) { slotStepMinutes } }';

/** 時段間隔: minutes between the start times the slot suggester offers. */
export function SlotStepForm({ slotStepMinutes, canEdit }: { slotStepMinutes: number; canEdit: boolean }) {
  const t = useTranslations('appointmentSettings.slotStep');
  const s = useTranslations('appointmentSettings');
  const e = useTranslations('appointmentSettings.errors');
  const locale = useLocale();
  const [value, setValue] = useState(String(slotStepMinutes));
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setNotice(null);
    const step = intValue(value);
    if (step === null || step < SLOT_STEP.min || step > SLOT_STEP.max) {
      setError(e('outOfRange', { min: SLOT_STEP.min, max: SLOT_STEP.max }));
      return;
    }
    setError(null);
    setPending(true);
    try {
      const data = await graphqlFetch<{ updateAppointmentSettings: { slotStepMinutes: number } }>(UPDATE, { input: { slotStepMinutes: step } }, locale);
      setValue(String(data.updateAppointmentSettings.slotStepMinutes));
      setNotice(s('saved'));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
    setPending(false);
  }

  return (
    <form className="form card" onSubmit={submit} noValidate data-testid="slot-step-form">
      <h2>{t('title')}</h2>
      {notice ? (
        <p className="alert alert--success" role="status">
          {notice}
        </p>
      ) : null}
      <FormField name="slotStepMinutes" label={t('label')} required hint={t('hint', { min: SLOT_STEP.min, max: SLOT_STEP.max })} error={error}>
        {(control) => (
          <input {...control} className="input" inputMode="numeric" value={value} disabled={!canEdit} onChange={(ev) => setValue(ev.target.value)} data-testid="slot-step-input" />
        )}
      </FormField>
      {canEdit ? (
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid="slot-step-save">
            {s('save')}
          </button>
        </div>
      ) : null}
    </form>
  );
}
