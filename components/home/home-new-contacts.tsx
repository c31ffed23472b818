import { getTranslations } from 'next-intl/server';
import type { SalespersonHomeQuery } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import type { Viewer } from '@/services/auth/viewer';
import { formatMemberName } from '@/services/members/member-name';
import { contactHref, contactListHref } from './home-links';
import styles from './home.module.css';

/** 新聯絡會員: the viewer's contact members never contacted yet, those waiting longest first. */
export async function HomeNewContacts({ data, viewer }: { data: SalespersonHomeQuery['notContacted']; viewer: Viewer }) {
  const t = await getTranslations('home.newContacts');
  return (
    <section className={`card ${styles.card}`} aria-labelledby="home-new-contacts-title" data-testid="home-new-contacts">
      <h2 id="home-new-contacts-title">{t('title')}</h2>
      <p className={styles.count} data-testid="home-new-contacts-count">{t('count', { count: data.totalCount })}</p>
      {data.totalCount === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <>
          <ul className={styles.list}>
            {data.nodes.map((row) => (
              <li key={row.id}>
                <Link href={contactHref(row.id)} className={styles.link} data-testid="home-new-contact-link">
                  {formatMemberName(row.member)} ({row.member.memberNo})
                </Link>
                <span className="muted">{row.campaign.name}</span>
              </li>
            ))}
          </ul>
          <p className={styles.actions}>
            <Link href={contactListHref(String(viewer.staffId), 'NOT_CONTACTED')} className="button button--secondary" data-testid="home-new-contacts-all">
              {t('viewAll', { count: data.totalCount })}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
