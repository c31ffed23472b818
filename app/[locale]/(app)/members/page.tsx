import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MembersSubnav } from '@/components/members/members-subnav';
import { MemberSearch } from '@/components/members/search/member-search';
import type { QueryRecord } from '@/components/members/search/filter-params';
import { PageHeader } from '@/components/page-header';
import { StaffRole } from '@/services/staff/staff-role';
import { hasRole } from '@/services/auth/viewer';
import { requireViewer } from '../require-viewer';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<QueryRecord> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'members' });
  return { title: t('title') };
}

/**
 * 會員紀錄 > 搜尋. The search runs in the browser through GraphQL (the same visibility rules as the
 * API); the query string carries the search so reloads, links and back/forward keep it.
 */
export default async function MembersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const query = await searchParams;
  const t = await getTranslations('members');

  return (
    <>
      <PageHeader title={t('title')}>
        <MembersSubnav current="list" />
      </PageHeader>
      <MemberSearch query={query} canAssignCampaigns={hasRole(viewer, StaffRole.MANAGER, StaffRole.ADMIN)} />
    </>
  );
}
