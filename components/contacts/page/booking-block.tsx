'use client';

import { useMutation } from '@apollo/client/react';
import { useFormatter, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { SetAppointmentNotesMutation } from '@/components/appointments/boards/board-documents';
import { NoteCell } from '@/components/appointments/boards/note-cell';
import type { NoteField } from '@/components/appointments/boards/use-board';
import type { ContactBookingDetailsFragment as Booking } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import styles from './contact-page.module.css';

const staffLabel = (s: { displayName: string; code: string } | null | undefined) => (s ? `${s.displayName} (${s.code})` : null);

/**
 * The appointment booked from this contact as the manual's booking block shows it: 預約分店,
 * 預約日期時間, 預約備註, 預約狀態, 出席備註, 出席驗證, 驗證員工, 驗證日期, 驗證備註 (then the
 * treatment and beautician), times in the branch's zone. 出席備註 and 驗證備註 have 新增 / 編輯 as
 * on the boards. A definition list that wraps into as many columns as the width allows.
 */
export function BookingBlock({ appointment, memberName }: { appointment: Booking; memberName: string }) {
  const t = useTranslations('contactPage.booking');
  const tStatus = useTranslations('booking.status');
  const format = useFormatter();
  const [setNotes] = useMutation(SetAppointmentNotesMutation);
  const timeZone = appointment.branch.timeZone;
  const dateTime = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'long', timeStyle: 'short', timeZone });
  const endTime = format.dateTime(new Date(appointment.endsAt), { timeStyle: 'short', timeZone });

  async function save(field: NoteField, text: string) {
    try {
      // The answer updates the appointment in the cache, so the block shows the saved note.
      await setNotes({ variables: { id: appointment.id, input: { [field]: text } } });
    } catch (failure) {
      throw requestError(failure);
    }
  }

  const note = (field: 'attendanceNote' | 'verificationNote') => (
    <NoteCell field={field} value={appointment[field]} subject={memberName} onSave={(text) => save(field, text)} />
  );

  const items: Array<{ key: string; value: ReactNode }> = [
    { key: 'branch', value: `${appointment.branch.name} (${appointment.branch.code})` },
    { key: 'at', value: `${dateTime(appointment.startsAt)} – ${endTime}` },
    { key: 'note', value: appointment.note || null },
    { key: 'status', value: tStatus(appointment.status) },
    { key: 'attendanceNote', value: note('attendanceNote') },
    { key: 'verified', value: appointment.verifiedAt ? t('verifiedYes') : t('verifiedNo') },
    { key: 'verifiedBy', value: staffLabel(appointment.verifiedBy) },
    { key: 'verifiedAt', value: appointment.verifiedAt ? dateTime(appointment.verifiedAt) : null },
    { key: 'verificationNote', value: note('verificationNote') },
    { key: 'treatment', value: appointment.treatment ? `${appointment.treatment.name} (${appointment.treatment.code})` : null },
    { key: 'beautician', value: staffLabel(appointment.beautician) },
  ];

  return (
    <dl className={styles.booking} data-testid="contact-booking-block">
      {items.map((item) => (
        <div key={item.key} className={styles.bookingItem}>
          <dt>{t(item.key)}</dt>
          <dd data-testid={`contact-booking-${item.key}`}>{item.value ?? <span className="muted">—</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
