'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { BookingBranchFragment, SuggestedSlotItemFragment } from '@/graphql/generated/graphql';
import type { BookingMember } from './booking-panel';

type Props = {
  member: BookingMember;
  slot: SuggestedSlotItemFragment;
  branch: BookingBranchFragment;
  /** The treatment, equipment or minutes booked, ready to show. */
  what: string;
  pending: boolean;
  error: string | null;
  onConfirm: (note: string) => void;
  onCancel: () => void;
};

export const BOOKING_NOTE_MAX = 500;

/** 預約詳情: what will be booked, with an optional note; 確定 books it. */
export function BookingReview({ member, slot, branch, what, pending, error, onConfirm, onCancel }: Props) {
  const t = useTranslations('booking.review');
  const format = useFormatter();
  const id = useId();
  const [note, setNote] = useState('');
  const time = (at: string) => format.dateTime(new Date(at), { hour: '2-digit', minute: '2-digit', timeZone: branch.timeZone });
  const tooLong = Array.from(note.trim()).length > BOOKING_NOTE_MAX;
  const row = (label: string, value: string, testId: string) => (
    <div className="detail">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!tooLong) onConfirm(note);
      }}
      data-testid="booking-review"
    >
      <p className="field__hint">{t('hint')}</p>
      <dl className="details">
        {row(t('member'), `${member.displayName} (${member.memberNo})`, 'review-member')}
        {row(t('date'), format.dateTime(new Date(slot.startsAt), { dateStyle: 'long', timeZone: branch.timeZone }), 'review-date')}
        {row(t('time'), `${time(slot.startsAt)} - ${time(slot.endsAt)}`, 'review-time')}
        {row(t('branch'), branch.name, 'review-branch')}
        {row(t('beautician'), slot.beautician.displayName, 'review-beautician')}
        {row(t('treatment'), what, 'review-treatment')}
        {slot.room ? row(t('room'), slot.room.name, 'review-room') : null}
      </dl>
      <div className={`field ${tooLong ? 'field--invalid' : ''}`}>
        <label htmlFor={`${id}-note`}>{t('note', { max: BOOKING_NOTE_MAX })}</label>
        <textarea id={`${id}-note`} className="input textarea" rows={2} value={note} onChange={(e) => setNote(e.target.value)} aria-invalid={tooLong || undefined} data-testid="review-note" />
        {tooLong ? (
          <p className="field__error" role="alert">
            {t('noteTooLong', { max: BOOKING_NOTE_MAX })}
          </p>
        ) : null}
      </div>
      {error ? (
        <p className="alert alert--error" role="alert" data-testid="booking-error">
          {error}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={pending || tooLong} aria-busy={pending} data-testid="booking-confirm">
          {t('confirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={pending} data-testid="booking-review-cancel">
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
