import { createTranslator } from 'use-intl/core';
import en from '../../messages/en.json';
import th from '../../messages/th.json';
import zhCN from '../../messages/zh-CN.json';
import zhHK from '../../messages/zh-HK.json';
import { defaultLocale, isLocale, locales, type Locale } from '../../i18n/locales';

const messages: Record<Locale, Record<string, unknown>> = { 'zh-HK': zhHK, en, 'zh-CN': zhCN, th };

/** Translates `errors.*` keys for server-side messages (GraphQL errors, exports). */
export function errorTranslator(locale: Locale) {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'errors' as never });
  return (key: string, params: Record<string, string | number> = {}): string =>
    (t as unknown as (k: string, p: Record<string, string | number>) => string)(key, params);
}

/** Whether `errors.<key>` exists in the locale, so optional labels fall back without a missing-message error. */
export function hasErrorMessage(locale: Locale, key: string): boolean {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'errors' as never }) as unknown as { has: (k: string) => boolean };
  return t.has(key);
}

/** A permission's name in the locale, e.g. "Export data"; the raw value if the catalogue lacks it. */
export function permissionName(permission: string, locale: Locale): string {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'permissions' as never }) as unknown as {
    (key: string): string;
    has: (key: string) => boolean;
  };
  return t.has(`${permission}.name`) ? t(`${permission}.name`) : permission;
}

/** The permission catalogue's words in a locale: each permission's name and description, each area's name. */
export function catalogueTranslator(locale: Locale) {
  const t = createTranslator({ locale, messages: messages[locale] }) as unknown as { (key: string): string; has: (key: string) => boolean };
  const text = (key: string, fallback: string) => (t.has(key) ? t(key) : fallback);
  return {
    name: (permission: string) => text(`permissions.${permission}.name`, permission),
    description: (permission: string) => text(`permissions.${permission}.description`, ''),
    area: (area: string) => text(`permissionAreas.${area}`, area),
  };
}

/** What a permission allows, in the locale; empty if the catalogue lacks it. */
export function permissionDescription(permission: string, locale: Locale): string {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'permissions' as never }) as unknown as {
    (key: string): string;
    has: (key: string) => boolean;
  };
  return t.has(`${permission}.description`) ? t(`${permission}.description`) : '';
}

/**
 * Picks the locale for an API caller: an explicit `x-locale` header (the web client sends its URL
 * locale), else the best Accept-Language match, else the default.
 */
export function negotiateLocale(explicit: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(explicit)) return explicit;
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...rest] = part.trim().split(';');
      const q = rest.find((r) => r.trim().startsWith('q='));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of wanted) {
    const exact = locales.find((l) => l.toLowerCase() === tag);
    if (exact) return exact;
    if (tag === 'zh-tw' || tag === 'zh-hant' || tag.startsWith('zh-hant-') || tag === 'zh-mo') return 'zh-HK';
    if (tag === 'zh' || tag === 'zh-hans' || tag.startsWith('zh-hans-') || tag === 'zh-sg') return 'zh-CN';
    const base = locales.find((l) => l.split('-')[0] === tag.split('-')[0] && !l.includes('-'));
    if (base) return base;
  }
  return defaultLocale;
}
