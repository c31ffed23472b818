import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { MissingPermission } from '@/components/admin/missing-permission';
import { PageHeader } from '@/components/page-header';
import { PrepaidReportNav } from '@/components/reports/prepaid/prepaid-report-nav';
import { ReportsSubnav } from '@/components/reports/reports-subnav';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';

/** 預付 報告 and its tabs: all need reports.prepaid, as their queries do. */
export default async function PrepaidReportsLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const viewer = await requireViewer((await params).locale);
  if (!can(viewer, Permission.ReportsPrepaid)) return <MissingPermission permission={Permission.ReportsPrepaid} testId="prepaid-report-forbidden" />;
  const t = await getTranslations('reports.prepaid');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')}>
        <ReportsSubnav current="prepaid" />
        <PrepaidReportNav />
      </PageHeader>
      {children}
    </>
  );
}
