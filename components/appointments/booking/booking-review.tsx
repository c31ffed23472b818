'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useFormatter, useTranslations } from 'next-intl';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import type { BookingBranchFragment, SuggestedSlotItemFragment } from '@/graphql/generated/graphql';
import { useIssueText } from '@/lib/forms/issue-text';
import { BOOKING_LIMITS, bookingSchema } from '@/services/appointments/booking-input.schema';
import type { BookingMember } from './booking-panel';

type Props = {
  member: BookingMember;
  slot: SuggestedSlotItemFragment;
  branch: BookingBranchFragment;
  /** The treatment, equipment or minutes booked, ready to show. */
  what: string;
  pending: boolean;
  /** The server's refusal: next to the note when it names the note, else above the buttons. */
  error: { message: string; field: string | null } | null;
  onConfirm: (note: string) => void;
  onCancel: () => void;
};

export const BOOKING_NOTE_MAX = BOOKING_LIMITS.note;

/** The note as the booking service reads it (booking-input.schema.ts): the slot's start is the server's own. */
const reviewSchema = bookingSchema.pick({ note: true });

/** 預約詳情: what will be booked, with an optional note, checked as the server checks it; 確定 books it. */
export function BookingReview({ member, slot, branch, what, pending, error, onConfirm, onCancel }: Props) {
  const t = useTranslations('booking.review');
  const format = useFormatter();
  const id = useId();
  const issueText = useIssueText();
  const { register, handleSubmit, formState } = useForm({ resolver: zodResolver(reviewSchema), defaultValues: { note: '' }, mode: 'onChange' });
  const time = (at: string) => format.dateTime(new Date(at), { hour: '2-digit', minute: '2-digit', timeZone: branch.timeZone });
  const noteError = formState.errors.note?.message ? issueText('note', formState.errors.note.message) : error?.field === 'note' ? error.message : null;
  const generalError = error && error.field !== 'note' ? error.message : null;
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
      onSubmit={handleSubmit(({ note }) => onConfirm(note))}
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
      <div className={`field ${noteError ? 'field--invalid' : ''}`}>
        <label htmlFor={`${id}-note`}>{t('note', { max: BOOKING_NOTE_MAX })}</label>
        <textarea
          id={`${id}-note`}
          className="input textarea"
          rows={2}
          {...register('note')}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? `${id}-note-error` : undefined}
          data-testid="review-note"
        />
        {noteError ? (
          <p className="field__error" role="alert" id={`${id}-note-error`} data-testid="review-error-note">
            {noteError}
          </p>
        ) : null}
      </div>
      {generalError ? (
        <p className="alert alert--error" role="alert" data-testid="booking-error">
          {generalError}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={pending || Boolean(formState.errors.note)} aria-busy={pending} data-testid="booking-confirm">
          {t('confirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={pending} data-testid="booking-review-cancel">
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
