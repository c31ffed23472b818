import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MembersSubnav } from '@/components/members/members-subnav';
import { RECYCLE_BIN_PAGE_SIZE, RecycleBinQuery } from '@/components/members/profile/recycle-bin-documents';
import { RecycleBinTable } from '@/components/members/profile/recycle-bin-table';
import { PageHeader } from '@/components/page-header';
import { Link } from '@/i18n/navigation';
import { can } from '@/services/auth/viewer';
import { Permission } from '@/services/admin/permission';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ after?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'recycleBin' });
  return { title: t('title') };
}

export default async function RecycleBinPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { after } = await searchParams;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const t = await getTranslations('recycleBin');
  const data = await serverQuery(RecycleBinQuery, { first: RECYCLE_BIN_PAGE_SIZE, after: after ?? null });
  const { recycleBin } = data;

  return (
    <>
      <PageHeader title={t('title')} description={t('description', { count: recycleBin.totalCount })}>
        <MembersSubnav current="recycleBin" />
      </PageHeader>
      <RecycleBinTable
        key={after ?? ''}
        after={after ?? null}
        initial={data}
        canRestore={can(viewer, Permission.RecycleBinRestore)}
        canPurge={can(viewer, Permission.RecycleBinPurge)}
      />
      <nav className="pager" aria-label={t('pager')}>
        {after ? (
          <Link className="button button--secondary" href="/members/recycle-bin">
            {t('firstPage')}
          </Link>
        ) : null}
        {recycleBin.pageInfo.hasNextPage && recycleBin.pageInfo.endCursor ? (
          <Link className="button button--secondary" href={{ pathname: '/members/recycle-bin', query: { after: recycleBin.pageInfo.endCursor } }}>
            {t('nextPage')}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
