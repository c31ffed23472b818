'use client';

import { useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import { LOYALTY_REPORT_TABS } from './loyalty-reports-params';

/** The tabs between the loyalty reports (each its own route). */
export function LoyaltyReportNav() {
  const t = useTranslations('loyaltyReports.tabs');
  const pathname = usePathname();
  const current = [...LOYALTY_REPORT_TABS].sort((a, b) => b.href.length - a.href.length).find((tab) => pathname === tab.href || pathname.startsWith(`${tab.href}/`))?.item;
  return (
    <nav className="subnav report-no-print" aria-label={t('label')} data-testid="loyalty-report-tabs">
      {LOYALTY_REPORT_TABS.map(({ item, href }) => (
        <Link key={item} href={href} className="subnav__link" aria-current={item === current ? 'page' : undefined} data-testid={`loyalty-report-tab-${item}`}>
          {t(item)}
        </Link>
      ))}
    </nav>
  );
}
