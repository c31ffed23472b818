'use client';

import { useId } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { cellsInColumnOrder } from './chart-data';
import { COLUMN_GROUPS, shownColumns, startsGroup, type TableColumn } from './column-groups';
import { formatAmount, formatCount, formatRatio } from './format';
import type {
  AnalysisOutcomesFragment as Outcomes, AnalysisRowFragment as AnalysisRow, AnalysisSalesFragment as Sales, AnalysisStatusCellFragment as StatusCell,
  AnalysisStatusColumnFragment as StatusColumn, AnalysisTotalsFragment as AnalysisTotals,
} from '@/graphql/generated/graphql';
import type { AnalysisView } from './report-params';
import { useFoldedGroups } from './use-folded-groups';
import styles from './analysis.module.css';

type Props = {
  view: AnalysisView;
  columns: StatusColumn[];
  rows: AnalysisRow[];
  totals: AnalysisTotals;
  /** Whether the success rule is on: its count and ratio columns show only then. */
  withSuccess: boolean;
  /** On screen the column groups fold away; on paper every column prints. */
  foldable?: boolean;
};

type Line = { cells: StatusCell[]; total: number; outcomes: Outcomes; sales: Sales };

/**
 * The analysis table as in the seed: code, name, "<status> 數目" and "<status> 比率" per status
 * column in the configured order, the appointment outcomes, the booked contacts' successful
 * purchases (成功購買 數目 / 比率, while the rule is on) and same-day amounts (發票 / 產品 / 護理
 * 金額), "總 數目" / "總 比率", and the totals row 總數. On a tablet the code column stays at the left, 總 數目 at the right and the
 * totals row at the bottom while the rest scrolls, and the groups (statuses, ratios, outcomes)
 * fold away, as the viewer last chose. Ratios are the API's fractions, formatted; each figure
 * carries its raw number in data-count / data-ratio so tests read numbers, not localised text.
 */
