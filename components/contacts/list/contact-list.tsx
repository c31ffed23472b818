'use client';

import { NetworkStatus } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useLocale, useTranslations } from 'next-intl';
import { useMemo, useState, useTransition } from 'react';
import type {
  ContactListOptionsQuery as OptionsAnswer, ContactListQuery as ContactListAnswer, ReassignTargetsQuery as TargetsAnswer,
} from '@/graphql/generated/graphql';
import { useRouter } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { useAnswerOrQuery } from '@/lib/apollo/use-answer-or-query';
import { ColumnPicker } from './column-picker';
import {
  ContactListOptionsQuery, ContactListQuery, ContactListTotalQuery, PAGE_SIZE, ReassignContactMembersMutation, ReassignTargetsQuery,
} from './contact-list-documents';
import { ContactTable } from './contact-table';
import { FilterPanel } from './filter-panel';
import { DEFAULT_SORT, exportUrl, listQueryString, parseListQuery, sortAfterFilter, sortBy, type ListState, type QueryRecord } from './filter-params';
import { availableColumns, serializeColumns, type OptionalColumn } from './table-columns';
import styles from './contact-list.module.css';

const staffLabel = (s: { displayName: string; code: string }) => `${s.displayName} (${s.code})`;

/**
 * 聯絡會員 > 列表: the filters, the table with sortable headers, "load more", the total, the Excel
 * export of the same list, and — for managers — reassigning ticked rows to another salesperson.
 * The URL's query string is the filter and sort. The page reads the list's first page on the server
 * for every filter and sort (`firstPage`, so the rows come with the page); without it the list is
 * read here (network-only). The total is read here afresh. While the next answer comes the rows
 * shown stay, marked busy.
 * The optional columns chosen are kept in the staff member's cookie (`columnsCookie`), which the
 * page reads to draw the table as chosen.
 */
