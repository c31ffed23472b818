import { clampUnits, defaultRefundTender, refundPreview, returnLines } from '../../components/sales/returns/return-draft';

const invoice = {
  totalCents: 10_000,
  refundedCents: 0,
  lines: [
    { id: '1', quantity: 3, returnedQuantity: 1, totalCents: 6_000 },
    { id: '2', quantity: 1, returnedQuantity: 0, totalCents: 4_000 },
  ],
};

describe('the returns screen draft', () => {
  it('keeps chosen units between 0 and what is still returnable', () => {
    expect(clampUnits(invoice.lines[0], 5)).toBe(2);
    expect(clampUnits(invoice.lines[0], -1)).toBe(0);
    expect(clampUnits(invoice.lines[0], Number.NaN)).toBe(0);
    expect(clampUnits(invoice.lines[0], 1.7)).toBe(1);
  });

  it('previews the refund the server will make, line by line and in total', () => {
    expect(refundPreview(invoice, { '1': 1 })).toEqual({ lineCents: { '1': 2_000 }, totalCents: 2_000, units: 1 });
    expect(refundPreview(invoice, {})).toEqual({ lineCents: {}, totalCents: 0, units: 0 });
    // Everything left comes back: what is left of the invoice is refunded.
    expect(refundPreview({ ...invoice, refundedCents: 1_990 }, { '1': 2, '2': 1 }).totalCents).toBe(8_010);
  });

  it('sends the chosen lines in the invoice\'s order, none at 0', () => {
    expect(returnLines(invoice, { '2': 1, '1': 0 })).toEqual([{ invoiceLineId: '2', quantity: 1 }]);
  });

  it('offers the tender the invoice was first paid by while it is offered, else the first offered', () => {
    const offered = [{ id: 'cash' }, { id: 'card' }];
    expect(defaultRefundTender([{ tenderType: { id: 'card' } }], offered)).toBe('card');
    expect(defaultRefundTender([{ tenderType: { id: 'old' } }], offered)).toBe('cash');
    expect(defaultRefundTender([], [])).toBe('');
  });
});
