import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MissingPermission } from '@/components/admin/missing-permission';
import { allNodes } from '@/components/contact-settings/all-pages';
import { PageHeader } from '@/components/page-header';
import { CategoriesQuery, DepartmentChoicesQuery } from '@/components/sales/catalogue/catalogue-documents';
import { ProductForm } from '@/components/sales/catalogue/product-form';
import { BLANK_PRODUCT } from '@/components/sales/catalogue/product-form-values';
import { Link } from '@/i18n/navigation';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../../require-viewer';
import { serverQuery } from '../../../server-apollo';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'sales.catalogue' });
  return { title: t('products.newTitle') };
}

/** 新增商品: a product starts with no stock; receive some on the stock page. */
export default async function NewProductPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!can(viewer, Permission.ProductsManage)) return <MissingPermission permission={Permission.ProductsManage} />;
  const [t, categories, departments] = await Promise.all([
    getTranslations('sales.catalogue'),
    allNodes(async (after) => (await serverQuery(CategoriesQuery, { after })).productCategories),
    allNodes(async (after) => (await serverQuery(DepartmentChoicesQuery, { after })).departments),
  ]);
  return (
    <>
      <PageHeader title={t('products.newTitle')}>
        <p>
          <Link href="/sales/products" className="back-link">← {t('products.backToList')}</Link>
        </p>
      </PageHeader>
      <ProductForm productId={null} initial={BLANK_PRODUCT} categories={categories.filter((c) => c.active)} departments={departments} />
    </>
  );
}
