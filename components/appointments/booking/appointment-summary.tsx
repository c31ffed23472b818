'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { BookedAppointmentFragment as BookedAppointment } from '@/graphql/generated/graphql';
import styles from './booking.module.css';

/** One appointment in a line: date, time, branch, beautician, treatment and status. */
export function AppointmentSummary({ appointment }: { appointment: BookedAppointment }) {
  const t = useTranslations('booking');
  const format = useFormatter();
  const zone = appointment.branch.timeZone;
  const time = (at: string) => format.dateTime(new Date(at), { hour: '2-digit', minute: '2-digit', timeZone: zone });
  return (
    <p className={styles.summary} data-testid="appointment-summary">
      <strong>{format.dateTime(new Date(appointment.startsAt), { dateStyle: 'full', timeZone: zone })}</strong>
      <span>{`${time(appointment.startsAt)} - ${time(appointment.endsAt)}`}</span>
      <span>{appointment.branch.name}</span>
      {appointment.beautician ? <span>{appointment.beautician.displayName}</span> : null}
      <span>{treatmentLabel(appointment, t)}</span>
      <span className="tag" data-testid="appointment-status">
        {t(`status.${appointment.status}`)}
      </span>
    </p>
  );
}

/** The treatment, else the equipment, else the length booked. */
export function treatmentLabel(appointment: BookedAppointment, t: (key: string, params?: Record<string, string | number>) => string): string {
  if (appointment.treatment) return `${appointment.treatment.name} (${appointment.treatment.code})`;
  const minutes = Math.round((new Date(appointment.endsAt).getTime() - new Date(appointment.startsAt).getTime()) / 60_000);
  if (appointment.equipment) return `${appointment.equipment.name} (${appointment.equipment.code}), ${t('minutesValue', { minutes })}`;
  return t('minutesValue', { minutes });
}
