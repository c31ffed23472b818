'use client';

import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useFormatter, useTranslations } from 'next-intl';
import { Fragment, useState } from 'react';
import type { BookedAppointmentFragment as BookedAppointment, MemberAppointmentsQuery as AppointmentsData, MemberCampaignRowFragment } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { useServerData } from '@/lib/apollo/use-server-data';
import { AppointmentEditor } from './appointment-editor';
import { treatmentLabel } from './appointment-summary';
import { CancelAppointmentMutation, MemberAppointmentsQuery } from './booking-documents';
import { BookingPanel, type BookingMember } from './booking-panel';
import { TableScroll } from '@/components/ui/table-scroll';

type Props = {
  member: BookingMember;
  /** The member with the first page of their appointments, as the Server Component read it. */
  initial: AppointmentsData['member'];
  campaigns: MemberCampaignRowFragment[];
  /** The viewer's branch time zone, for campaign contact times. */
  timeZone: string;
};

/**
 * 預約表 > 會員: the member's appointments (newest first) with edit and cancel, 新增預約, and the
 * member's campaigns with their contact status, latest note and salesperson (編輯 → contact page).
 * The appointments live in the Apollo cache: 更多 appends the next page, and after a booking, an
 * edit or a cancellation the first page is read again.
 */
export function MemberAppointments({ member, initial, campaigns, timeZone }: Props) {
  const t = useTranslations('booking');
  const format = useFormatter();
  const client = useApolloClient();
  const variables = { id: member.id };
  useServerData(MemberAppointmentsQuery, variables, { member: initial });
  const page = (useQuery(MemberAppointmentsQuery, { variables, fetchPolicy: 'cache-only' }).data?.member ?? initial).appointments;
  const [cancelAppointment] = useMutation(CancelAppointmentMutation);
  const [booking, setBooking] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const nodes = page.edges.map((edge) => edge.node);

  async function reload() {
    // Without `after`, the answer replaces the pages shown (relay-style pagination).
    await client.query({ query: MemberAppointmentsQuery, variables, fetchPolicy: 'network-only' });
  }

  async function more() {
    setError(null);
    try {
      // The cache appends the page to the appointments shown.
      await client.query({ query: MemberAppointmentsQuery, variables: { ...variables, after: page.pageInfo.endCursor }, fetchPolicy: 'network-only' });
    } catch (failure) {
      setError(requestError(failure).message);
    }
  }

  async function cancel(appointment: BookedAppointment) {
    setPending(true);
    setError(null);
    try {
      await cancelAppointment({ variables: { id: appointment.id } });
      setConfirming(null);
      setNotice(t('cancelled'));
      await reload();
    } catch (failure) {
      setError(requestError(failure).message);
    } finally {
      setPending(false);
    }
  }

  const zoned = (appointment: BookedAppointment, at: string, options: { dateStyle: 'long' } | { hour: '2-digit'; minute: '2-digit' }) =>
    format.dateTime(new Date(at), { ...options, timeZone: appointment.branch.timeZone });
  const hm = { hour: '2-digit', minute: '2-digit' } as const;

  return (
    <>
      {notice ? (
        <p className="alert alert--success" role="status" data-testid="booking-notice">
          {notice}
        </p>
      ) : null}
      {error ? (
        <p className="alert alert--error" role="alert" data-testid="appointments-error">
          {error}
        </p>
      ) : null}

      <section className="card" aria-labelledby="member-booking-title" data-testid="member-booking">
        <h2 id="member-booking-title">{t('title')}</h2>
        {booking ? (
          <BookingPanel
            member={member}
            onBooked={async () => {
              setBooking(false);
              setNotice(t('booked'));
              await reload();
            }}
            onClose={() => setBooking(false)}
          />
        ) : (
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setNotice(null);
                setBooking(true);
              }}
              data-testid="booking-open"
            >
              {t('new')}
            </button>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="member-appointments-title" data-testid="member-appointments">
        <h2 id="member-appointments-title">
          {t('list.title')} <span className="muted">({page.totalCount})</span>
        </h2>
        {nodes.length === 0 ? (
          <p className="muted" data-testid="appointments-empty">
            {t('list.empty')}
          </p>
        ) : (
          <TableScroll label={t('list.title')}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('list.date')}</th>
                  <th scope="col">{t('list.time')}</th>
                  <th scope="col">{t('list.branch')}</th>
                  <th scope="col">{t('list.beautician')}</th>
                  <th scope="col">{t('list.treatment')}</th>
                  <th scope="col">{t('list.status')}</th>
                  <th scope="col">{t('list.note')}</th>
                  <th scope="col">{t('list.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {nodes.map((appointment) => (
                  <Fragment key={appointment.id}>
                    <tr data-testid="appointment-row" data-appointment-id={appointment.id}>
                      <td>{zoned(appointment, appointment.startsAt, { dateStyle: 'long' })}</td>
                      <td>{`${zoned(appointment, appointment.startsAt, hm)} - ${zoned(appointment, appointment.endsAt, hm)}`}</td>
                      <td>{appointment.branch.name}</td>
                      <td>{appointment.beautician?.displayName ?? '—'}</td>
                      <td>{treatmentLabel(appointment, t)}</td>
                      <td data-testid="appointment-row-status">{t(`status.${appointment.status}`)}</td>
                      <td>{[appointment.note, appointment.offerCode].filter(Boolean).join(' · ')}</td>
                      <td>
                        {appointment.status === 'BOOKED' && editing !== appointment.id ? (
                          confirming === appointment.id ? (
                            <div className="confirm-inline" role="group" aria-label={t('list.confirmCancel')}>
                              <span>{t('list.confirmCancel')}</span>
                              <button type="button" className="button button--danger" onClick={() => cancel(appointment)} disabled={pending} data-testid="appointment-cancel-confirm">
                                {t('list.yesCancel')}
                              </button>
                              <button type="button" className="button button--secondary" onClick={() => setConfirming(null)} disabled={pending}>
                                {t('list.keep')}
                              </button>
                            </div>
                          ) : (
                            <div className="button-row">
                              <button type="button" className="button button--secondary" onClick={() => setEditing(appointment.id)} data-testid="appointment-edit">
                                {t('list.edit')}
                              </button>
                              <button type="button" className="button button--secondary" onClick={() => setConfirming(appointment.id)} data-testid="appointment-cancel">
                                {t('list.cancel')}
                              </button>
                            </div>
                          )
                        ) : null}
                      </td>
                    </tr>
                    {editing === appointment.id ? (
                      <tr>
                        <td colSpan={8}>
                          <AppointmentEditor
                            appointment={appointment}
                            onSaved={async () => {
                              setEditing(null);
                              setNotice(t('saved'));
                              await reload();
                            }}
                            onCancel={() => setEditing(null)}
                          />
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        {page.pageInfo.hasNextPage ? (
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={more} data-testid="appointments-more">
              {t('list.more')}
            </button>
          </div>
        ) : null}
      </section>

      <section className="card" aria-labelledby="member-campaigns-title" data-testid="member-campaigns">
        <h2 id="member-campaigns-title">{t('campaigns.title', { name: `${member.displayName} (${member.memberNo})` })}</h2>
        {campaigns.length === 0 ? (
          <p className="muted">{t('campaigns.empty')}</p>
        ) : (
          <TableScroll label={t('campaigns.title', { name: `${member.displayName} (${member.memberNo})` })}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('campaigns.campaign')}</th>
                  <th scope="col">{t('campaigns.status')}</th>
                  <th scope="col">{t('campaigns.latestNote')}</th>
                  <th scope="col">{t('campaigns.date')}</th>
                  <th scope="col">{t('campaigns.time')}</th>
                  <th scope="col">{t('campaigns.salesperson')}</th>
                  <th scope="col">{t('campaigns.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {campaigns.map((row) => {
                  const at = new Date(row.contactMember?.lastContactAt ?? row.createdAt);
                  return (
                    <tr key={row.id} data-testid="member-campaign-row">
                      <td>{`${row.campaign.name} (${row.campaign.code})`}</td>
                      <td data-testid="member-campaign-status">{row.contactMember?.status.label ?? '—'}</td>
                      <td>{row.contactMember?.lastLog?.note ?? ''}</td>
                      <td>{format.dateTime(at, { dateStyle: 'long', timeZone })}</td>
                      <td>{format.dateTime(at, { hour: '2-digit', minute: '2-digit', timeZone })}</td>
                      <td>{row.salesperson ? `${row.salesperson.displayName} (${row.salesperson.code})` : '—'}</td>
                      <td>
                        <Link href={`/contacts/${row.id}`} className="button button--secondary" data-testid="member-campaign-edit">
                          {t('campaigns.edit')}
                        </Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </>
  );
}
