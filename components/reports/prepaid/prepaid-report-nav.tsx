'use client';

import { useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import { PREPAID_REPORT_TABS } from './prepaid-reports-params';

/** The tabs between the prepaid reports (each its own route). */
export function PrepaidReportNav() {
  const t = useTranslations('reports.prepaid.tabs');
  const pathname = usePathname();
  const current = [...PREPAID_REPORT_TABS].sort((a, b) => b.href.length - a.href.length).find((tab) => pathname === tab.href || pathname.startsWith(`${tab.href}/`))?.item;
  return (
    <nav className="subnav report-no-print" aria-label={t('label')} data-testid="prepaid-report-tabs">
      {PREPAID_REPORT_TABS.map(({ item, href }) => (
        <Link key={item} href={href} className="subnav__link" aria-current={item === current ? 'page' : undefined} data-testid={`prepaid-report-tab-${item}`}>
          {t(item)}
        </Link>
      ))}
    </nav>
  );
}
