import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { MissingPermission } from '@/components/admin/missing-permission';
import { allNodes } from '@/components/contact-settings/all-pages';
import { PageHeader } from '@/components/page-header';
import { CategoriesQuery, DepartmentChoicesQuery, ProductPageQuery } from '@/components/sales/catalogue/catalogue-documents';
import { moneyFormatter } from '@/components/sales/catalogue/money';
import { ProductForm } from '@/components/sales/catalogue/product-form';
import { productTextOf } from '@/components/sales/catalogue/product-form-values';
import { DataTable } from '@/components/ui/data-table';
import { SectionCard } from '@/components/ui/section-card';
import { Link } from '@/i18n/navigation';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../../require-viewer';
import { serverQuery } from '../../../server-apollo';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'sales.catalogue' });
  return { title: t('products.editTitle') };
}

/** 商品: its details to edit, its stock at each branch and its latest stock movements. */
export default async function ProductPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!can(viewer, Permission.ProductsManage)) return <MissingPermission permission={Permission.ProductsManage} />;
  const [t, s, format, data, categories, departments] = await Promise.all([
    getTranslations('sales.catalogue'),
    getTranslations('sales.stock'),
    getFormatter(),
    serverQuery(ProductPageQuery, { id, after: null }),
    allNodes(async (after) => (await serverQuery(CategoriesQuery, { after })).productCategories),
    allNodes(async (after) => (await serverQuery(DepartmentChoicesQuery, { after })).departments),
  ]);
  const { product, stockMovements } = data;
  const money = moneyFormatter(data.systemSettings, locale);
  const saved = (await searchParams).saved === '1';
  const canMove = can(viewer, Permission.ProductsStock);
  // The current category and department stay choosable even when deactivated since.
  const categoryChoices = categories.filter((c) => c.active || c.id === product.category?.id);
  const departmentChoices = product.department && !departments.some((d) => d.id === product.department?.id) ? [...departments, product.department] : departments;
  type Level = (typeof product.stockLevels)[number];
  type Movement = (typeof stockMovements.nodes)[number];
  return (
    <>
      <PageHeader title={`${product.code} ${product.label}`} description={t('products.priceLine', { price: money(product.priceCents) })}>
        <p>
          <Link href="/sales/products" className="back-link">← {t('products.backToList')}</Link>
        </p>
      </PageHeader>
      {saved ? <p className="alert alert--success" role="status" data-testid="product-saved">{t('products.saved')}</p> : null}
      <SectionCard id="stock-levels" title={s('levels')}>
        <DataTable<Level>
          label={s('levels')}
          rows={product.stockLevels}
          rowKey={(row) => row.branch.id}
          rowTestId={(row) => `stock-level-${row.branch.code}`}
          emptyText={s('noStock')}
          columns={[
            { header: s('branch'), cell: (row) => row.branch.label, rowHeader: true },
            { header: s('onHand'), cell: (row) => format.number(row.onHand) },
            { header: s('updatedAt'), cell: (row) => format.dateTime(new Date(row.updatedAt as string), { dateStyle: 'medium', timeStyle: 'short' }) },
          ]}
        />
        {canMove ? (
          <p>
            <Link href={`/sales/stock?product=${product.id}`} className="button button--secondary" data-testid="product-move-stock">{s('moveThis')}</Link>
          </p>
        ) : null}
      </SectionCard>
      <SectionCard id="stock-movements" title={s('movements')}>
        <DataTable<Movement>
          label={s('movements')}
          rows={stockMovements.nodes}
          rowKey={(row) => row.id}
          emptyText={s('noMovements')}
          columns={[
            { header: s('when'), cell: (row) => format.dateTime(new Date(row.createdAt as string), { dateStyle: 'medium', timeStyle: 'short' }) },
            { header: s('branch'), cell: (row) => row.branch.label },
            { header: s('kind'), cell: (row) => s(`kinds.${row.kind}`) + (row.counterpartBranch ? ` (${row.counterpartBranch.label})` : '') },
            { header: s('quantity'), cell: (row) => format.number(row.quantity, { signDisplay: 'always' }) },
            { header: s('reason'), cell: (row) => row.reason ?? '' },
            { header: s('by'), cell: (row) => row.staff?.displayName ?? '' },
          ]}
        />
      </SectionCard>
      <SectionCard id="product-edit" title={t('products.editTitle')}>
        <ProductForm productId={product.id} initial={productTextOf(product)} categories={categoryChoices} departments={departmentChoices} />
      </SectionCard>
    </>
  );
}
