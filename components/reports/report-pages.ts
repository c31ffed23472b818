export type ReportPage = 'campaignAnalysis' | 'followUp';

/** The reports, in the seed's order (會員 > 報告 > 聯絡活動分析 / 同事跟進的統計): for the subnav and the reports home. */
export const REPORT_PAGES: { item: ReportPage; href: string }[] = [
  { item: 'campaignAnalysis', href: '/reports/campaign-analysis' },
  { item: 'followUp', href: '/reports/follow-up' },
];
