/**
 * How much a return refunds. Pure: integers in, integers out.
 *
 * A line's units refund equal shares of what the line came to, in whole cents rounded down, with
 * the last units taking what rounding left: the amount for units [before, before + q) is the
 * cumulative share at before + q minus the cumulative share at before. However a line is returned
 * in parts, its refunds add up to exactly its total once every unit is back, and each part
 * depends only on how many units were returned before it — which the guarded counter knows,
 * also when returns race.
 */

/** The cumulative share of `units` of a line's `totalCents` sold as `sold` units, rounded down. */
function cumulativeShare(totalCents: number, sold: number, units: number): number {
  // BigInt: total × units may pass 2^53 for large totals.
  return Number((BigInt(totalCents) * BigInt(units)) / BigInt(sold));
}

/** What returning `quantity` more units of a line refunds, given `returnedBefore` units already back. */
export function lineRefundCents(line: { totalCents: number; quantity: number }, returnedBefore: number, quantity: number): number {
  if (line.quantity <= 0) return 0;
  return cumulativeShare(line.totalCents, line.quantity, returnedBefore + quantity) - cumulativeShare(line.totalCents, line.quantity, returnedBefore);
}

/**
 * What a whole return refunds: its lines' amounts, never more than the invoice still holds; the
 * return that brings the invoice's last unit back refunds exactly what is left of what was paid,
 * so an invoice's returns add up to its total including the cash rounding.
 */
export function returnRefundCents(invoice: { totalCents: number; refundedCents: number }, linesCents: number, invoiceFullyReturned: boolean): number {
  const left = Math.max(0, invoice.totalCents - invoice.refundedCents);
  return invoiceFullyReturned ? left : Math.min(linesCents, left);
}
