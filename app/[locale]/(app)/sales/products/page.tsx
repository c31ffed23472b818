import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MissingPermission } from '@/components/admin/missing-permission';
import { allNodes } from '@/components/contact-settings/all-pages';
import { PageHeader } from '@/components/page-header';
import { CategoriesQuery, ProductsQuery } from '@/components/sales/catalogue/catalogue-documents';
import { moneyFormatter } from '@/components/sales/catalogue/money';
import styles from '@/components/sales/catalogue/catalogue.module.css';
import { DataTable } from '@/components/ui/data-table';
import { Link } from '@/i18n/navigation';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';

type Search = { q?: string; category?: string; active?: string; after?: string };
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Search> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'sales.catalogue' });
  return { title: t('products.title') };
}

/** 商品: the catalogue by code, searched by code, barcode or name and filtered by category and state. */
export default async function ProductsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!can(viewer, Permission.ProductsManage)) return <MissingPermission permission={Permission.ProductsManage} />;
  const search = await searchParams;
  const active = search.active === 'true' ? true : search.active === 'false' ? false : null;
  const filter = { search: search.q?.trim() || null, categoryId: search.category || null, active };
  const [t, page, categories] = await Promise.all([
    getTranslations('sales.catalogue'),
    serverQuery(ProductsQuery, { filter, after: search.after ?? null }),
    allNodes(async (after) => (await serverQuery(CategoriesQuery, { after })).productCategories),
  ]);
  const money = moneyFormatter(page.systemSettings, locale);
  const rows = page.products.nodes;
  const next = page.products.pageInfo.hasNextPage ? new URLSearchParams({ ...(search.q ? { q: search.q } : {}), ...(search.category ? { category: search.category } : {}), ...(search.active ? { active: search.active } : {}), after: page.products.pageInfo.endCursor ?? '' }) : null;
  return (
    <>
      <PageHeader title={t('products.title')} description={t('products.description')} />
      <div className="button-row">
        <Link href="/sales/products/new" className="button button--primary" data-testid="product-new">
          {t('products.new')}
        </Link>
      </div>
      <form className="filter-bar" role="search" method="get" data-testid="product-search">
        <div className="field">
          <label htmlFor="product-search-q">{t('products.search')}</label>
          <input id="product-search-q" name="q" className="input" defaultValue={search.q ?? ''} placeholder={t('products.searchPlaceholder')} />
        </div>
        <div className="field">
          <label htmlFor="product-search-category">{t('category')}</label>
          <select id="product-search-category" name="category" className="select" defaultValue={search.category ?? ''}>
            <option value="">{t('products.anyCategory')}</option>
            {categories.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="product-search-active">{t('status')}</label>
          <select id="product-search-active" name="active" className="select" defaultValue={search.active ?? ''}>
            <option value="">{t('products.anyState')}</option>
            <option value="true">{t('activeState')}</option>
            <option value="false">{t('inactiveState')}</option>
          </select>
        </div>
        <button type="submit" className="button button--secondary">{t('products.filter')}</button>
      </form>
      <p className="muted" data-testid="product-count">{t('products.count', { count: page.products.totalCount })}</p>
      <DataTable
        label={t('products.table')}
        rows={rows}
        rowKey={(row) => row.id}
        rowTestId={(row) => `product-row-${row.code}`}
        emptyText={t('products.empty')}
        columns={[
          { header: t('code'), cell: (row) => row.code, rowHeader: true },
          { header: t('barcode'), cell: (row) => row.barcode ?? '' },
          { header: t('name'), cell: (row) => <Link href={`/sales/products/${row.id}`} className={styles.rowLink}>{row.label}</Link> },
          { header: t('category'), cell: (row) => row.category?.label ?? '' },
          { header: t('department'), cell: (row) => row.department?.label ?? '' },
          { header: t('price'), cell: (row) => money(row.priceCents) },
          { header: t('status'), cell: (row) => (row.active ? t('activeState') : <span className="tag tag--muted">{t('inactiveState')}</span>) },
        ]}
      />
      {next ? (
        <p>
          <Link href={`/sales/products?${next}`} className="button button--secondary" data-testid="product-next">{t('products.next')}</Link>
        </p>
      ) : null}
    </>
  );
}
