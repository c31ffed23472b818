'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { isMoneyFigure, REVENUE_FIGURES } from '@/services/prepaid/prepaid-reports';
import { formatAmount, formatCount } from '../analysis/format';
import styles from '../loyalty/loyalty-reports.module.css';
import { useLoyaltyReport } from '../loyalty/use-loyalty-report';
import type { QueryRecord } from '../report-filter';
import { PrepaidFilterForm, PrepaidReportActions } from './prepaid-filter-form';
import { PrepaidRevenueQuery } from './prepaid-reports-documents';
import { parsePrepaidReport, prepaidExportHref, prepaidQueryString, revenueFilter } from './prepaid-reports-params';

const PAGE_SIZE = 100;

type Figures = Record<(typeof REVENUE_FIGURES)[number], number>;

/**
 * 預付收入: top-ups, stored value spent and refunded, package money received and refunded, package
 * revenue recognised and breakage, per day or month and branch (this year by month when no dates
 * are given), with the totals.
 */
export function PrepaidRevenueReport({ query }: { query: QueryRecord }) {
  const t = useTranslations('reports.prepaid');
  const locale = useLocale();
  const state = useMemo(() => parsePrepaidReport(query), [query]);
  const queryString = prepaidQueryString('revenue', state);
  const [paging, setPaging] = useState<{ query: string; cursors: Array<string | null> }>({ query: queryString, cursors: [null] });
  const cursors = paging.query === queryString ? paging.cursors : [null];
  const after = cursors[cursors.length - 1];
  const current = useLoyaltyReport(PrepaidRevenueQuery, { filter: revenueFilter(state), first: PAGE_SIZE, after }, `${locale}?${queryString}@${after ?? ''}`);
  const report = current?.data?.prepaidRevenue ?? null;
  const cells = (figures: Figures, prefix: string) =>
    REVENUE_FIGURES.map((f) => (
      <td key={f} className={styles.number} data-testid={`${prefix}-${f}`} data-value={figures[f]}>
        {isMoneyFigure(f) ? formatAmount(figures[f], locale) : formatCount(figures[f], locale)}
      </td>
    ));

  return (
    <div className={styles.page}>
      <PrepaidFilterForm tab="revenue" state={state} />
      <section className={styles.results} aria-labelledby="prepaid-revenue-title" aria-busy={!current} data-testid="prepaid-revenue">
        <h2 id="prepaid-revenue-title">{t('revenue.title')}</h2>
        {report ? <p className="muted" data-testid="prepaid-revenue-period">{`${report.from} – ${report.to} · ${t(`filters.buckets.${report.period}`)}`}</p> : null}
        {!current ? <p className="muted" role="status">{t('loading')}</p> : null}
        {current?.error ? <p className="alert alert--error" role="alert" data-testid="prepaid-report-error">{t('failed', { message: current.error })}</p> : null}
        {report ? (
          report.rows.totalCount === 0 ? (
            <p className="muted" data-testid="prepaid-revenue-empty">{t('revenue.empty')}</p>
          ) : (
            <div className="table-wrap" role="region" aria-labelledby="prepaid-revenue-title" tabIndex={0}>
              <table className="data-table" data-testid="prepaid-revenue-table">
                <thead>
                  <tr>
                    <th scope="col">{t('columns.period')}</th>
                    <th scope="col">{t('columns.branch')}</th>
                    {REVENUE_FIGURES.map((f) => <th key={f} scope="col" className={styles.number}>{t(`columns.${f}`)}</th>)}
                  </tr>
                </thead>
                <tbody>
                  {report.rows.nodes.map((row) => (
                    <tr key={`${row.period}-${row.branch?.id}`} data-testid="prepaid-revenue-row" data-period={row.period} data-branch={row.branch?.code}>
                      <th scope="row">{row.period}</th>
                      <td>{row.branch ? `${row.branch.code} ${row.branch.name}` : ''}</td>
                      {cells(row, 'prepaid-revenue')}
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr className={styles.totals} data-testid="prepaid-revenue-totals">
                    <th scope="row" colSpan={2}>{t('totals')}</th>
                    {cells(report.totals, 'prepaid-revenue-total')}
                  </tr>
                </tfoot>
              </table>
            </div>
          )
        ) : null}
        {cursors.length > 1 || report?.rows.pageInfo.hasNextPage ? (
          <div className="button-row report-no-print">
            <button type="button" className="button button--secondary" disabled={cursors.length === 1} onClick={() => setPaging({ query: queryString, cursors: cursors.slice(0, -1) })}>{t('previous')}</button>
            <button type="button" className="button button--secondary" disabled={!report?.rows.pageInfo.hasNextPage} onClick={() => setPaging({ query: queryString, cursors: [...cursors, report?.rows.pageInfo.endCursor ?? null] })}>{t('next')}</button>
          </div>
        ) : null}
        <PrepaidReportActions exportHref={prepaidExportHref('revenue', state, locale)} />
      </section>
    </div>
  );
}
