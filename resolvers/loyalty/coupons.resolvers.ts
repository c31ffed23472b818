import { CouponResolver, CouponTypeResolver } from './coupon.resolver';

/** The resolvers of e-coupon types, issuing, redeeming, voiding and their report (registered through ./index.ts). */
export const COUPONS_RESOLVERS: Array<new (...args: never[]) => object> = [CouponTypeResolver, CouponResolver];
