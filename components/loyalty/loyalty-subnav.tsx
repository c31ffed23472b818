'use client';

import { useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import type { LoyaltyPage } from './loyalty-pages';

/** Links between the 會員積分 (loyalty) pages the viewer may open (the layout passes them), the current one marked. */
export function LoyaltySubnav({ pages }: { pages: readonly { item: LoyaltyPage; href: string }[] }) {
  const t = useTranslations('nav.loyaltyPages');
  const pathname = usePathname() ?? '';
  return (
    <nav className="subnav loyalty-subnav" aria-label={t('label')} data-testid="loyalty-subnav">
      {pages.map(({ item, href }) => (
        <Link
          key={item}
          href={href}
          className="subnav__link"
          aria-current={pathname === href || pathname.startsWith(`${href}/`) ? 'page' : undefined}
          data-testid={`loyalty-subnav-${item}`}
        >
          {t(item)}
        </Link>
      ))}
    </nav>
  );
}
