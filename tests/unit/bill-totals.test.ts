import fc from 'fast-check';
import { allocatePayments, billTotals, divideHalfUp, lineTotals, roundingStepCents, type BillLine, type BillOffer } from '../../services/sales/bill-totals';

const line = (overrides: Partial<BillLine> = {}): BillLine => ({
  kind: 'PRODUCT',
  quantity: 1,
  unitPriceCents: 10_000,
  lineDiscountCents: 0,
  taxRateBasisPoints: 0,
  ...overrides,
});

describe('divideHalfUp', () => {
  it.each([
    [0, 3, 0],
    [1, 2, 1],
    [3, 2, 2],
    [5, 10, 1],
    [4, 10, 0],
    [14, 10, 1],
    [15, 10, 2],
  ])('%i / %i → %i', (n, d, expected) => {
    expect(divideHalfUp(n, d)).toBe(expected);
  });
});

describe('roundingStepCents', () => {
  it.each([
    [3, 1],
    [2, 1],
    [1, 10],
    [0, 100],
  ])('%i decimals → a step of %i cents', (decimals, step) => {
    expect(roundingStepCents(decimals)).toBe(step);
  });
});

describe('lineTotals', () => {
  it.each([
    // [what, line, member %, expected]
    ['plain', line(), 0, { amountCents: 10_000, lineDiscountCents: 0, memberDiscountCents: 0, taxCents: 0, totalCents: 10_000 }],
    ['quantity', line({ quantity: 3, unitPriceCents: 3_333 }), 0, { amountCents: 9_999, totalCents: 9_999 }],
    ['line discount', line({ lineDiscountCents: 1_500 }), 0, { lineDiscountCents: 1_500, totalCents: 8_500 }],
    ['member discount after the line discount', line({ lineDiscountCents: 1_000 }), 10, { memberDiscountCents: 900, totalCents: 8_100 }],
    ['member discount rounds half-up', line({ unitPriceCents: 105 }), 10, { memberDiscountCents: 11, totalCents: 94 }],
    ['treatments get the member discount too', line({ kind: 'TREATMENT', unitPriceCents: 50_000 }), 20, { memberDiscountCents: 10_000, totalCents: 40_000 }],
    ['tax included, 7 %', line({ unitPriceCents: 10_700, taxRateBasisPoints: 700 }), 0, { taxCents: 700, totalCents: 10_700 }],
    ['tax rounds half-up per line', line({ unitPriceCents: 1_000, taxRateBasisPoints: 500 }), 0, { taxCents: 48, totalCents: 1_000 }],
    ['tax on what is left after discounts', line({ unitPriceCents: 10_700, lineDiscountCents: 5_350, taxRateBasisPoints: 700 }), 0, { taxCents: 350, totalCents: 5_350 }],
    ['a discount of the whole line leaves 0', line({ lineDiscountCents: 10_000 }), 50, { memberDiscountCents: 0, totalCents: 0 }],
    ['100 % member discount', line(), 100, { memberDiscountCents: 10_000, totalCents: 0 }],
  ])('%s', (_what, given, percent, expected) => {
    expect(lineTotals(given, percent)).toMatchObject(expected);
  });
});

describe('billTotals', () => {
  it('adds the lines and splits products from treatments', () => {
    const totals = billTotals(
      [line({ unitPriceCents: 10_700, taxRateBasisPoints: 700 }), line({ kind: 'TREATMENT', unitPriceCents: 48_000, lineDiscountCents: 3_000 })],
      { memberDiscountPercent: 10, roundingStepCents: 1 },
    );
    expect(totals).toMatchObject({
      subtotalCents: 58_700,
      discountCents: 1_070 + 3_000 + 4_500,
      taxCents: 630,
      roundingCents: 0,
      totalCents: 9_630 + 40_500,
      productCents: 9_630,
      treatmentCents: 40_500,
    });
  });

  it.each([
    // [step, before rounding, rounding, total]
    [10, 1_234, -4, 1_230],
    [10, 1_235, 5, 1_240],
    [100, 1_249, -49, 1_200],
    [100, 1_250, 50, 1_300],
    [1, 1_234, 0, 1_234],
  ])('rounds to a step of %i: %i → rounding %i, total %i', (step, before, rounding, total) => {
    const totals = billTotals([line({ unitPriceCents: before })], { memberDiscountPercent: 0, roundingStepCents: step });
    expect(totals.roundingCents).toBe(rounding);
    expect(totals.totalCents).toBe(total);
    expect(totals.productCents).toBe(before);
  });

  it('an empty bill is 0', () => {
    expect(billTotals([], { memberDiscountPercent: 10, roundingStepCents: 10 })).toMatchObject({ subtotalCents: 0, totalCents: 0, roundingCents: 0 });
  });
});

