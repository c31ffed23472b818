import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MissingPermission } from '@/components/admin/missing-permission';
import { allNodes } from '@/components/contact-settings/all-pages';
import { PageHeader } from '@/components/page-header';
import { CategoriesEditor } from '@/components/sales/catalogue/categories-editor';
import { CategoriesQuery } from '@/components/sales/catalogue/catalogue-documents';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'sales.catalogue' });
  return { title: t('categories.title') };
}

/** 商品類別: every category, inactive ones too, in their order. */
export default async function CategoriesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!can(viewer, Permission.ProductsManage)) return <MissingPermission permission={Permission.ProductsManage} />;
  const [t, rows] = await Promise.all([
    getTranslations('sales.catalogue'),
    allNodes(async (after) => (await serverQuery(CategoriesQuery, { after })).productCategories),
  ]);
  return (
    <>
      <PageHeader title={t('categories.title')} description={t('categories.description')} />
      <CategoriesEditor rows={rows} canEdit />
    </>
  );
}
