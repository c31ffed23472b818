/**
 * The contact list's same-day purchases (當日購買紀錄): what a member bought on the day of the
 * visit booked from a contact, net of what she brought back. Pure: the rows are read in
 * same-day-purchases.service.ts.
 */

/**
 * One day's issued invoices of a member, summed: the amount due less what returns refunded (the
 * invoice's own refundedCents, which holds a full return's rounding too), product lines and
 * treatment lines before returns (cents).
 */
export type DayInvoiceSums = { day: string; invoiceCents: number; productCents: number; treatmentCents: number };

/** What returns of that day's issued invoices refunded per line kind (cents). */
export type DayRefundSums = { day: string; kind: 'PRODUCT' | 'TREATMENT'; refundCents: number };

export type SameDayAmounts = { invoiceCents: number; productCents: number; treatmentCents: number };

/**
 * Each day's amounts net of refunds; a day without an issued invoice is absent (the list shows
 * nothing, not zero). A fully returned purchase stays a zero-amount day: the invoice exists.
 */
export function sameDayAmounts(invoices: DayInvoiceSums[], refunds: DayRefundSums[]): Map<string, SameDayAmounts> {
  const out = new Map<string, SameDayAmounts>();
  for (const row of invoices) {
    const sum = out.get(row.day) ?? { invoiceCents: 0, productCents: 0, treatmentCents: 0 };
    sum.invoiceCents += row.invoiceCents;
    sum.productCents += row.productCents;
    sum.treatmentCents += row.treatmentCents;
    out.set(row.day, sum);
  }
  for (const row of refunds) {
    const sum = out.get(row.day);
    if (!sum) continue;
    if (row.kind === 'PRODUCT') sum.productCents -= row.refundCents;
    else sum.treatmentCents -= row.refundCents;
  }
  return out;
}

/** Whether stored amounts (null = no invoice) differ from freshly computed ones. */
export function amountsDiffer(
  stored: { invoiceCents: number | null; productCents: number | null; treatmentCents: number | null },
  fresh: SameDayAmounts | undefined,
): boolean {
  if (!fresh) return stored.invoiceCents !== null || stored.productCents !== null || stored.treatmentCents !== null;
  return stored.invoiceCents !== fresh.invoiceCents || stored.productCents !== fresh.productCents || stored.treatmentCents !== fresh.treatmentCents;
}
