'use client';

import { useApolloClient } from '@apollo/client/react';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { MemberSalesRankingQuery as Result } from '@/graphql/generated/graphql';
import { Link, useRouter } from '@/i18n/navigation';
import { formatAmount, formatCount } from '../analysis/format';
import type { QueryRecord } from '../report-filter';
import { reportQuery } from '../report-query';
import { MemberSalesRankingQuery } from './sales-views-documents';
import { parseRanking, RANKING_PATH, rankingExportHref, rankingFilter, rankingHref, rankingQueryString } from './sales-views-params';
import styles from './sales-views.module.css';

type Page = Result['memberSalesRanking'];
const PAGE_SIZE = 50;
const FIGURES = ['invoices', 'grossCents', 'returnedCents', 'netCents'] as const;

/**
 * 統計分析 > 會員消費排名: members by net sales over a period (the month so far when none is
 * given), best first, equal nets sharing a rank; only the invoices the viewer may read count.
 */
export function MemberRanking({ query }: { query: QueryRecord }) {
  const t = useTranslations('salesViews');
  const locale = useLocale();
  const router = useRouter();
  const client = useApolloClient();
  const state = useMemo(() => parseRanking(query), [query]);
  const queryString = rankingQueryString(state);
  const [from, setFrom] = useState(state.from ?? '');
  const [to, setTo] = useState(state.to ?? '');
  const [paging, setPaging] = useState<{ query: string; cursors: Array<string | null> }>({ query: queryString, cursors: [null] });
  const cursors = paging.query === queryString ? paging.cursors : [null];
  const after = cursors[cursors.length - 1];
  const key = `${locale}?${queryString}@${after ?? ''}`;
  const [loaded, setLoaded] = useState<{ key: string; page: Page | null; error: string | null } | null>(null);

  useEffect(() => {
    let cancelled = false;
    reportQuery(client, MemberSalesRankingQuery, { filter: rankingFilter(state), first: PAGE_SIZE, after }).then(
      (data) => !cancelled && setLoaded({ key, page: data.memberSalesRanking, error: null }),
      (error: unknown) => !cancelled && setLoaded({ key, page: null, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, state, after, key]);

  function submit(event: FormEvent) {
    event.preventDefault();
    router.push(rankingHref({ ...state, from: from || undefined, to: to || undefined }));
  }

  const current = loaded?.key === key ? loaded : null;
  const page = current?.page ?? null;

  return (
    <div className={styles.page}>
      <form className={styles.period} onSubmit={submit} aria-label={t('ranking.filters')} data-testid="ranking-filters">
        <label htmlFor="ranking-from">{t('ranking.from')}</label>
        <input id="ranking-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="ranking-from" />
        <label htmlFor="ranking-to">{t('ranking.to')}</label>
        <input id="ranking-to" type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} data-testid="ranking-to" />
        <button type="submit" className="button button--primary" data-testid="ranking-run">{t('ranking.run')}</button>
        <Link href={RANKING_PATH} className="button button--secondary">{t('ranking.reset')}</Link>
      </form>

      <section className={styles.results} aria-labelledby="ranking-title" aria-busy={!current} data-testid="ranking-results">
        <h2 id="ranking-title">{t('ranking.title')}</h2>
        <p className="muted">{state.from || state.to ? t('ranking.period', { from: state.from ?? '…', to: state.to ?? '…' }) : t('ranking.defaultPeriod')}</p>
        {!current ? <p className="muted" role="status">{t('loading')}</p> : null}
        {current?.error ? <p className="alert alert--error" role="alert" data-testid="ranking-error">{t('failed', { message: current.error })}</p> : null}
        {page ? (
          page.totalCount === 0 ? (
            <p className="muted" data-testid="ranking-empty">{t('ranking.empty')}</p>
          ) : (
            <div className="table-wrap" role="region" aria-labelledby="ranking-title" tabIndex={0}>
              <table className="data-table" data-testid="ranking-table">
                <thead>
                  <tr>
                    <th scope="col" className={styles.number}>{t('columns.rank')}</th>
                    <th scope="col">{t('columns.memberNo')}</th>
                    <th scope="col">{t('columns.memberName')}</th>
                    {FIGURES.map((f) => <th key={f} scope="col" className={styles.number}>{t(`columns.${f}`)}</th>)}
                  </tr>
                </thead>
                <tbody>
                  {page.nodes.map((row, i) => (
                    <tr key={row.member?.id ?? `hidden-${i}`} data-testid="ranking-row" data-rank={row.rank}>
                      <td className={styles.number}>{formatCount(row.rank, locale)}</td>
                      <th scope="row">{row.member ? <Link href={`/members/${row.member.id}`} className={styles.cellLink}>{row.member.memberNo}</Link> : ''}</th>
                      <td>{row.member?.displayName ?? ''}</td>
                      {FIGURES.map((f) => (
                        <td key={f} className={styles.number} data-testid={`ranking-${f}`} data-value={row[f]}>
                          {f.endsWith('Cents') ? formatAmount(row[f], locale) : formatCount(row[f], locale)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        ) : null}
        <div className="button-row">
          <button type="button" className="button button--secondary" disabled={cursors.length === 1} onClick={() => setPaging({ query: queryString, cursors: cursors.slice(0, -1) })}>{t('previous')}</button>
          <button type="button" className="button button--secondary" disabled={!page?.pageInfo.hasNextPage} onClick={() => setPaging({ query: queryString, cursors: [...cursors, page?.pageInfo.endCursor ?? null] })}>{t('next')}</button>
          <button type="button" className="button button--secondary" onClick={() => window.print()} data-testid="ranking-print">{t('print')}</button>
          <a className="button button--primary" href={rankingExportHref(state, locale)} download data-testid="ranking-export">{t('export')}</a>
        </div>
      </section>
    </div>
  );
}
