'use client';

import { useApolloClient } from '@apollo/client/react';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import { useRouter } from '@/i18n/navigation';
import { FollowUpDrillDown } from './follow-up-drill-down';
import { FollowUpHeader } from './follow-up-header';
import { FOLLOW_UP_PATH, followUpHref, parseFollowUpQuery, type Drill } from './follow-up-params';
import { FollowUpTable } from './follow-up-table';
import type { QueryRecord, ReportFilterInput } from '../report-filter';
import { ReportFilterForm, useFilterOptions } from '../report-filter-form';
import type { FollowUpReport as Report } from './follow-up-documents';
import { loadFollowUpReport } from './load-follow-up';
import styles from './follow-up.module.css';

type Props = {
  query: QueryRecord;
  /** The current month in the viewer's time zone: the period when the URL gives none. */
  defaultPeriod: { from: string; to: string };
  timeZone: string;
};

type Loaded = { key: string; report: Report | null; error: string | null };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * 會員 > 報告 > 同事跟進的統計: the filters, the header repeating them, the table (every number
 * links to the contact members behind it, listed under the table), and 列印. The URL holds the
 * filters and the number drilled into.
 */
export function FollowUpReport({ query, defaultPeriod, timeZone }: Props) {
  const t = useTranslations('reports.followUp');
  const locale = useLocale();
  const router = useRouter();
  const client = useApolloClient();
  const parsed = parseFollowUpQuery(query, defaultPeriod);
  // Keyed by value: following a number changes the URL (a new query object) but not the filter.
  const filterJson = JSON.stringify(parsed.filter);
  const drillJson = JSON.stringify(parsed.drill);
  const filter = useMemo(() => JSON.parse(filterJson) as ReportFilterInput, [filterJson]);
  const drill = useMemo(() => JSON.parse(drillJson) as Drill | null, [drillJson]);
  const key = `${locale}|${filterJson}`;

  const { options, error: optionsError } = useFilterOptions();
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let cancelled = false;
    loadFollowUpReport(client, filter).then(
      (report) => !cancelled && setLoaded({ key, report, error: null }),
      (error: unknown) => !cancelled && setLoaded({ key, report: null, error: messageOf(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, filter, key]);

  const current = loaded?.key === key ? loaded : null;
  const report = current?.report ?? null;
  const hrefFor = (next: Drill | null) => followUpHref({ filter, drill: next });

  function drillTitle(report: Report, chosen: Drill): string {
    const row = report.rows.find((r) => r.salesperson.id === chosen.salespersonId);
    const who = row ? `${row.salesperson.displayName} (${row.salesperson.code})` : t('table.totals');
    const method = chosen.methodId ? report.methods.find((m) => m.id === chosen.methodId)?.label : undefined;
    const what = method ? t('table.logsBy', { method }) : t(`metrics.${chosen.metric}`);
    return t('drill.title', { who, what });
  }

  return (
    <div className={styles.page}>
      <ReportFilterForm
        key={filterJson}
        filter={filter}
        options={options}
        onRun={(next) => router.push(followUpHref({ filter: next, drill: null }))}
        onReset={() => router.push(FOLLOW_UP_PATH)}
        testId="follow-up"
        labels={{
          title: t('filters.title'),
          all: t('all'),
          branch: t('filters.branch'),
          campaign: t('filters.campaign'),
          salesGroup: t('filters.salesGroup'),
          salesperson: t('filters.salesperson'),
          memberGroup: t('filters.memberGroup'),
          period: t('filters.period'),
          from: t('filters.from'),
          to: t('filters.to'),
          periodHint: t('filters.periodHint'),
          submit: t('filters.submit'),
          reset: t('filters.reset'),
        }}
      />
      {optionsError ? (
        <p className="alert alert--error" role="alert" data-testid="follow-up-options-error">
          {t('optionsFailed', { message: optionsError })}
        </p>
      ) : null}
      <section className={styles.results} aria-labelledby="follow-up-results-title" aria-busy={current === null}>
        <div className={styles.resultsHeader}>
          <h2 id="follow-up-results-title">{t('resultsTitle')}</h2>
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => window.print()} disabled={!report} data-testid="follow-up-print">
              {t('print')}
            </button>
          </div>
        </div>
        {current?.error ? (
          <p className="alert alert--error" role="alert" data-testid="follow-up-error">
            {t('failed', { message: current.error })}
          </p>
        ) : null}
        {current === null ? <p className="muted" data-testid="follow-up-loading">{t('loading')}</p> : null}
        {report ? (
          <>
            <FollowUpHeader report={report} timeZone={timeZone} />
            {report.rows.length ? (
              <FollowUpTable report={report} hrefFor={hrefFor} current={drill} />
            ) : (
              <p className="muted" data-testid="follow-up-empty">
                {t('empty')}
              </p>
            )}
            <p className={`muted ${styles.note}`}>{t('note')}</p>
            {drill ? <FollowUpDrillDown filter={filter} drill={drill} title={drillTitle(report, drill)} closeHref={hrefFor(null)} timeZone={timeZone} /> : null}
          </>
        ) : null}
      </section>
    </div>
  );
}