export function AnalysisTable({ view, columns, rows, totals, withSuccess, foldable = true }: Props) {
  const t = useTranslations('reports.analysis.columns');
  const tTable = useTranslations('reports.analysis.table');
  const tViews = useTranslations('reports.analysis.views');
  const locale = useLocale();
  const id = useId();
  const [remembered, toggle] = useFoldedGroups();
  const folded = foldable ? remembered : [];
  const shown = shownColumns(columns.length, withSuccess, folded);
  const groupClass = (index: number) => (startsGroup(shown, index) ? styles.groupStart : '');

  const header = (column: TableColumn, index: number) => {
    const className = `${styles.number} ${groupClass(index)}`;
    switch (column.kind) {
      case 'statusCount': {
        const status = columns[column.status];
        return (
          <th key={`${status.id}-count`} scope="col" className={className} data-testid="analysis-column" data-status-id={status.id} data-status-key={status.key ?? ''}>
            {t('count', { label: status.label })}
          </th>
        );
      }
      case 'statusRatio':
        return <th key={`${columns[column.status].id}-ratio`} scope="col" className={className}>{t('ratio', { label: columns[column.status].label })}</th>;
      case 'outcome':
        return <th key={column.outcome} scope="col" className={className} data-testid={`analysis-outcome-column-${column.outcome}`}>{t(column.outcome)}</th>;
      case 'successful':
        return <th key="successful" scope="col" className={className} data-testid="analysis-successful-column">{t('successful')}</th>;
      case 'successRatio':
        return <th key="success-ratio" scope="col" className={className} data-testid="analysis-success-ratio-column">{t('successRatio')}</th>;
      case 'amount':
        return <th key={column.amount} scope="col" className={className} data-testid={`analysis-amount-column-${column.amount}`}>{t(column.amount)}</th>;
      case 'totalCount':
        return <th key="total-count" scope="col" className={`${className} ${styles.pinnedTotal}`} data-testid="analysis-total-column">{t('count', { label: t('total') })}</th>;
      case 'totalRatio':
        return <th key="total-ratio" scope="col" className={className}>{t('ratio', { label: t('total') })}</th>;
    }
  };

  const figures = (line: Line) => {
    const cells = cellsInColumnOrder(columns, line.cells);
    return shown.map((column, index) => {
      const className = `${styles.number} ${groupClass(index)}`;
      switch (column.kind) {
        case 'statusCount':
        case 'statusRatio': {
          const cell = cells[column.status];
          const data = { 'data-status-id': cell.statusId, 'data-status-key': columns[column.status].key ?? '' };
          return column.kind === 'statusCount' ? (
            <td key={`${cell.statusId}-count`} className={className} data-testid="analysis-count" data-count={cell.count} {...data}>
              {formatCount(cell.count, locale)}
            </td>
          ) : (
            <td key={`${cell.statusId}-ratio`} className={className} data-testid="analysis-ratio" data-ratio={cell.ratio} {...data}>
              {formatRatio(cell.ratio, locale)}
            </td>
          );
        }
        case 'outcome':
          return (
            <td key={column.outcome} className={className} data-testid={`analysis-outcome-${column.outcome}`} data-count={line.outcomes[column.outcome]}>
              {formatCount(line.outcomes[column.outcome], locale)}
            </td>
          );
        case 'successful':
          return (
            <td key="successful" className={className} data-testid="analysis-successful" data-count={line.sales.successful ?? ''}>
              {formatCount(line.sales.successful ?? 0, locale)}
            </td>
          );
        case 'successRatio':
          return (
            <td key="success-ratio" className={className} data-testid="analysis-success-ratio" data-ratio={line.sales.successRatio ?? ''}>
              {formatRatio(line.sales.successRatio ?? 0, locale)}
            </td>
          );
        case 'amount':
          return (
            <td key={column.amount} className={className} data-testid={`analysis-amount-${column.amount}`} data-cents={line.sales[column.amount]}>
              {formatAmount(line.sales[column.amount], locale)}
            </td>
          );
        case 'totalCount':
          return (
            <td key="total-count" className={`${className} ${styles.pinnedTotal}`} data-testid="analysis-total-count" data-count={line.total}>
              {formatCount(line.total, locale)}
            </td>
          );
        case 'totalRatio':
          return (
            <td key="total-ratio" className={className} data-testid="analysis-total-ratio" data-ratio={line.total > 0 ? 1 : 0}>
              {formatRatio(line.total > 0 ? 1 : 0, locale)}
            </td>
          );
      }
    });
  };

  return (
    <div className={styles.tableBlock}>
      {foldable ? (
        <div className={styles.groups} role="group" aria-labelledby={`${id}-groups`} data-testid="analysis-groups">
          <span id={`${id}-groups`} className={styles.groupsLabel}>{tTable('groups')}</span>
          {COLUMN_GROUPS.map((group) => (
            <button
              key={group}
              type="button"
              className={styles.groupToggle}
              aria-pressed={!folded.includes(group)}
              onClick={() => toggle(group)}
              data-testid={`analysis-group-${group}`}
            >
              {tTable(group)}
            </button>
          ))}
        </div>
      ) : null}
      <div
        className={`table-wrap ${styles.tableWrap}`}
        role="region"
        aria-labelledby={`${id}-caption`}
        tabIndex={0}
        data-testid="analysis-table-scroll"
      >
        <table className={`data-table ${styles.table}`} data-testid="analysis-table" data-view={view} data-folded={folded.join(',')}>
          <caption id={`${id}-caption`} className="visually-hidden">{tTable('caption', { view: tViews(view) })}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.pinnedFirst}>{t(`code.${view}`)}</th>
              <th scope="col" className={styles.name}>{t(`name.${view}`)}</th>
              {shown.map(header)}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-testid="analysis-row" data-code={row.code} data-key={row.key}>
                <th scope="row" className={`${styles.rowHeader} ${styles.pinnedFirst}`}>{row.code}</th>
                <td className={styles.name}>{row.name}</td>
                {figures(row)}
              </tr>
            ))}
            <tr className={styles.totals} data-testid="analysis-totals">
              <th scope="row" className={`${styles.rowHeader} ${styles.pinnedFirst}`}>{t('totalsRow')}</th>
              <td className={styles.name} />
              {figures(totals)}
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}
