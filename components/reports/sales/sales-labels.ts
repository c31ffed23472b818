import type { SalesGroupingName } from './sales-drill';

/** Words the labels need, from `salesStats.labels` (the page's and the export's translator). */
type Translate = (key: string, values?: Record<string, string>) => string;

/**
 * A row's name: the API's label for branches, staff, items, categories, departments and tenders;
 * the page's words for periods (weeks with their days), kinds, the treatments' category row and
 * "none". Shared by the page, the chart and the Excel export so all three say the same.
 */
export function salesRowLabel(grouping: SalesGroupingName, row: { key: string; label: string; from?: string | null; to?: string | null }, t: Translate): string {
  if (row.key === 'none') return t(`none.${grouping === 'STAFF' ? 'staff' : grouping === 'CATEGORY' ? 'category' : 'department'}`);
  if (grouping === 'WEEK') return t('week', { key: row.key, from: row.from ?? '', to: row.to ?? '' });
  if (grouping === 'DAY' || grouping === 'MONTH') return row.key;
  if (grouping === 'KIND' || (grouping === 'CATEGORY' && row.key === 'TREATMENT')) return t(`kind.${row.key}`);
  return row.label || `#${row.key}`;
}

/** Whether a grouping sums invoice lines (and so has units). */
export const isLineGrouping = (grouping: SalesGroupingName) => ['STAFF', 'PRODUCT', 'TREATMENT', 'KIND', 'CATEGORY', 'DEPARTMENT'].includes(grouping);
export const isPeriodGrouping = (grouping: SalesGroupingName) => grouping === 'DAY' || grouping === 'WEEK' || grouping === 'MONTH';