describe('billTotals with an offer', () => {
  const offer = (overrides: Partial<BillOffer> = {}): BillOffer => ({ discountType: 'INVOICE_PERCENT', discountBasisPoints: 2000, fixedPriceCents: null, departmentIds: null, ...overrides });
  const facial = line({ kind: 'TREATMENT', unitPriceCents: 120_000, departmentId: 1 });
  const serum = line({ unitPriceCents: 10_700, taxRateBasisPoints: 700, departmentId: 2 });
  const options = { memberDiscountPercent: 10, roundingStepCents: 1 };

  it('an invoice discount replaces the member level\'s on every line', () => {
    const totals = billTotals([facial, serum], { ...options, offer: offer() });
    expect(totals.lines.map((l) => [l.memberDiscountCents, l.offerDiscountCents])).toEqual([[0, 24_000], [0, 2_140]]);
    expect(totals.offerDiscountCents).toBe(26_140);
    expect(totals.discountCents).toBe(26_140);
    expect(totals.totalCents).toBe(96_000 + 8_560);
    expect(totals.lines[1].taxCents).toBe(560);
  });

  it('an item discount covers the lines of its departments; the member level keeps the others', () => {
    const totals = billTotals([facial, serum, line({ unitPriceCents: 1_000, departmentId: null })], { ...options, offer: offer({ discountType: 'ITEM_PERCENT', discountBasisPoints: 5000, departmentIds: [1] }) });
    expect(totals.lines.map((l) => [l.memberDiscountCents, l.offerDiscountCents])).toEqual([[0, 60_000], [1_070, 0], [100, 0]]);
    expect(totals.discountCents).toBe(61_170);
    expect(totals.offerDiscountCents).toBe(60_000);
  });

  it('an item discount without departments covers every line', () => {
    const totals = billTotals([facial, serum], { ...options, offer: offer({ discountType: 'ITEM_PERCENT', discountBasisPoints: 1000 }) });
    expect(totals.lines.map((l) => l.offerDiscountCents)).toEqual([12_000, 1_070]);
  });

  it('a fixed price charges that much per unit of a covered line, after the line\'s own discount, never more than the line', () => {
    const fixed = offer({ discountType: 'FIXED_PRICE', discountBasisPoints: 0, fixedPriceCents: 50_000, departmentIds: [1] });
    const totals = billTotals([{ ...facial, quantity: 2, lineDiscountCents: 10_000 }, serum, line({ kind: 'TREATMENT', unitPriceCents: 30_000, departmentId: 1 })], { ...options, offer: fixed });
    expect(totals.lines.map((l) => [l.lineDiscountCents, l.offerDiscountCents, l.memberDiscountCents, l.totalCents])).toEqual([
      [10_000, 130_000, 0, 100_000],
      [0, 0, 1_070, 9_630],
      [0, 0, 0, 30_000],
    ]);
  });

  it('rounds a percentage half-up per line and caps it at the whole line', () => {
    expect(lineTotals(line({ unitPriceCents: 5 }), 0, offer({ discountBasisPoints: 1000 })).offerDiscountCents).toBe(1);
    expect(lineTotals(line({ unitPriceCents: 4 }), 0, offer({ discountBasisPoints: 1000 })).offerDiscountCents).toBe(0);
    expect(lineTotals(line(), 0, offer({ discountBasisPoints: 20_000 })).totalCents).toBe(0);
  });

  it('without an offer nothing changes', () => {
    expect(billTotals([facial, serum], { ...options, offer: null })).toEqual(billTotals([facial, serum], options));
    expect(billTotals([facial], options).offerDiscountCents).toBe(0);
  });
});

