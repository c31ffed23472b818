'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { Link } from '@/i18n/navigation';
import { formatCount } from '../analysis/format';
import type { QueryRecord } from '../report-filter';
import { LoyaltyFilterForm, LoyaltyReportActions } from './loyalty-filter-form';
import { PointsRankingQuery } from './loyalty-reports-documents';
import { branchesFilter, loyaltyExportHref, loyaltyQueryString, parseLoyaltyReport } from './loyalty-reports-params';
import styles from './loyalty-reports.module.css';
import { useLoyaltyReport } from './use-loyalty-report';

const PAGE_SIZE = 50;

/**
 * 積分排名: the members the viewer may see who hold points, most first, with each one's rank
 * among all members (equal balances share it), a page at a time.
 */
export function PointsRankingReport({ query }: { query: QueryRecord }) {
  const t = useTranslations('loyaltyReports');
  const locale = useLocale();
  const state = useMemo(() => parseLoyaltyReport(query), [query]);
  const queryString = loyaltyQueryString({ branchIds: state.branchIds });
  const [paging, setPaging] = useState<{ query: string; cursors: Array<string | null> }>({ query: queryString, cursors: [null] });
  const cursors = paging.query === queryString ? paging.cursors : [null];
  const after = cursors[cursors.length - 1];
  const current = useLoyaltyReport(PointsRankingQuery, { filter: branchesFilter(state), first: PAGE_SIZE, after }, `${locale}?${queryString}@${after ?? ''}`);
  const report = current?.data?.pointsRanking ?? null;

  return (
    <div className={styles.page}>
      <LoyaltyFilterForm tab="ranking" state={state} />
      <section className={styles.results} aria-labelledby="loyalty-ranking-title" aria-busy={!current} data-testid="points-ranking">
        <h2 id="loyalty-ranking-title">{t('ranking.title')}</h2>
        {report ? <p className="muted" data-testid="points-ranking-member-count">{t('ranking.memberCount', { count: formatCount(report.memberCount, locale) })}</p> : null}
        {!current ? <p className="muted" role="status">{t('loading')}</p> : null}
        {current?.error ? <p className="alert alert--error" role="alert" data-testid="loyalty-report-error">{t('failed', { message: current.error })}</p> : null}
        {report ? (
          report.rows.totalCount === 0 ? (
            <p className="muted" data-testid="points-ranking-empty">{t('ranking.empty')}</p>
          ) : (
            <div className="table-wrap" role="region" aria-labelledby="loyalty-ranking-title" tabIndex={0}>
              <table className="data-table" data-testid="points-ranking-table">
                <thead>
                  <tr>
                    <th scope="col" className={styles.number}>{t('columns.rank')}</th>
                    <th scope="col">{t('columns.memberNo')}</th>
                    <th scope="col">{t('columns.memberName')}</th>
                    <th scope="col" className={styles.number}>{t('columns.balance')}</th>
                    <th scope="col" className={styles.number}>{t('columns.earnedTotal')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.rows.nodes.map((row, i) => (
                    <tr key={row.member?.id ?? `hidden-${i}`} data-testid="points-ranking-row" data-rank={row.rank} data-balance={row.balance}>
                      <td className={styles.number}>{formatCount(row.rank, locale)}</td>
                      <th scope="row">{row.member ? <Link href={`/members/${row.member.id}`} className={styles.cellLink}>{row.member.memberNo}</Link> : ''}</th>
                      <td>{row.member?.displayName ?? ''}</td>
                      <td className={styles.number}>{formatCount(row.balance, locale)}</td>
                      <td className={styles.number}>{formatCount(row.earnedTotal, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        ) : null}
        <div className="button-row report-no-print">
          <button type="button" className="button button--secondary" disabled={cursors.length === 1} onClick={() => setPaging({ query: queryString, cursors: cursors.slice(0, -1) })}>{t('previous')}</button>
          <button type="button" className="button button--secondary" disabled={!report?.rows.pageInfo.hasNextPage} onClick={() => setPaging({ query: queryString, cursors: [...cursors, report?.rows.pageInfo.endCursor ?? null] })} data-testid="points-ranking-next">{t('next')}</button>
        </div>
        <LoyaltyReportActions exportHref={loyaltyExportHref('ranking', state, locale)} />
      </section>
    </div>
  );
}
