import { formatMoney } from '@/services/admin/display-format';
import type { CurrencyDisplay } from '@/services/admin/system-settings.schema';

/** Cents in the chain's currency as the system parameters say to show it. */
export function moneyFormatter(settings: { currency: string; currencyDisplay: string; currencyDecimals: number }, locale: string) {
  const format = { currency: settings.currency, currencyDisplay: settings.currencyDisplay as CurrencyDisplay, currencyDecimals: settings.currencyDecimals };
  return (cents: number) => formatMoney(cents, format, locale);
}
