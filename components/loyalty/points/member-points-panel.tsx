'use client';

import { useApolloClient, useQuery } from '@apollo/client/react';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { PointsEntryRowFragment } from '@/graphql/generated/graphql';
import { StatusMessage } from '@/components/ui/status-message';
import { TableScroll } from '@/components/ui/table-scroll';
import { requestError } from '@/lib/apollo/request-error';
import { MemberPointsQuery, MorePointsEntriesQuery, POINTS_LEDGER_PAGE_SIZE } from './points-documents';
import { explainEntry } from './points-explanation';

/**
 * 積分 on the member's page: her balance, her rank among all members, what expires when and the
 * ledger, newest first, each row saying in words where its number came from. An active query, so
 * a redemption or an adjustment elsewhere on the page (refetchQueries) shows here at once.
 */
export function MemberPointsPanel({ memberId, currency }: { memberId: string; currency: string }) {
  const t = useTranslations('loyalty.points.panel');
  const why = useTranslations('loyalty.points.explain');
  const format = useFormatter();
  const client = useApolloClient();
  const { data, error } = useQuery(MemberPointsQuery, { variables: { memberId, first: POINTS_LEDGER_PAGE_SIZE, after: null }, fetchPolicy: 'cache-and-network' });
  const [more, setMore] = useState<{ rows: PointsEntryRowFragment[]; endCursor: string | null; hasNextPage: boolean; for: string } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);

  const summary = data?.memberPoints;
  const first = data?.pointsEntries;
  // Extra pages belong to the first page they followed; a refreshed first page starts over.
  const firstKey = first?.nodes[0]?.id ?? '';
  const extra = more && more.for === firstKey ? more : null;
  const rows = [...(first?.nodes ?? []), ...(extra?.rows ?? [])];
  const hasNextPage = extra ? extra.hasNextPage : (first?.pageInfo.hasNextPage ?? false);
  const endCursor = extra ? extra.endCursor : (first?.pageInfo.endCursor ?? null);

  const money = (cents: number) => format.number(cents / 100, { style: 'currency', currency, maximumFractionDigits: 2 });
  const formats = { money, number: (n: number) => format.number(n), date: (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium' }) };

  async function showMore() {
    setLoadingMore(true);
    setMoreError(null);
    try {
      const { data: page } = await client.query({ query: MorePointsEntriesQuery, variables: { memberId, first: POINTS_LEDGER_PAGE_SIZE, after: endCursor }, fetchPolicy: 'no-cache' });
      if (!page) throw new Error('The query returned no data');
      setMore({ rows: [...(extra?.rows ?? []), ...page.pointsEntries.nodes], endCursor: page.pointsEntries.pageInfo.endCursor, hasNextPage: page.pointsEntries.pageInfo.hasNextPage, for: firstKey });
    } catch (failure) {
      setMoreError(requestError(failure).message);
    }
    setLoadingMore(false);
  }

  return (
    <section className="card" aria-labelledby="member-points-title" data-testid="member-points">
      <h2 id="member-points-title">{t('title')}</h2>
      {error ? <StatusMessage status={{ kind: 'error', text: requestError(error).message }} /> : null}
      {summary ? (
        <>
          <dl className="details">
            <div className="detail">
              <dt>{t('balance')}</dt>
              <dd data-testid="points-balance" data-points={summary.balance}>
                {format.number(summary.balance)}
              </dd>
            </div>
            <div className="detail">
              <dt>{t('rank')}</dt>
              <dd data-testid="points-rank" data-rank={summary.rank}>
                {t('rankPlace', { rank: format.number(summary.rank) })}
              </dd>
            </div>
            <div className="detail">
              <dt>{t('earnedTotal')}</dt>
              <dd>{format.number(summary.earnedTotal)}</dd>
            </div>
            <div className="detail">
              <dt>{t('expiring')}</dt>
              <dd data-testid="points-expiring">
                {summary.expiring.length === 0 ? (
                  t('nothingExpires')
                ) : (
                  <ul>
                    {summary.expiring.map((group) => (
                      <li key={group.expiresAt ?? 'never'} data-testid="points-expiring-group">
                        {group.expiresAt
                          ? t('expiresOn', { points: format.number(group.points), date: format.dateTime(new Date(group.expiresAt), { dateStyle: 'medium' }) })
                          : t('neverExpires', { points: format.number(group.points) })}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          </dl>
          {rows.length === 0 ? (
            <p className="muted" data-testid="points-ledger-empty">
              {t('empty')}
            </p>
          ) : (
            <TableScroll label={t('ledger')}>
              <table className="data-table" data-testid="points-ledger">
                <caption className="visually-hidden">{t('ledger')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('when')}</th>
                    <th scope="col">{t('kind')}</th>
                    <th scope="col">{t('change')}</th>
                    <th scope="col">{t('balanceAfter')}</th>
                    <th scope="col">{t('explanation')}</th>
                    <th scope="col">{t('by')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((entry) => (
                    <tr key={entry.id} data-testid="points-entry" data-kind={entry.kind}>
                      <td>{format.dateTime(new Date(entry.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}</td>
                      <td>{t(`kindName.${entry.kind}`)}</td>
                      <td data-testid="points-entry-points">{entry.points > 0 ? `+${format.number(entry.points)}` : format.number(entry.points)}</td>
                      <td>{format.number(entry.balanceAfter)}</td>
                      <td data-testid="points-entry-explanation">
                        {explainEntry(entry, (key, values) => why(key, values), formats).map((line, i) => (
                          <div key={i}>{line}</div>
                        ))}
                      </td>
                      <td>{[entry.staff?.displayName, entry.branch?.name].filter(Boolean).join(' · ') || t('system')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          {moreError ? <StatusMessage status={{ kind: 'error', text: moreError }} /> : null}
          {hasNextPage ? (
            <div className="button-row">
              <button type="button" className="button button--secondary" onClick={() => void showMore()} disabled={loadingMore} aria-busy={loadingMore} data-testid="points-ledger-more">
                {t('more')}
              </button>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
