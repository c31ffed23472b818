'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { FormField } from '@/components/members/form/form-field';
import { numberValue } from '@/components/settings/config-editor';
import { StatusMessage } from '@/components/ui/status-message';
import { requestError } from '@/lib/apollo/request-error';
import { useIssueText } from '@/lib/forms/issue-text';
import { slotStepSchema } from '@/services/appointment-resources/resource-input.schema';
import { SLOT_STEP } from '@/services/appointment-resources/resource-rules';
import { UpdateAppointmentSettingsMutation } from './appointment-resource-documents';

/** 時段間隔: minutes between the start times the slot suggester offers. */
export function SlotStepForm({ slotStepMinutes, canEdit }: { slotStepMinutes: number; canEdit: boolean }) {
  const t = useTranslations('appointmentSettings.slotStep');
  const s = useTranslations('appointmentSettings');
  const issueText = useIssueText();
  const [update] = useMutation(UpdateAppointmentSettingsMutation);
  const [value, setValue] = useState(String(slotStepMinutes));
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setNotice(null);
    // The appointment settings service's own schema: refused here in the words the API uses.
    const checked = slotStepSchema.safeParse({ slotStepMinutes: numberValue(value) });
    if (!checked.success) {
      setError(issueText('slotStepMinutes', checked.error.issues[0].message));
      return;
    }
    const step = checked.data.slotStepMinutes;
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
