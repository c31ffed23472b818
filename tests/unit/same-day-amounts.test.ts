import { amountsDiffer, sameDayAmounts } from '../../services/contacts/same-day-amounts';
import { isSuccessfulPurchase, successColumn, successFlag, type SuccessSettings } from '../../services/contacts/success-rule';

describe('same-day amounts', () => {
  it('sums a day\'s invoices (already net) and takes each refund off its line kind', () => {
    const out = sameDayAmounts(
      [
        { day: '2026-06-01', invoiceCents: 25000, productCents: 30000, treatmentCents: 120000 },
        { day: '2026-06-01', invoiceCents: 5000, productCents: 5000, treatmentCents: 0 },
        { day: '2026-06-02', invoiceCents: 120000, productCents: 0, treatmentCents: 120000 },
      ],
      [
        { day: '2026-06-01', kind: 'TREATMENT', refundCents: 120000 },
        { day: '2026-06-01', kind: 'PRODUCT', refundCents: 5000 },
      ],
    );
    expect(out.get('2026-06-01')).toEqual({ invoiceCents: 30000, productCents: 30000, treatmentCents: 0 });
    expect(out.get('2026-06-02')).toEqual({ invoiceCents: 120000, productCents: 0, treatmentCents: 120000 });
  });

  it('keeps a fully returned day as zero and leaves days without invoices absent', () => {
    const out = sameDayAmounts(
      [{ day: '2026-06-01', invoiceCents: 0, productCents: 1000, treatmentCents: 0 }],
      [{ day: '2026-06-01', kind: 'PRODUCT', refundCents: 1000 }, { day: '2026-06-03', kind: 'PRODUCT', refundCents: 50 }],
    );
    expect(out.get('2026-06-01')).toEqual({ invoiceCents: 0, productCents: 0, treatmentCents: 0 });
    expect(out.has('2026-06-03')).toBe(false);
  });

  it('tells stored amounts from fresh ones, null meaning no invoice', () => {
    const none = { invoiceCents: null, productCents: null, treatmentCents: null };
    expect(amountsDiffer(none, undefined)).toBe(false);
    expect(amountsDiffer(none, { invoiceCents: 0, productCents: 0, treatmentCents: 0 })).toBe(true);
    expect(amountsDiffer({ invoiceCents: 5, productCents: 5, treatmentCents: 0 }, undefined)).toBe(true);
    expect(amountsDiffer({ invoiceCents: 5, productCents: 5, treatmentCents: 0 }, { invoiceCents: 5, productCents: 5, treatmentCents: 0 })).toBe(false);
  });
});

describe('success rule (成功購買)', () => {
  const settings: SuccessSettings = { successRuleEnabled: true, successMetric: 'treatment', successThresholdCents: 100000 };
  const booked = { booked: true, sameDayInvoiceCents: 120000, sameDayProductCents: 0, sameDayTreatmentCents: 120000 };

  it('is Y for a booked contact whose metric reaches the threshold, inclusive', () => {
    expect(isSuccessfulPurchase(settings, booked)).toBe(true);
    expect(isSuccessfulPurchase(settings, { ...booked, sameDayTreatmentCents: 100000 })).toBe(true);
    expect(isSuccessfulPurchase(settings, { ...booked, sameDayTreatmentCents: 99999 })).toBe(false);
  });

  it('is N without a booking, without an invoice, or on another metric below its threshold', () => {
    expect(isSuccessfulPurchase(settings, { ...booked, booked: false })).toBe(false);
    expect(isSuccessfulPurchase(settings, { ...booked, sameDayTreatmentCents: null })).toBe(false);
    expect(isSuccessfulPurchase({ ...settings, successMetric: 'product' }, booked)).toBe(false);
    expect(isSuccessfulPurchase({ ...settings, successMetric: 'invoice' }, booked)).toBe(true);
    expect(isSuccessfulPurchase({ ...settings, successThresholdCents: 0 }, { ...booked, sameDayTreatmentCents: null })).toBe(false);
  });

  it('is off (null) when the rule is disabled', () => {
    expect(successFlag({ ...settings, successRuleEnabled: false }, booked)).toBeNull();
    expect(successFlag(settings, booked)).toBe(true);
    expect(successColumn('invoice')).toBe('sameDayInvoiceCents');
  });
});
