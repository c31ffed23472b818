/** The product's locales; the first is the default (Hong Kong, Traditional Chinese). */
export const locales = ['zh-HK', 'en', 'zh-CN', 'th'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-HK';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
