'use client';

import { useApolloClient } from '@apollo/client/react';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from '@/i18n/navigation';
import { AnalysisHeader } from './analysis-header';
import { AnalysisTable } from './analysis-table';
import { formatCount } from './format';
import type { AnalysisRowFragment as AnalysisRow } from '@/graphql/generated/graphql';
import type { AnalysisPage } from './analysis-documents';
import { loadAnalysisRows } from './load-analysis';
import type { QueryRecord } from '../report-filter';
import { analysisHref, analysisQueryString, parseAnalysisQuery } from './report-params';
import styles from './analysis.module.css';

/**
 * The member view can hold hundreds of thousands of rows: the printout stops here and points to
 * the Excel export. The other views (campaigns, branches, salespeople) always print whole.
 */
export const PRINT_MEMBER_ROWS = 2_000;

type Loaded = { key: string; report: AnalysisPage | null; rows: AnalysisRow[]; error: string | null };

/**
 * 列印: the report's header and its whole table (the member view's first 2,000 rows), then the
 * browser's print dialog once, when everything has loaded. The reports' print stylesheet makes
 * it A4 landscape with numbered pages and the header row repeated.
 */
export function AnalysisPrintView({ query, timeZone }: { query: QueryRecord; timeZone: string }) {
  const t = useTranslations('reports.analysis');
  const locale = useLocale();
  const client = useApolloClient();
  const state = useMemo(() => parseAnalysisQuery(query), [query]);
  const key = `${locale}?${analysisQueryString(state)}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [rowsRead, setRowsRead] = useState(0);
  const printed = useRef<string | null>(null);
  const { view, filter } = state;

  useEffect(() => {
    if (!view) return;
    let cancelled = false;
    const limit = view === 'MEMBER' ? PRINT_MEMBER_ROWS : Number.POSITIVE_INFINITY;
    loadAnalysisRows(client, view, filter, limit, (count) => !cancelled && setRowsRead(count)).then(
      ({ report, rows }) => !cancelled && setLoaded({ key, report, rows, error: null }),
      (error: unknown) => !cancelled && setLoaded({ key, report: null, rows: [], error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, view, filter, key]);

  const current = loaded?.key === key ? loaded : null;
  const report = current?.report ?? null;
  const rows = current?.rows ?? [];

  useEffect(() => {
    if (!report || printed.current === key) return;
    printed.current = key;
    window.print();
  }, [report, key]);

  if (!view) {
    return (
      <p className="muted" data-testid="analysis-print-not-run">
        {t('printView.notRun')}
      </p>
    );
  }

  return (
    <div className={styles.page} data-testid="analysis-print" data-ready={report ? 'true' : 'false'}>
      <div className="button-row report-no-print">
        <Link href={analysisHref(state)} className="button button--secondary" data-testid="analysis-print-back">
          {t('back')}
        </Link>
        <button type="button" className="button button--primary" disabled={!report} onClick={() => window.print()} data-testid="analysis-print-again">
          {t('print')}
        </button>
      </div>
      <h2 className={styles.reportTitle}>{t('reportTitle', { view: t(`views.${view}`) })}</h2>
      {!current ? (
        <p className="muted" role="status" data-testid="analysis-loading">
          {t('printView.preparing', { count: formatCount(rowsRead, locale) })}
        </p>
      ) : null}
      {current?.error ? (
        <p className="alert alert--error" role="alert" data-testid="analysis-error">
          {t('failed', { message: current.error })}
        </p>
      ) : null}
      {report ? (
        <>
          <AnalysisHeader report={report} timeZone={timeZone} />
          {report.rows.totalCount > rows.length ? (
            <p className="alert alert--warning" data-testid="analysis-print-limited">
              {t('printView.limited', { shown: formatCount(rows.length, locale), total: formatCount(report.rows.totalCount, locale) })}
            </p>
          ) : null}
          {report.rows.totalCount === 0 ? (
            <p className="muted" data-testid="analysis-empty">{t('empty')}</p>
          ) : (
            <AnalysisTable view={report.view} columns={report.columns} rows={rows} totals={report.totals} withSuccess={report.successRule.enabled} foldable={false} />
          )}
        </>
      ) : null}
    </div>
  );
}
