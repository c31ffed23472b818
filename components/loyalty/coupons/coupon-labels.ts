/** How a coupon type's discount reads ("HK$50.00 off", "10 % off, at most HK$100.00"), in the viewer's words. */
export function discountText(
  t: (key: string, values?: Record<string, string | number>) => string,
  type: { discountKind: string; amountCents?: number | null; percentBasisPoints?: number | null; maxDiscountCents?: number | null; minSpendCents: number },
  formatMoney: (cents: number) => string,
): string {
  const off =
    type.discountKind === 'PERCENT'
      ? type.maxDiscountCents
        ? t('discountPercentCapped', { percent: (type.percentBasisPoints ?? 0) / 100, cap: formatMoney(type.maxDiscountCents) })
        : t('discountPercent', { percent: (type.percentBasisPoints ?? 0) / 100 })
      : t('discountAmount', { amount: formatMoney(type.amountCents ?? 0) });
  return type.minSpendCents > 0 ? `${off} · ${t('minSpend', { amount: formatMoney(type.minSpendCents) })}` : off;
}

/** Plain money for the coupon pages (the member's branch currency is not at hand there): "1,234.50". */
export const plainMoney = (cents: number) => (cents / 100).toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
