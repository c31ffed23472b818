import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { MyFollowUpsQuery } from '@/components/contacts/list/contact-list-documents';
import { HomeFollowUps } from '@/components/contacts/list/home-follow-ups';
import { getDataSource } from '@/db/data-source';
import { Branch } from '@/entities';
import { DEFAULT_TIME_ZONE } from '@/i18n/request';
import { requireViewer } from './require-viewer';
import { serverQuery } from './server-apollo';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'nav' });
  return { title: t('home') };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const [branch, followUps] = await Promise.all([
    (await getDataSource()).getRepository(Branch).findOneBy({ id: viewer.branchId }),
    serverQuery(MyFollowUpsQuery, { me: [String(viewer.staffId)] }),
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
              {viewer.roles.map((role) => (
                <li key={role} className="tag">
                  {t(`role.${role}`)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      <HomeFollowUps data={followUps} viewer={viewer} timeZone={branch?.timeZone ?? DEFAULT_TIME_ZONE} />
    </>
  );
}
