/**
 * 活動回報 and 會員消費排名, the pure part: what a row of grouped invoice sums reports (net of
 * returns), the totals row, the window's length and the ranking's ranks. No database here; the
 * services sum the viewer's invoices (invoiceQuery) and feed the sums in.
 */

/** How many days after a contact a sale may come and still count for the campaign (the input's bounds). */
export const RETURN_DAYS_MIN = 1;
export const RETURN_DAYS_MAX = 366;
/** What the page proposes. */
export const RETURN_DAYS_DEFAULT = 30;

/** Why a window length is refused (an errors.* message key), or null when it is fine. */
export function returnDaysProblem(days: unknown): 'notANumber' | 'outOfRange' | null {
  if (typeof days !== 'number' || !Number.isInteger(days)) return 'notANumber';
  return days < RETURN_DAYS_MIN || days > RETURN_DAYS_MAX ? 'outOfRange' : null;
}

/** Invoice sums of one group: issued invoices only; `returnedCents` is what returns refunded on them. */
export type InvoiceSums = { invoices: number; buyers: number; grossCents: number; returnedCents: number };

/** A reported row: the sums and the net (what the sales came to once returns are taken off). */
export type SalesFigures = InvoiceSums & { netCents: number };

export const NO_INVOICES: InvoiceSums = Object.freeze({ invoices: 0, buyers: 0, grossCents: 0, returnedCents: 0 });

export function salesFigures(sums: InvoiceSums): SalesFigures {
  return { ...sums, netCents: sums.grossCents - sums.returnedCents };
}

/**
 * The totals row of 活動回報: each figure summed over the campaigns. A member contacted by two
 * campaigns before the same sale counts in both rows, so the totals are the rows' sum, not the
 * distinct invoices (the heading says so).
 */
export function sumInvoiceSums(rows: Iterable<InvoiceSums>): InvoiceSums {
  const sum = { ...NO_INVOICES };
  for (const row of rows) {
    sum.invoices += row.invoices;
    sum.buyers += row.buyers;
    sum.grossCents += row.grossCents;
    sum.returnedCents += row.returnedCents;
  }
  return sum;
}

/**
 * Ranks in a list sorted by net sales, best first: equal nets share the better rank and the next
 * different net skips the shared places (1, 2, 2, 4), as a ranking is read. `offset` is how many
 * rows came before this slice and `previous` the last of them, so pages continue the count.
 */
export function competitionRanks(nets: readonly number[], offset = 0, previous?: { net: number; rank: number }): number[] {
  const ranks: number[] = [];
  let last = previous;
  nets.forEach((net, i) => {
    const rank = last && last.net === net ? last.rank : offset + i + 1;
    ranks.push(rank);
    last = { net, rank };
  });
  return ranks;
}
