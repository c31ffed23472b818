import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SalesChart } from '@/components/reports/sales/sales-chart';
import { salesDrillHref, type SalesReportFilter } from '@/components/reports/sales/sales-drill';
import { isLineGrouping, isPeriodGrouping, salesRowLabel } from '@/components/reports/sales/sales-labels';
import { salesExportUrl, salesParamsFrom, salesParamsQuery } from '@/components/reports/sales/sales-params';
import { SalesFilterForm } from '@/components/reports/sales/sales-filter-form';
import { SalesPrintButton } from '@/components/reports/sales/sales-print-button';
import { SalesStatisticsChoicesQuery, SalesStatisticsQuery } from '@/components/reports/sales/sales-statistics-documents';
import styles from '@/components/reports/sales/sales-stats.module.css';
import { moneyFormatter } from '@/components/sales/catalogue/money';
import { TableScroll } from '@/components/ui/table-scroll';
import { Link } from '@/i18n/navigation';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'salesStats' });
  return { title: t('title') };
}

/** Rows read per page: the chart and the table show one page. */
const PAGE_SIZE = 100;

/**
 * 統計分析: the viewer's sales for the period, branches and grouping in the address, read here as
 * the viewer (her scope applies), with a chart, print, the Excel export and every number opening
 * the invoice list on the invoices it was summed from.
 */
export default async function SalesStatisticsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const wanted = salesParamsFrom(await searchParams);
  const filter = { ...(wanted.from ? { from: wanted.from } : {}), ...(wanted.to ? { to: wanted.to } : {}), branchIds: wanted.branchIds };
  const [{ salesStatistics: report }, choices, t] = await Promise.all([
    serverQuery(SalesStatisticsQuery, { grouping: wanted.grouping, filter, first: PAGE_SIZE, after: wanted.after }),
    serverQuery(SalesStatisticsChoicesQuery),
    getTranslations('salesStats'),
  ]);
  const grouping = wanted.grouping;
  const applied: SalesReportFilter = { from: report.from, to: report.to, branchIds: report.branchIds };
  const money = moneyFormatter(choices.systemSettings, locale);
  const label = (row: (typeof report.rows.nodes)[number]) => salesRowLabel(grouping, row, (key, values) => t(`labels.${key}` as never, values as never));
  const lines = isLineGrouping(grouping);
  const branchNames = choices.branches.nodes.filter((b) => report.branchIds.includes(b.id)).map((b) => b.label);

  const amount = (cents: number, href: string | null, testId: string) => {
    const text = money(cents);
    const className = `${styles.money} ${cents < 0 ? styles.negative : ''}`;
    return <td className={className}>{href ? <Link href={href} data-testid={testId}>{text}</Link> : text}</td>;
  };
  const count = (n: number, href: string | null, testId: string) => (
    <td className={styles.money}>{href ? <Link href={href} data-testid={testId}>{n.toLocaleString(locale)}</Link> : n.toLocaleString(locale)}</td>
  );

  return (
    <div className={styles.page} data-testid="sales-stats">
      <SalesFilterForm key={salesParamsQuery({ ...wanted, ...applied })} applied={{ grouping, ...applied }} branches={choices.branches.nodes} />
      <section className={styles.summary} aria-label={t('summary.label')} data-testid="sales-stats-summary">
        <h2 className={styles.chartTitle}>{t('summary.title', { grouping: t(`grouping.${grouping}`) })}</h2>
        <p>{t('summary.period', { from: report.from, to: report.to })} · {branchNames.length ? branchNames.join(', ') : t('summary.allBranches')}</p>
        <p className="muted" data-testid="sales-stats-basis">
          {t('basis.net')} {t(`basis.${lines ? 'line' : grouping === 'TENDER' ? 'tender' : 'invoice'}`)}
        </p>
      </section>
      <div className="button-row report-no-print">
        <SalesPrintButton />
        {can(viewer, Permission.DataExport) ? (
          <a className="button button--secondary" href={salesExportUrl({ grouping, ...applied }, locale)} download data-testid="sales-stats-export">
            {t('export')}
          </a>
        ) : null}
      </div>
      {report.rows.nodes.length ? (
        <SalesChart points={report.rows.nodes.map((row) => ({ label: label(row), netCents: row.netCents }))} periods={isPeriodGrouping(grouping)} money={choices.systemSettings} />
      ) : (
        <p className="muted" data-testid="sales-stats-empty">{t('empty')}</p>
      )}
      <TableScroll label={t('caption')}>
        <table className="data-table" data-testid="sales-stats-table">
          <caption className="visually-hidden">{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(`grouping.${grouping}`)}</th>
              <th scope="col" className={styles.money}>{t('columns.net')}</th>
              <th scope="col" className={styles.money}>{t('columns.gross')}</th>
              <th scope="col" className={styles.money}>{t('columns.returned')}</th>
              <th scope="col" className={styles.money}>{t('columns.invoices')}</th>
              {lines ? <th scope="col" className={styles.money}>{t('columns.quantity')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {report.rows.nodes.map((row) => {
              const href = salesDrillHref(grouping, applied, row);
              return (
                <tr key={row.key} data-testid={`sales-stats-row-${row.key}`}>
                  <th scope="row">{label(row)}</th>
                  {amount(row.netCents, href, `sales-stats-net-${row.key}`)}
                  {amount(row.grossCents, href, `sales-stats-gross-${row.key}`)}
                  {amount(row.returnedCents, href, `sales-stats-returned-${row.key}`)}
                  {count(row.invoiceCount, href, `sales-stats-invoices-${row.key}`)}
                  {lines ? count(row.quantity, href, `sales-stats-quantity-${row.key}`) : null}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr className={styles.totals} data-testid="sales-stats-totals">
              <th scope="row">{t('totals')}</th>
              {amount(report.totals.netCents, salesDrillHref(grouping, applied, null), 'sales-stats-net-total')}
              {amount(report.totals.grossCents, salesDrillHref(grouping, applied, null), 'sales-stats-gross-total')}
              {amount(report.totals.returnedCents, salesDrillHref(grouping, applied, null), 'sales-stats-returned-total')}
              {count(report.totals.invoiceCount, salesDrillHref(grouping, applied, null), 'sales-stats-invoices-total')}
              {lines ? count(report.totals.quantity, null, 'sales-stats-quantity-total') : null}
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      {wanted.after || report.rows.pageInfo.hasNextPage ? (
        <nav className="button-row report-no-print" aria-label={t('paging')}>
          {wanted.after ? (
            <Link className="button button--secondary" href={`/reports/sales?${salesParamsQuery({ grouping, ...applied })}`} data-testid="sales-stats-first-page">
              {t('firstPage')}
            </Link>
          ) : null}
          {report.rows.pageInfo.hasNextPage ? (
            <Link className="button button--secondary" href={`/reports/sales?${salesParamsQuery({ grouping, ...applied, after: report.rows.pageInfo.endCursor })}`} data-testid="sales-stats-next-page">
              {t('nextPage', { count: report.rows.totalCount })}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
