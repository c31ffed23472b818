import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MembersSubnav } from '@/components/members/members-subnav';
import { MemberSearch } from '@/components/members/search/member-search';
import { parseSearchQuery, type QueryRecord } from '@/components/members/search/filter-params';
import {
  MemberSearchQuery, PAGE_SIZE, SearchBranchesQuery, SearchCampaignsQuery, SearchCustomFieldsQuery, SearchGroupsQuery, SearchInterestGroupsQuery,
  SearchManagersQuery, SearchSalespeopleQuery,
} from '@/components/members/search/member-search-documents';
import { PageHeader } from '@/components/page-header';
import { can } from '@/services/auth/viewer';
import { Permission } from '@/services/admin/permission';
import { requireViewer } from '../require-viewer';
import { serverQuery } from '../server-apollo';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<QueryRecord> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'members' });
  return { title: t('title') };
}

/**
 * 會員紀錄 > 搜尋. The query string carries the search so reloads, links and back/forward keep it.
 * The page of results asked for is read here, through GraphQL as the viewer (the same visibility
 * rules as the API), so the rows arrive with the page; the rest runs in the browser.
 */
export default async function MembersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const query = await searchParams;
  const t = await getTranslations('members');
  const { filter, sort, after } = parseSearchQuery(query);
  // What the server cannot read (e.g. a hand-edited filter) the browser asks for again, and shows
  // the refusal on the page rather than an error page.
  const answer = <T,>(read: Promise<T>) => read.catch(() => null);
  const [firstPage, branches, groups, campaigns, salespeople, managers, interestGroups, customFields] = await Promise.all([
    answer(serverQuery(MemberSearchQuery, { filter, sort, first: PAGE_SIZE, after })),
    answer(serverQuery(SearchBranchesQuery)),
    answer(serverQuery(SearchGroupsQuery)),
    answer(serverQuery(SearchCampaignsQuery)),
    answer(serverQuery(SearchSalespeopleQuery)),
    answer(serverQuery(SearchManagersQuery)),
    answer(serverQuery(SearchInterestGroupsQuery)),
    answer(serverQuery(SearchCustomFieldsQuery)),
  ]);
  const optionAnswers = { branches, groups, campaigns, salespeople, managers, interestGroups, customFields };

  return (
    <>
      <PageHeader title={t('title')}>
        <MembersSubnav current="list" />
      </PageHeader>
      <MemberSearch query={query} canAssignCampaigns={can(viewer, Permission.CampaignsAssign)} canIssueCoupons={can(viewer, Permission.LoyaltyIssueCoupons)} firstPage={firstPage} optionAnswers={optionAnswers} />
    </>
  );
}
