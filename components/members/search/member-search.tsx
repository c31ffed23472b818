'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import { useRouter } from '@/i18n/navigation';
import { BulkActions } from './bulk-actions';
import {
  DEFAULT_SORT, filterKey, nextPage, parseSearchQuery, previousPage, searchQueryString, sortBy, type MemberFilterInput,
  type QueryRecord, type SearchState,
} from './filter-params';
import { EMPTY_OPTIONS, loadSearchOptions, searchMembers, type MemberSearchPage, type SearchOptions } from './queries';
import { ResultsTable } from './results-table';
import { SearchForm } from './search-form';
import { canRestore, restore, selectAll, selectedCount, setSelected } from './selection';
import { useSelection } from './use-selection';
import styles from './member-search.module.css';

type Result = { key: string; page: MemberSearchPage | null; error: string | null };

/**
 * The member search page: the filter form, the results with their selection, and the bulk
 * actions. The URL's query string is the search (so reload and back/forward work); the rows
 * unticked are kept per filter in sessionStorage (so they survive paging).
 */
/** `canAssignCampaigns`: managers and admins get the 聯絡活動 action (assigning members to a campaign). */
export function MemberSearch({ query, canAssignCampaigns = false }: { query: QueryRecord; canAssignCampaigns?: boolean }) {
  const t = useTranslations('members.search');
  const locale = useLocale();
  const router = useRouter();
  const state = useMemo(() => parseSearchQuery(query), [query]);
  const key = filterKey(state.filter);
  const [options, setOptions] = useState<SearchOptions>(EMPTY_OPTIONS);
  const [result, setResult] = useState<Result | null>(null);
  const [reloads, setReloads] = useState(0);
  const [selection, updateSelection] = useSelection(key);
  const fetchKey = `${locale}?${searchQueryString(state)}#${reloads}`;

  useEffect(() => {
    let cancelled = false;
    loadSearchOptions(locale).then((loaded) => {
      if (!cancelled) setOptions(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [locale]);

  useEffect(() => {
    let cancelled = false;
    searchMembers({ filter: state.filter, sort: state.sort, after: state.after }, locale).then(
      (page) => {
        if (!cancelled) setResult({ key: fetchKey, page, error: null });
      },
      (error: unknown) => {
        if (!cancelled) setResult({ key: fetchKey, page: null, error: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [state, locale, fetchKey]);

  const loading = result?.key !== fetchKey;
  const page = result?.page ?? null;
  const total = page?.totalCount ?? 0;
  const selected = selectedCount(selection, total);

  function go(next: SearchState) {
    const qs = searchQueryString(next);
    router.push(qs ? `/members?${qs}` : '/members');
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
          {page ? (
            <p className={styles.counts} aria-live="polite">
              <span data-testid="members-total">{t('total', { count: total })}</span>
              <span data-testid="members-selected">{t('selectedCount', { selected, total })}</span>
            </p>
          ) : null}
        </div>
        {result?.error && !loading ? (
          <p className="alert alert--error" role="alert" data-testid="members-error">
            {result.error}
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
          selectedCount={page ? selected : 0}
          options={options}
          canAssignCampaigns={canAssignCampaigns}
          onChanged={() => setReloads((n) => n + 1)}
        />
        <ResultsTable
          rows={page?.nodes ?? []}
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
          {page?.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={loading}
              onClick={() => go(nextPage(state, page.pageInfo.endCursor!))}
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
