'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { BoardPage } from './board-queries';
import type { Notice } from './use-board';
import styles from './boards.module.css';

type Props = {
  id: string;
  title: string;
  emptyText: string;
  page: BoardPage | null;
  notice: Notice;
  error: string | null;
  loading: boolean;
  /** The board's table for a page that has rows. */
  children: (page: BoardPage) => ReactNode;
};

/** What the arrival and completion boards share: title with the day's counts, notices, loading and empty states. */
export function BoardFrame({ id, title, emptyText, page, notice, error, loading, children }: Props) {
  const t = useTranslations('appointments.boards');
  return (
    <section className={styles.board} aria-labelledby={id}>
      <div className={styles.boardHeader}>
        <h2 id={id}>{title}</h2>
        {page ? (
          <p className={styles.counts} aria-live="polite" data-testid="board-counts">
            {t('counts', { members: page.memberCount, appointments: page.appointmentCount })}
          </p>
        ) : null}
      </div>
      {notice ? (
        <p className={`alert alert--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="board-notice">
          {notice.text}
        </p>
      ) : null}
      {error ? (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      ) : null}
      {loading ? <p className="muted">{t('loading')}</p> : null}
      {page && page.nodes.length === 0 ? (
        <p className="muted" data-testid="board-empty">
          {emptyText}
        </p>
      ) : null}
      {page && page.nodes.length > 0 ? children(page) : null}
    </section>
  );
}
