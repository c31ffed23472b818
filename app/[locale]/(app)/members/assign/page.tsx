import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CampaignAssignment } from '@/components/contacts/assignment/campaign-assignment';
import type { AssignableCampaign, BranchOption } from '@/components/contacts/assignment/queries';
import { MembersSubnav } from '@/components/members/members-subnav';
import { PageHeader } from '@/components/page-header';
import { StaffRole } from '@/services/staff/staff-role';
import { Link } from '@/i18n/navigation';
import { serverGraphql } from '@/lib/server-graphql';
import { hasRole, type Viewer } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ selection?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'assignment' });
  return { title: t('title') };
}

type Page<T> = { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

/** The API's page maximum; a chain has a few dozen open campaigns and a handful of branches. */
const PAGE = 100;
/** Stops a runaway list: 1,000 open campaigns is far beyond what a picker can show usefully. */
const MAX_PAGES = 10;

const ASSIGN_PAGE = /* GraphQL */ `
  query AssignPage($selection: ID!, $first: Int!) {
    memberSelection(id: $selection) { id count }
    branches(first: $first) { nodes { id code name } }
  }
`;

const OPEN_CAMPAIGNS = /* GraphQL */ `
  query AssignCampaigns($first: Int!, $after: String) {
    campaigns(first: $first, after: $after) {
      nodes { id code name offerCode analysisCode }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

/** Every campaign open for assignment (the list leaves archived ones out by default). */
async function openCampaigns(viewer: Viewer, locale: string): Promise<AssignableCampaign[]> {
  const all: AssignableCampaign[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const data: { campaigns: Page<AssignableCampaign> } = await serverGraphql(viewer, locale, OPEN_CAMPAIGNS, { first: PAGE, after });
    all.push(...data.campaigns.nodes);
    if (!data.campaigns.pageInfo.hasNextPage) break;
    after = data.campaigns.pageInfo.endCursor;
  }
  return all;
}

/** [聯絡活動]：安排會員給銷售員 for a saved selection of the member search (seed 000). */
export default async function AssignMembersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { selection } = await searchParams;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const t = await getTranslations('assignment');
  const header = (description?: string) => (
    <PageHeader title={t('title')} description={description}>
      <MembersSubnav current="list" />
    </PageHeader>
  );

  if (!hasRole(viewer, StaffRole.MANAGER, StaffRole.ADMIN)) {
    return (
      <>
        {header()}
        <p className="alert alert--error" role="alert" data-testid="assign-forbidden">
          {t('forbidden')}
        </p>
      </>
    );
  }
  if (!selection || !/^\d{1,15}$/.test(selection)) notFound();

  const data = await serverGraphql<{ memberSelection: { id: string; count: number }; branches: { nodes: BranchOption[] } }>(
    viewer,
    locale,
    ASSIGN_PAGE,
    { selection, first: PAGE },
  );
  const campaigns = await openCampaigns(viewer, locale);
  const count = data.memberSelection.count;

  return (
    <>
      {header(t('description'))}
      <div className="button-row">
        <span className="muted" data-testid="assign-selection-count">
          {t('selectionCount', { count })}
        </span>
        <Link className="button button--secondary" href="/members">
          {t('back')}
        </Link>
      </div>
      {count === 0 ? (
        <p className="alert alert--warning" data-testid="assign-empty-selection">
          {t('emptySelection')}
        </p>
      ) : (
        <CampaignAssignment
          selectionId={data.memberSelection.id}
          campaigns={campaigns}
          branches={data.branches.nodes}
          defaultBranchId={String(viewer.branchId)}
        />
      )}
    </>
  );
}
