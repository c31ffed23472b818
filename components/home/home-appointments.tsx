import { getFormatter, getTranslations } from 'next-intl/server';
import type { SalespersonHomeQuery } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import type { Viewer } from '@/services/auth/viewer';
import { formatMemberName } from '@/services/members/member-name';
import { contactHref, contactListHref } from './home-links';
import styles from './home.module.css';

/** 今天的預約: today's appointments booked from the viewer's contacts — time (the branch's), member, branch, status. */
export async function HomeAppointments({ data, viewer }: { data: SalespersonHomeQuery['myAppointmentsToday']; viewer: Viewer }) {
  const t = await getTranslations('home.appointments');
  const status = await getTranslations('booking.status');
  const format = await getFormatter();
  return (
    <section className={`card ${styles.card}`} aria-labelledby="home-appointments-title" data-testid="home-appointments">
      <h2 id="home-appointments-title">{t('title')}</h2>
      <p className={styles.count} data-testid="home-appointments-count">{t('count', { count: data.totalCount })}</p>
      {data.totalCount === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <>
          <ul className={styles.list}>
            {data.nodes.map((row) => (
              <li key={row.id} data-testid="home-appointment">
                <span className={styles.time}>{format.dateTime(new Date(row.startsAt), { timeStyle: 'short', timeZone: row.branch.timeZone })}</span>
                {row.contactMember ? (
                  <Link href={contactHref(row.contactMember.id)} className={styles.link} data-testid="home-appointment-link">
                    {formatMemberName(row.contactMember.member)} ({row.contactMember.member.memberNo})
                  </Link>
                ) : null}
                <span className="muted">{row.branch.name}</span>
                <span className={styles.status} data-testid="home-appointment-status">
                  {status(row.status)}
                </span>
              </li>
            ))}
          </ul>
          <p className={styles.actions}>
            <Link href={contactListHref(String(viewer.staffId), 'BOOKED_TODAY')} className="button button--secondary" data-testid="home-appointments-all">
              {t('viewAll', { count: data.totalCount })}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
