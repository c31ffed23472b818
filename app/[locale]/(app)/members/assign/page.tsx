import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CampaignAssignment } from '@/components/contacts/assignment/campaign-assignment';
import { ASSIGN_PAGE_SIZE, AssignCampaignsQuery, AssignPageQuery } from '@/components/contacts/assignment/assignment-documents';
import { MembersSubnav } from '@/components/members/members-subnav';
import { PageHeader } from '@/components/page-header';
import { Link } from '@/i18n/navigation';
import type { AssignableCampaignFragment, AssignCampaignsQuery as AssignCampaignsData } from '@/graphql/generated/graphql';
import { can } from '@/services/auth/viewer';
import { Permission } from '@/services/admin/permission';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ selection?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'assignment' });
  return { title: t('title') };
}

/** Stops a runaway list: 1,000 open campaigns is far beyond what a picker can show usefully. */
const MAX_PAGES = 10;

/** Every campaign open for assignment (the list leaves archived ones out by default). */
async function openCampaigns(): Promise<AssignableCampaignFragment[]> {
  const all: AssignableCampaignFragment[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { campaigns }: AssignCampaignsData = await serverQuery(AssignCampaignsQuery, { first: ASSIGN_PAGE_SIZE, after });
    all.push(...campaigns.nodes);
    if (!campaigns.pageInfo.hasNextPage) break;
    after = campaigns.pageInfo.endCursor ?? null;
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

  if (!can(viewer, Permission.CampaignsAssign)) {
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

  const [data, campaigns] = await Promise.all([serverQuery(AssignPageQuery, { selection }), openCampaigns()]);
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
