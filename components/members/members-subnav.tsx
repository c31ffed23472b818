'use client';

import { useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Link } from '@/i18n/navigation';

export type MembersSubnavItem = 'list' | 'register' | 'walkIn' | 'recycleBin';

const ITEMS: { item: MembersSubnavItem; href: string }[] = [
  { item: 'list', href: '/members' },
  { item: 'register', href: '/members/new' },
  { item: 'walkIn', href: '/members/new?walkIn=1' },
  { item: 'recycleBin', href: '/members/recycle-bin' },
];

/**
 * Links between the members pages, for their page headers. After a delete the member page sends
 * staff to /members?deleted=<number>; this shows that notice with the way back to the member.
 */
export function MembersSubnav({ current }: { current?: MembersSubnavItem }) {
  const t = useTranslations('members.subnav');
  const deleted = useSearchParams()?.get('deleted');
  return (
    <>
      <nav className="subnav" aria-label={t('label')} data-testid="members-subnav">
        {ITEMS.map(({ item, href }) => (
          <Link key={item} href={href} className="subnav__link" aria-current={item === current ? 'page' : undefined} data-testid={`subnav-${item}`}>
            {t(item)}
          </Link>
        ))}
      </nav>
      {deleted ? (
        <p className="alert alert--success" role="status" data-testid="deleted-notice">
          {t('deletedNotice', { memberNo: deleted })} <Link href="/members/recycle-bin">{t('recycleBin')}</Link>
        </p>
      ) : null}
    </>
  );
}
