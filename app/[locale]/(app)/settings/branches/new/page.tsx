import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { BLANK_BRANCH, BranchForm } from '@/components/admin/branches/branch-form';
import { PageHeader } from '@/components/page-header';
import { Link } from '@/i18n/navigation';
import { timeZoneChoices } from '@/services/admin/branch-input.schema';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../../require-viewer';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.branches' });
  return { title: t('newTitle') };
}

/** 新增分店: only for those who manage branches; the new branch is open at once. */
export default async function NewBranchPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!can(viewer, Permission.BranchesManage)) notFound();
  const t = await getTranslations('admin.branches');
  return (
    <>
      <PageHeader title={t('newTitle')} description={t('newDescription')}>
        <p>
          <Link href="/settings/branches" className="back-link">
            ← {t('backToList')}
          </Link>
        </p>
      </PageHeader>
      <BranchForm branchId={null} initial={BLANK_BRANCH} timeZones={timeZoneChoices(null)} />
    </>
  );
}
