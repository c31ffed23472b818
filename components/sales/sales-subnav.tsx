'use client';

import { useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import type { SalesPage } from './sales-pages';

/** Links between the 收銀 pages the viewer may open (the layout passes them), the current one marked. */
export function SalesSubnav({ pages }: { pages: readonly { item: SalesPage; href: string }[] }) {
  const t = useTranslations('nav.salesPages');
  const pathname = usePathname() ?? '';
  return (
    <nav className="subnav sales-subnav" aria-label={t('label')} data-testid="sales-subnav">
      {pages.map(({ item, href }) => (
        <Link
          key={item}
          href={href}
          className="subnav__link"
          aria-current={pathname === href || pathname.startsWith(`${href}/`) ? 'page' : undefined}
          data-testid={`sales-subnav-${item}`}
        >
          {t(item)}
        </Link>
      ))}
    </nav>
  );
}
