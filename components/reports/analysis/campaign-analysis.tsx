'use client';

import { useApolloClient } from '@apollo/client/react';
import { useLocale, useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import { useEffect, useMemo, useState } from 'react';
import { Link, useRouter } from '@/i18n/navigation';
import { AnalysisHeader } from './analysis-header';
import { AnalysisTable } from './analysis-table';
import { statusShareChart } from './chart-data';
import { ExportPanel } from './export-panel';
import { pageCount } from './format';
import { PAGE_SIZE, type AnalysisPage, type ContactTrend } from './analysis-documents';
import { loadAnalysisPage, loadTrend } from './load-analysis';
import { ANALYSIS_PATH, ANALYSIS_VIEWS, analysisHref, analysisQueryString, DEFAULT_VIEW, parseAnalysisQuery, printHref } from './report-params';
import type { QueryRecord, ReportFilterInput } from '../report-filter';
import { ReportFilterForm, useFilterOptions } from '../report-filter-form';
import styles from './analysis.module.css';

// The charts (recharts, the page's largest script) load when a report with rows is shown, not
// with the page; they sit below everything else, so nothing moves when they arrive.
const StatusShareChart = dynamic(() => import('./analysis-charts').then((charts) => charts.StatusShareChart), { ssr: false });
const ContactTrendChart = dynamic(() => import('./analysis-charts').then((charts) => charts.ContactTrendChart), { ssr: false });

type Loaded = { key: string; report: AnalysisPage | null; error: string | null };
type Trend = { key: string; trend: ContactTrend | null; error: string | null };
/** The cursors of the pages visited for one query string: the last one is the page shown. */
type Paging = { query: string; cursors: Array<string | null> };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * 會員 > 報告 > 聯絡活動分析: the filter form, the four views, the report (header, table, pages
 * of 100 rows), the charts, and 返回 | 列印 | 匯出. The URL's query string holds the filter and
 * the view; the report runs once a view is in it.
 */
export function CampaignAnalysis({ query, timeZone }: { query: QueryRecord; timeZone: string }) {
  const t = useTranslations('reports.analysis');
  const locale = useLocale();
  const router = useRouter();
  const client = useApolloClient();
  const state = useMemo(() => parseAnalysisQuery(query), [query]);
  const queryString = analysisQueryString(state);
  const [runs, setRuns] = useState(0);
  const [paging, setPaging] = useState<Paging>({ query: queryString, cursors: [null] });
  const cursors = paging.query === queryString ? paging.cursors : [null];
  const after = cursors[cursors.length - 1];
  const key = `${locale}?${queryString}#${runs}@${after ?? ''}`;
  const trendKey = `${locale}?${analysisQueryString({ view: null, filter: state.filter })}#${runs}`;
  const { options, error: optionsError } = useFilterOptions();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [trend, setTrend] = useState<Trend | null>(null);
  const [exporting, setExporting] = useState(false);

  const { view, filter } = state;

  useEffect(() => {
    if (!view) return;
    let cancelled = false;
    loadAnalysisPage(client, view, filter, after).then(
      (report) => !cancelled && setLoaded({ key, report, error: null }),
      (error: unknown) => !cancelled && setLoaded({ key, report: null, error: messageOf(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, view, filter, after, key]);

  useEffect(() => {
    if (!view) return;
    let cancelled = false;
    loadTrend(client, filter).then(
      (found) => !cancelled && setTrend({ key: trendKey, trend: found, error: null }),
      (error: unknown) => !cancelled && setTrend({ key: trendKey, trend: null, error: messageOf(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, view, filter, trendKey]);

  function run(next: ReportFilterInput) {
    const nextState = { view: view ?? DEFAULT_VIEW, filter: next };
    setExporting(false);
    // The same URL again would not navigate: run the same report afresh instead.
    if (analysisQueryString(nextState) === queryString) setRuns((n) => n + 1);
    else router.push(analysisHref(nextState));
  }

  const loading = Boolean(view) && loaded?.key !== key;
  const report = !loading && loaded?.report ? loaded.report : null;
  const currentTrend = trend?.key === trendKey ? trend : null;
  const pages = report ? pageCount(report.rows.totalCount, PAGE_SIZE) : 1;

  return (
    <div className={styles.page}>
      <ReportFilterForm
        key={analysisQueryString({ view: null, filter })}
        filter={filter}
        options={options}
        onRun={run}
        onReset={() => {
          setExporting(false);
          router.push(ANALYSIS_PATH);
        }}
        testId="analysis"
        labels={{
          title: t('filtersTitle'),
          all: t('all'),
          branch: t('branch'),
          campaign: t('campaign'),
          salesGroup: t('salesGroup'),
          salesperson: t('salesperson'),
          memberGroup: t('memberGroup'),
          period: t('contactRange'),
          from: t('contactedFrom'),
          to: t('contactedTo'),
          submit: t('submit'),
          reset: t('reset'),
        }}
      />
      {optionsError ? (
        <p className="alert alert--error" role="alert" data-testid="analysis-options-error">
          {t('optionsFailed', { message: optionsError })}
        </p>
      ) : null}

      <nav className="subnav" aria-label={t('viewLabel')} data-testid="analysis-views">
        {ANALYSIS_VIEWS.map((v) => (
          <Link
            key={v}
            href={analysisHref({ view: v, filter })}
            className="subnav__link"
            aria-current={v === view ? 'page' : undefined}
            data-testid={`analysis-view-${v}`}
          >
            {t(`views.${v}`)}
          </Link>
        ))}
      </nav>

      <section className={styles.results} aria-labelledby="analysis-report-title" aria-busy={loading} data-testid="analysis-results">
        <h2 id="analysis-report-title" className={styles.reportTitle}>
          {view ? t('reportTitle', { view: t(`views.${view}`) }) : t('title')}
        </h2>
        {!view ? <p className="muted" data-testid="analysis-not-run">{t('notRun')}</p> : null}
        {loading ? <p className="muted" role="status" data-testid="analysis-loading">{t('loading')}</p> : null}
        {!loading && loaded?.error ? (
          <p className="alert alert--error" role="alert" data-testid="analysis-error">
            {t('failed', { message: loaded.error })}
          </p>
        ) : null}
        {report ? (
          <>
            <AnalysisHeader report={report} timeZone={timeZone} page={{ page: cursors.length, pages }} />
            {report.rows.totalCount === 0 ? (
              <p className="muted" data-testid="analysis-empty">{t('empty')}</p>
            ) : (
              <>
                <AnalysisTable view={report.view} columns={report.columns} rows={report.rows.nodes} totals={report.totals} withSuccess={report.successRule.enabled} />
                {pages > 1 ? (
                  <nav className="pager" aria-label={t('pager')}>
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={cursors.length === 1}
                      onClick={() => setPaging({ query: queryString, cursors: cursors.slice(0, -1) })}
                      data-testid="analysis-previous"
                    >
                      {t('previous')}
                    </button>
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={!report.rows.pageInfo.hasNextPage}
                      onClick={() => setPaging({ query: queryString, cursors: [...cursors, report.rows.pageInfo.endCursor ?? null] })}
                      data-testid="analysis-next"
                    >
                      {t('next')}
                    </button>
                  </nav>
                ) : null}
              </>
            )}
            <div className={`button-row ${styles.actions}`}>
              <Link href="/reports" className="button button--secondary" data-testid="analysis-back">
                {t('back')}
              </Link>
              <Link href={printHref(state)} className="button button--secondary" data-testid="analysis-print">
                {t('print')}
              </Link>
              <button type="button" className="button button--primary" aria-expanded={exporting} onClick={() => setExporting((open) => !open)} data-testid="analysis-export">
                {t('export')}
              </button>
            </div>
            {exporting ? <ExportPanel key={queryString} view={report.view} filter={filter} onClose={() => setExporting(false)} /> : null}
            {report.rows.totalCount > 0 ? (
              <div className={styles.charts}>
                <StatusShareChart chart={statusShareChart(report.columns, report.rows.nodes, { label: t('columns.totalsRow'), line: report.totals })} />
                {currentTrend?.trend ? <ContactTrendChart trend={currentTrend.trend} /> : null}
                {currentTrend?.error ? (
                  <p className="alert alert--error" role="alert" data-testid="analysis-trend-error">
                    {t('charts.trendFailed', { message: currentTrend.error })}
                  </p>
                ) : null}
              </div>
            ) : null}
          </>
        ) : null}
      </section>
    </div>
  );
}
