'use client';

import { useApolloClient } from '@apollo/client/react';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { LevelChangeRowFragment, MemberLevelChangesQuery } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { LEVEL_HISTORY_PAGE_SIZE, MemberLevelChangesQuery as Query } from './level-history-documents';

type Page = MemberLevelChangesQuery['memberLevelChanges'];

/**
 * The level section's history: every change of the member's level, newest first, each saying why
 * (the spend over the level's months and the invoice that reached it, the review, or who changed it).
 */
export function LevelHistory({ memberId, initial, currency }: { memberId: string; initial: Page; currency: string }) {
  const t = useTranslations('loyalty.levels.history');
  const client = useApolloClient();
  const [rows, setRows] = useState(initial.nodes);
  const [pageInfo, setPageInfo] = useState(initial.pageInfo);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function more() {
    setLoading(true);
    setError(null);
    try {
      const { data } = await client.query({ query: Query, variables: { memberId, first: LEVEL_HISTORY_PAGE_SIZE, after: pageInfo.endCursor }, fetchPolicy: 'no-cache' });
      if (!data) throw new Error('The query returned no data');
      setRows((current) => [...current, ...data.memberLevelChanges.nodes]);
      setPageInfo(data.memberLevelChanges.pageInfo);
    } catch (failure) {
      setError(t('failed', { reason: requestError(failure).message }));
    }
    setLoading(false);
  }

  return (
    <div data-testid="level-history">
      <h3>
        {t('title')} <span className="muted">({initial.totalCount})</span>
      </h3>
      {rows.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <ol className="rule-list">
          {rows.map((row) => (
            <li key={row.id} data-testid="level-change" data-reason={row.reason}>
              <LevelChangeText change={row} currency={currency} />
            </li>
          ))}
        </ol>
      )}
      {error ? (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      ) : null}
      {pageInfo.hasNextPage ? (
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => void more()} disabled={loading} aria-busy={loading} data-testid="level-history-more">
            {t('more')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

/**
 * One level change in words: from → to, why (for spend changes the spend over the deciding
 * level's months, and the invoice that reached it), when and who. Also a row of the customer history.
 */
export function LevelChangeText({ change, currency }: { change: LevelChangeRowFragment; currency: string }) {
  const t = useTranslations('loyalty.levels.history');
  const format = useFormatter();
  const money = (cents: number) => format.number(cents / 100, { style: 'currency', currency, maximumFractionDigits: 0 });
  const why =
    change.reason === 'UPGRADE'
      ? t('why.UPGRADE', { spend: money(change.spendCents ?? 0), months: change.toGroup.upgradeWithinMonths })
      : change.reason === 'DOWNGRADE'
        ? t('why.DOWNGRADE', { spend: money(change.spendCents ?? 0), months: change.fromGroup?.upgradeWithinMonths ?? 0 })
        : t(`why.${change.reason}`);
  return (
    <>
      <p>
        <strong data-testid="level-change-groups">{t('fromTo', { from: change.fromGroup?.name ?? t('none'), to: change.toGroup.name })}</strong>
      </p>
      <p data-testid="level-change-why">
        {why}
        {change.invoice ? ` · ${t('invoice', { number: change.invoice.number })}` : null}
      </p>
      <p className="muted">
        {format.dateTime(new Date(change.createdAt), { dateStyle: 'medium', timeStyle: 'short' })} · {change.staff ? change.staff.displayName : t('system')}
      </p>
    </>
  );
}
