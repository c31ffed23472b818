import { getFormatter, getTranslations } from 'next-intl/server';
import type { MyFollowUpsQuery } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import type { Viewer } from '@/services/auth/viewer';
import { formatMemberName } from '@/services/members/member-name';
import { listQueryString } from './filter-params';
import { FollowUpBadge } from './follow-up-badge';
import styles from './contact-list.module.css';

const SHOWN = 10;

/** 我今天的跟進: the viewer's own contact members with a follow-up overdue or due today, the first ten linked. */
export async function HomeFollowUps({ data, viewer, timeZone }: { data: MyFollowUpsQuery; viewer: Viewer; timeZone: string }) {
  const t = await getTranslations('home.followUps');
  const format = await getFormatter();
  const total = data.overdue.totalCount + data.dueToday.totalCount;
  const rows = [...data.overdue.nodes, ...data.dueToday.nodes].slice(0, SHOWN);
  const link = (quick: 'FOLLOW_UP_DUE_TODAY' | 'FOLLOW_UP_OVERDUE') =>
    `/contacts?${listQueryString({ filter: { salespersonIds: [String(viewer.staffId)], quick }, sort: { field: 'NEXT_FOLLOW_UP', direction: 'ASC' } })}`;

  return (
    <section className={`card ${styles.homeCard}`} aria-labelledby="home-follow-ups-title" data-testid="home-follow-ups">
      <h2 id="home-follow-ups-title">{t('title')}</h2>
      <p data-testid="home-follow-ups-count">{t('count', { count: total })}</p>
      {total === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <>
          <ul className={styles.homeList}>
            {rows.map((row) => (
              <li key={row.id}>
                <Link href={`/contacts/${row.id}`} className={styles.rowLink} data-testid="home-follow-up-link">
                  {formatMemberName(row.member)} ({row.member.memberNo})
                </Link>
                <span className="muted"> {row.campaign.name}</span>{' '}
                {row.nextFollowUpAt ? <span>{format.dateTime(new Date(row.nextFollowUpAt), { dateStyle: 'medium', timeStyle: 'short', timeZone })} </span> : null}
                <FollowUpBadge state={row.followUpState} />
              </li>
            ))}
          </ul>
          <p className="button-row">
            <Link href={link('FOLLOW_UP_OVERDUE')} className="button button--secondary" data-testid="home-follow-ups-overdue">
              {t('overdue', { count: data.overdue.totalCount })}
            </Link>
            <Link href={link('FOLLOW_UP_DUE_TODAY')} className="button button--secondary" data-testid="home-follow-ups-due">
              {t('dueToday', { count: data.dueToday.totalCount })}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
