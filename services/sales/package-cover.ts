/**
 * Whether discount-package payments fit the bill lines their packages pay for. Pure: integers only.
 *
 * A package pays only for the treatment lines it covers, and two packages may cover the same
 * line, so checking each payment against its own lines is not enough (two packages covering one
 * line could each pay all of it). The payments fit when every group of them together asks at most
 * what the lines any of them covers come to (Hall's condition for sharing the lines out); with at
 * most ten payments per bill there are at most 1,023 groups to look at.
 */

export type PackagePayment = {
  /** What the payment asks, in cents. */
  amountCents: number;
  /** Per bill line, in order: whether the payment's package covers it. */
  covers: readonly boolean[];
};

/** The index of the payment to refuse, with what the lines its group covers come to; null when they fit. */
export function packagePaymentsOverflow(payments: readonly PackagePayment[], lineTotalCents: readonly number[]): { index: number; coveredCents: number } | null {
  const n = payments.length;
  for (let mask = 1; mask < 1 << n; mask++) {
    let asked = 0;
    let last = 0;
    const covered = lineTotalCents.map(() => false);
    for (let i = 0; i < n; i++) {
      if (!(mask & (1 << i))) continue;
      asked += payments[i].amountCents;
      last = i;
      payments[i].covers.forEach((c, line) => {
        if (c) covered[line] = true;
      });
    }
    const coveredCents = lineTotalCents.reduce((sum, cents, line) => sum + (covered[line] ? cents : 0), 0);
    if (asked > coveredCents) return { index: last, coveredCents };
  }
  return null;
}
