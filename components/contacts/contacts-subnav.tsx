'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

export type ContactsSubnavItem = 'list' | 'campaigns' | 'settings';

const ITEMS: { item: ContactsSubnavItem; href: string }[] = [
  { item: 'list', href: '/contacts' },
  { item: 'campaigns', href: '/contacts/campaigns' },
  { item: 'settings', href: '/contacts/settings' },
];

/** Links between the contact pages (聯絡會員 > 列表 / 聯絡活動 / 設定), for their page headers. */
export function ContactsSubnav({ current }: { current?: ContactsSubnavItem }) {
  const t = useTranslations('contacts.subnav');
  return (
    <nav className="subnav" aria-label={t('label')} data-testid="contacts-subnav">
      {ITEMS.map(({ item, href }) => (
        <Link key={item} href={href} className="subnav__link" aria-current={item === current ? 'page' : undefined} data-testid={`contacts-subnav-${item}`}>
          {t(item)}
        </Link>
      ))}
    </nav>
  );
}
