import { getTranslations } from 'next-intl/server';
import type { ManagerHomeQuery } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { arrivalBoardHref } from './home-links';
import styles from './home.module.css';

const COUNTS = ['booked', 'arrived', 'verified', 'noShow'] as const;

/** 今天各分店到達: per branch, today's booked, arrived, verified and no-show counts, each branch opening its arrival board. */
export async function HomeBranchArrivals({ rows }: { rows: ManagerHomeQuery['branchArrivalsToday'] }) {
  const t = await getTranslations('home.arrivals');
  return (
    <section className={`card ${styles.card}`} aria-labelledby="home-arrivals-title" data-testid="home-arrivals">
      <h2 id="home-arrivals-title">{t('title')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <ul className={styles.list}>
          {rows.map((row) => (
            <li key={row.branch.id} data-testid="home-arrival" data-branch={row.branch.code}>
              <Link href={arrivalBoardHref(row.branch.id, row.date)} className={styles.link} data-testid="home-arrival-link">
                {row.branch.name}
              </Link>
              <ul className={styles.counts}>
                {COUNTS.map((key) => (
                  <li key={key} data-testid={`home-arrival-${key}`}>
                    {t(key)} <span className={styles.figure}>{row[key]}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
