'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { isMoneyFigure, LIABILITY_FIGURES } from '@/services/prepaid/prepaid-reports';
import { formatAmount, formatCount } from '../analysis/format';
import styles from '../loyalty/loyalty-reports.module.css';
import { useLoyaltyReport } from '../loyalty/use-loyalty-report';
import type { QueryRecord } from '../report-filter';
import { PrepaidFilterForm, PrepaidReportActions } from './prepaid-filter-form';
import { PrepaidLiabilityQuery } from './prepaid-reports-documents';
import { liabilityFilter, parsePrepaidReport, prepaidExportHref, prepaidQueryString } from './prepaid-reports-params';

type Figures = Record<(typeof LIABILITY_FIGURES)[number], number>;

/**
 * 預付負債: the stored value and unused packages (deferred revenue) of the members the viewer may
 * see, per branch, now or as of the end of a day, optionally of one member (to reconcile her account).
 */
export function PrepaidLiabilityReport({ query }: { query: QueryRecord }) {
  const t = useTranslations('reports.prepaid');
  const locale = useLocale();
  const state = useMemo(() => parsePrepaidReport(query), [query]);
  const queryString = prepaidQueryString('liability', state);
  const current = useLoyaltyReport(PrepaidLiabilityQuery, { filter: liabilityFilter(state) }, `${locale}?${queryString}`);
  const report = current?.data?.prepaidLiability ?? null;
  const cells = (figures: Figures, prefix: string) =>
    LIABILITY_FIGURES.map((f) => (
      <td key={f} className={styles.number} data-testid={`${prefix}-${f}`} data-value={figures[f]}>
        {isMoneyFigure(f) ? formatAmount(figures[f], locale) : formatCount(figures[f], locale)}
      </td>
    ));

  return (
    <div className={styles.page}>
      <PrepaidFilterForm tab="liability" state={state} />
      <section className={styles.results} aria-labelledby="prepaid-liability-title" aria-busy={!current} data-testid="prepaid-liability">
        <h2 id="prepaid-liability-title">{t('liability.title')}</h2>
        {report ? (
          <p className="muted" data-testid="prepaid-liability-as-of">
            {t('liability.asOf', { at: new Date(report.asOf).toLocaleString(locale) })}
            {report.memberId ? ` · ${t('liability.forMember', { member: report.memberId })}` : ''}
          </p>
        ) : null}
        {!current ? <p className="muted" role="status">{t('loading')}</p> : null}
        {current?.error ? <p className="alert alert--error" role="alert" data-testid="prepaid-report-error">{t('failed', { message: current.error })}</p> : null}
        {report ? (
          report.rows.totalCount === 0 ? (
            <p className="muted" data-testid="prepaid-liability-empty">{t('liability.empty')}</p>
          ) : (
            <div className="table-wrap" role="region" aria-labelledby="prepaid-liability-title" tabIndex={0}>
              <table className="data-table" data-testid="prepaid-liability-table">
                <thead>
                  <tr>
                    <th scope="col">{t('columns.branch')}</th>
                    {LIABILITY_FIGURES.map((f) => <th key={f} scope="col" className={styles.number}>{t(`columns.${f}`)}</th>)}
                  </tr>
                </thead>
                <tbody>
                  {report.rows.nodes.map((row, i) => (
                    <tr key={row.branch?.id ?? `branch-${i}`} data-testid="prepaid-liability-row" data-branch={row.branch?.code}>
                      <th scope="row">{row.branch ? `${row.branch.code} ${row.branch.name}` : ''}</th>
                      {cells(row, 'prepaid-liability')}
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr className={styles.totals} data-testid="prepaid-liability-totals">
                    <th scope="row">{t('totals')}</th>
                    {cells(report.totals, 'prepaid-liability-total')}
                  </tr>
                </tfoot>
              </table>
            </div>
          )
        ) : null}
        <PrepaidReportActions exportHref={prepaidExportHref('liability', state, locale)} />
      </section>
    </div>
  );
}
