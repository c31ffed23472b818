import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MissingPermission } from '@/components/admin/missing-permission';
import { LoyaltySettingsForm } from '@/components/loyalty/points/loyalty-settings-form';
import { LoyaltySettingsQuery } from '@/components/loyalty/points/points-documents';
import { PageHeader } from '@/components/page-header';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'loyalty.points.settings' });
  return { title: t('title') };
}

/** 積分設定 (loyalty.manage): points expiry, referral share, downward level review. */
export default async function LoyaltySettingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!can(viewer, Permission.LoyaltyManage)) return <MissingPermission permission={Permission.LoyaltyManage} testId="loyalty-settings-forbidden" />;
  const { loyaltySettings } = await serverQuery(LoyaltySettingsQuery, {});
  const t = await getTranslations('loyalty.points.settings');
  return (
    <>
      <PageHeader title={t('title')} />
      <LoyaltySettingsForm initial={loyaltySettings} />
    </>
  );
}
