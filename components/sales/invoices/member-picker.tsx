'use client';

import { useApolloClient } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useId, useState, type KeyboardEvent } from 'react';
import { QuickLookupQuery } from '@/components/quick-lookup-documents';
import type { QuickLookupRowFragment } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import styles from './invoices.module.css';

export type PickedMember = { id: string; memberNo: string; displayName: string };

/**
 * The invoice filter's member: typed as a member number or phone (a card scan types the number),
 * looked up with the front desk's quick lookup (the viewer's member scope), picked from the matches.
 */
export function MemberPicker({ picked, onPick }: { picked: PickedMember | null; onPick: (member: PickedMember | null) => void }) {
  const t = useTranslations('sales.invoices.filters');
  const client = useApolloClient();
  const id = useId();
  const [term, setTerm] = useState('');
  const [matches, setMatches] = useState<QuickLookupRowFragment[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function find() {
    if (!term.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const { data } = await client.query({ query: QuickLookupQuery, variables: { term: term.trim(), first: 10 }, fetchPolicy: 'no-cache' });
      const found = data?.quickLookup.nodes ?? [];
      // One exact match (a scanned card) is picked at once.
      if (found.length === 1) choose(found[0]);
      else setMatches(found);
    } catch (failure) {
      setError(requestError(failure).message);
    }
    setBusy(false);
  }

  function choose(member: QuickLookupRowFragment) {
    onPick({ id: member.id, memberNo: member.memberNo, displayName: member.displayName });
    setMatches(null);
    setTerm('');
  }

  // Enter in the box looks the member up instead of submitting the whole filter.
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      void find();
    }
  }

  return (
    <div className={`field ${styles.picker}`} data-testid="invoice-filter-member">
      <label htmlFor={`${id}-member`}>{t('member')}</label>
      {picked ? (
        <div className={styles.pickerRow}>
          <span className="tag" data-testid="invoice-filter-member-chosen">
            {t('memberChosen', { name: picked.displayName, memberNo: picked.memberNo })}
          </span>
          <button type="button" className="button button--secondary" onClick={() => onPick(null)} data-testid="invoice-filter-member-clear">
            {t('memberClear')}
          </button>
        </div>
      ) : (
        <div className={styles.pickerRow}>
          <input
            id={`${id}-member`}
            className="input"
            placeholder={t('memberSearch')}
            value={term}
            onChange={(e) => setTerm(e.target.value)}
            onKeyDown={onKeyDown}
            maxLength={50}
            data-testid="invoice-filter-member-term"
          />
          <button type="button" className="button button--secondary" onClick={() => void find()} disabled={busy} aria-busy={busy} data-testid="invoice-filter-member-find">
            {t('memberFind')}
          </button>
        </div>
      )}
      {error ? (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      ) : null}
      {matches ? (
        matches.length === 0 ? (
          <p className="muted" role="status">
            {t('memberNoMatch', { term })}
          </p>
        ) : (
          <ul className={styles.matches} aria-label={t('memberMatches')}>
            {matches.map((m) => (
              <li key={m.id}>
                <button type="button" className={`button button--secondary ${styles.match}`} onClick={() => choose(m)} data-testid={`invoice-filter-member-match-${m.id}`}>
                  {m.memberNo} {m.displayName} {m.phone ?? ''}
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
