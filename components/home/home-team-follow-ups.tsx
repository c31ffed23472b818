import { getTranslations } from 'next-intl/server';
import type { ManagerHomeQuery } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { contactListHref } from './home-links';
import styles from './home.module.css';

/** 團隊逾期跟進: overdue follow-ups per salesperson in the manager's scope, most first, each opening her overdue list. */
export async function HomeTeamFollowUps({ rows }: { rows: ManagerHomeQuery['overdueFollowUpsBySalesperson'] }) {
  const t = await getTranslations('home.teamFollowUps');
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return (
    <section className={`card ${styles.card}`} aria-labelledby="home-team-follow-ups-title" data-testid="home-team-follow-ups">
      <h2 id="home-team-follow-ups-title">{t('title')}</h2>
      <p className={styles.count} data-testid="home-team-follow-ups-count">{t('count', { count: total })}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <ul className={styles.list}>
          {rows.map((row) => (
            <li key={row.salesperson.id} className={styles.spread} data-testid="home-team-follow-up">
              <Link href={contactListHref(row.salesperson.id, 'FOLLOW_UP_OVERDUE')} className={styles.link} data-testid="home-team-follow-up-link">
                {row.salesperson.displayName} ({row.salesperson.code})
              </Link>
              <span className={styles.figure} data-testid="home-team-follow-up-count">
                {t('overdue', { count: row.count })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
