/**
 * Amounts and dates as the system parameters say to show them (currency, its display and
 * decimals; the date pattern and time zone). Pure: Intl only. Amounts are integer cents.
 */
import type { CurrencyDisplay, DateFormat } from './system-settings.schema';

export type MoneyFormat = { currency: string; currencyDisplay: CurrencyDisplay; currencyDecimals: number };
export type DateDisplay = { dateFormat: DateFormat; timeZone: string };

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** 123450 cents → "HK$1,234.50" (symbol, 2 decimals, en) or "HKD 1,235" (code, 0 decimals). */
export function formatMoney(cents: number, format: MoneyFormat, locale: string): string {
  const key = `${locale}|${format.currency}|${format.currencyDisplay}|${format.currencyDecimals}`;
  let formatter = moneyFormats.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: format.currency,
      currencyDisplay: format.currencyDisplay,
      minimumFractionDigits: format.currencyDecimals,
      maximumFractionDigits: format.currencyDecimals,
    });
    moneyFormats.set(key, formatter);
  }
  return formatter.format(cents / 100);
}

const dayParts = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of `instant` in `timeZone`, written with the chosen pattern: "2026-03-02", "02/03/2026". */
export function formatDate(instant: Date, display: DateDisplay): string {
  let formatter = dayParts.get(display.timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone: display.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayParts.set(display.timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  return formatDay(`${parts.year}-${parts.month}-${parts.day}`, display.dateFormat);
}

/** A calendar day "YYYY-MM-DD" written with the chosen pattern. */
export function formatDay(day: string, dateFormat: DateFormat): string {
  const [yyyy, MM, dd] = day.split('-');
  return dateFormat.replace('yyyy', yyyy).replace('MM', MM).replace('dd', dd);
}
