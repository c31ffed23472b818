/**
 * An e-coupon at the cashier: found by its code, checked against the bill (the member's, issued,
 * within its days — coupon-rules.ts; the covered lines and the minimum spend — bill-totals.ts),
 * taken inside the checkout's transaction and given back by a void.
 *
 * The take is one guarded UPDATE (… WHERE status = 'ISSUED'): of concurrent checkouts using one
 * coupon exactly one changes the row; the others (on MariaDB they wait for the winner's row lock
 * and then see its committed status; SQLite has one writer) change nothing and are refused, so
 * their whole sale rolls back. In the checkout's lock order the coupon comes after the offer use
 * and before the branch's document sequence.
 */
import type { EntityManager } from 'typeorm';
import { Coupon, CouponType } from '../../entities';
import { CouponStatus } from '../../entities/coupon.entity';
import { DomainError, ErrorCode } from '../errors/domain-error';
import type { BillCoupon } from '../sales/bill-totals';
import { COUPON_REFUSAL_KEYS, couponCoversLine, couponHoldingRefusal, normaliseCouponCode, type CouponLineFacts, type CouponRefusal } from './coupon-rules';

export type CouponAtSale = { coupon: Coupon; type: CouponType; bill: BillCoupon };

/** COUPON_NOT_APPLICABLE on `couponCode`, naming why in the cashier's words. */
export function couponRefusalError(code: string, refusal: CouponRefusal, money?: { minSpendCents: number; currencyDecimals: number }): DomainError {
  const params: Record<string, string> = { coupon: code };
  if (money) params.minSpend = (money.minSpendCents / 100).toFixed(Math.min(2, money.currencyDecimals));
  return new DomainError(ErrorCode.CouponNotApplicable, COUPON_REFUSAL_KEYS[refusal], params, 'couponCode');
}

export async function couponByCode(manager: EntityManager, typed: string): Promise<Coupon | null> {
  const code = normaliseCouponCode(typed);
  return code ? manager.findOneBy(Coupon, { code }) : null;
}

/** The coupon typed on a bill of `memberId` on business day `today`, with the lines its type covers; refused naming why. */
export async function applicableCoupon(manager: EntityManager, typed: string, memberId: number | null, today: string, lines: readonly CouponLineFacts[]): Promise<CouponAtSale> {
  const coupon = await couponByCode(manager, typed);
  const refusal = couponHoldingRefusal(coupon, memberId, today);
  if (refusal || !coupon) throw couponRefusalError(normaliseCouponCode(typed), refusal ?? 'NOT_FOUND');
  const type = await manager.findOneByOrFail(CouponType, { id: coupon.typeId });
  return {
    coupon,
    type,
    bill: {
      discountKind: type.discountKind,
      amountCents: type.amountCents,
      percentBasisPoints: type.percentBasisPoints,
      maxDiscountCents: type.maxDiscountCents,
      minSpendCents: type.minSpendCents,
      covers: lines.map((line) => couponCoversLine(type, line)),
    },
  };
}

/**
 * Marks the coupon used (inside the checkout's transaction, before the invoice number is taken);
 * a coupon another checkout used meanwhile refuses the whole sale. The invoice is written to the
 * coupon by `recordCouponInvoice` once it has its id.
 */
export async function takeCoupon(manager: EntityManager, coupon: Coupon, today: string, now: Date): Promise<void> {
  const taken = await manager
    .createQueryBuilder()
    .update(Coupon)
    .set({ status: CouponStatus.REDEEMED, redeemedAt: now })
    .where('id = :id AND status = :issued AND validFrom <= :today AND validTo >= :today', { id: coupon.id, issued: CouponStatus.ISSUED, today })
    .execute();
  if (taken.affected) return;
  const current = await manager.findOneByOrFail(Coupon, { id: coupon.id });
  throw couponRefusalError(coupon.code, couponHoldingRefusal(current, current.memberId, today) ?? 'REDEEMED');
}

export async function recordCouponInvoice(manager: EntityManager, couponId: number, invoice: { id: number; branchId: number; couponDiscountCents: number }): Promise<void> {
  await manager.update(Coupon, { id: couponId }, { invoiceId: invoice.id, redeemedBranchId: invoice.branchId, discountCents: invoice.couponDiscountCents });
}

/** A voided invoice gives its coupon back: issued again, to be used until its last day (the expiry pass takes it after). */
export async function giveCouponBack(manager: EntityManager, invoice: { id: number; couponId: number | null }): Promise<void> {
  if (invoice.couponId === null) return;
  await manager
    .createQueryBuilder()
    .update(Coupon)
    .set({ status: CouponStatus.ISSUED, redeemedAt: null, invoiceId: null, redeemedBranchId: null, discountCents: 0 })
    .where('id = :id AND status = :redeemed AND invoiceId = :invoiceId', { id: invoice.couponId, redeemed: CouponStatus.REDEEMED, invoiceId: invoice.id })
    .execute();
}
