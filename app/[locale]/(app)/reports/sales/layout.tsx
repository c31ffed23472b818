import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { MissingPermission } from '@/components/admin/missing-permission';
import { PageHeader } from '@/components/page-header';
import { ReportsSubnav } from '@/components/reports/reports-subnav';
import { SalesReportNav } from '@/components/reports/sales/sales-report-nav';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';

/** 統計分析 and its views (tabs): all need reports.sales, as their queries do. */
export default async function SalesReportsLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const viewer = await requireViewer((await params).locale);
  if (!can(viewer, Permission.ReportsSales)) return <MissingPermission permission={Permission.ReportsSales} testId="sales-report-forbidden" />;
  const t = await getTranslations('salesStats');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')}>
        <ReportsSubnav current="sales" />
        <SalesReportNav />
      </PageHeader>
      {children}
    </>
  );
}