export function ContactList({
  query, timeZone, canReassign, columns: chosenColumns, columnsCookie, firstPage = null, optionsAnswer = null, targetsAnswer = null,
}: {
  query: QueryRecord;
  timeZone: string;
  canReassign: boolean;
  columns: OptionalColumn[];
  columnsCookie: string;
  firstPage?: ContactListAnswer | null;
  /** The filters' and the reassign picker's choices as the page read them on the server. */
  optionsAnswer?: OptionsAnswer | null;
  targetsAnswer?: TargetsAnswer | null;
}) {
  const t = useTranslations('contacts.list');
  const locale = useLocale();
  const router = useRouter();
  const state = useMemo(() => parseListQuery(query), [query]);
  const options = useAnswerOrQuery(ContactListOptionsQuery, optionsAnswer);
  const targets = useAnswerOrQuery(ReassignTargetsQuery, targetsAnswer, !canReassign);
  const listVariables = useMemo(() => ({ filter: state.filter, sort: state.sort, first: PAGE_SIZE, after: null }), [state]);
  // The first page the server read is shown as it came: writing 50 rows into the client cache and
  // reading them back took 200 ms of main thread in one piece at hydration on a tablet (4x CPU). The
  // rows go into the cache only when the browser changes the list (more rows, a reassignment, a note).
  const client = useApolloClient();
  const [cachedFor, setCachedFor] = useState<ContactListAnswer | null>(null);
  const serverPage = firstPage !== null && cachedFor !== firstPage ? firstPage : null;
  const list = useQuery(ContactListQuery, { variables: listVariables, fetchPolicy: firstPage ? 'cache-first' : 'network-only', skip: serverPage !== null });
  // A new filter or sort is a navigation: the server reads its first page while the rows shown stay.
  const [navigating, startNavigation] = useTransition();
  // The total in its own request, so the first rows show as soon as they are read.
  const counted = useQuery(ContactListTotalQuery, { variables: { filter: state.filter }, fetchPolicy: 'network-only' });
  const [reassignTo] = useMutation(ReassignContactMembersMutation);
  const [loadingMore, setLoadingMore] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [target, setTarget] = useState('');
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [columns, setColumns] = useState(chosenColumns);

  function chooseColumns(next: OptionalColumn[]) {
    setColumns(next);
    document.cookie = `${columnsCookie}=${serializeColumns(next)}; path=/; max-age=31536000; samesite=lax`;
  }

  // The purchase block's columns as the contact settings allow (顯示會員購買…資料, 成功購買).
  const available = useMemo(() => availableColumns(options.data?.contactSettings), [options.data]);
  const shownColumns = useMemo(() => columns.filter((c) => available.includes(c)), [columns, available]);

  const loading = navigating || (list.loading && list.networkStatus !== NetworkStatus.fetchMore);
  const connection = serverPage ? serverPage.contactMembers : list.error ? undefined : (list.data ?? list.previousData)?.contactMembers;

  /** From here on the list shows the client cache, which holds the server's page first. */
  function takeIntoCache() {
    if (!serverPage) return;
    client.writeQuery({ query: ContactListQuery, variables: listVariables, data: serverPage });
    setCachedFor(serverPage);
  }
  const rows = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const total = counted.loading || counted.error ? null : (counted.data?.contactMembers.totalCount ?? null);
  const failed = options.error ?? targets.error ?? counted.error;
  const shownNotice = notice ?? (failed ? { kind: 'error' as const, text: requestError(failed).message } : null);
  const listError = list.error ? requestError(list.error).message : null;

  function go(next: ListState) {
    const qs = listQueryString(next);
    setSelected(new Set());
    startNavigation(() => router.push(qs ? `/contacts?${qs}` : '/contacts'));
  }

  async function loadMore() {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      // The cache appends the page to the rows shown (relay-style pagination).
      if (serverPage) {
        takeIntoCache();
        await client.query({ query: ContactListQuery, variables: { ...listVariables, after: connection.pageInfo.endCursor }, fetchPolicy: 'network-only' });
      } else await list.fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } catch (error) {
      setNotice({ kind: 'error', text: requestError(error).message });
    } finally {
      setLoadingMore(false);
    }
  }

  async function reassignSelected() {
    if (!target || selected.size === 0) return;
    try {
      const { data } = await reassignTo({ variables: { ids: [...selected], salespersonId: target } });
      setNotice({ kind: 'success', text: t('reassigned', { count: data?.reassignContactMembers ?? 0 }) });
      setSelected(new Set());
      if (serverPage) {
        takeIntoCache();
        void client.query({ query: ContactListQuery, variables: listVariables, fetchPolicy: 'network-only' });
      } else void list.refetch({ after: null });
      void counted.refetch();
    } catch (error) {
      setNotice({ kind: 'error', text: t('reassignUnavailable', { message: requestError(error).message }) });
    }
  }

  const selection = useMemo(
    () =>
      canReassign
        ? {
            selected,
            toggle: (id: string) =>
              setSelected((s) => {
                const next = new Set(s);
                if (next.has(id)) next.delete(id);
                else next.add(id);
                return next;
              }),
            togglePage: () =>
              setSelected((s) => (rows.length > 0 && rows.every((r) => s.has(r.id)) ? new Set() : new Set(rows.map((r) => r.id)))),
          }
        : null,
    [canReassign, selected, rows],
  );

  // The filter panel and the table are memoised elements, so the total arriving (its own request)
  // re-renders neither: drawing 50 rows again cost a long task right after hydration on a tablet.
  // (Not Suspense boundaries: React streams a large boundary's HTML after what follows it, so the
  // pager below was painted first and then pushed down, CLS 0.07.)
  const filterPanel = useMemo(
    () => (
      <FilterPanel
        filter={state.filter}
        options={options.data}
        onSearch={(filter) => go({ filter, sort: sortAfterFilter(state, filter) })}
        onReset={() => go({ filter: {}, sort: DEFAULT_SORT })}
        actions={
          <>
            <ColumnPicker columns={shownColumns} available={available} onChange={chooseColumns} />
            <a className="button button--secondary" href={exportUrl(state, locale)} download data-testid="contacts-export">
              {t('exportExcel')}
            </a>
          </>
        }
      />
    ),
    // go and chooseColumns change only with what is listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state, options.data, shownColumns, available, locale, t],
  );
  const table = useMemo(
    () => (
      <ContactTable rows={rows} sort={state.sort} onSort={(field) => go({ filter: state.filter, sort: sortBy(state.sort, field) })} timeZone={timeZone} columns={shownColumns} available={available} selection={selection} busy={loading} beforeChange={takeIntoCache} />
    ),
    // go and takeIntoCache change only with what is listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, state, timeZone, shownColumns, available, selection, loading, serverPage, listVariables],
  );

  return (
    <div className={styles.page}>
      {filterPanel}
      <section className={styles.results} aria-labelledby="contact-results-title">
        <div className={styles.resultsHeader}>
          <h2 id="contact-results-title" className="visually-hidden">
            {t('results')}
          </h2>
          {connection ? (
            <p aria-live="polite" className={styles.counts}>
              {total === null ? (
                <span className="muted" data-testid="contacts-total-loading">{t('loading')}</span>
              ) : (
                <>
                  <span data-testid="contacts-total">{t('total', { count: total })}</span>
                  <span className="muted" data-testid="contacts-shown">
                    {t('shown', { shown: rows.length, total })}
                  </span>
                </>
              )}
            </p>
          ) : null}
          {canReassign ? (
            <div className={styles.reassign} data-testid="contacts-reassign">
              <span data-testid="contacts-selected">{t('selectedCount', { count: selected.size })}</span>
              <label htmlFor="contacts-reassign-target">{t('reassignTo')}</label>
              <select id="contacts-reassign-target" className="select" value={target} onChange={(e) => setTarget(e.target.value)} data-testid="contacts-reassign-target">
                <option value="">{t('reassignChoose')}</option>
                {(targets.data?.staffMembers.nodes ?? []).map((o) => (
                  <option key={o.id} value={o.id}>
                    {staffLabel(o)}
                  </option>
                ))}
              </select>
              <button type="button" className="button button--primary" disabled={!target || selected.size === 0} onClick={reassignSelected} data-testid="contacts-reassign-submit">
                {t('reassign')}
              </button>
            </div>
          ) : null}
        </div>
        {shownNotice ? (
          <p className={`alert alert--${shownNotice.kind}`} role={shownNotice.kind === 'error' ? 'alert' : 'status'} data-testid="contacts-notice">
            {shownNotice.text}
          </p>
        ) : null}
        {listError && !loading ? (
          <p className="alert alert--error" role="alert" data-testid="contacts-error">
            {listError}
          </p>
        ) : null}
        {table}
        {!loading && !listError && rows.length === 0 ? (
          <p className="muted" data-testid="contacts-empty">
            {t('empty')}
          </p>
        ) : null}
        {loading ? <p className="muted">{t('loading')}</p> : null}
        {connection?.pageInfo.hasNextPage && !loading ? (
          <nav className="pager" aria-label={t('results')}>
            <button type="button" className="button button--secondary" onClick={loadMore} disabled={loadingMore} data-testid="contacts-load-more">
              {loadingMore ? t('loading') : t('loadMore')}
            </button>
          </nav>
        ) : null}
      </section>
    </div>
  );
}
