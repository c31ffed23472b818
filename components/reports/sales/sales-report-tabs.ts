/**
 * The views of 統計分析 (/reports/sales), in tab order. Each view is a route under /reports/sales
 * and adds itself here; `label` is a full message key, so a view keeps its words in its own namespace.
 */
export const SALES_REPORT_TABS: readonly { item: string; href: string; label: string }[] = [
  { item: 'statistics', href: '/reports/sales', label: 'salesStats.tabs.statistics' },
  { item: 'campaignReturn', href: '/reports/sales/campaign-return', label: 'salesViews.tabs.campaignReturn' },
  { item: 'ranking', href: '/reports/sales/ranking', label: 'salesViews.tabs.ranking' },
];

/** The tab a path belongs to: the longest tab href the path starts with. */
export function currentSalesTab(pathname: string): string | undefined {
  return [...SALES_REPORT_TABS]
    .sort((a, b) => b.href.length - a.href.length)
    .find((tab) => pathname === tab.href || pathname.startsWith(`${tab.href}/`))?.item;
}
