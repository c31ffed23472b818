'use client';

import { useLocale } from 'next-intl';
import { useCallback } from 'react';
import type { CurrencyDisplay } from '@/services/admin/system-settings.schema';
import { formatMoney } from '@/services/admin/display-format';

export type MoneySettings = { currencyDisplay: string; currencyDecimals: number };

/** Cents as the system parameters show money, in the branch's currency and the page's language. */
export function useMoney(settings: MoneySettings, currency: string): (cents: number) => string {
  const locale = useLocale();
  return useCallback(
    (cents: number) => formatMoney(cents, { currency, currencyDisplay: settings.currencyDisplay as CurrencyDisplay, currencyDecimals: settings.currencyDecimals }, locale),
    [currency, settings.currencyDisplay, settings.currencyDecimals, locale],
  );
}
