'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { BookedAppointmentFragment as BookedAppointment } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { AppointmentSummary } from './appointment-summary';
import { BookingPanel, type BookingMember } from './booking-panel';

/** The member page's 新增預約 entry: the booking flow in place, and the way to the member's appointment book. */
export function MemberBookingEntry({ member }: { member: BookingMember }) {
  const t = useTranslations('booking');
  const [open, setOpen] = useState(false);
  const [booked, setBooked] = useState<BookedAppointment | null>(null);
  return (
    <section className="card profile-section" aria-labelledby="member-booking-entry-title" data-testid="member-booking-entry">
      <h2 id="member-booking-entry-title">{t('title')}</h2>
      {booked ? (
        <div className="alert alert--success" role="status" data-testid="booking-notice">
          <p>{t('booked')}</p>
          <AppointmentSummary appointment={booked} />
        </div>
      ) : null}
      {open ? (
        <BookingPanel
          member={member}
          onBooked={(appointment) => {
            setBooked(appointment);
            setOpen(false);
          }}
          onClose={() => setOpen(false)}
        />
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setBooked(null);
              setOpen(true);
            }}
            data-testid="booking-open"
          >
            {t('new')}
          </button>
          <Link href={`/appointments/member/${member.id}`} className="button button--secondary" data-testid="member-appointment-book">
            {t('memberPage.link')}
          </Link>
        </div>
      )}
    </section>
  );
}
