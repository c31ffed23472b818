'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import type { BookedAppointmentFragment as BookedAppointment } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { localDate, localTime, zonedInstant } from './booking-data';
import { BookingBranchResourcesQuery, UpdateAppointmentMutation } from './booking-documents';
import { BOOKING_NOTE_MAX } from './booking-review';

type Props = {
  appointment: BookedAppointment;
  onSaved: (appointment: BookedAppointment) => void;
  onCancel: () => void;
};

type Field = 'startsAt' | 'beauticianId' | 'note';

/**
 * Edit or reschedule a booked appointment: date, time (branch time), beautician and note. The
 * version it was loaded with goes along, so a change someone made meanwhile is a CONFLICT
 * rather than silently overwritten; a taken time is a CONFLICT naming what is busy.
 */
export function AppointmentEditor({ appointment, onSaved, onCancel }: Props) {
  const t = useTranslations('booking.edit');
  const id = useId();
  const zone = appointment.branch.timeZone;
  const [date, setDate] = useState(localDate(new Date(appointment.startsAt), zone));
  const [time, setTime] = useState(localTime(new Date(appointment.startsAt), zone));
  const [beauticianId, setBeauticianId] = useState(appointment.beautician?.id ?? '');
  const [note, setNote] = useState(appointment.note);
  const resources = useQuery(BookingBranchResourcesQuery, { variables: { branchId: appointment.branch.id }, fetchPolicy: 'network-only' });
  const [updateAppointment] = useMutation(UpdateAppointmentMutation);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ field: Field | null; message: string } | null>(null);
  const current = appointment.beautician;
  const list = resources.data?.beauticians.nodes ?? [];
  // Keep the current beautician selectable even if they no longer work at the branch.
  const beauticians = current && !list.some((b) => b.id === current.id) ? [current, ...list] : list;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!date || !time) {
      setError({ field: 'startsAt', message: t('pickTime') });
      return;
    }
    setPending(true);
    setError(null);
    try {
      const { data } = await updateAppointment({
        variables: {
          id: appointment.id,
          input: {
            startsAt: zonedInstant(date, time, zone).toISOString(),
            beauticianId: beauticianId || null,
            note,
            version: appointment.version,
          },
        },
      });
      if (data) onSaved(data.updateAppointment);
    } catch (failure) {
      const refused = requestError(failure);
      const field = ['startsAt', 'beauticianId', 'note'].includes(refused.field ?? '') ? (refused.field as Field) : null;
      setError({ field, message: refused.message });
    } finally {
      setPending(false);
    }
  }

  const fieldId = (name: string) => `${id}-${name}`;
  const errorFor = (field: Field) =>
    error?.field === field ? (
      <p className="field__error" role="alert" id={fieldId(`${field}-error`)} data-testid={`edit-error-${field}`}>
        {error.message}
      </p>
    ) : null;
  const invalid = (field: Field) => (error?.field === field ? { 'aria-invalid': true as const, 'aria-describedby': fieldId(`${field}-error`) } : {});

  return (
    <form className="form" onSubmit={submit} noValidate data-testid="appointment-editor">
      <div className="form-grid">
        <div className={`field ${error?.field === 'startsAt' ? 'field--invalid' : ''}`}>
          <label htmlFor={fieldId('date')}>{t('date')}</label>
          <input id={fieldId('date')} className="input" type="date" value={date} onChange={(e) => setDate(e.target.value)} {...invalid('startsAt')} data-testid="edit-date" />
        </div>
        <div className={`field ${error?.field === 'startsAt' ? 'field--invalid' : ''}`}>
          <label htmlFor={fieldId('time')}>{t('time')}</label>
          <input id={fieldId('time')} className="input" type="time" step={300} value={time} onChange={(e) => setTime(e.target.value)} {...invalid('startsAt')} data-testid="edit-time" />
          {errorFor('startsAt')}
        </div>
        <div className={`field ${error?.field === 'beauticianId' ? 'field--invalid' : ''}`}>
          <label htmlFor={fieldId('beautician')}>{t('beautician')}</label>
          <select id={fieldId('beautician')} className="input select" value={beauticianId} onChange={(e) => setBeauticianId(e.target.value)} {...invalid('beauticianId')} data-testid="edit-beautician">
            {beauticians.map((b) => (
              <option key={b.id} value={b.id}>
                {`${b.displayName} (${b.code})`}
              </option>
            ))}
          </select>
          {errorFor('beauticianId')}
        </div>
      </div>
      <div className={`field ${error?.field === 'note' ? 'field--invalid' : ''}`}>
        <label htmlFor={fieldId('note')}>{t('note', { max: BOOKING_NOTE_MAX })}</label>
        <textarea id={fieldId('note')} className="input textarea" rows={2} value={note} onChange={(e) => setNote(e.target.value)} {...invalid('note')} data-testid="edit-note" />
        {errorFor('note')}
      </div>
      {error && !error.field ? (
        <p className="alert alert--error" role="alert" data-testid="edit-error">
          {error.message}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid="edit-save">
          {t('save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={pending} data-testid="edit-cancel">
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
