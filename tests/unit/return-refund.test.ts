import fc from 'fast-check';
import { lineRefundCents, returnRefundCents } from '../../services/sales/return-refund';
import { returnSaleSchema } from '../../services/sales/sales-return-input.schema';

describe('lineRefundCents', () => {
  it.each([
    // total, sold, before, quantity, refund
    [10_000, 3, 0, 1, 3_333],
    [10_000, 3, 1, 1, 3_333],
    [10_000, 3, 2, 1, 3_334],
    [10_000, 3, 0, 3, 10_000],
    [10_000, 3, 1, 2, 6_667],
    [0, 2, 0, 1, 0],
    [999, 1, 0, 1, 999],
  ])('a line of %i cents sold %i times, %i back before, %i more: %i', (totalCents, quantity, before, more, refund) => {
    expect(lineRefundCents({ totalCents, quantity }, before, more)).toBe(refund);
  });

  it('however a line comes back in parts, the parts add up to its total and each is a fair share within a cent per unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 50 }).chain((sold) => fc.tuple(fc.constant(sold), fc.array(fc.integer({ min: 1, max: sold }), { minLength: 1, maxLength: sold }))),
        (totalCents, [sold, parts]) => {
          let before = 0;
          let refunded = 0;
          for (const part of parts) {
            const quantity = Math.min(part, sold - before);
            if (quantity === 0) break;
            const refund = lineRefundCents({ totalCents, quantity: sold }, before, quantity);
            expect(Math.abs(refund - (totalCents * quantity) / sold)).toBeLessThanOrEqual(1);
            refunded += refund;
            before += quantity;
          }
          if (before === sold) expect(refunded).toBe(totalCents);
          else expect(refunded).toBeLessThanOrEqual(totalCents);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('returnRefundCents', () => {
  it('refunds the lines while the invoice still holds them', () => {
    expect(returnRefundCents({ totalCents: 10_000, refundedCents: 0 }, 5_002, false)).toBe(5_002);
  });
  it('never refunds more than the invoice still holds', () => {
    expect(returnRefundCents({ totalCents: 10_000, refundedCents: 9_000 }, 5_002, false)).toBe(1_000);
  });
  it('the return bringing the last unit back refunds what is left, rounding included', () => {
    expect(returnRefundCents({ totalCents: 10_000, refundedCents: 5_002 }, 5_001, true)).toBe(4_998);
    expect(returnRefundCents({ totalCents: 10_010, refundedCents: 5_002 }, 5_001, true)).toBe(5_008);
  });
});

describe('returnSaleSchema', () => {
  const parse = (input: unknown) => returnSaleSchema.safeParse(input);
  it('trims the reason and keeps blank as none', () => {
    expect(parse({ lines: [{ invoiceLineId: 1, quantity: 2 }], reason: '  torn box ' })).toMatchObject({ success: true, data: { reason: 'torn box' } });
    expect(parse({ lines: [{ invoiceLineId: 1, quantity: 2 }], reason: null })).toMatchObject({ success: true, data: { reason: '' } });
  });
  it.each([
    [{ lines: [], reason: '' }, 'lines', 'returnNoLines'],
    [{ lines: [{ invoiceLineId: 1, quantity: 0 }] }, 'lines.0.quantity', 'returnQuantityMin'],
    [{ lines: [{ invoiceLineId: 1, quantity: 1.5 }] }, 'lines.0.quantity', 'returnQuantityMin'],
    [{ lines: [{ invoiceLineId: 1, quantity: 1 }], reason: 'x'.repeat(201) }, 'reason', 'tooLong?max=200'],
  ])('refuses %j on %s', (input, field, message) => {
    const result = parse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message });
  });
});
