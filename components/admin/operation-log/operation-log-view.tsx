'use client';

import { useApolloClient } from '@apollo/client/react';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useState, type FormEvent } from 'react';
import type {
  OperationLogChoicesQuery as Choices,
  OperationLogFilterInput,
  OperationLogQuery as OperationLogData,
  OperationLogRowFragment as Row,
} from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { TableScroll } from '@/components/ui/table-scroll';
import { OPERATION_LOG_PAGE_SIZE, OperationLogCountQuery, OperationLogQuery } from './operation-log-documents';
import styles from './operation-log.module.css';

type Form = { staffId: string; entityType: string; action: string; entityId: string; from: string; to: string };

const EMPTY: Form = { staffId: '', entityType: '', action: '', entityId: '', from: '', to: '' };

/** The API's filter for what the form holds: empty fields are left out, so "all" is no filter. */
export function toFilter(form: Form): OperationLogFilterInput {
  const filter: OperationLogFilterInput = {};
  if (form.staffId) filter.staffIds = [form.staffId];
  if (form.entityType) filter.entityTypes = [form.entityType];
  if (form.action) filter.actions = [form.action];
  if (form.entityId.trim()) filter.entityId = form.entityId.trim();
  if (form.from) filter.from = form.from;
  if (form.to) filter.to = form.to;
  return filter;
}

/** The export route's URL for the log as filtered. */
export function exportUrl(filter: OperationLogFilterInput, locale: string): string {
  const params = new URLSearchParams({ filter: JSON.stringify(filter), locale });
  return `/api/admin/operation-log/export?${params.toString()}`;
}

/** A stored JSON value as a person reads it: strings without quotes, null and the empty string as nothing. */
function shown(json: string | null | undefined): string | null {
  if (json === null || json === undefined) return null;
  try {
    const value: unknown = JSON.parse(json);
    if (value === null || value === '') return null;
    return typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    return json;
  }
}

/**
 * 操作日誌: every change the viewer may see, newest first — when, who, what (kind of record and
 * id, action), each field before → after, and the address or API token it came from. Filters by
 * staff, kind, action, record id and days (the branch's time zone); 載入更多 reads the next page;
 * the export downloads the same filtered log.
 */