describe('allocatePayments', () => {
  const cash = (tenderedCents: number) => ({ tenderedCents, givesChange: true });
  const card = (tenderedCents: number) => ({ tenderedCents, givesChange: false });

  it.each([
    ['exact card', [card(1_000)], 1_000, [1_000], 0],
    ['cash with change', [cash(2_000)], 1_530, [1_530], 470],
    ['split cash and card, card first', [card(1_000), cash(1_000)], 1_530, [1_000, 530], 470],
    ['split cash and card, cash typed first', [cash(1_000), card(1_000)], 1_530, [530, 1_000], 470],
    ['two exact cards', [card(500), card(1_030)], 1_530, [500, 1_030], 0],
    ['nothing due, nothing paid', [], 0, [], 0],
  ])('%s', (_what, tenders, total, applied, change) => {
    const result = allocatePayments(tenders, total);
    expect(result).toEqual({ ok: true, applied: applied.map((a, i) => ({ appliedCents: a, tenderedCents: tenders[i].tenderedCents })), changeCents: change });
  });

  it.each([
    ['underpaid', [card(1_000)], 1_530, { field: 'payments', reason: 'underpaid', params: { dueCents: 530 } }],
    ['nothing paid', [], 100, { field: 'payments', reason: 'underpaid', params: { dueCents: 100 } }],
    ['card over what is due', [card(2_000)], 1_530, { field: 'payments.0.amountCents', reason: 'overpaidNoChange', params: { dueCents: 1_530 } }],
    ['second card over the rest', [card(1_000), card(1_000)], 1_530, { field: 'payments.1.amountCents', reason: 'overpaidNoChange', params: { dueCents: 530 } }],
    ['a payment with nothing left to settle', [card(1_530), cash(100)], 1_530, { field: 'payments.1.amountCents', reason: 'paymentNotNeeded', params: {} }],
    ['a payment on a bill of 0', [cash(100)], 0, { field: 'payments.0.amountCents', reason: 'paymentNotNeeded', params: {} }],
  ])('refuses: %s', (_what, tenders, total, refusal) => {
    expect(allocatePayments(tenders, total)).toEqual({ ok: false, refusal });
  });
});

describe('properties', () => {
  const anyLine = fc.record({
    kind: fc.constantFrom<'PRODUCT' | 'TREATMENT'>('PRODUCT', 'TREATMENT'),
    quantity: fc.integer({ min: 1, max: 50 }),
    unitPriceCents: fc.integer({ min: 0, max: 500_000 }),
    lineDiscountCents: fc.integer({ min: 0, max: 2_000_000 }),
    taxRateBasisPoints: fc.constantFrom(0, 500, 700, 1_000, 2_500),
  });
  const options = fc.record({ memberDiscountPercent: fc.integer({ min: 0, max: 100 }), roundingStepCents: fc.constantFrom(1, 10, 100) });

  it('every amount is a whole number of cents, nothing goes below 0, and the parts add up to the total', () => {
    fc.assert(
      fc.property(fc.array(anyLine, { maxLength: 8 }), options, (lines, opts) => {
        const t = billTotals(lines, opts);
        const values = [t.subtotalCents, t.discountCents, t.taxCents, t.roundingCents, t.totalCents, ...t.lines.flatMap(Object.values)];
        expect(values.every(Number.isSafeInteger)).toBe(true);
        for (const l of t.lines) {
          expect(l.totalCents).toBeGreaterThanOrEqual(0);
          expect(l.taxCents).toBeLessThanOrEqual(l.totalCents);
          expect(l.amountCents - l.lineDiscountCents - l.memberDiscountCents).toBe(l.totalCents);
        }
        expect(t.subtotalCents - t.discountCents + t.roundingCents).toBe(t.totalCents);
        expect(t.productCents + t.treatmentCents + t.roundingCents).toBe(t.totalCents);
        expect(t.totalCents % opts.roundingStepCents).toBe(0);
        expect(Math.abs(t.roundingCents) * 2).toBeLessThanOrEqual(opts.roundingStepCents);
      }),
      { numRuns: 200 },
    );
  });

  it('accepted payments settle the total exactly, change only from cash, and only what was handed over', () => {
    const tender = fc.record({ tenderedCents: fc.integer({ min: 1, max: 20_000 }), givesChange: fc.boolean() });
    fc.assert(
      fc.property(fc.array(tender, { maxLength: 4 }), fc.integer({ min: 0, max: 30_000 }), (tenders, total) => {
        const result = allocatePayments(tenders, total);
        const handed = tenders.reduce((sum, t) => sum + t.tenderedCents, 0);
        if (!result.ok) {
          // A refusal is right: too little, or a card beyond what is due, or a payment with nothing to settle.
          if (result.refusal.reason === 'underpaid') expect(handed).toBeLessThan(total);
          return;
        }
        expect(result.applied.reduce((sum, a) => sum + a.appliedCents, 0)).toBe(total);
        expect(result.changeCents).toBe(handed - total);
        result.applied.forEach((a, i) => {
          expect(a.appliedCents).toBeGreaterThan(0);
          if (!tenders[i].givesChange) expect(a.appliedCents).toBe(tenders[i].tenderedCents);
        });
        if (result.changeCents > 0) expect(tenders.some((t) => t.givesChange)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
