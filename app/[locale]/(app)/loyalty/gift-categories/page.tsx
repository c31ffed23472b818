import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MissingPermission } from '@/components/admin/missing-permission';
import { allNodes } from '@/components/contact-settings/all-pages';
import { GiftCategoriesQuery } from '@/components/loyalty/gifts/gift-documents';
import { GiftCategoriesEditor } from '@/components/loyalty/gifts/gift-categories-editor';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'loyalty.gifts.categories' });
  return { title: t('title') };
}

/** 禮品類別 (loyalty.manage). */
export default async function GiftCategoriesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!can(viewer, Permission.LoyaltyManage)) return <MissingPermission permission={Permission.LoyaltyManage} testId="gift-categories-forbidden" />;
  const t = await getTranslations({ locale, namespace: 'loyalty.gifts.categories' });
  const rows = await allNodes(async (after) => (await serverQuery(GiftCategoriesQuery, { after })).giftCategories);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <GiftCategoriesEditor rows={rows} />
    </>
  );
}