export function OperationLogView({
  initial,
  choices,
  timeZone,
  canExport,
}: {
  initial: OperationLogData['operationLog'];
  choices: Choices;
  timeZone: string;
  canExport: boolean;
}) {
  const t = useTranslations('admin.operationLog');
  const memberLabels = useTranslations('members.form.label');
  const format = useFormatter();
  const locale = useLocale();
  const client = useApolloClient();
  const id = useId();
  const [form, setForm] = useState<Form>(EMPTY);
  const [filter, setFilter] = useState<OperationLogFilterInput>({});
  const [rows, setRows] = useState<Row[]>(() => initial.edges.map((edge) => edge.node));
  const [pageInfo, setPageInfo] = useState(initial.pageInfo);
  // The count answered for a filter (by its JSON): a count for another filter is not shown.
  const [counted, setCounted] = useState<{ filter: string; count: number } | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // The total is counted apart from the rows, so the first page does not wait for it.
  useEffect(() => {
    let cancelled = false;
    const key = JSON.stringify(filter);
    client.query({ query: OperationLogCountQuery, variables: { filter }, fetchPolicy: 'no-cache' }).then(
      ({ data }) => !cancelled && data && setCounted({ filter: key, count: data.operationLog.totalCount }),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [client, filter]);

  async function load(next: OperationLogFilterInput, after: string | null) {
    setLoading(true);
    setError(null);
    try {
      const { data } = await client.query({ query: OperationLogQuery, variables: { filter: next, first: OPERATION_LOG_PAGE_SIZE, after }, fetchPolicy: 'no-cache' });
      if (!data) throw new Error('The query returned no data');
      const nodes = data.operationLog.edges.map((edge) => edge.node);
      setRows((current) => (after ? [...current, ...nodes] : nodes));
      setPageInfo(data.operationLog.pageInfo);
      if (!after) setFilter(next);
    } catch (failure) {
      setError(t('failed', { reason: requestError(failure).message }));
    }
    setLoading(false);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void load(toFilter(form), null);
  }

  function reset() {
    setForm(EMPTY);
    void load({}, null);
  }

  const total = counted && counted.filter === JSON.stringify(filter) ? counted.count : null;
  const set = (key: keyof Form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const typeName = (key: string) => (t.has(`entityTypes.${key}`) ? t(`entityTypes.${key}`) : key);
  const actionName = (key: string) => (t.has(`actions.${key}`) ? t(`actions.${key}`) : key);
  const fieldName = (row: Row, field: string) => (row.entityType === 'member' && memberLabels.has(field) ? memberLabels(field) : field);

  return (
    <div className={styles.page} data-testid="operation-log">
      <form className={`card ${styles.filters}`} onSubmit={submit} aria-labelledby={`${id}-legend`} data-testid="operation-log-filters">
        <h2 id={`${id}-legend`} className={styles.filtersTitle}>
          {t('filters.legend')}
        </h2>
        <div className={styles.grid}>
          <div className="field">
            <label htmlFor={`${id}-staff`}>{t('filters.staff')}</label>
            <select id={`${id}-staff`} className="input" value={form.staffId} onChange={(e) => set('staffId')(e.target.value)} data-testid="operation-log-filter-staff">
              <option value="">{t('filters.anyStaff')}</option>
              {choices.staffMembers.nodes.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.displayName} ({s.code})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-type`}>{t('filters.entityType')}</label>
            <select id={`${id}-type`} className="input" value={form.entityType} onChange={(e) => set('entityType')(e.target.value)} data-testid="operation-log-filter-type">
              <option value="">{t('filters.anyEntityType')}</option>
              {choices.operationLogCatalogue.entityTypes.map((key) => (
                <option key={key} value={key}>
                  {typeName(key)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-action`}>{t('filters.action')}</label>
            <select id={`${id}-action`} className="input" value={form.action} onChange={(e) => set('action')(e.target.value)} data-testid="operation-log-filter-action">
              <option value="">{t('filters.anyAction')}</option>
              {choices.operationLogCatalogue.actions.map((key) => (
                <option key={key} value={key}>
                  {actionName(key)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-entity`}>{t('filters.entityId')}</label>
            <input
              id={`${id}-entity`}
              className="input"
              inputMode="numeric"
              pattern="[0-9]*"
              value={form.entityId}
              onChange={(e) => set('entityId')(e.target.value)}
              data-testid="operation-log-filter-entity"
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-from`}>{t('filters.from')}</label>
            <input id={`${id}-from`} className="input" type="date" max={form.to || undefined} value={form.from} onChange={(e) => set('from')(e.target.value)} data-testid="operation-log-filter-from" />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t('filters.to')}</label>
            <input id={`${id}-to`} className="input" type="date" min={form.from || undefined} value={form.to} onChange={(e) => set('to')(e.target.value)} data-testid="operation-log-filter-to" />
          </div>
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={loading} aria-busy={loading} data-testid="operation-log-apply">
            {t('filters.apply')}
          </button>
          <button type="button" className="button button--secondary" disabled={loading} onClick={reset} data-testid="operation-log-reset">
            {t('filters.reset')}
          </button>
          {canExport ? (
            <a className="button button--secondary" href={exportUrl(filter, locale)} download data-testid="operation-log-export">
              {t('export.button')}
            </a>
          ) : null}
        </div>
      </form>
      {error ? (
        <p className="alert alert--error" role="alert" data-testid="operation-log-error">
          {error}
        </p>
      ) : null}
      <p className={`muted ${styles.total}`} aria-live="polite" data-testid="operation-log-total">
        {total === null ? t('loading') : t('total', { count: total })}
      </p>
      <TableScroll label={t('caption')}>
        <table className="data-table data-table--wrap" data-testid="operation-log-table" aria-busy={loading}>
          <caption className="visually-hidden">{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.at')}</th>
              <th scope="col">{t('columns.actor')}</th>
              <th scope="col">{t('columns.action')}</th>
              <th scope="col">{t('columns.entityType')}</th>
              <th scope="col">{t('columns.changes')}</th>
              <th scope="col">{t('columns.origin')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={6} className="muted">
                  {t('empty')}
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={row.id} data-testid={`operation-log-row-${row.id}`}>
                  <td className={styles.when}>{format.dateTime(new Date(row.at), { dateStyle: 'medium', timeStyle: 'medium', timeZone })}</td>
                  <td>{row.actor ? `${row.actor.displayName} (${row.actor.code})` : t('system')}</td>
                  <td>{actionName(row.action)}</td>
                  <td>
                    {typeName(row.entityType)} <span className="muted">#{row.entityId}</span>
                  </td>
                  <td>
                    {row.changes.length === 0 ? (
                      <span className="muted">{t('noFieldChanges')}</span>
                    ) : (
                      <ul className="change-list">
                        {row.changes.map((change) => (
                          <li key={change.field}>
                            <span className="change-list__field">{fieldName(row, change.field)}</span>:{' '}
                            <span className="change-list__before">{shown(change.before) ?? t('none')}</span> →{' '}
                            <span className="change-list__after">{shown(change.after) ?? t('none')}</span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className={styles.origin}>
                    {row.token ? <span>{t('viaToken', { name: row.token.name })}</span> : null}
                    {row.token && row.address ? <br /> : null}
                    {row.address ? <span>{row.address}</span> : row.token ? null : <span className="muted">{t('noAddress')}</span>}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </TableScroll>
      {pageInfo.hasNextPage ? (
        <button
          type="button"
          className="button button--secondary pager-more"
          disabled={loading}
          aria-busy={loading}
          onClick={() => void load(filter, pageInfo.endCursor ?? null)}
          data-testid="operation-log-more"
        >
          {t('more')}
        </button>
      ) : null}
    </div>
  );
}
