'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { graphqlFetch, GraphQLRequestError } from '@/lib/graphql-fetch';
import { BOOK_APPOINTMENT, type TreatmentOption } from '../booking/booking-data';
import { instantAt, toMinutes } from '../boards/day-params';
import { ROW_MINUTES } from './calendar-layout';
import styles from './day-calendar.module.css';

/** The same search as the shell's quick lookup (phone, member number or name). */
export const CALENDAR_MEMBER_LOOKUP = `query CalendarBookingMembers($term: String!, $first: Int!) {
  quickLookup(term: $term, first: $first) { nodes { id memberNo displayName phone phone2 isWalkIn } }
}`;

export const CALENDAR_TREATMENTS = `query CalendarBookingTreatments {
  treatments(first: 100) { nodes { id code name series durationMinutes } }
}`;

const LOOKUP_DEBOUNCE_MS = 200;
const LOOKUP_SIZE = 8;
const NOTE_MAX = 500;

type MemberRow = { id: string; memberNo: string; displayName: string; phone: string | null; phone2: string | null; isWalkIn: boolean };

export type BookingPlace = { beauticianId: string; time: string };

type Props = {
  branchId: string;
  /** The calendar's day (YYYY-MM-DD) and the branch's time zone: the start time is wall-clock there. */
  date: string;
  timeZone: string;
  beauticians: Array<{ id: string; code: string; displayName: string }>;
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
  const locale = useLocale();
  const id = useId();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const sequence = useRef(0);
  const [term, setTerm] = useState('');
  const [results, setResults] = useState<{ term: string; nodes: MemberRow[] } | null>(null);
  const [searching, setSearching] = useState(false);
  const [member, setMember] = useState<MemberRow | null>(null);
  const [treatments, setTreatments] = useState<TreatmentOption[] | null>(null);
  const [treatmentId, setTreatmentId] = useState('');
  const [note, setNote] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    graphqlFetch<{ treatments: { nodes: TreatmentOption[] } }>(CALENDAR_TREATMENTS, {}, locale).then(
      (data) => !cancelled && setTreatments(data.treatments.nodes),
      (failure: unknown) => !cancelled && setError(failure instanceof Error ? failure.message : String(failure)),
    );
    return () => {
      cancelled = true;
    };
  }, [locale]);

  useEffect(() => () => clearTimeout(timer.current), []);

  async function lookup(value: string) {
    const request = ++sequence.current;
    setSearching(true);
    try {
      const data = await graphqlFetch<{ quickLookup: { nodes: MemberRow[] } }>(CALENDAR_MEMBER_LOOKUP, { term: value, first: LOOKUP_SIZE }, locale);
      if (request === sequence.current) setResults({ term: value, nodes: data.quickLookup.nodes });
    } catch (failure) {
      if (request === sequence.current) setError(failure instanceof Error ? failure.message : String(failure));
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
  const tooLong = Array.from(note.trim()).length > NOTE_MAX;
  const ready = Boolean(member && treatmentId && place.beauticianId && validTime && !tooLong);

  async function confirm() {
    if (!member || !ready || pending) return;
    setPending(true);
    setError(null);
    try {
      await graphqlFetch(
        BOOK_APPOINTMENT,
        {
          input: {
            memberId: member.id,
            branchId,
            beauticianId: place.beauticianId,
            startsAt: instantAt(date, toMinutes(place.time), timeZone).toISOString(),
            treatmentId,
            note: note.trim() || null,
          },
        },
        locale,
      );
      onBooked({ name: member.displayName, time: place.time });
    } catch (failure) {
      const message = failure instanceof Error ? failure.message : String(failure);
      setError(failure instanceof GraphQLRequestError && failure.code === 'CONFLICT' ? t('conflict', { message }) : message);
    } finally {
      setPending(false);
    }
  }

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
      <div className={`field ${tooLong ? 'field--invalid' : ''}`}>
        <label htmlFor={`${id}-note`}>{t('note', { max: NOTE_MAX })}</label>
        <textarea
          id={`${id}-note`}
          className="input textarea"
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={tooLong || undefined}
          disabled={pending}
          data-testid="calendar-book-note"
        />
        {tooLong ? (
          <p className="field__error" role="alert">
            {t('noteTooLong', { max: NOTE_MAX })}
          </p>
        ) : null}
      </div>
      {error ? (
        <p className="alert alert--error" role="alert" data-testid="calendar-book-error">
          {error}
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
