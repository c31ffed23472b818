import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MissingPermission } from '@/components/admin/missing-permission';
import { CouponsBoard } from '@/components/loyalty/coupons/coupons-board';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'loyalty.coupons' });
  return { title: t('title') };
}

/** 電子優惠券 (loyalty.issueCoupons): issued coupons, their report, and issuing to a member search result (?selection=). */
export default async function CouponsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!can(viewer, Permission.LoyaltyIssueCoupons)) return <MissingPermission permission={Permission.LoyaltyIssueCoupons} testId="coupons-forbidden" />;
  const selection = (await searchParams).selection;
  return <CouponsBoard selectionId={typeof selection === 'string' && /^\d+$/.test(selection) ? selection : null} />;
}
