import { Permission } from '@/services/admin/permission';

export type PrepaidPage = 'counter' | 'instalments' | 'packageTypes';

/**
 * The pages of 預付 (prepaid), front-desk work first, then what managers set up, each with the
 * permission that opens it: the sub-navigation shows only those the viewer holds, /prepaid goes
 * to the first, and the main navigation shows the area when any is open. A member's account
 * (我的戶口) with her cards, stored value and packages lives on her page.
 */
export const PREPAID_PAGES: readonly { item: PrepaidPage; href: string; permission: Permission }[] = [
  { item: 'counter', href: '/prepaid/counter', permission: Permission.PrepaidTopUp },
  { item: 'instalments', href: '/prepaid/instalments', permission: Permission.PrepaidTakeInstalments },
  { item: 'packageTypes', href: '/prepaid/package-types', permission: Permission.PrepaidManage },
];

/** The prepaid pages a holder of these permissions may open, in PREPAID_PAGES order. */
export function prepaidPagesFor(allowed: (permission: Permission) => boolean) {
  return PREPAID_PAGES.filter((page) => allowed(page.permission));
}
