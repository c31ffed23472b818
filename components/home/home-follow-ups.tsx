import { getFormatter, getTranslations } from 'next-intl/server';
import { FollowUpBadge } from '@/components/contacts/list/follow-up-badge';
import type { HomeContactRowFragment, SalespersonHomeQuery } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import type { Viewer } from '@/services/auth/viewer';
import { formatMemberName } from '@/services/members/member-name';
import { contactHref, contactListHref } from './home-links';
import styles from './home.module.css';

/** 我今天的跟進: the viewer's own follow-ups overdue and due today, the first few of each linked, each list one tap away. */
export async function HomeFollowUps({ data, viewer, timeZone }: { data: SalespersonHomeQuery; viewer: Viewer; timeZone: string }) {
  const t = await getTranslations('home.followUps');
  const format = await getFormatter();
  const me = String(viewer.staffId);
  const total = data.overdue.totalCount + data.dueToday.totalCount;
  const part = (key: 'overdue' | 'dueToday', rows: HomeContactRowFragment[], count: number, quick: 'FOLLOW_UP_OVERDUE' | 'FOLLOW_UP_DUE_TODAY') =>
    count === 0 ? null : (
      <>
        <h3 className={styles.subhead}>{t(key, { count })}</h3>
        <ul className={styles.list}>
          {rows.map((row) => (
            <li key={row.id}>
              <Link href={contactHref(row.id)} className={styles.link} data-testid="home-follow-up-link">
                {formatMemberName(row.member)} ({row.member.memberNo})
              </Link>
              <span className="muted">{row.campaign.name}</span>
              {row.nextFollowUpAt ? <span>{format.dateTime(new Date(row.nextFollowUpAt), { dateStyle: 'medium', timeStyle: 'short', timeZone })}</span> : null}
              <FollowUpBadge state={row.followUpState} />
            </li>
          ))}
        </ul>
        <p className={styles.actions}>
          <Link href={contactListHref(me, quick)} className="button button--secondary" data-testid={key === 'overdue' ? 'home-follow-ups-overdue' : 'home-follow-ups-due'}>
            {t(key === 'overdue' ? 'viewOverdue' : 'viewDueToday', { count })}
          </Link>
        </p>
      </>
    );

  return (
    <section className={`card ${styles.card}`} aria-labelledby="home-follow-ups-title" data-testid="home-follow-ups">
      <h2 id="home-follow-ups-title">{t('title')}</h2>
      <p className={styles.count} data-testid="home-follow-ups-count">{t('count', { count: total })}</p>
      {total === 0 ? <p className="muted">{t('none')}</p> : null}
      {part('overdue', data.overdue.nodes, data.overdue.totalCount, 'FOLLOW_UP_OVERDUE')}
      {part('dueToday', data.dueToday.nodes, data.dueToday.totalCount, 'FOLLOW_UP_DUE_TODAY')}
    </section>
  );
}
