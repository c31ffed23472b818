'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { graphqlFetch } from '@/lib/graphql-fetch';
import { AppointmentSummary } from './appointment-summary';
import { CONTACT_BOOKING_QUERY, type BookedAppointment, type BookingMember } from './booking-data';
import { BookingPanel } from './booking-panel';

type Props = {
  contactMemberId: string;
  member: BookingMember;
  /** Called after a booking, so the page reloads the contact's status and logs. */
  onBooked?: () => void;
};

type State = { allowBooking: boolean; appointment: BookedAppointment | null };

/**
 * The contact page's booking section (如需要預約, 按<新增預約>): the appointment booked from this
 * contact, if any, and the booking flow — shown only when the contact settings allow booking.
 */
export function ContactBooking({ contactMemberId, member, onBooked }: Props) {
  const t = useTranslations('booking');
  const locale = useLocale();
  const [state, setState] = useState<State | null>(null);
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    graphqlFetch<{ contactSettings: { allowBooking: boolean }; contactMember: { appointment: BookedAppointment | null } }>(
      CONTACT_BOOKING_QUERY,
      { id: contactMemberId },
      locale,
    )
      .then((data) => live && setState({ allowBooking: data.contactSettings.allowBooking, appointment: data.contactMember.appointment }))
      // The section is an extra on the contact page: without its data the rest of the page still works.
      .catch(() => live && setState({ allowBooking: false, appointment: null }));
    return () => {
      live = false;
    };
  }, [contactMemberId, locale]);

  if (!state || (!state.allowBooking && !state.appointment)) return null;

  return (
    <section className="card" aria-labelledby="contact-booking-title" data-testid="contact-booking">
      <h2 id="contact-booking-title">{t('title')}</h2>
      {state.appointment ? (
        <div data-testid="contact-appointment">
          <p className="muted">{t('bookedFromContact')}</p>
          <AppointmentSummary appointment={state.appointment} />
        </div>
      ) : null}
      {notice ? (
        <p className="alert alert--success" role="status" data-testid="booking-notice">
          {notice}
        </p>
      ) : null}
      {state.allowBooking ? (
        open ? (
          <BookingPanel
            member={member}
            contactMemberId={contactMemberId}
            onBooked={(appointment) => {
              setState({ ...state, appointment });
              setOpen(false);
              setNotice(t('booked'));
              onBooked?.();
            }}
            onClose={() => setOpen(false)}
          />
        ) : (
          <>
            <p className="field__hint">{t('hint')}</p>
            <div className="button-row">
              <button
                type="button"
                className="button button--primary"
                onClick={() => {
                  setNotice(null);
                  setOpen(true);
                }}
                data-testid="booking-open"
              >
                {t('new')}
              </button>
            </div>
          </>
        )
      ) : null}
    </section>
  );
}
