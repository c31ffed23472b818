import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import { reportPagesFor } from '@/components/reports/report-pages';
import { ReportsSubnav } from '@/components/reports/reports-subnav';
import { Link } from '@/i18n/navigation';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../require-viewer';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'reports' });
  return { title: t('title') };
}

/** 會員 > 報告: the reports the viewer may open, each with what it shows. */
export default async function ReportsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const t = await getTranslations('reports');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')}>
        <ReportsSubnav />
      </PageHeader>
      <ul className="settings-index" data-testid="reports-index">
        {reportPagesFor((permission) => can(viewer, permission)).map(({ item, href }) => (
          <li key={item}>
            <Link href={href} className="settings-index__link card" data-testid={`reports-open-${item}`}>
              <span className="settings-index__title">{t(`subnav.${item}`)}</span>
              <span className="muted">{t(`home.${item}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
