import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MissingPermission } from '@/components/admin/missing-permission';
import { CouponTypeChoicesQuery, CouponTypesQuery } from '@/components/loyalty/coupons/coupon-documents';
import { CouponTypesEditor } from '@/components/loyalty/coupons/coupon-types-editor';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'loyalty.coupons.types' });
  return { title: t('title') };
}

/** 電子優惠券類型 (loyalty.manage): the coupon types the front desk issues. */
export default async function CouponTypesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!can(viewer, Permission.LoyaltyManage)) return <MissingPermission permission={Permission.LoyaltyManage} testId="coupon-types-forbidden" />;
  const t = await getTranslations({ locale, namespace: 'loyalty.coupons.types' });
  const [types, choices] = await Promise.all([serverQuery(CouponTypesQuery, { activeOnly: false, first: 100 }), serverQuery(CouponTypeChoicesQuery)]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <CouponTypesEditor
        rows={types.couponTypes.nodes}
        canEdit
        choices={{
          departments: choices.departments.nodes.map((d) => ({ value: d.id, label: d.label })),
          categories: choices.productCategories.nodes.map((c) => ({ value: c.id, label: `${c.label} (${c.code})` })),
        }}
      />
    </>
  );
}
