'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import { useRouter } from '@/i18n/navigation';
import { GraphQLRequestError } from '@/lib/graphql-fetch';
import { ContactFilters } from './contact-filters';
import { ContactTable } from './contact-table';
import { DEFAULT_SORT, exportUrl, listQueryString, parseListQuery, sortAfterFilter, sortBy, type ListState, type QueryRecord } from './filter-params';
import { EMPTY_OPTIONS, loadContacts, loadContactTotal, loadListOptions, reassign, type ContactPage, type ListOptions } from './queries';
import styles from './contact-list.module.css';

type Loaded = { key: string; pages: ContactPage[]; error: string | null };
/** The list's total, read apart from the rows; `null` while it is being counted. */
type Total = { key: string; count: number | null };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * 聯絡會員 > 列表: the filters, the table with sortable headers, "load more", the total, the Excel
 * export of the same list, and — for managers — reassigning ticked rows to another salesperson.
 * The URL's query string is the filter and sort.
 */
export function ContactList({ query, timeZone, canReassign }: { query: QueryRecord; timeZone: string; canReassign: boolean }) {
  const t = useTranslations('contacts.list');
  const locale = useLocale();
  const router = useRouter();
  const state = useMemo(() => parseListQuery(query), [query]);
  const [reloads, setReloads] = useState(0);
  const key = `${locale}?${listQueryString(state)}#${reloads}`;
  const [options, setOptions] = useState<ListOptions>(EMPTY_OPTIONS);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [counted, setCounted] = useState<Total | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [target, setTarget] = useState('');
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  useEffect(() => {
    let cancelled = false;
    loadListOptions(locale, canReassign).then(
      (found) => !cancelled && setOptions(found),
      (error: unknown) => !cancelled && setNotice({ kind: 'error', text: messageOf(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [locale, canReassign]);

  useEffect(() => {
    let cancelled = false;
    loadContacts({ filter: state.filter, sort: state.sort, after: null }, locale).then(
      (page) => !cancelled && setLoaded({ key, pages: [page], error: null }),
      (error: unknown) => !cancelled && setLoaded({ key, pages: [], error: messageOf(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [state, locale, key]);

  // The total in its own request, so the first rows show as soon as they are read.
  useEffect(() => {
    let cancelled = false;
    loadContactTotal(state.filter, locale).then(
      (count) => !cancelled && setCounted({ key, count }),
      (error: unknown) => {
        if (cancelled) return;
        setCounted({ key, count: null });
        setNotice({ kind: 'error', text: messageOf(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [state.filter, locale, key]);

  const loading = loaded?.key !== key;
  const pages = loaded?.pages ?? [];
  const rows = pages.flatMap((p) => p.nodes);
  const last = pages[pages.length - 1];
  const total = counted?.key === key ? counted.count : null;

  function go(next: ListState) {
    const qs = listQueryString(next);
    setSelected(new Set());
    router.push(qs ? `/contacts?${qs}` : '/contacts');
  }

  async function loadMore() {
    if (!last?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      const page = await loadContacts({ filter: state.filter, sort: state.sort, after: last.pageInfo.endCursor }, locale);
      setLoaded((current) => (current && current.key === key ? { ...current, pages: [...current.pages, page] } : current));
    } catch (error) {
      setNotice({ kind: 'error', text: messageOf(error) });
    } finally {
      setLoadingMore(false);
    }
  }

  async function reassignSelected() {
    if (!target || selected.size === 0) return;
    try {
      const moved = await reassign([...selected], target, locale);
      setNotice({ kind: 'success', text: t('reassigned', { count: moved }) });
      setSelected(new Set());
      setReloads((n) => n + 1);
    } catch (error) {
      const text = error instanceof GraphQLRequestError ? error.message : messageOf(error);
      setNotice({ kind: 'error', text: t('reassignUnavailable', { message: text }) });
    }
  }

  const selection = canReassign
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
    : null;

  return (
    <div className={styles.page}>
      <ContactFilters
        key={listQueryString({ filter: state.filter, sort: DEFAULT_SORT })}
        filter={state.filter}
        options={options}
        onSearch={(filter) => go({ filter, sort: sortAfterFilter(state, filter) })}
        onReset={() => go({ filter: {}, sort: DEFAULT_SORT })}
      />
      <section className={styles.results} aria-labelledby="contact-results-title">
        <div className={styles.resultsHeader}>
          <div>
            <h2 id="contact-results-title">{t('results')}</h2>
            <p className="muted">{t('hint')}</p>
          </div>
          <div className={styles.resultsActions}>
            {pages.length ? (
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
            <a className="button button--secondary" href={exportUrl(state, locale)} download data-testid="contacts-export">
              {t('exportExcel')}
            </a>
          </div>
        </div>
        {notice ? (
          <p className={`alert alert--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="contacts-notice">
            {notice.text}
          </p>
        ) : null}
        {loaded?.error && !loading ? (
          <p className="alert alert--error" role="alert" data-testid="contacts-error">
            {loaded.error}
          </p>
        ) : null}
        {canReassign ? (
          <div className={styles.reassign} data-testid="contacts-reassign">
            <span data-testid="contacts-selected">{t('selectedCount', { count: selected.size })}</span>
            <label htmlFor="contacts-reassign-target">{t('reassignTo')}</label>
            <select id="contacts-reassign-target" className="select" value={target} onChange={(e) => setTarget(e.target.value)} data-testid="contacts-reassign-target">
              <option value="">{t('reassignChoose')}</option>
              {options.reassignTargets.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
            <button type="button" className="button button--primary" disabled={!target || selected.size === 0} onClick={reassignSelected} data-testid="contacts-reassign-submit">
              {t('reassign')}
            </button>
          </div>
        ) : null}
        <ContactTable rows={rows} sort={state.sort} onSort={(field) => go({ filter: state.filter, sort: sortBy(state.sort, field) })} timeZone={timeZone} selection={selection} busy={loading} />
        {!loading && !loaded?.error && rows.length === 0 ? (
          <p className="muted" data-testid="contacts-empty">
            {t('empty')}
          </p>
        ) : null}
        {loading ? <p className="muted">{t('loading')}</p> : null}
        {last?.pageInfo.hasNextPage && !loading ? (
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
