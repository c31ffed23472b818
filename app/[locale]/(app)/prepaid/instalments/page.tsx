import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MissingPermission } from '@/components/admin/missing-permission';
import { InstalmentsBoard } from '@/components/prepaid/instalments/instalments-board';
import { PageHeader } from '@/components/page-header';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'prepaid.instalments' });
  return { title: t('title') };
}

/** 分期付款 (prepaid.takeInstalments): the instalments still owed or overdue, by branch, and taking their payments. */
export default async function PrepaidInstalmentsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!can(viewer, Permission.PrepaidTakeInstalments)) return <MissingPermission permission={Permission.PrepaidTakeInstalments} testId="prepaid-instalments-forbidden" />;
  const t = await getTranslations('prepaid.instalments');
  return (
    <>
      <PageHeader title={t('title')} />
      <InstalmentsBoard canTake />
    </>
  );
}
