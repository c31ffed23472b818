/**
 * Number formatting of the report: the API's ratios are fractions already rounded to four
 * decimals, shown as a percentage with exactly two decimals in the viewer's locale — never
 * recomputed from counts on the client, so the screen, the chart and the export agree.
 */

const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, kind: 'percent' | 'count'): Intl.NumberFormat {
  const key = `${kind}:${locale}`;
  let found = cache.get(key);
  if (!found) {
    found = kind === 'percent'
      ? new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 })
      : new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    cache.set(key, found);
  }
  return found;
}

/** 0.3333 → "33.33%" (in the locale's way of writing it). */
export function formatRatio(ratio: number, locale: string): string {
  return formatter(locale, 'percent').format(ratio);
}

/** 1234 → "1,234". */
export function formatCount(count: number, locale: string): string {
  return formatter(locale, 'count').format(count);
}

/** How many pages of `pageSize` rows `rowCount` rows make; an empty report is still one page. */
export function pageCount(rowCount: number, pageSize: number): number {
  return Math.max(1, Math.ceil(rowCount / pageSize));
}

/**
 * 123450 cents → "1,234.50": the report's amounts as the Excel export writes them, without a
 * currency (a chain-wide report mixes branches; the heading names the amount).
 */
export function formatAmount(cents: number, locale: string): string {
  const key = `amount:${locale}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    cache.set(key, found);
  }
  return found.format(cents / 100);
}
