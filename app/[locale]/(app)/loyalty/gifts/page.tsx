import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MissingPermission } from '@/components/admin/missing-permission';
import { allNodes } from '@/components/contact-settings/all-pages';
import { GiftBranchesQuery, GiftCategoriesQuery, GiftsQuery } from '@/components/loyalty/gifts/gift-documents';
import { GiftsEditor } from '@/components/loyalty/gifts/gifts-editor';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'loyalty.gifts.list' });
  return { title: t('title') };
}

/** 禮品管理 (loyalty.manage): gifts with their points price, category and stock per branch, and the stock's receipts and corrections. */
export default async function GiftsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!can(viewer, Permission.LoyaltyManage)) return <MissingPermission permission={Permission.LoyaltyManage} testId="gifts-forbidden" />;
  const t = await getTranslations({ locale, namespace: 'loyalty.gifts.list' });
  const [rows, categories, branches] = await Promise.all([
    allNodes(async (after) => (await serverQuery(GiftsQuery, { after })).gifts),
    allNodes(async (after) => (await serverQuery(GiftCategoriesQuery, { after })).giftCategories),
    allNodes(async (after) => (await serverQuery(GiftBranchesQuery, { after })).branches),
  ]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <GiftsEditor
        rows={rows}
        categories={categories.map((c) => ({ value: c.id, label: c.active ? c.name : `${c.name} (${t('inactive')})` }))}
        branches={branches.map((b) => ({ value: b.id, label: `${b.name} (${b.code})` }))}
        defaultBranchId={String(viewer.branchId)}
      />
    </>
  );
}
