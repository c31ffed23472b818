import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MembersSubnav } from '@/components/members/members-subnav';
import { RecycleBinTable, type RecycledMember } from '@/components/members/profile/recycle-bin-table';
import { PageHeader } from '@/components/page-header';
import { StaffRole } from '@/services/staff/staff-role';
import { Link } from '@/i18n/navigation';
import { serverGraphql } from '@/lib/server-graphql';
import { hasRole } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';

const PAGE_SIZE = 50;

// Who deleted a member is the actor of its newest audit entry, the deletion (batched by the API's loaders).
const RECYCLE_BIN = `query RecycleBin($first: Int!, $after: String) {
  recycleBin(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id memberNo displayName phone deletedAt lastChange: auditLog(first: 1) { nodes { action actor { displayName code } } } }
  }
}`;

type RecycledNode = Omit<RecycledMember, 'deletedBy'> & {
  lastChange: { nodes: { action: string; actor: { displayName: string; code: string } | null }[] };
};

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
  const { recycleBin } = await serverGraphql<{
    recycleBin: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: RecycledNode[] };
  }>(viewer, locale, RECYCLE_BIN, { first: PAGE_SIZE, after: after ?? null });

  return (
    <>
      <PageHeader title={t('title')} description={t('description', { count: recycleBin.totalCount })}>
        <MembersSubnav current="recycleBin" />
      </PageHeader>
      <RecycleBinTable
        members={recycleBin.nodes.map(({ lastChange, ...member }) => ({
          ...member,
          deletedBy: lastChange.nodes[0]?.action === 'delete' ? lastChange.nodes[0].actor : null,
        }))}
        canRestore={hasRole(viewer, StaffRole.ADMIN, StaffRole.MANAGER, StaffRole.FRONT_DESK)}
        canPurge={hasRole(viewer, StaffRole.ADMIN)}
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
