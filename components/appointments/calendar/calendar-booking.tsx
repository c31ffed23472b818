'use client';

import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import type { CalendarBeauticianFragment, CalendarBookingMembersQuery } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { useIssueText } from '@/lib/forms/issue-text';
import { BOOKING_LIMITS, bookingNote } from '@/services/appointments/booking-input.schema';
import { BookAppointmentMutation } from '../booking/booking-documents';
import { instantAt, toMinutes } from '../boards/day-params';
import { CalendarBookingMembersQuery as MembersQuery, CalendarBookingTreatmentsQuery } from './calendar-documents';
import { ROW_MINUTES } from './calendar-layout';
import styles from './day-calendar.module.css';

const LOOKUP_DEBOUNCE_MS = 200;
const LOOKUP_SIZE = 8;

type MemberRow = CalendarBookingMembersQuery['quickLookup']['nodes'][number];

export type BookingPlace = { beauticianId: string; time: string };

type Props = {
  branchId: string;
  /** The calendar's day (YYYY-MM-DD) and the branch's time zone: the start time is wall-clock there. */
  date: string;
  timeZone: string;
  beauticians: CalendarBeauticianFragment[];
  /** Where on the calendar was tapped; the fields below change it (and a new tap replaces it). */
  place: BookingPlace;
  onPlaceChange: (place: BookingPlace) => void;
  onBooked: (booked: { name: string; time: string }) => void;
  onCancel: () => void;
};

/**
 * 新增預約 from the day calendar: the beautician and start time come from the tapped place; staff
 * find the member, pick the treatment, add a note if needed and confirm. A refusal (CONFLICT or
 * another error) is shown here and nothing else changes.
 */
