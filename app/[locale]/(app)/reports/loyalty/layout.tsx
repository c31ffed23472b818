import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { MissingPermission } from '@/components/admin/missing-permission';
import { PageHeader } from '@/components/page-header';
import { LoyaltyReportNav } from '@/components/reports/loyalty/loyalty-report-nav';
import { ReportsSubnav } from '@/components/reports/reports-subnav';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';

/** 會員積分 報告 and its tabs: all need reports.loyalty, as their queries do. */
export default async function LoyaltyReportsLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const viewer = await requireViewer((await params).locale);
  if (!can(viewer, Permission.ReportsLoyalty)) return <MissingPermission permission={Permission.ReportsLoyalty} testId="loyalty-report-forbidden" />;
  const t = await getTranslations('loyaltyReports');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')}>
        <ReportsSubnav current="loyalty" />
        <LoyaltyReportNav />
      </PageHeader>
      {children}
    </>
  );
}
