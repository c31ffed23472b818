'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { get, useForm, type FieldError } from 'react-hook-form';
import { z } from 'zod';
import type { BookedAppointmentFragment as BookedAppointment } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { useIssueText } from '@/lib/forms/issue-text';
import { appointmentChangesSchema } from '@/services/appointments/booking-input.schema';
import { localDate, localTime, zonedInstant } from './booking-data';
import { BookingBranchResourcesQuery, UpdateAppointmentMutation } from './booking-documents';
import { BOOKING_NOTE_MAX } from './booking-review';

type Props = {
  appointment: BookedAppointment;
  onSaved: (appointment: BookedAppointment) => void;
  onCancel: () => void;
};

type Field = 'startsAt' | 'beauticianId' | 'note';

const FIELDS: readonly string[] = ['startsAt', 'beauticianId', 'note'];

/**
 * The editor's inputs read as the booking service reads the changes (a date and time in the
 * branch's zone; one left empty is no instant), then checked by the service's own schema, so the
 * editor refuses what the server refuses, with the same message.
 */
function editorSchema(timeZone: string, version: number) {
  return z
    .object({ date: z.string(), time: z.string(), beauticianId: z.string(), note: z.string() })
    .transform((fields, ctx) => {
      const result = appointmentChangesSchema.safeParse({
        startsAt: fields.date && fields.time ? zonedInstant(fields.date, fields.time, timeZone) : new Date(NaN),
        beauticianId: fields.beauticianId,
        note: fields.note,
        version,
      });
      if (!result.success) {
        for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
        return z.NEVER;
      }
      return result.data;
    });
}

/**
 * Edit or reschedule a booked appointment: date, time (branch time), beautician and note. The
 * version it was loaded with goes along, so a change someone made meanwhile is a CONFLICT
 * rather than silently overwritten; a taken time is a CONFLICT naming what is busy.
 */
export function AppointmentEditor({ appointment, onSaved, onCancel }: Props) {
  const t = useTranslations('booking.edit');
  const id = useId();
  const zone = appointment.branch.timeZone;
  const issueText = useIssueText();
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(editorSchema(zone, appointment.version)),
    defaultValues: {
      date: localDate(new Date(appointment.startsAt), zone),
      time: localTime(new Date(appointment.startsAt), zone),
      beauticianId: appointment.beautician?.id ?? '',
      note: appointment.note,
    },
  });
  const [general, setGeneral] = useState<string | null>(null);
  const resources = useQuery(BookingBranchResourcesQuery, { variables: { branchId: appointment.branch.id }, fetchPolicy: 'network-only' });
  const [updateAppointment] = useMutation(UpdateAppointmentMutation);
  const pending = formState.isSubmitting;
  const current = appointment.beautician;
  const list = resources.data?.beauticians.nodes ?? [];
  // Keep the current beautician selectable even if they no longer work at the branch.
  const beauticians = current && !list.some((b) => b.id === current.id) ? [current, ...list] : list;

  async function submit(changes: z.output<ReturnType<typeof editorSchema>>) {
    setGeneral(null);
    try {
      const { data } = await updateAppointment({
        variables: {
          id: appointment.id,
          input: {
            startsAt: changes.startsAt?.toISOString(),
            beauticianId: changes.beauticianId == null ? null : String(changes.beauticianId),
            note: changes.note,
            version: changes.version,
          },
        },
      });
      if (data) onSaved(data.updateAppointment);
    } catch (failure) {
      const refused = requestError(failure);
      if (refused.field && FIELDS.includes(refused.field)) setError(`root.${refused.field}`, { type: 'server', message: refused.message });
      else setGeneral(refused.message);
    }
  }

  /** The field's refusal: the schema's issue worded as the server words it, or the server's own words (kept under root until the next submit). */
  const messageOf = (field: Field) => {
    const issue = get(formState.errors, field) as FieldError | undefined;
    if (issue?.message) return issueText(field, issue.message);
    return formState.errors.root?.[field]?.message ?? null;
  };

  const fieldId = (name: string) => `${id}-${name}`;
  const errorFor = (field: Field) =>
    messageOf(field) ? (
      <p className="field__error" role="alert" id={fieldId(`${field}-error`)} data-testid={`edit-error-${field}`}>
        {messageOf(field)}
      </p>
    ) : null;
  const invalid = (field: Field) => (messageOf(field) ? { 'aria-invalid': true as const, 'aria-describedby': fieldId(`${field}-error`) } : {});

  return (
    <form className="form" onSubmit={handleSubmit(submit)} noValidate data-testid="appointment-editor">
      <div className="form-grid">
        <div className={`field ${messageOf('startsAt') ? 'field--invalid' : ''}`}>
          <label htmlFor={fieldId('date')}>{t('date')}</label>
          <input id={fieldId('date')} className="input" type="date" {...register('date')} {...invalid('startsAt')} data-testid="edit-date" />
        </div>
        <div className={`field ${messageOf('startsAt') ? 'field--invalid' : ''}`}>
          <label htmlFor={fieldId('time')}>{t('time')}</label>
          <input id={fieldId('time')} className="input" type="time" step={300} {...register('time')} {...invalid('startsAt')} data-testid="edit-time" />
          {errorFor('startsAt')}
        </div>
        <div className={`field ${messageOf('beauticianId') ? 'field--invalid' : ''}`}>
          <label htmlFor={fieldId('beautician')}>{t('beautician')}</label>
          <select id={fieldId('beautician')} className="input select" {...register('beauticianId')} {...invalid('beauticianId')} data-testid="edit-beautician">
            {beauticians.map((b) => (
              <option key={b.id} value={b.id}>
                {`${b.displayName} (${b.code})`}
              </option>
            ))}
          </select>
          {errorFor('beauticianId')}
        </div>
      </div>
      <div className={`field ${messageOf('note') ? 'field--invalid' : ''}`}>
        <label htmlFor={fieldId('note')}>{t('note', { max: BOOKING_NOTE_MAX })}</label>
        <textarea id={fieldId('note')} className="input textarea" rows={2} {...register('note')} {...invalid('note')} data-testid="edit-note" />
        {errorFor('note')}
      </div>
      {general ? (
        <p className="alert alert--error" role="alert" data-testid="edit-error">
          {general}
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
