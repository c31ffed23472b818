import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MissingPermission } from '@/components/admin/missing-permission';
import { QuickPoints } from '@/components/loyalty/points/quick-points';
import { PageHeader } from '@/components/page-header';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'loyalty.points.quick' });
  return { title: t('title') };
}

/** 快速積分 (loyalty.adjustPoints): find a member and add or deduct points with a reason. */
export default async function QuickPointsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!can(viewer, Permission.LoyaltyAdjustPoints)) return <MissingPermission permission={Permission.LoyaltyAdjustPoints} testId="quick-points-forbidden" />;
  const t = await getTranslations('loyalty.points.quick');
  return (
    <>
      <PageHeader title={t('title')} />
      <QuickPoints />
    </>
  );
}
