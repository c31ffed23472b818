'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { formatCount } from '../analysis/format';
import type { QueryRecord } from '../report-filter';
import { LoyaltyFilterForm, LoyaltyReportActions } from './loyalty-filter-form';
import { PointsMovementsQuery } from './loyalty-reports-documents';
import { loyaltyExportHref, loyaltyQueryString, movementsFilter, parseLoyaltyReport } from './loyalty-reports-params';
import styles from './loyalty-reports.module.css';
import { useLoyaltyReport } from './use-loyalty-report';

const PAGE_SIZE = 100;
/** The figures in column order (the Excel export's too). */
const FIGURES = ['issued', 'earned', 'referral', 'adjustedIn', 'redeemed', 'expired', 'reversed', 'adjustedOut', 'net'] as const;

/**
 * 積分變動: points issued, redeemed, expired, taken back and adjusted per day or month and
 * branch of the period (this year by month when none is given), with the totals.
 */
export function PointsMovementsReport({ query }: { query: QueryRecord }) {
  const t = useTranslations('loyaltyReports');
  const locale = useLocale();
  const state = useMemo(() => parseLoyaltyReport(query), [query]);
  const queryString = loyaltyQueryString(state);
  const [paging, setPaging] = useState<{ query: string; cursors: Array<string | null> }>({ query: queryString, cursors: [null] });
  const cursors = paging.query === queryString ? paging.cursors : [null];
  const after = cursors[cursors.length - 1];
  const current = useLoyaltyReport(PointsMovementsQuery, { filter: movementsFilter(state), first: PAGE_SIZE, after }, `${locale}?${queryString}@${after ?? ''}`);
  const report = current?.data?.pointsMovements ?? null;
  const cells = (figures: Record<(typeof FIGURES)[number], number>, prefix: string) =>
    FIGURES.map((f) => <td key={f} className={styles.number} data-testid={`${prefix}-${f}`} data-value={figures[f]}>{formatCount(figures[f], locale)}</td>);

  return (
    <div className={styles.page}>
      <LoyaltyFilterForm tab="movements" state={state} />
      <section className={styles.results} aria-labelledby="loyalty-movements-title" aria-busy={!current} data-testid="points-movements">
        <h2 id="loyalty-movements-title">{t('movements.title')}</h2>
        {report ? <p className="muted" data-testid="points-movements-period">{`${report.from} – ${report.to} · ${t(`filters.buckets.${report.period}`)}`}</p> : null}
        {!current ? <p className="muted" role="status">{t('loading')}</p> : null}
        {current?.error ? <p className="alert alert--error" role="alert" data-testid="loyalty-report-error">{t('failed', { message: current.error })}</p> : null}
        {report ? (
          report.rows.totalCount === 0 ? (
            <p className="muted" data-testid="points-movements-empty">{t('movements.empty')}</p>
          ) : (
            <div className="table-wrap" role="region" aria-labelledby="loyalty-movements-title" tabIndex={0}>
              <table className="data-table" data-testid="points-movements-table">
                <thead>
                  <tr>
                    <th scope="col">{t('columns.period')}</th>
                    <th scope="col">{t('columns.branch')}</th>
                    {FIGURES.map((f) => <th key={f} scope="col" className={styles.number}>{t(`columns.${f}`)}</th>)}
                  </tr>
                </thead>
                <tbody>
                  {report.rows.nodes.map((row) => (
                    <tr key={`${row.period}-${row.branch?.id}`} data-testid="points-movements-row" data-period={row.period} data-branch={row.branch?.code}>
                      <th scope="row">{row.period}</th>
                      <td>{row.branch ? `${row.branch.code} ${row.branch.name}` : ''}</td>
                      {cells(row, 'points-movements')}
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr className={styles.totals} data-testid="points-movements-totals">
                    <th scope="row" colSpan={2}>{t('totals')}</th>
                    {cells(report.totals, 'points-movements-total')}
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
        <LoyaltyReportActions exportHref={loyaltyExportHref('movements', state, locale)} />
      </section>
    </div>
  );
}
