/**
 * E-coupons (電子優惠券), the pure rules: the codes, the validity a type gives a coupon issued on a
 * day, which bill lines a type covers, and why a coupon cannot be used on a bill. No framework;
 * the discount itself is worked out with the rest of the bill in services/sales/bill-totals.ts.
 */

/**
 * Code alphabet: upper-case letters and digits without the ones a customer reading a code aloud or
 * a cashier typing it confuses (0/O, 1/I/L, 5/S, 2/Z, 8/B). 24 symbols × 10 places ≈ 6 × 10^13
 * codes, so a collision is rare; the unique key catches it and the issuer draws again.
 */
export const COUPON_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY3479';
export const COUPON_CODE_LENGTH = 10;

/**
 * A new code from `randomBytes` (crypto's): each byte picks a symbol, bytes at or over the largest
 * multiple of the alphabet's size are dropped so every symbol is equally likely.
 */
export function newCouponCode(randomBytes: (size: number) => Uint8Array): string {
  const size = COUPON_CODE_ALPHABET.length;
  const limit = 256 - (256 % size);
  let code = '';
  while (code.length < COUPON_CODE_LENGTH) {
    for (const byte of randomBytes(COUPON_CODE_LENGTH * 2)) {
      if (byte < limit && code.length < COUPON_CODE_LENGTH) code += COUPON_CODE_ALPHABET[byte % size];
    }
  }
  return code;
}

/** A code as typed or scanned: case, spaces and dashes do not matter. */
export function normaliseCouponCode(typed: string): string {
  return typed.replace(/[\s-]+/g, '').toUpperCase();
}

/** YYYY-MM-DD `days` days after `date` (calendar arithmetic, no time zone). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export type CouponValidityRule = { validDays: number | null; validFrom: string | null; validTo: string | null };

/**
 * The days a coupon issued on `issuedOn` (the issuing branch's business day) may be used, both
 * inclusive: `validDays` days counting the day of issue, or the type's fixed window.
 */
export function couponValidity(type: CouponValidityRule, issuedOn: string): { validFrom: string; validTo: string } {
  if (type.validDays !== null) return { validFrom: issuedOn, validTo: addDays(issuedOn, Math.max(1, type.validDays) - 1) };
  return { validFrom: type.validFrom ?? issuedOn, validTo: type.validTo ?? issuedOn };
}

export type CouponEligibility = {
  productIds: readonly number[] | null;
  treatmentIds: readonly number[] | null;
  categoryIds: readonly number[] | null;
  departmentIds: readonly number[] | null;
};

export type CouponLineFacts = { kind: 'PRODUCT' | 'TREATMENT'; itemId: number; categoryId: number | null; departmentId: number | null };

const listed = (list: readonly number[] | null, id: number | null) => id !== null && (list ?? []).includes(id);

/** Whether the type covers the line: every line when no list names anything, else a line any list names. */
export function couponCoversLine(type: CouponEligibility, line: CouponLineFacts): boolean {
  const lists = [type.productIds, type.treatmentIds, type.categoryIds, type.departmentIds];
  if (lists.every((list) => !list?.length)) return true;
  return (
    (line.kind === 'PRODUCT' && listed(type.productIds, line.itemId)) ||
    (line.kind === 'TREATMENT' && listed(type.treatmentIds, line.itemId)) ||
    (line.kind === 'PRODUCT' && listed(type.categoryIds, line.categoryId)) ||
    listed(type.departmentIds, line.departmentId)
  );
}

/** Why a coupon cannot be used; each is a message key under `errors` (couponNot…). */
export type CouponRefusal = 'NOT_FOUND' | 'OTHER_MEMBER' | 'REDEEMED' | 'EXPIRED' | 'VOIDED' | 'NOT_YET_VALID' | 'NO_ELIGIBLE_LINE' | 'MIN_SPEND';

export const COUPON_REFUSAL_KEYS: Record<CouponRefusal, string> = {
  NOT_FOUND: 'couponNotFound',
  OTHER_MEMBER: 'couponOtherMember',
  REDEEMED: 'couponRedeemed',
  EXPIRED: 'couponExpired',
  VOIDED: 'couponVoided',
  NOT_YET_VALID: 'couponNotYetValid',
  NO_ELIGIBLE_LINE: 'couponNoEligibleLine',
  MIN_SPEND: 'couponMinSpend',
};

export type CouponHolding = { memberId: number; status: 'ISSUED' | 'REDEEMED' | 'EXPIRED' | 'VOIDED'; validFrom: string; validTo: string };

/**
 * Whether the coupon may be used on a bill of `memberId` on the business day `today`: hers, still
 * issued and within its days. (An ISSUED coupon past its last day is expired even before the
 * hourly pass marks it.) Null when it may; the bill's lines are checked by the totals.
 */
export function couponHoldingRefusal(coupon: CouponHolding | null, memberId: number | null, today: string): CouponRefusal | null {
  if (!coupon) return 'NOT_FOUND';
  if (memberId === null || coupon.memberId !== memberId) return 'OTHER_MEMBER';
  if (coupon.status !== 'ISSUED') return coupon.status;
  if (today > coupon.validTo) return 'EXPIRED';
  if (today < coupon.validFrom) return 'NOT_YET_VALID';
  return null;
}
