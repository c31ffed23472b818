'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { Link, usePathname } from '@/i18n/navigation';
import { NAV_AREAS, type NavArea } from './nav-areas';

export { NAV_AREAS, type NavArea } from './nav-areas';

/**
 * Main navigation: the areas the viewer's permissions open. Wide screens show them in a row;
 * narrow screens collapse them behind a menu button (tap to open; no hover needed).
 */
export function AppNav({ areas = NAV_AREAS }: { areas?: readonly NavArea[] }) {
  const t = useTranslations('nav');
  const pathname = usePathname() ?? '/';
  const [open, setOpen] = useState(false);
  const listId = useId();

  return (
    <nav className="app-nav" aria-label={t('main')} data-testid="app-nav">
      <div className="app-nav__inner">
        <button
          type="button"
          className="app-nav__toggle button button--secondary"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((value) => !value)}
          data-testid="nav-toggle"
        >
          <span aria-hidden="true" className="app-nav__toggle-icon" />
          {t('menu')}
        </button>
        <ul id={listId} className={open ? 'app-nav__list is-open' : 'app-nav__list'}>
          {areas.map((area) => {
            const href = `/${area}`;
            const current = pathname === href || pathname.startsWith(`${href}/`);
            return (
              <li key={area}>
                <Link
                  href={href}
                  className="app-nav__link"
                  aria-current={current ? 'page' : undefined}
                  data-testid={`nav-${area}`}
                  onClick={() => setOpen(false)}
                >
                  {t(area)}
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}
