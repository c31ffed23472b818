'use client';

import { useApolloClient } from '@apollo/client/react';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import type { CampaignReturnQuery as Result, SalesFiguresFieldsFragment as Figures } from '@/graphql/generated/graphql';
import { Link, useRouter } from '@/i18n/navigation';
import { formatAmount, formatCount } from '../analysis/format';
import type { QueryRecord, ReportFilterInput } from '../report-filter';
import { ReportFilterForm, useFilterOptions } from '../report-filter-form';
import { reportQuery } from '../report-query';
import { CampaignReturnQuery } from './sales-views-documents';
import {
  CAMPAIGN_RETURN_PATH, campaignInvoicesHref, campaignReturnExportHref, campaignReturnHref, campaignReturnQueryString, MAX_DAYS, parseCampaignReturn,
} from './sales-views-params';
import styles from './sales-views.module.css';

type Report = Result['campaignReturn'];
type Loaded = { key: string; report: Report | null; error: string | null };

const FIGURES = ['invoices', 'buyers', 'grossCents', 'returnedCents', 'netCents'] as const;

/** A figure cell: counts as counts, cents as amounts; the raw number in data-value for tests and machines. */
export function FigureCells({ figures, locale, testId }: { figures: Figures; locale: string; testId: string }) {
  return (
    <>
      {FIGURES.map((key) => (
        <td key={key} className={styles.number} data-testid={`${testId}-${key}`} data-value={figures[key]}>
          {key.endsWith('Cents') ? formatAmount(figures[key], locale) : formatCount(figures[key], locale)}
        </td>
      ))}
    </>
  );
}

/**
 * 統計分析 > 活動回報: per campaign, what its contacted members bought within N days after a
 * contact (net of returns), with totals; each campaign opens the invoices behind it. The filters
 * are the contact reports' (the contact range limits which contacts open the window) plus N.
 */
