'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { BookingBlock } from '@/components/contacts/page/booking-block';
import { ContactBookingQuery } from './booking-documents';
import { BookingPanel, type BookingMember } from './booking-panel';

type Props = {
  contactMemberId: string;
  member: BookingMember;
  /** Called after a booking, so the page reloads the contact's status and logs. */
  onBooked?: () => void;
};

/**
 * The contact page's booking section (如需要預約, 按<新增預約>): the appointment booked from this
 * contact, if any, as the manual's booking block (with its verification and notes), and the
 * booking flow — shown only when the contact settings allow booking or there is an appointment.
 */
export function ContactBooking({ contactMemberId, member, onBooked }: Props) {
  const t = useTranslations('booking');
  const query = useQuery(ContactBookingQuery, { variables: { id: contactMemberId }, fetchPolicy: 'network-only' });
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // The section is an extra on the contact page: without its data the rest of the page still works.
  const state = query.error
    ? { allowBooking: false, appointment: null }
    : query.data
      ? { allowBooking: query.data.contactSettings.allowBooking, appointment: query.data.contactMember.appointment ?? null }
      : null;

  if (!state || (!state.allowBooking && !state.appointment)) return null;

  return (
    <section className="card" aria-labelledby="contact-booking-title" data-testid="contact-booking">
      <h2 id="contact-booking-title">{t('title')}</h2>
      {state.appointment ? (
        <div data-testid="contact-appointment">
          <p className="muted">{t('bookedFromContact')}</p>
          <BookingBlock appointment={state.appointment} memberName={member.displayName} />
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
            onBooked={() => {
              // Read again: the block shows more of the appointment than the booking answers.
              void query.refetch();
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
