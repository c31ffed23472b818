import { Permission } from '@/services/admin/permission';

export type LoyaltyPage = 'points' | 'coupons' | 'gifts' | 'giftCategories' | 'pointsRules' | 'couponTypes' | 'settings';

/**
 * The pages of 會員積分 (loyalty), front-desk work first, then what managers set up, each with
 * the permission that opens it: the sub-navigation shows only those the viewer holds, /loyalty
 * goes to the first, and the main navigation shows the area when any is open. Redeeming gifts
 * and a member's points and coupons live on the member's page.
 */
export const LOYALTY_PAGES: readonly { item: LoyaltyPage; href: string; permission: Permission }[] = [
  { item: 'points', href: '/loyalty/points', permission: Permission.LoyaltyAdjustPoints },
  { item: 'coupons', href: '/loyalty/coupons', permission: Permission.LoyaltyIssueCoupons },
  { item: 'gifts', href: '/loyalty/gifts', permission: Permission.LoyaltyManage },
  { item: 'giftCategories', href: '/loyalty/gift-categories', permission: Permission.LoyaltyManage },
  { item: 'pointsRules', href: '/loyalty/points-rules', permission: Permission.LoyaltyManage },
  { item: 'couponTypes', href: '/loyalty/coupon-types', permission: Permission.LoyaltyManage },
  { item: 'settings', href: '/loyalty/settings', permission: Permission.LoyaltyManage },
];

/** The loyalty pages a holder of these permissions may open, in LOYALTY_PAGES order. */
export function loyaltyPagesFor(allowed: (permission: Permission) => boolean) {
  return LOYALTY_PAGES.filter((page) => allowed(page.permission));
}
