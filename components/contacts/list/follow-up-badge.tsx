'use client';

import { useTranslations } from 'next-intl';
import type { FollowUpState } from '@/graphql/generated/graphql';
import styles from './contact-list.module.css';

/** A symbol per state (seed 004's icons), always with its words: the state never rests on colour alone. */
const ICONS: Record<FollowUpState, string> = {
  NOT_FOLLOWED: '○',
  FOLLOWING: '◔',
  DUE_TODAY: '◉',
  OVERDUE: '⚠',
  CLOSED: '✓',
};

export function FollowUpBadge({ state }: { state: FollowUpState }) {
  const t = useTranslations('contacts.followUpState');
  return (
    <span className={`${styles.followUp} ${styles[`followUp_${state}`] ?? ''}`} data-testid="follow-up-state" data-state={state}>
      <span aria-hidden="true" className={styles.followUpIcon}>
        {ICONS[state]}
      </span>
      {t(state)}
    </span>
  );
}
