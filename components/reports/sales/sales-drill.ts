import { EMPTY_FILTER, paramsFromForm, type InvoiceFilterForm } from '@/components/sales/invoices/invoice-filter-params';

/** 統計分析's groupings, as the API names them. */
export type SalesGroupingName = 'DAY' | 'WEEK' | 'MONTH' | 'BRANCH' | 'STAFF' | 'PRODUCT' | 'TREATMENT' | 'KIND' | 'CATEGORY' | 'DEPARTMENT' | 'TENDER';

export type SalesReportFilter = { from: string; to: string; branchIds: string[] };

/** The invoice list's filter for one group: the key, in a list field; null for a key no filter names ("none"). */
function groupFilter(grouping: SalesGroupingName, row: { key: string; from?: string | null; to?: string | null }): Partial<InvoiceFilterForm> | null {
  if (row.key === 'none') return null;
  switch (grouping) {
    case 'DAY':
    case 'WEEK':
    case 'MONTH': return row.from && row.to ? { from: row.from, to: row.to } : null;
    case 'BRANCH': return { branch: row.key };
    case 'STAFF': return { staff: row.key };
    case 'PRODUCT': return { product: row.key };
    case 'TREATMENT': return { treatment: row.key };
    case 'KIND': return { kind: row.key };
    case 'CATEGORY': return row.key === 'TREATMENT' ? { kind: 'TREATMENT' } : { category: row.key };
    case 'DEPARTMENT': return { department: row.key };
    case 'TENDER': return { tender: row.key };
  }
}

/**
 * The invoice list's address for a number of 統計分析: the report's period and branches, issued
 * invoices only, and the group's own filter (none for the totals row). The list shows the invoices
 * the number was summed from; for line and tender groupings, the whole of each such invoice.
 * Null when the group has no filter of its own (lines credited to nobody, without a category or department).
 */
export function salesDrillHref(grouping: SalesGroupingName, filter: SalesReportFilter, row: { key: string; from?: string | null; to?: string | null } | null): string | null {
  // Product and treatment groupings sum only lines of their kind, so their totals open those invoices.
  const own = row ? groupFilter(grouping, row) : grouping === 'PRODUCT' || grouping === 'TREATMENT' ? { kind: grouping } : {};
  if (!own) return null;
  const form: InvoiceFilterForm = { ...EMPTY_FILTER, from: filter.from, to: filter.to, branch: filter.branchIds.join(','), status: 'ISSUED', ...own };
  return `/sales/invoices?${paramsFromForm(form)}`;
}
