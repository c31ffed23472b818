'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { formatCount } from '../analysis/format';
import type { QueryRecord } from '../report-filter';
import { LoyaltyFilterForm, LoyaltyReportActions } from './loyalty-filter-form';
import { PointsLiabilityQuery } from './loyalty-reports-documents';
import { branchesFilter, loyaltyExportHref, loyaltyQueryString, parseLoyaltyReport } from './loyalty-reports-params';
import styles from './loyalty-reports.module.css';
import { useLoyaltyReport } from './use-loyalty-report';

/** 積分負債: the points the members the viewer may see hold now, by their branch and by the month they expire. */
export function PointsLiabilityReport({ query }: { query: QueryRecord }) {
  const t = useTranslations('loyaltyReports');
  const locale = useLocale();
  const state = useMemo(() => parseLoyaltyReport(query), [query]);
  const queryString = loyaltyQueryString({ branchIds: state.branchIds });
  const current = useLoyaltyReport(PointsLiabilityQuery, { filter: branchesFilter(state) }, `${locale}?${queryString}`);
  const report = current?.data?.pointsLiability ?? null;
  const count = (n: number) => formatCount(n, locale);

  return (
    <div className={styles.page}>
      <LoyaltyFilterForm tab="liability" state={state} />
      <section className={styles.results} aria-labelledby="loyalty-liability-title" aria-busy={!current} data-testid="points-liability">
        <h2 id="loyalty-liability-title">{t('liability.title')}</h2>
        {!current ? <p className="muted" role="status">{t('loading')}</p> : null}
        {current?.error ? <p className="alert alert--error" role="alert" data-testid="loyalty-report-error">{t('failed', { message: current.error })}</p> : null}
        {report ? (
          report.points === 0 ? (
            <p className="muted" data-testid="points-liability-empty">{t('liability.empty')}</p>
          ) : (
            <>
              <p data-testid="points-liability-summary" data-points={report.points}>{t('liability.summary', { points: count(report.points), members: count(report.members) })}</p>
              <h3 id="loyalty-liability-branch">{t('liability.byBranch')}</h3>
              <div className="table-wrap" role="region" aria-labelledby="loyalty-liability-branch" tabIndex={0}>
                <table className="data-table" data-testid="points-liability-branches">
                  <thead>
                    <tr>
                      <th scope="col">{t('columns.branch')}</th>
                      <th scope="col" className={styles.number}>{t('columns.members')}</th>
                      <th scope="col" className={styles.number}>{t('columns.points')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.byBranch.nodes.map((row) => (
                      <tr key={row.branch?.id} data-testid="points-liability-branch" data-branch={row.branch?.code} data-points={row.points}>
                        <th scope="row">{row.branch ? `${row.branch.code} ${row.branch.name}` : ''}</th>
                        <td className={styles.number}>{count(row.members)}</td>
                        <td className={styles.number}>{count(row.points)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr className={styles.totals}>
                      <th scope="row">{t('totals')}</th>
                      <td className={styles.number}>{count(report.members)}</td>
                      <td className={styles.number}>{count(report.points)}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
              <h3 id="loyalty-liability-expiry">{t('liability.byExpiry')}</h3>
              <div className="table-wrap" role="region" aria-labelledby="loyalty-liability-expiry" tabIndex={0}>
                <table className="data-table" data-testid="points-liability-expiries">
                  <thead>
                    <tr>
                      <th scope="col">{t('columns.expiryMonth')}</th>
                      <th scope="col" className={styles.number}>{t('columns.points')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.byExpiry.nodes.map((row) => (
                      <tr key={row.month ?? 'never'} data-testid="points-liability-expiry" data-month={row.month ?? 'never'} data-points={row.points}>
                        <th scope="row">{row.month ?? t('liability.never')}</th>
                        <td className={styles.number}>{count(row.points)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr className={styles.totals}>
                      <th scope="row">{t('totals')}</th>
                      <td className={styles.number}>{count(report.points)}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
            </>
          )
        ) : null}
        <LoyaltyReportActions exportHref={loyaltyExportHref('liability', state, locale)} />
      </section>
    </div>
  );
}
