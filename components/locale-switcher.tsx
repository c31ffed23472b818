'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useId, useTransition } from 'react';
import { isLocale, locales } from '@/i18n/locales';
import { usePathname, useRouter } from '@/i18n/navigation';

/** Switches the URL's locale and keeps the current page. Each language is named in itself. */
export function LocaleSwitcher() {
  const t = useTranslations('locales');
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const [isPending, startTransition] = useTransition();
  const id = useId();

  return (
    <div className="locale-switcher">
      <label htmlFor={id} className="visually-hidden">
        {t('label')}
      </label>
      <select
        id={id}
        className="select"
        value={locale}
        disabled={isPending}
        aria-busy={isPending}
        data-testid="locale-switcher"
        onChange={(event) => {
          const next = event.target.value;
          if (!isLocale(next) || next === locale) return;
          startTransition(() => {
            router.replace(pathname, { locale: next });
          });
        }}
      >
        {locales.map((value) => (
          <option key={value} value={value} lang={value}>
            {t(value)}
          </option>
        ))}
      </select>
    </div>
  );
}