export function CalendarBooking({ branchId, date, timeZone, beauticians, place, onPlaceChange, onBooked, onCancel }: Props) {
  const t = useTranslations('appointments.calendar.book');
  const client = useApolloClient();
  const issueText = useIssueText();
  const id = useId();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const sequence = useRef(0);
  const [term, setTerm] = useState('');
  const [results, setResults] = useState<{ term: string; nodes: MemberRow[] } | null>(null);
  const [searching, setSearching] = useState(false);
  const [member, setMember] = useState<MemberRow | null>(null);
  const treatmentsQuery = useQuery(CalendarBookingTreatmentsQuery, { fetchPolicy: 'network-only' });
  const [bookAppointment] = useMutation(BookAppointmentMutation);
  const [treatmentId, setTreatmentId] = useState('');
  const [note, setNote] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => () => clearTimeout(timer.current), []);

  async function lookup(value: string) {
    const request = ++sequence.current;
    setSearching(true);
    try {
      const { data } = await client.query({ query: MembersQuery, variables: { term: value, first: LOOKUP_SIZE }, fetchPolicy: 'network-only' });
      if (request === sequence.current && data) setResults({ term: value, nodes: data.quickLookup.nodes });
    } catch (failure) {
      if (request === sequence.current) setError(requestError(failure).message);
    } finally {
      if (request === sequence.current) setSearching(false);
    }
  }

  function search(value: string) {
    setTerm(value);
    clearTimeout(timer.current);
    const trimmed = value.trim();
    if (!trimmed) {
      sequence.current += 1;
      setResults(null);
      setSearching(false);
      return;
    }
    timer.current = setTimeout(() => void lookup(trimmed), LOOKUP_DEBOUNCE_MS);
  }

  function pick(row: MemberRow) {
    clearTimeout(timer.current);
    sequence.current += 1;
    setMember(row);
    setTerm('');
    setResults(null);
    setSearching(false);
  }

  const validTime = /^\d{2}:\d{2}$/.test(place.time);
  // The booking service's own rule for the note, worded as the API words its refusal.
  const noteCheck = bookingNote.safeParse(note);
  const noteError = noteCheck.success ? null : issueText('note', noteCheck.error.issues[0].message);
  const ready = Boolean(member && treatmentId && place.beauticianId && validTime && !noteError);

  async function confirm() {
    if (!member || !ready || pending) return;
    setPending(true);
    setError(null);
    try {
      await bookAppointment({
        variables: {
          input: {
            memberId: member.id,
            branchId,
            beauticianId: place.beauticianId,
            startsAt: instantAt(date, toMinutes(place.time), timeZone).toISOString(),
            treatmentId,
            note: note.trim() || null,
          },
        },
      });
      onBooked({ name: member.displayName, time: place.time });
    } catch (failure) {
      const refused = requestError(failure);
      setError(refused.code === 'CONFLICT' ? t('conflict', { message: refused.message }) : refused.message);
    } finally {
      setPending(false);
    }
  }

  const treatments = treatmentsQuery.data?.treatments.nodes ?? null;
  const shownError = error ?? (treatmentsQuery.error ? requestError(treatmentsQuery.error).message : null);
  const trimmed = term.trim();
  const shown = results && results.term === trimmed ? results.nodes : [];
  const status = trimmed && !member ? (searching && !shown.length ? t('searching') : results && !shown.length ? t('noResults') : null) : null;

  return (
    <form
      className={styles.panel}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void confirm();
      }}
      aria-labelledby={`${id}-title`}
      data-testid="calendar-book-panel"
    >
      <p id={`${id}-title`} className={styles.panelTitle}>
        {t('title')}
      </p>
      <p className="muted">{t('hint')}</p>
      <div className={styles.panelFields}>
        <div className="field">
          <label htmlFor={`${id}-beautician`}>{t('beautician')}</label>
          <select
            id={`${id}-beautician`}
            className="select"
            value={place.beauticianId}
            onChange={(e) => onPlaceChange({ ...place, beauticianId: e.target.value })}
            disabled={pending}
            data-testid="calendar-book-beautician"
          >
            <option value="" disabled>
              {t('chooseBeautician')}
            </option>
            {beauticians.map((b) => (
              <option key={b.id} value={b.id}>
                {`${b.displayName} (${b.code})`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-time`}>{t('time')}</label>
          <input
            id={`${id}-time`}
            type="time"
            step={ROW_MINUTES * 60}
            className="input"
            value={place.time}
            onChange={(e) => onPlaceChange({ ...place, time: e.target.value })}
            disabled={pending}
            data-testid="calendar-book-time"
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-member`}>{t('member')}</label>
        {member ? (
          <div className="referrer-chosen">
            <span data-testid="calendar-book-member-chosen">{`${member.displayName} (${member.memberNo})`}</span>
            <button type="button" className="button button--secondary" onClick={() => setMember(null)} disabled={pending} data-testid="calendar-book-member-change">
              {t('changeMember')}
            </button>
          </div>
        ) : null}
        {/* Stays in the page (hidden once a member is chosen) so the label always names an input. */}
        <input
          id={`${id}-member`}
          type="search"
          className="input"
          hidden={Boolean(member)}
          placeholder={t('memberPlaceholder')}
          value={term}
          onChange={(e) => search(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            // Enter picks a single match; it never submits the form half filled.
            e.preventDefault();
            if (shown.length === 1) pick(shown[0]);
          }}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          data-testid="calendar-book-member"
        />
        {!member && shown.length ? (
          <ul className="picker-results" aria-label={t('results')}>
            {shown.map((row) => (
              <li key={row.id}>
                <button type="button" className="picker-results__item" onClick={() => pick(row)} data-testid="calendar-book-member-option">
                  {`${row.memberNo} ${row.displayName}`}
                  {[row.phone, row.phone2].filter(Boolean).length ? ` · ${[row.phone, row.phone2].filter(Boolean).join(', ')}` : ''}
                  {row.isWalkIn ? ` · ${t('walkIn')}` : ''}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {status ? (
          <p className="muted" role="status" data-testid="calendar-book-member-status">
            {status}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-treatment`}>{t('treatment')}</label>
        <select
          id={`${id}-treatment`}
          className="select"
          value={treatmentId}
          onChange={(e) => setTreatmentId(e.target.value)}
          disabled={pending || !treatments}
          data-testid="calendar-book-treatment"
        >
          <option value="">{treatments ? t('chooseTreatment') : t('loading')}</option>
          {(treatments ?? []).map((x) => (
            <option key={x.id} value={x.id}>
              {t('treatmentOption', { name: x.name, code: x.code, minutes: x.durationMinutes })}
            </option>
          ))}
        </select>
      </div>
      <div className={`field ${noteError ? 'field--invalid' : ''}`}>
        <label htmlFor={`${id}-note`}>{t('note', { max: BOOKING_LIMITS.note })}</label>
        <textarea
          id={`${id}-note`}
          className="input textarea"
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={noteError ? true : undefined}
          disabled={pending}
          data-testid="calendar-book-note"
        />
        {noteError ? (
          <p className="field__error" role="alert">
            {noteError}
          </p>
        ) : null}
      </div>
      {shownError ? (
        <p className="alert alert--error" role="alert" data-testid="calendar-book-error">
          {shownError}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={!ready || pending} aria-busy={pending} data-testid="calendar-book-confirm">
          {t('confirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={pending} data-testid="calendar-book-cancel">
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