export function CampaignReturnView({ query, timeZone }: { query: QueryRecord; timeZone: string }) {
  const t = useTranslations('salesViews');
  const tFilter = useTranslations('reports.analysis');
  const locale = useLocale();
  const format = useFormatter();
  const router = useRouter();
  const client = useApolloClient();
  const state = useMemo(() => parseCampaignReturn(query), [query]);
  const ran = query.days !== undefined;
  const queryString = campaignReturnQueryString(state);
  const [runs, setRuns] = useState(0);
  const key = `${locale}?${queryString}#${runs}`;
  const [days, setDays] = useState(String(state.days));
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const { options, error: optionsError } = useFilterOptions();

  useEffect(() => {
    if (!ran) return;
    let cancelled = false;
    reportQuery(client, CampaignReturnQuery, { days: state.days, filter: state.filter, first: 100 }).then(
      (data) => !cancelled && setLoaded({ key, report: data.campaignReturn, error: null }),
      (error: unknown) => !cancelled && setLoaded({ key, report: null, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, ran, state, key]);

  const daysValid = /^\d{1,3}$/.test(days) && Number(days) >= 1 && Number(days) <= MAX_DAYS;
  function run(filter: ReportFilterInput) {
    if (!daysValid) return;
    const next = { days: Number(days), filter };
    if (campaignReturnQueryString(next) === queryString && ran) setRuns((n) => n + 1);
    else router.push(campaignReturnHref(next));
  }

  const loading = ran && loaded?.key !== key;
  const report = !loading ? loaded?.report ?? null : null;

  return (
    <div className={styles.page}>
      <div className={styles.days}>
        <label htmlFor="campaign-return-days">{t('campaignReturn.days')}</label>
        <input
          id="campaign-return-days"
          type="number"
          min={1}
          max={MAX_DAYS}
          inputMode="numeric"
          value={days}
          onChange={(e) => setDays(e.target.value)}
          aria-invalid={!daysValid}
          aria-describedby="campaign-return-days-hint"
          data-testid="campaign-return-days"
        />
        <span id="campaign-return-days-hint" className={daysValid ? 'muted' : 'field-error'}>{t('campaignReturn.daysHint', { max: MAX_DAYS })}</span>
      </div>
      <ReportFilterForm
        key={queryString}
        filter={state.filter}
        options={options}
        onRun={run}
        onReset={() => router.push(CAMPAIGN_RETURN_PATH)}
        testId="campaign-return"
        labels={{
          title: tFilter('filtersTitle'),
          all: tFilter('all'),
          branch: tFilter('branch'),
          campaign: tFilter('campaign'),
          salesGroup: tFilter('salesGroup'),
          salesperson: tFilter('salesperson'),
          memberGroup: tFilter('memberGroup'),
          period: tFilter('contactRange'),
          from: tFilter('contactedFrom'),
          to: tFilter('contactedTo'),
          periodHint: t('campaignReturn.contactRangeHint'),
          submit: tFilter('submit'),
          reset: tFilter('reset'),
        }}
      />
      {optionsError ? <p className="alert alert--error" role="alert">{t('optionsFailed', { message: optionsError })}</p> : null}

      <section className={styles.results} aria-labelledby="campaign-return-title" aria-busy={loading} data-testid="campaign-return-results">
        <h2 id="campaign-return-title">{t('campaignReturn.title')}</h2>
        <p className="muted">{t('campaignReturn.explain', { days: state.days })}</p>
        {!ran ? <p className="muted" data-testid="campaign-return-not-run">{t('notRun')}</p> : null}
        {loading ? <p className="muted" role="status">{t('loading')}</p> : null}
        {!loading && loaded?.error ? <p className="alert alert--error" role="alert" data-testid="campaign-return-error">{t('failed', { message: loaded.error })}</p> : null}
        {report ? (
          <>
            <ul className={styles.header} data-testid="campaign-return-header">
              <li>{t('line', { label: t('campaignReturn.days'), value: String(report.days) })}</li>
              <li>{t('line', { label: tFilter('campaign'), value: report.filter.campaigns.map((c) => c.code).join(', ') || tFilter('all') })}</li>
              <li>{t('line', { label: t('ranBy'), value: report.ranBy.login })}</li>
              <li>{t('line', { label: t('ranAt'), value: format.dateTime(new Date(report.ranAt), { dateStyle: 'medium', timeStyle: 'short', timeZone }) })}</li>
            </ul>
            {report.rows.totalCount === 0 ? (
              <p className="muted" data-testid="campaign-return-empty">{t('campaignReturn.empty')}</p>
            ) : (
              <div className="table-wrap" role="region" aria-labelledby="campaign-return-title" tabIndex={0}>
                <table className="data-table" data-testid="campaign-return-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('columns.campaignCode')}</th>
                      <th scope="col">{t('columns.campaignName')}</th>
                      {FIGURES.map((f) => <th key={f} scope="col" className={styles.number}>{t(`columns.${f}`)}</th>)}
                    </tr>
                  </thead>
                  <tbody>
                    {report.rows.nodes.map((row) => (
                      <tr key={row.campaign.id} data-testid="campaign-return-row" data-code={row.campaign.code}>
                        <th scope="row">
                          <Link href={campaignInvoicesHref(row.campaign.id, state)} className={styles.cellLink} data-testid="campaign-return-drill">{row.campaign.code}</Link>
                        </th>
                        <td>{row.campaign.name}</td>
                        <FigureCells figures={row} locale={locale} testId="campaign-return" />
                      </tr>
                    ))}
                    <tr className={styles.totals} data-testid="campaign-return-totals">
                      <th scope="row">{t('totals')}</th>
                      <td />
                      <FigureCells figures={report.totals} locale={locale} testId="campaign-return-total" />
                    </tr>
                  </tbody>
                </table>
              </div>
            )}
            <p className="muted">{t('campaignReturn.totalsNote')}</p>
            <div className="button-row">
              <button type="button" className="button button--secondary" onClick={() => window.print()} data-testid="campaign-return-print">{t('print')}</button>
              <a className="button button--primary" href={campaignReturnExportHref(state, locale)} download data-testid="campaign-return-export">{t('export')}</a>
            </div>
          </>
        ) : null}
      </section>
    </div>
  );
}
