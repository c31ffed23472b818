import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './locales';

/** URL scheme: every page lives under its locale (`/zh-HK/members`, `/en/members`, …). */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
});
