'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { REPORT_PAGES, type ReportPage } from './report-pages';

export type ReportsSubnavItem = ReportPage;

/** Links between the report pages, for their page headers. */
export function ReportsSubnav({ current }: { current?: ReportsSubnavItem }) {
  const t = useTranslations('reports.subnav');
  return (
    <nav className="subnav report-no-print" aria-label={t('label')} data-testid="reports-subnav">
      {REPORT_PAGES.map(({ item, href }) => (
        <Link key={item} href={href} className="subnav__link" aria-current={item === current ? 'page' : undefined} data-testid={`reports-subnav-${item}`}>
          {t(item)}
        </Link>
      ))}
    </nav>
  );
}
