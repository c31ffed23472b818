import type { Metadata } from 'next';
import { In } from 'typeorm';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { HomeAppointments } from '@/components/home/home-appointments';
import { HomeBranchArrivals } from '@/components/home/home-branch-arrivals';
import { HomeCampaignProgress } from '@/components/home/home-campaign-progress';
import { ManagerHomeQuery, SalespersonHomeQuery } from '@/components/home/home-documents';
import { HomeFollowUps } from '@/components/home/home-follow-ups';
import { HomeNewContacts } from '@/components/home/home-new-contacts';
import { HomeTeamFollowUps } from '@/components/home/home-team-follow-ups';
import homeStyles from '@/components/home/home.module.css';
import { getDataSource } from '@/db/data-source';
import { Branch, Role } from '@/entities';
import { labelFor } from '@/services/contact-settings/contact-option-rules';
import { DEFAULT_TIME_ZONE } from '@/i18n/request';
import { can } from '@/services/auth/viewer';
import { Permission } from '@/services/admin/permission';
import type { Locale } from '@/i18n/locales';
import { requireViewer } from './require-viewer';
import { serverQuery } from './server-apollo';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'nav' });
  return { title: t('home') };
}

/**
 * 主頁: who and where the viewer is, then her day by role — a salesperson's new contacts,
 * follow-ups and today's appointments; a manager's (or admin's) team: overdue follow-ups per
 * salesperson, today's arrivals per branch and the active campaigns' progress. Someone with both
 * roles sees both; each card's links open their list already filtered.
 */
export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const sells = can(viewer, Permission.CampaignsReceiveContacts);
  const manages = can(viewer, Permission.ContactsSupervise);
  const ds = await getDataSource();
  const [branch, roles, mine, team] = await Promise.all([
    ds.getRepository(Branch).findOneBy({ id: viewer.branchId }),
    ds.getRepository(Role).find({ where: { key: In(viewer.roles) }, order: { id: 'ASC' } }),
    sells ? serverQuery(SalespersonHomeQuery, { me: [String(viewer.staffId)] }) : null,
    manages ? serverQuery(ManagerHomeQuery, {}) : null,
  ]);
  const t = await getTranslations('home');
  const common = await getTranslations('common');
  const format = await getFormatter();
  const today = format.dateTime(new Date(), { dateStyle: 'full', timeZone: branch?.timeZone ?? DEFAULT_TIME_ZONE });

  return (
    <>
      <header className="page-header">
        <h1 data-testid="page-title">{t('greeting', { name: viewer.displayName })}</h1>
        <p className="page-header__description">{t('intro')}</p>
      </header>
      <dl className="summary-grid">
        <div className="summary-card">
          <dt>{t('today')}</dt>
          <dd data-testid="home-today">{today}</dd>
        </div>
        <div className="summary-card">
          <dt>{t('branch')}</dt>
          <dd data-testid="home-branch">
            {branch ? (
              <>
                {branch.name}
                {branch.code !== branch.name ? <span className="muted"> ({branch.code})</span> : null}
              </>
            ) : (
              common('notAvailable')
            )}
          </dd>
        </div>
        <div className="summary-card">
          <dt>{t('staff')}</dt>
          <dd>
            <span data-testid="home-display-name">{viewer.displayName}</span>{' '}
            <span className="muted" data-testid="home-staff-code">
              ({viewer.code})
            </span>
          </dd>
        </div>
        <div className="summary-card">
          <dt>{t('roles')}</dt>
          <dd>
            <ul className="tag-list" data-testid="home-roles">
              {roles.map((role) => (
                <li key={role.key} className="tag">
                  {labelFor(role, locale as Locale)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      {mine || team ? (
        <div className={homeStyles.cards} data-testid="home-cards">
          {mine ? (
            <>
              <HomeNewContacts data={mine.notContacted} viewer={viewer} />
              <HomeFollowUps data={mine} viewer={viewer} timeZone={branch?.timeZone ?? DEFAULT_TIME_ZONE} />
              <HomeAppointments data={mine.myAppointmentsToday} viewer={viewer} />
            </>
          ) : null}
          {team ? (
            <>
              <HomeTeamFollowUps rows={team.overdueFollowUpsBySalesperson} />
              <HomeBranchArrivals rows={team.branchArrivalsToday} />
              <HomeCampaignProgress data={team.activeCampaignProgress} />
            </>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
