'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { FormField } from '@/components/members/form/form-field';
import { intValue } from '@/components/settings/config-editor';
import { StatusMessage } from '@/components/ui/status-message';
import { requestError } from '@/lib/apollo/request-error';
import { SLOT_STEP } from '@/services/appointment-resources/resource-rules';
import { UpdateAppointmentSettingsMutation } from './appointment-resource-documents';

/** 時段間隔: minutes between the start times the slot suggester offers. */
export function SlotStepForm({ slotStepMinutes, canEdit }: { slotStepMinutes: number; canEdit: boolean }) {
  const t = useTranslations('appointmentSettings.slotStep');
  const s = useTranslations('appointmentSettings');
  const e = useTranslations('appointmentSettings.errors');
  const [update] = useMutation(UpdateAppointmentSettingsMutation);
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
      const saved = (await update({ variables: { input: { slotStepMinutes: step } } })).data?.updateAppointmentSettings;
      if (saved) {
        setValue(String(saved.slotStepMinutes));
        setNotice(s('saved'));
      }
    } catch (failure) {
      setError(requestError(failure).message);
    }
    setPending(false);
  }

  return (
    <form className="form card" onSubmit={submit} noValidate data-testid="slot-step-form">
      <h2>{t('title')}</h2>
      <StatusMessage status={notice ? { kind: 'success', text: notice } : null} />
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
