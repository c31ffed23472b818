import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { serverGraphqlOrNull } from '@/lib/server-graphql';
import type { Viewer } from '@/services/auth/viewer';
import { formatMemberName } from '@/services/members/member-name';
import { listQueryString } from './filter-params';
import { FollowUpBadge } from './follow-up-badge';
import type { FollowUpState } from './queries';
import styles from './contact-list.module.css';

type Row = {
  id: string;
  nextFollowUpAt: string | null;
  followUpState: FollowUpState;
  campaign: { code: string; name: string };
  member: { memberNo: string; lastName: string; firstName: string };
};
type Part = { nodes: Row[]; totalCount: number };

const FIELDS = `nodes { id nextFollowUpAt followUpState campaign { code name } member { memberNo lastName firstName } } totalCount`;
const QUERY = `query MyFollowUps($me: [ID!]) {
  overdue: contactMembers(filter: { salespersonIds: $me, quick: FOLLOW_UP_OVERDUE }, sort: { field: NEXT_FOLLOW_UP, direction: ASC }, first: 10) { ${FIELDS} }
  dueToday: contactMembers(filter: { salespersonIds: $me, quick: FOLLOW_UP_DUE_TODAY }, sort: { field: NEXT_FOLLOW_UP, direction: ASC }, first: 10) { ${FIELDS} }
}`;

const SHOWN = 10;

/** 我今天的跟進: the viewer's own contact members with a follow-up overdue or due today, the first ten linked. */
export async function HomeFollowUps({ viewer, locale, timeZone }: { viewer: Viewer; locale: string; timeZone: string }) {
  const t = await getTranslations('home.followUps');
  const format = await getFormatter();
  const data = await serverGraphqlOrNull<{ overdue: Part; dueToday: Part }>(viewer, locale, QUERY, { me: [String(viewer.staffId)] });
  if (!data) return null;
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
