'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { sameDrill, type Drill, type FollowUpMetric } from './follow-up-params';
import type { FollowUpRowFragment, FollowUpTotalsFragment } from '@/graphql/generated/graphql';
import type { FollowUpReport } from './follow-up-documents';
import styles from './follow-up.module.css';

type Props = {
  report: FollowUpReport;
  /** The page that lists the contact members behind a number. */
  hrefFor: (drill: Drill) => string;
  /** The number whose members are listed below, if any. */
  current: Drill | null;
};

/** The figures of a salesperson's row or of the totals row. */
type Figures = FollowUpRowFragment | FollowUpTotalsFragment;

type Column = { key: string; metric: FollowUpMetric; methodId: string | null; value: (figures: Figures) => number };

/**
 * The table of 同事跟進的統計: a row per salesperson and the totals row 總數; contact logs in a
 * column group with one column per contact method. Every number above zero links to the list of
 * the contact members behind it.
 */
export function FollowUpTable({ report, hrefFor, current }: Props) {
  const t = useTranslations('reports.followUp');
  const format = useFormatter();
  const { methods } = report;

  const before: Column[] = [
    { key: 'assigned', metric: 'ASSIGNED', methodId: null, value: (f) => f.assigned },
    { key: 'contacted', metric: 'CONTACTED', methodId: null, value: (f) => f.contacted },
    { key: 'logs', metric: 'LOGGED', methodId: null, value: (f) => f.logs },
  ];
  const byMethod: Column[] = methods.map((m, i) => ({
    key: `method-${m.id}`,
    metric: 'LOGGED',
    methodId: m.id,
    value: (f) => f.logsByMethod[i]?.count ?? 0,
  }));
  const after: Column[] = [
    { key: 'booked', metric: 'BOOKED', methodId: null, value: (f) => f.booked },
    { key: 'attended', metric: 'ATTENDED', methodId: null, value: (f) => f.attended },
    { key: 'overdue', metric: 'OVERDUE', methodId: null, value: (f) => f.overdue },
  ];
  const columns = [...before, ...byMethod, ...after];

  function cell(column: Column, figures: Figures, salespersonId: string | null, label: string) {
    const count = column.value(figures);
    const drill: Drill = { metric: column.metric, salespersonId, methodId: column.methodId };
    const selected = sameDrill(drill, current);
    const text = format.number(count);
    return (
      <td key={column.key} className={styles.number}>
        {count > 0 ? (
          <Link
            href={hrefFor(drill)}
            scroll={false}
            className={`${styles.numberLink} ${selected ? styles.selected : ''}`}
            aria-current={selected ? 'true' : undefined}
            aria-label={t('table.open', { count, what: label })}
            data-testid="follow-up-count"
            data-column={column.key}
            data-count={count}
          >
            {text}
          </Link>
        ) : (
          <span data-testid="follow-up-count" data-column={column.key} data-count={0}>
            {text}
          </span>
        )}
      </td>
    );
  }

  const cellLabel = (column: Column, who: string) => {
    const method = column.methodId ? methods.find((m) => m.id === column.methodId)?.label : undefined;
    const what = method ? t('table.logsBy', { method }) : column.key === 'logs' ? t('table.logsAll') : t(`columns.${column.key}`);
    return t('table.cellLabel', { who, what });
  };

  return (
    <div className={`table-wrap ${styles.tableWrap}`} role="region" aria-labelledby="follow-up-results-title" tabIndex={0} data-testid="follow-up-table-scroll">
      <table className={`data-table ${styles.table}`} data-testid="follow-up-table">
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className={styles.pinned}>
              {t('columns.salesperson')}
            </th>
            <th scope="col" rowSpan={2}>{t('columns.assigned')}</th>
            <th scope="col" rowSpan={2}>{t('columns.contacted')}</th>
            <th scope="colgroup" colSpan={methods.length + 1}>
              {t('columns.logsGroup')}
            </th>
            {after.map((c) => (
              <th key={c.key} scope="col" rowSpan={2}>
                {t(`columns.${c.key}`)}
              </th>
            ))}
          </tr>
          <tr>
            <th scope="col">{t('columns.logs')}</th>
            {methods.map((m) => (
              <th key={m.id} scope="col" data-testid="follow-up-method">
                {m.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => {
            const who = `${row.salesperson.displayName} (${row.salesperson.code})`;
            return (
              <tr key={row.salesperson.id} data-testid="follow-up-row" data-code={row.salesperson.code}>
                <th scope="row" className={`${styles.who} ${styles.pinned}`}>
                  {who}
                </th>
                {columns.map((c) => cell(c, row, row.salesperson.id, cellLabel(c, who)))}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className={styles.totals} data-testid="follow-up-totals">
            <th scope="row" className={styles.pinned}>{t('table.totals')}</th>
            {columns.map((c) => cell(c, report.totals, null, cellLabel(c, t('table.totals'))))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
