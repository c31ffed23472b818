'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useMemo, useState, useTransition } from 'react';
import type { MemberSearchPageQuery } from '@/graphql/generated/graphql';
import { useRouter } from '@/i18n/navigation';
import { pageAfter } from '@/lib/apollo/page-after';
import { requestError } from '@/lib/apollo/request-error';
import { BulkActions } from './bulk-actions';
import {
  DEFAULT_SORT, filterKey, nextPage, parseSearchQuery, previousPage, searchQueryString, sortBy, type MemberFilterInput,
  type QueryRecord, type SearchState,
} from './filter-params';
import { MemberSearchQuery, PAGE_SIZE } from './member-search-documents';
import { ResultsTable } from './results-table';
import { SearchForm } from './search-form';
import { canRestore, restore, selectAll, selectedCount, setSelected } from './selection';
import { useSearchOptions, type SearchOptionAnswers } from './use-search-options';
import { useSelection } from './use-selection';
import styles from './member-search.module.css';


/**
 * The member search page: the filter form, the results with their selection, and the bulk
 * actions. The URL's query string is the search (so reload and back/forward work); the rows
 * unticked are kept per filter in sessionStorage (so they survive paging). Every search and page
 * is read afresh: by the page on the server (`firstPage`, so the rows come with the page, shown as
 * they came), or here (network-only) without it; while it comes the rows shown stay, marked busy.
 */
/** `canAssignCampaigns`: managers and admins get the 聯絡活動 action (assigning members to a campaign). */
export function MemberSearch({
  query, canAssignCampaigns = false, canIssueCoupons = false, firstPage = null, optionAnswers,
}: {
  query: QueryRecord;
  canAssignCampaigns?: boolean;
  /** Whether the viewer may issue e-coupons to the result (loyalty.issueCoupons). */
  canIssueCoupons?: boolean;
  firstPage?: MemberSearchPageQuery | null;
  /** The pickers' lists as the page read them on the server (see useSearchOptions). */
  optionAnswers?: SearchOptionAnswers;
}) {
  const t = useTranslations('members.search');
  const router = useRouter();
  const state = useMemo(() => parseSearchQuery(query), [query]);
  const key = filterKey(state.filter);
  const options = useSearchOptions(optionAnswers);
  const [selection, updateSelection] = useSelection(key);
  const variables = useMemo(() => ({ filter: state.filter, sort: state.sort, first: PAGE_SIZE, after: state.after }), [state]);
  // The page the server read is shown as it came, not written into the client cache and read back
  // (for 50 rows that was about 100 ms of main thread in one piece at hydration on a tablet). The
  // browser reads the page itself without it, and to refresh it after a bulk change.
  const [refreshedFor, setRefreshedFor] = useState<MemberSearchPageQuery | null>(null);
  const serverPage = firstPage !== null && refreshedFor !== firstPage ? firstPage : null;
  const result = useQuery(MemberSearchQuery, { variables, fetchPolicy: 'network-only', skip: serverPage !== null });
  // A new search or page is a navigation: the server reads it while the rows shown stay.
  const [navigating, startNavigation] = useTransition();
  const data = serverPage ?? result.data;
  const fresh = data && !result.loading ? { connection: data.memberSearch, after: state.after } : null;
  // The page last read stays on screen, busy, while the next search or page is read.
  const [shown, setShown] = useState(fresh);
  if (fresh && fresh.connection !== shown?.connection) setShown(fresh);
  const current = fresh ?? shown;

  const loading = navigating || result.loading;
  const error = result.error && !loading ? requestError(result.error).message : null;
  const connection = error ? null : (current?.connection ?? null);
  const rows = connection ? pageAfter(connection.edges, current!.after, PAGE_SIZE).map((edge) => edge.node) : [];
  const total = connection?.totalCount ?? 0;
  const selected = selectedCount(selection, total);
  const endCursor = connection?.pageInfo.endCursor ?? null;

  function go(next: SearchState) {
    const qs = searchQueryString(next);
    startNavigation(() => router.push(qs ? `/members?${qs}` : '/members'));
  }

  function search(filter: MemberFilterInput) {
    go({ filter, sort: state.sort, after: null, previous: [] });
  }

  return (
    <div className={styles.page}>
      <SearchForm key={key} filter={state.filter} options={options} onSearch={search} onReset={() => go({ filter: {}, sort: DEFAULT_SORT, after: null, previous: [] })} />
      <section className={styles.results} aria-labelledby="member-results-title">
        <div className={styles.resultsHeader}>
          <h2 id="member-results-title">{t('results')}</h2>
          {connection ? (
            <p className={styles.counts} aria-live="polite">
              <span data-testid="members-total">{t('total', { count: total })}</span>
              <span data-testid="members-selected">{t('selectedCount', { selected, total })}</span>
            </p>
          ) : null}
        </div>
        {error ? (
          <p className="alert alert--error" role="alert" data-testid="members-error">
            {error}
          </p>
        ) : null}
        <div className={styles.selectionBar}>
          <span className={styles.selectionHint}>{t('selectionHint')}</span>
          <button type="button" className="button button--secondary" onClick={() => updateSelection(selectAll)} data-testid="select-all">
            {t('selectAll')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => updateSelection(restore)}
            disabled={!canRestore(selection)}
            data-testid="restore"
          >
            {t('restore')}
          </button>
        </div>
        <BulkActions
          filter={state.filter}
          excludedIds={selection.excluded}
          selectedCount={connection ? selected : 0}
          options={options}
          canAssignCampaigns={canAssignCampaigns}
          canIssueCoupons={canIssueCoupons}
          onChanged={() => (serverPage ? setRefreshedFor(serverPage) : void result.refetch())}
        />
        <ResultsTable
          rows={rows}
          sort={state.sort}
          onSort={(field) => go(sortBy(state, field))}
          selection={selection}
          onSelect={(id, value) => updateSelection((s) => setSelected(s, id, value))}
          busy={loading}
        />
        <nav className="pager" aria-label={t('pager')}>
          {state.after ? (
            <button type="button" className="button button--secondary" disabled={loading} onClick={() => go(previousPage(state))} data-testid="members-previous">
              {t('previousPage')}
            </button>
          ) : null}
          {connection?.pageInfo.hasNextPage && endCursor ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={loading}
              onClick={() => go(nextPage(state, endCursor))}
              data-testid="members-next"
            >
              {t('nextPage')}
            </button>
          ) : null}
        </nav>
      </section>
    </div>
  );
}
