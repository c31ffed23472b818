'use client';

import { useLocale, useTranslations } from 'next-intl';
import { cellsInColumnOrder } from './chart-data';
import { formatCount, formatRatio } from './format';
import type {
  AnalysisOutcomesFragment as Outcomes, AnalysisRowFragment as AnalysisRow, AnalysisStatusCellFragment as StatusCell,
  AnalysisStatusColumnFragment as StatusColumn, AnalysisTotalsFragment as AnalysisTotals,
} from '@/graphql/generated/graphql';
import type { AnalysisView } from './report-params';
import styles from './analysis.module.css';

const OUTCOME_KEYS: Array<keyof Outcomes> = ['booked', 'arrived', 'verified', 'noShow', 'cancelled'];

type Props = { view: AnalysisView; columns: StatusColumn[]; rows: AnalysisRow[]; totals: AnalysisTotals };

/**
 * The analysis table as in the seed: code, name, "<status> 數目" and "<status> 比率" per status
 * column in the configured order, "總 數目" / "總 比率", the appointment outcomes, and the totals
 * row 總數. Ratios are the API's fractions, formatted; each figure carries its raw number in
 * data-count / data-ratio so tests read numbers, not localised text.
 */
export function AnalysisTable({ view, columns, rows, totals }: Props) {
  const t = useTranslations('reports.analysis.columns');
  const locale = useLocale();

  const figures = (cells: StatusCell[], total: number, outcomes: Outcomes) => (
    <>
      {cellsInColumnOrder(columns, cells).map((cell, index) => (
        <Figures key={cell.statusId} cell={cell} statusKey={columns[index].key} locale={locale} />
      ))}
      <td className={styles.number} data-testid="analysis-total-count" data-count={total}>
        {formatCount(total, locale)}
      </td>
      <td className={styles.number} data-testid="analysis-total-ratio" data-ratio={total > 0 ? 1 : 0}>
        {formatRatio(total > 0 ? 1 : 0, locale)}
      </td>
      {OUTCOME_KEYS.map((key) => (
        <td key={key} className={styles.number} data-testid={`analysis-outcome-${key}`} data-count={outcomes[key]}>
          {formatCount(outcomes[key], locale)}
        </td>
      ))}
    </>
  );

  return (
    <div className="table-wrap">
      <table className={`data-table ${styles.table}`} data-testid="analysis-table" data-view={view}>
        <thead>
          <tr>
            <th scope="col">{t(`code.${view}`)}</th>
            <th scope="col">{t(`name.${view}`)}</th>
            {columns.map((column) => [
              <th key={`${column.id}-count`} scope="col" className={styles.number} data-testid="analysis-column" data-status-id={column.id} data-status-key={column.key ?? ''}>
                {t('count', { label: column.label })}
              </th>,
              <th key={`${column.id}-ratio`} scope="col" className={styles.number}>
                {t('ratio', { label: column.label })}
              </th>,
            ])}
            <th scope="col" className={styles.number}>{t('count', { label: t('total') })}</th>
            <th scope="col" className={styles.number}>{t('ratio', { label: t('total') })}</th>
            {OUTCOME_KEYS.map((key) => (
              <th key={key} scope="col" className={`${styles.number} ${styles.outcome}`}>
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-testid="analysis-row" data-code={row.code} data-key={row.key}>
              <th scope="row" className={styles.rowHeader}>{row.code}</th>
              <td>{row.name}</td>
              {figures(row.cells, row.total, row.outcomes)}
            </tr>
          ))}
          <tr className={styles.totals} data-testid="analysis-totals">
            <th scope="row" className={styles.rowHeader}>{t('totalsRow')}</th>
            <td />
            {figures(totals.cells, totals.total, totals.outcomes)}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function Figures({ cell, statusKey, locale }: { cell: StatusCell; statusKey: string | null; locale: string }) {
  const data = { 'data-status-id': cell.statusId, 'data-status-key': statusKey ?? '' };
  return (
    <>
      <td className={styles.number} data-testid="analysis-count" data-count={cell.count} {...data}>
        {formatCount(cell.count, locale)}
      </td>
      <td className={styles.number} data-testid="analysis-ratio" data-ratio={cell.ratio} {...data}>
        {formatRatio(cell.ratio, locale)}
      </td>
    </>
  );
}
