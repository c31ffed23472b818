'use client';

import { useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import type { PrepaidPage } from './prepaid-pages';

/** Links between the 預付 (prepaid) pages the viewer may open (the layout passes them), the current one marked. */
export function PrepaidSubnav({ pages }: { pages: readonly { item: PrepaidPage; href: string }[] }) {
  const t = useTranslations('nav.prepaidPages');
  const pathname = usePathname() ?? '';
  return (
    <nav className="subnav prepaid-subnav" aria-label={t('label')} data-testid="prepaid-subnav">
      {pages.map(({ item, href }) => (
        <Link
          key={item}
          href={href}
          className="subnav__link"
          aria-current={pathname === href || pathname.startsWith(`${href}/`) ? 'page' : undefined}
          data-testid={`prepaid-subnav-${item}`}
        >
          {t(item)}
        </Link>
      ))}
    </nav>
  );
}
