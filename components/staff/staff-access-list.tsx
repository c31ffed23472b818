'use client';

import { useApolloClient, useMutation } from '@apollo/client/react';
import { useFormatter, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import type { StaffAccessQuery as StaffAccessData, StaffAccessRowFragment as StaffAccessRow } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { EndStaffSessionsMutation, STAFF_ACCESS_PAGE_SIZE, StaffAccessQuery, UnlockStaffSignInMutation } from './staff-access-documents';
import styles from './staff-access.module.css';
import { TableScroll } from '@/components/ui/table-scroll';

type Action = 'unlock' | 'endSessions';
type Notice = { kind: 'success' | 'error'; text: string };

const message = (failure: unknown) => requestError(failure).message;

/**
 * 員工登入: who is locked out of sign-in (until when, in the staff member's branch time) and how
 * many sessions each has live, with 解鎖 and 結束所有登入 after a confirmation. The row shows what
 * the mutation answers, so it is the server's state after the action, not a guess.
 */
export function StaffAccessList({ initial }: { initial: StaffAccessData['staffMembers'] }) {
  const t = useTranslations('staffAccess');
  const format = useFormatter();
  const client = useApolloClient();
  const [unlockSignIn] = useMutation(UnlockStaffSignInMutation);
  const [endSessions] = useMutation(EndStaffSessionsMutation);
  const [rows, setRows] = useState(() => initial.edges.map((edge) => edge.node));
  const [pageInfo, setPageInfo] = useState(initial.pageInfo);
  const [search, setSearch] = useState('');
  const [searched, setSearched] = useState('');
  const [loading, setLoading] = useState(false);
  const [confirming, setConfirming] = useState<{ id: string; action: Action } | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  async function load(term: string, after: string | null) {
    setLoading(true);
    setNotice(null);
    try {
      const variables = { search: term || null, first: STAFF_ACCESS_PAGE_SIZE, after };
      // The server's page as it is (no-cache): the rows shown are this component's, not the cache's merged list.
      const { data } = await client.query({ query: StaffAccessQuery, variables, fetchPolicy: 'no-cache' });
      if (!data) throw new Error('The query returned no data');
      const { staffMembers } = data;
      const nodes = staffMembers.edges.map((edge) => edge.node);
      setRows((current) => (after ? [...current, ...nodes] : nodes));
      setPageInfo(staffMembers.pageInfo);
      setSearched(term);
      setConfirming(null);
    } catch (failure) {
      setNotice({ kind: 'error', text: message(failure) });
    }
    setLoading(false);
  }

  function submitSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void load(search.trim(), null);
  }

  async function act(row: StaffAccessRow, action: Action) {
    setPending(row.id);
    setNotice(null);
    try {
      let updated: StaffAccessRow;
      let text: string;
      if (action === 'unlock') {
        const { data } = await unlockSignIn({ variables: { staffId: row.id } });
        if (!data) throw new Error('The mutation returned no data');
        updated = data.unlockStaffSignIn;
        text = t('unlocked', { name: row.displayName });
      } else {
        const { data } = await endSessions({ variables: { staffId: row.id } });
        if (!data) throw new Error('The mutation returned no data');
        const { endStaffSessions } = data;
        updated = endStaffSessions.staff;
        text = t('sessionsEnded', { name: row.displayName, count: endStaffSessions.endedSessions });
      }
      setRows((current) => current.map((r) => (r.id === updated.id ? updated : r)));
      setNotice({ kind: 'success', text });
      setConfirming(null);
    } catch (failure) {
      setNotice({ kind: 'error', text: t('failed', { name: row.displayName, reason: message(failure) }) });
    }
    setPending(null);
  }

  const lockedUntil = (row: StaffAccessRow) =>
    row.signInLockedUntil
      ? format.dateTime(new Date(row.signInLockedUntil), { dateStyle: 'medium', timeStyle: 'short', timeZone: row.branch.timeZone })
      : null;

  return (
    <div className={styles.page} data-testid="staff-access">
      <form className={styles.search} role="search" onSubmit={submitSearch}>
        <div className="field">
          <label htmlFor="staff-access-search">{t('search')}</label>
          <input
            id="staff-access-search"
            className="input"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder={t('searchPlaceholder')}
            data-testid="staff-access-search"
          />
        </div>
        <button type="submit" className="button button--primary" disabled={loading} aria-busy={loading} data-testid="staff-access-search-submit">
          {t('searchButton')}
        </button>
      </form>
      {notice ? (
        <p className={`alert alert--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="staff-access-notice">
          {notice.text}
        </p>
      ) : null}
      <TableScroll label={t('caption')}>
        <table className="data-table" data-testid="staff-access-table">
          <caption className="visually-hidden">{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('column.name')}</th>
              <th scope="col">{t('column.codeLogin')}</th>
              <th scope="col">{t('column.branch')}</th>
              <th scope="col">{t('column.status')}</th>
              <th scope="col">{t('column.sessions')}</th>
              <th scope="col">{t('column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={6} className="muted">
                  {searched ? t('noMatch', { search: searched }) : t('empty')}
                </td>
              </tr>
            ) : (
              rows.map((row) => {
                const until = lockedUntil(row);
                const confirmAction = confirming?.id === row.id ? confirming.action : null;
                return (
                  <tr key={row.id} data-testid={`staff-access-row-${row.code}`}>
                    <th scope="row" className={styles.name}>
                      {row.displayName}
                    </th>
                    <td>{t('codeLogin', { code: row.code, login: row.login })}</td>
                    <td>{row.branch.name}</td>
                    <td data-testid={`staff-access-status-${row.code}`}>
                      {until ? <span className={styles.locked}>{t('lockedUntil', { time: until })}</span> : <span className="muted">{t('notLocked')}</span>}
                    </td>
                    <td className={styles.count} data-testid={`staff-access-sessions-${row.code}`}>
                      {format.number(row.liveSessionCount)}
                    </td>
                    <td>
                      {confirmAction ? (
                        <span className="confirm-inline" role="alertdialog" aria-labelledby={`staff-access-confirm-${row.id}`}>
                          <span id={`staff-access-confirm-${row.id}`}>
                            {confirmAction === 'unlock'
                              ? t('unlockConfirm', { name: row.displayName })
                              : t('endSessionsConfirm', { name: row.displayName, count: row.liveSessionCount })}
                          </span>
                          <button
                            type="button"
                            className={`button ${confirmAction === 'unlock' ? 'button--primary' : 'button--danger'}`}
                            disabled={pending === row.id}
                            aria-busy={pending === row.id}
                            onClick={() => void act(row, confirmAction)}
                            autoFocus
                            data-testid={`staff-access-confirm-${row.code}`}
                          >
                            {confirmAction === 'unlock' ? t('unlock') : t('endSessions')}
                          </button>
                          <button type="button" className="button button--secondary" disabled={pending === row.id} onClick={() => setConfirming(null)}>
                            {t('cancel')}
                          </button>
                        </span>
                      ) : (
                        <span className="button-row">
                          {until ? (
                            <button
                              type="button"
                              className="button button--secondary"
                              onClick={() => setConfirming({ id: row.id, action: 'unlock' })}
                              aria-label={t('unlockFor', { name: row.displayName })}
                              data-testid={`staff-access-unlock-${row.code}`}
                            >
                              {t('unlock')}
                            </button>
                          ) : null}
                          {row.liveSessionCount > 0 ? (
                            <button
                              type="button"
                              className="button button--secondary"
                              onClick={() => setConfirming({ id: row.id, action: 'endSessions' })}
                              aria-label={t('endSessionsFor', { name: row.displayName })}
                              data-testid={`staff-access-end-${row.code}`}
                            >
                              {t('endSessions')}
                            </button>
                          ) : null}
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })
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
          onClick={() => void load(searched, pageInfo.endCursor)}
          data-testid="staff-access-more"
        >
          {t('more')}
        </button>
      ) : null}
    </div>
  );
}
