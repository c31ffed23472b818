import { Permission } from '@/services/admin/permission';

export type ReportPage = 'campaignAnalysis' | 'followUp' | 'sales' | 'loyalty' | 'prepaid';

/**
 * The reports, in the seed's order (會員 > 報告 > 聯絡活動分析 / 同事跟進的統計, then 統計分析), each
 * with the permission that opens it (會員積分's reports, then 預付's, last): for the subnav, the reports home and the main navigation.
 */
export const REPORT_PAGES: readonly { item: ReportPage; href: string; permission: Permission }[] = [
  { item: 'campaignAnalysis', href: '/reports/campaign-analysis', permission: Permission.ReportsContacts },
  { item: 'followUp', href: '/reports/follow-up', permission: Permission.ReportsContacts },
  { item: 'sales', href: '/reports/sales', permission: Permission.ReportsSales },
  { item: 'loyalty', href: '/reports/loyalty', permission: Permission.ReportsLoyalty },
  { item: 'prepaid', href: '/reports/prepaid', permission: Permission.ReportsPrepaid },
];

/** The report pages a holder of these permissions may open, in REPORT_PAGES order. */
export function reportPagesFor(allowed: (permission: Permission) => boolean) {
  return REPORT_PAGES.filter((page) => allowed(page.permission));
}
