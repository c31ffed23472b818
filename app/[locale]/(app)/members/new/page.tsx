import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import { emptyMemberValues, loadMemberFormOptions } from '@/components/members/form/load-form-options';
import { MemberForm } from '@/components/members/form/member-form';
import { WalkInForm } from '@/components/members/form/walk-in-form';
import { MembersSubnav } from '@/components/members/members-subnav';
import { requireViewer } from '../../require-viewer';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ walkIn?: string }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const { walkIn } = await searchParams;
  const t = await getTranslations({ locale, namespace: 'members.form' });
  return { title: walkIn === '1' ? t('walkIn.title') : t('titleNew') };
}

/** 會員登記, or with ?walkIn=1 the counter's walk-in quick form. */
export default async function NewMemberPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { walkIn } = await searchParams;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const options = await loadMemberFormOptions(viewer);
  const t = await getTranslations('members.form');
  const isWalkIn = walkIn === '1';
  const ownBranch = options.branches.some((branch) => branch.id === String(viewer.branchId)) ? String(viewer.branchId) : '';
  return (
    <>
      <PageHeader title={isWalkIn ? t('walkIn.title') : t('titleNew')}>
        <MembersSubnav current={isWalkIn ? 'walkIn' : 'register'} />
      </PageHeader>
      {isWalkIn ? (
        <WalkInForm branches={options.branches} defaultBranchId={ownBranch} />
      ) : (
        <MemberForm mode="register" initial={emptyMemberValues(options, ownBranch)} {...options} />
      )}
    </>
  );
}
