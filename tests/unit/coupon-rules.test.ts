import { billTotals, couponShares, type BillCoupon } from '../../services/sales/bill-totals';
import { COUPON_CODE_ALPHABET, couponCoversLine, couponHoldingRefusal, couponValidity, newCouponCode, normaliseCouponCode } from '../../services/loyalty/coupon-rules';

const amount = (cents: number, extra: Partial<BillCoupon> = {}): BillCoupon => ({ discountKind: 'AMOUNT', amountCents: cents, percentBasisPoints: null, maxDiscountCents: null, minSpendCents: 0, covers: [true, true, true], ...extra });

describe('coupon discount (bill-totals rule 4)', () => {
  it.each([
    ['amount spread in proportion, shares add up', amount(1_000), [3_333, 3_333, 3_334], [333, 334, 333]],
    ['amount capped at what the covered lines come to', amount(50_000, { covers: [true, false, false] }), [1_000, 2_000, 3_000], [1_000, 0, 0]],
    ['percent of the covered lines, half-up', { ...amount(0), discountKind: 'PERCENT', percentBasisPoints: 1_000 } as BillCoupon, [1_005, 0, 1_000], [101, 0, 100]],
    ['percent capped', { ...amount(0), discountKind: 'PERCENT', percentBasisPoints: 5_000, maxDiscountCents: 700 } as BillCoupon, [1_000, 1_000, 0], [350, 350, 0]],
  ] as const)('%s', (_name, coupon, lines, shares) => {
    expect(couponShares(coupon, lines)).toEqual({ shares, refusal: null });
  });

  it('refuses below the minimum spend of the covered lines and with no covered line', () => {
    expect(couponShares(amount(100, { minSpendCents: 5_001, covers: [true, false, true] }), [2_500, 9_000, 2_500]).refusal).toBe('MIN_SPEND');
    expect(couponShares(amount(100, { minSpendCents: 5_000, covers: [true, false, true] }), [2_500, 9_000, 2_500]).refusal).toBeNull();
    expect(couponShares(amount(100, { covers: [false, false, false] }), [1, 2, 3]).refusal).toBe('NO_ELIGIBLE_LINE');
  });

  it('comes off after the member discount, and tax is worked out on what is left', () => {
    const line = { kind: 'TREATMENT' as const, quantity: 1, unitPriceCents: 10_700, lineDiscountCents: 0, taxRateBasisPoints: 700 };
    const totals = billTotals([line], { memberDiscountPercent: 0, roundingStepCents: 1, coupon: amount(5_350, { covers: [true] }) });
    expect(totals.lines[0]).toMatchObject({ couponDiscountCents: 5_350, totalCents: 5_350, taxCents: 350 });
    expect(totals).toMatchObject({ couponDiscountCents: 5_350, discountCents: 5_350, totalCents: 5_350 });
    const withLevel = billTotals([line], { memberDiscountPercent: 10, roundingStepCents: 1, coupon: amount(0, { discountKind: 'PERCENT', percentBasisPoints: 1_000, covers: [true] }) });
    expect(withLevel.lines[0]).toMatchObject({ memberDiscountCents: 1_070, couponDiscountCents: 963, totalCents: 8_667 });
  });
});

describe('coupon rules', () => {
  it('draws codes from the unambiguous alphabet only', () => {
    let n = 0;
    const bytes = (size: number) => Uint8Array.from({ length: size }, () => n++ % 256);
    for (let i = 0; i < 50; i++) {
      const code = newCouponCode(bytes);
      expect(code).toMatch(new RegExp(`^[${COUPON_CODE_ALPHABET}]{10}$`));
    }
    expect(COUPON_CODE_ALPHABET).not.toMatch(/[0O1IL5S2Z8B]/);
    expect(normaliseCouponCode(' ac-de fg ')).toBe('ACDEFG');
  });

  it('gives validity from the day of issue or the fixed window', () => {
    expect(couponValidity({ validDays: 30, validFrom: null, validTo: null }, '2026-12-20')).toEqual({ validFrom: '2026-12-20', validTo: '2027-01-18' });
    expect(couponValidity({ validDays: null, validFrom: '2026-01-01', validTo: '2026-01-31' }, '2026-01-15')).toEqual({ validFrom: '2026-01-01', validTo: '2026-01-31' });
  });

  it('covers every line when nothing is listed, else the listed items, categories and departments', () => {
    const none = { productIds: null, treatmentIds: null, categoryIds: null, departmentIds: null };
    const serum = { kind: 'PRODUCT' as const, itemId: 7, categoryId: 3, departmentId: 2 };
    const facial = { kind: 'TREATMENT' as const, itemId: 7, categoryId: null, departmentId: 5 };
    expect(couponCoversLine(none, facial)).toBe(true);
    expect(couponCoversLine({ ...none, productIds: [7] }, serum)).toBe(true);
    expect(couponCoversLine({ ...none, productIds: [7] }, facial)).toBe(false);
    expect(couponCoversLine({ ...none, categoryIds: [3] }, serum)).toBe(true);
    expect(couponCoversLine({ ...none, departmentIds: [5] }, facial)).toBe(true);
  });

  it('names why a coupon cannot be used on the bill', () => {
    const coupon = { memberId: 1, status: 'ISSUED' as const, validFrom: '2026-01-01', validTo: '2026-01-31' };
    expect(couponHoldingRefusal(null, 1, '2026-01-10')).toBe('NOT_FOUND');
    expect(couponHoldingRefusal(coupon, 2, '2026-01-10')).toBe('OTHER_MEMBER');
    expect(couponHoldingRefusal(coupon, null, '2026-01-10')).toBe('OTHER_MEMBER');
    expect(couponHoldingRefusal({ ...coupon, status: 'REDEEMED' }, 1, '2026-01-10')).toBe('REDEEMED');
    expect(couponHoldingRefusal(coupon, 1, '2026-02-01')).toBe('EXPIRED');
    expect(couponHoldingRefusal(coupon, 1, '2025-12-31')).toBe('NOT_YET_VALID');
    expect(couponHoldingRefusal(coupon, 1, '2026-01-31')).toBeNull();
  });
});
