'use client';

import { useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import { SALES_REPORT_TABS, currentSalesTab } from './sales-report-tabs';

/** The tabs between the views of 統計分析. */
export function SalesReportNav() {
  const t = useTranslations();
  const current = currentSalesTab(usePathname());
  return (
    <nav className="subnav report-no-print" aria-label={t('salesStats.tabs.label')} data-testid="sales-report-tabs">
      {SALES_REPORT_TABS.map(({ item, href, label }) => (
        <Link key={item} href={href} className="subnav__link" aria-current={item === current ? 'page' : undefined} data-testid={`sales-report-tab-${item}`}>
          {t(label as never)}
        </Link>
      ))}
    </nav>
  );
}
