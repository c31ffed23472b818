/**
 * The demo's e-coupons: NEW100 (HK$100 off a bill of HK$500 or more, 90 days from issue) and
 * SKIN10 (10 % off skin-care items, at most HK$200, this calendar year), with a few issued to the
 * first demo members — two still to use, one that expired unused — so the member page, the
 * cashier and the coupon report have something to show.
 */
import type { EntityManager } from 'typeorm';
import { Branch, Coupon, CouponType, Department, Member } from '../../entities';
import { CouponDiscountKind } from '../../entities/coupon-type.entity';
import { CouponStatus } from '../../entities/coupon.entity';
import { localDateIn } from '../appointments/arrival-day';
import { addDays, couponValidity } from '../loyalty/coupon-rules';
import { insertCoupon } from '../loyalty/coupon.service';

export async function seedDemoCoupons(m: EntityManager, now: Date = new Date()): Promise<void> {
  const skin = await m.findOneBy(Department, { code: 'SKIN' });
  const year = now.getUTCFullYear();
  const newMember = await m.save(CouponType, m.create(CouponType, {
    code: 'NEW100', name: '新會員 HK$100 優惠券', discountKind: CouponDiscountKind.AMOUNT, amountCents: 10_000, minSpendCents: 50_000, validDays: 90, active: true,
  }));
  await m.save(CouponType, m.create(CouponType, {
    code: 'SKIN10', name: '護膚九折券', discountKind: CouponDiscountKind.PERCENT, percentBasisPoints: 1_000, maxDiscountCents: 20_000, minSpendCents: 0,
    departmentIds: skin ? [skin.id] : null, validDays: null, validFrom: `${year}-01-01`, validTo: `${year}-12-31`, active: true,
  }));
  const members = await m.find(Member, { order: { id: 'ASC' }, take: 3 });
  for (const [i, member] of members.entries()) {
    const branch = await m.findOneByOrFail(Branch, { id: member.branchId });
    const today = localDateIn(now, branch.timeZone);
    if (i < 2) {
      await insertCoupon(m, { typeId: newMember.id, memberId: member.id, ...couponValidity(newMember, today), issuedAt: now, issuedById: null, issueJobId: null });
    } else {
      // Issued 100 days ago: its 90 days are over and the expiry pass has marked it.
      const issuedOn = addDays(today, -100);
      const id = await insertCoupon(m, { typeId: newMember.id, memberId: member.id, ...couponValidity(newMember, issuedOn), issuedAt: new Date(now.getTime() - 100 * 86_400_000), issuedById: null, issueJobId: null });
      await m.update(Coupon, { id }, { status: CouponStatus.EXPIRED, expiredAt: new Date(now.getTime() - 9 * 86_400_000) });
    }
  }
}
