import { getTranslations } from 'next-intl/server';
import type { ManagerHomeQuery } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { progressPercent } from '@/services/home/campaign-progress';
import { campaignAnalysisHref } from './home-links';
import styles from './home.module.css';

const STAGES = ['contacted', 'booked', 'arrived'] as const;

/** 活動進度: each active campaign's members, and how many were contacted, booked and arrived, as counts and bars; each opens its analysis. */
export async function HomeCampaignProgress({ data }: { data: ManagerHomeQuery['activeCampaignProgress'] }) {
  const t = await getTranslations('home.campaigns');
  return (
    <section className={`card ${styles.card}`} aria-labelledby="home-campaigns-title" data-testid="home-campaigns">
      <h2 id="home-campaigns-title">{t('title')}</h2>
      <p className={styles.count}>{t('count', { count: data.totalCount })}</p>
      {data.totalCount === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <ul className={styles.list}>
          {data.nodes.map((row) => (
            <li key={row.campaign.id} className={styles.campaign} data-testid="home-campaign" data-campaign={row.campaign.code}>
              <Link href={campaignAnalysisHref(row.campaign.id)} className={styles.link} data-testid="home-campaign-link">
                {row.campaign.name} ({row.campaign.code})
              </Link>
              <span className="muted" data-testid="home-campaign-members">
                {t('members', { count: row.members })}
              </span>
              {STAGES.map((stage) => {
                const percent = progressPercent(row[stage], row.members);
                return (
                  <div key={stage} className={styles.progressRow} data-testid={`home-campaign-${stage}`}>
                    <span>{t(stage)}</span>
                    <span className={styles.bar} aria-hidden="true">
                      <span className={styles.barFill} style={{ width: `${percent}%` }} />
                    </span>
                    <span className={styles.figure}>{t('ofMembers', { count: row[stage], members: row.members, percent })}</span>
                  </div>
                );
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
