import { Permission } from '@/services/admin/permission';

export type SalesPage = 'checkout' | 'invoices' | 'returns' | 'products' | 'categories' | 'departments' | 'stock' | 'tenders';

/**
 * The pages of 收銀, in the order a shift uses them, each with the permission that opens it: the
 * sub-navigation shows only those the viewer holds, /sales goes to the first, and the main
 * navigation shows the area when any is open.
 */
export const SALES_PAGES: readonly { item: SalesPage; href: string; permission: Permission }[] = [
  { item: 'checkout', href: '/sales/checkout', permission: Permission.SalesCheckout },
  { item: 'invoices', href: '/sales/invoices', permission: Permission.SalesView },
  { item: 'returns', href: '/sales/returns', permission: Permission.SalesRefund },
  { item: 'products', href: '/sales/products', permission: Permission.ProductsManage },
  { item: 'categories', href: '/sales/categories', permission: Permission.ProductsManage },
  { item: 'departments', href: '/sales/departments', permission: Permission.ProductsManage },
  { item: 'stock', href: '/sales/stock', permission: Permission.ProductsStock },
  { item: 'tenders', href: '/sales/tenders', permission: Permission.SalesSettings },
];

/** The sales pages a holder of these permissions may open, in SALES_PAGES order. */
export function salesPagesFor(allowed: (permission: Permission) => boolean) {
  return SALES_PAGES.filter((page) => allowed(page.permission));
}
