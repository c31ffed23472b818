'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { SlotSuggestionResultFragment as SlotPage, SuggestedSlotItemFragment as SuggestedSlot } from '@/graphql/generated/graphql';
import styles from './booking.module.css';

type Props = {
  page: SlotPage;
  timeZone: string;
  pending: boolean;
  onChoose: (slot: SuggestedSlot) => void;
  onMore: () => void;
  onBack: () => void;
};

/** The suggested free slots (date, weekday, time range, beautician, room); pick one to review it. */
export function SlotSuggestions({ page, timeZone, pending, onChoose, onMore, onBack }: Props) {
  const t = useTranslations('booking.suggestions');
  const format = useFormatter();
  const time = (at: string) => format.dateTime(new Date(at), { hour: '2-digit', minute: '2-digit', timeZone });

  return (
    <div className="form" data-testid="booking-suggestions">
      <p className="field__hint">{t('hint')}</p>
      {page.slots.length === 0 ? (
        <p className="alert alert--info" role="status" data-testid="booking-no-slots">
          {t('none')}
        </p>
      ) : (
        <ul className="picker-results" aria-label={t('title')}>
          {page.slots.map((slot) => (
            <li key={`${slot.startsAt}-${slot.beautician.id}`}>
              <button type="button" className={`picker-results__item ${styles.slot}`} onClick={() => onChoose(slot)} disabled={pending} data-testid="booking-slot">
                <strong>{format.dateTime(new Date(slot.startsAt), { dateStyle: 'full', timeZone })}</strong>
                <span>{t('timeRange', { from: time(slot.startsAt), to: time(slot.endsAt) })}</span>
                <span>{t('beautician', { name: `${slot.beautician.displayName} (${slot.beautician.code})` })}</span>
                {slot.room ? <span>{t('room', { name: slot.room.name })}</span> : null}
                {slot.equipment ? <span>{t('equipment', { name: `${slot.equipment.name} (${slot.equipment.code})` })}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        {page.hasMore ? (
          <button type="button" className="button button--secondary" onClick={onMore} disabled={pending} aria-busy={pending} data-testid="booking-more">
            {t('more')}
          </button>
        ) : null}
        <button type="button" className="button button--secondary" onClick={onBack} disabled={pending} data-testid="booking-back">
          {t('back')}
        </button>
      </div>
    </div>
  );
}
