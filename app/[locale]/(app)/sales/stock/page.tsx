import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { MissingPermission } from '@/components/admin/missing-permission';
import { allNodes } from '@/components/contact-settings/all-pages';
import { PageHeader } from '@/components/page-header';
import { LowStockQuery, StockBranchesQuery, StockProductChoicesQuery } from '@/components/sales/stock/stock-documents';
import { StockMoveForms } from '@/components/sales/stock/stock-move-forms';
import styles from '@/components/sales/catalogue/catalogue.module.css';
import { DataTable } from '@/components/ui/data-table';
import { SectionCard } from '@/components/ui/section-card';
import { Link } from '@/i18n/navigation';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ branch?: string; product?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'sales.stock' });
  return { title: t('title') };
}

/** 庫存: a branch's low-stock list and the forms to receive, adjust and transfer its stock. */
export default async function StockPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!can(viewer, Permission.ProductsStock)) return <MissingPermission permission={Permission.ProductsStock} />;
  const search = await searchParams;
  const branches = await allNodes(async (after) => (await serverQuery(StockBranchesQuery, { after })).branches);
  const branchId = branches.find((b) => b.id === search.branch)?.id ?? branches.find((b) => b.id === String(viewer.branchId))?.id ?? branches[0]?.id;
  const [t, format, low, products] = await Promise.all([
    getTranslations('sales.stock'),
    getFormatter(),
    branchId ? allNodes(async (after) => (await serverQuery(LowStockQuery, { branchId, after })).lowStock) : Promise.resolve([]),
    allNodes(async (after) => (await serverQuery(StockProductChoicesQuery, { after })).products),
  ]);
  type Low = (typeof low)[number];
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <form className="filter-bar" method="get" data-testid="stock-branch-form">
        {search.product ? <input type="hidden" name="product" value={search.product} /> : null}
        <div className="field">
          <label htmlFor="stock-branch">{t('branch')}</label>
          <select id="stock-branch" name="branch" className="select" defaultValue={branchId} data-testid="stock-branch">
            {branches.map((b) => <option key={b.id} value={b.id}>{b.label}</option>)}
          </select>
        </div>
        <button type="submit" className="button button--secondary">{t('show')}</button>
      </form>
      {branchId ? (
        <>
          <SectionCard id="stock-move" title={t('moveTitle', { branch: branches.find((b) => b.id === branchId)?.label ?? '' })}>
            <StockMoveForms
              key={branchId}
              branchId={branchId}
              branches={branches.map((b) => ({ id: b.id, label: b.label }))}
              products={products.map((p) => ({ id: p.id, label: `${p.code} ${p.label}` }))}
              productId={products.some((p) => p.id === search.product) ? (search.product ?? null) : null}
            />
          </SectionCard>
          <SectionCard id="low-stock" title={t('lowTitle')} description={t('lowDescription')}>
            <DataTable<Low>
              label={t('lowTitle')}
              rows={low}
              rowKey={(row) => row.id}
              rowTestId={(row) => `low-stock-${row.code}`}
              emptyText={t('lowEmpty')}
              columns={[
                { header: t('code'), cell: (row) => row.code, rowHeader: true },
                { header: t('product'), cell: (row) => <Link href={`/sales/products/${row.id}`} className={styles.rowLink}>{row.label}</Link> },
                { header: t('onHand'), cell: (row) => format.number(row.onHand) },
                { header: t('threshold'), cell: (row) => format.number(row.lowStockThreshold) },
              ]}
            />
          </SectionCard>
        </>
      ) : null}
    </>
  );
}
