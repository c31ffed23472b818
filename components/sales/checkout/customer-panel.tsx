'use client';

import { useApolloClient } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { CheckoutMemberFragment } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import type { DraftCustomer } from './bill-draft';
import { CheckoutMemberLookupQuery } from './checkout-documents';
import { toDraftMember } from './from-graphql';
import styles from './checkout.module.css';

const LOOKUP_DEBOUNCE_MS = 250;
const LOOKUP_SIZE = 6;

type Props = {
  customer: DraftCustomer;
  onChange: (customer: DraftCustomer) => void;
  inputRef: RefObject<HTMLInputElement | null>;
  error: string | null;
};

/**
 * 顧客: a member found by card (member) number, phone or name — shown with the level and its
 * discount — or a walk-in with an optional name.
 */
export function CustomerPanel({ customer, onChange, inputRef, error }: Props) {
  const t = useTranslations('sales.checkout.customer');
  const client = useApolloClient();
  const id = useId();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const sequence = useRef(0);
  const [term, setTerm] = useState('');
  const [matches, setMatches] = useState<CheckoutMemberFragment[] | null>(null);
  const [lookupError, setLookupError] = useState<string | null>(null);

  useEffect(() => () => clearTimeout(timer.current), []);

  async function lookup(value: string) {
    const request = ++sequence.current;
    try {
      const { data } = await client.query({ query: CheckoutMemberLookupQuery, variables: { term: value, first: LOOKUP_SIZE }, fetchPolicy: 'network-only' });
      if (request !== sequence.current || !data) return;
      setMatches(data.quickLookup.nodes.filter((member) => !member.isWalkIn));
      setLookupError(null);
    } catch (failure) {
      if (request === sequence.current) setLookupError(requestError(failure).message);
    }
  }

  function handleChange(value: string) {
    setTerm(value);
    clearTimeout(timer.current);
    if (!value.trim()) {
      sequence.current += 1;
      setMatches(null);
      return;
    }
    timer.current = setTimeout(() => void lookup(value.trim()), LOOKUP_DEBOUNCE_MS);
  }

  function choose(member: CheckoutMemberFragment) {
    clearTimeout(timer.current);
    sequence.current += 1;
    setTerm('');
    setMatches(null);
    onChange({ kind: 'member', member: toDraftMember(member) });
  }

  if (customer.kind === 'member') {
    const { member } = customer;
    return (
      <section className={styles.panel} aria-labelledby={`${id}-title`} data-testid="checkout-customer">
        <h2 id={`${id}-title`} className={styles.panelTitle}>
          {t('title')}
        </h2>
        <div className={styles.member} data-testid="checkout-member">
          <strong>{member.displayName}</strong>
          <span>{t('memberNo', { memberNo: member.memberNo })}</span>
          {member.phone ? <span>{member.phone}</span> : null}
          <span className="tag" data-testid="checkout-member-level">
            {t('level', { level: member.levelName, percent: member.discountPercent })}
          </span>
        </div>
        <button type="button" className="button button--secondary" onClick={() => onChange({ kind: 'walkIn', name: '' })} data-testid="checkout-member-clear">
          {t('change')}
        </button>
        {error ? (
          <p className="alert alert--error" role="alert">
            {error}
          </p>
        ) : null}
      </section>
    );
  }

  return (
    <section className={styles.panel} aria-labelledby={`${id}-title`} data-testid="checkout-customer">
      <h2 id={`${id}-title`} className={styles.panelTitle}>
        {t('title')}
      </h2>
      <label htmlFor={`${id}-lookup`} className={styles.label}>
        {t('lookup')}
      </label>
      <input
        ref={inputRef}
        id={`${id}-lookup`}
        className="input"
        value={term}
        onChange={(event) => handleChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            if (matches?.length === 1) choose(matches[0]);
          }
        }}
        placeholder={t('lookupPlaceholder')}
        autoComplete="off"
        data-testid="checkout-member-lookup"
      />
      {lookupError ? (
        <p className="alert alert--error" role="alert">
          {lookupError}
        </p>
      ) : null}
      {matches && matches.length === 0 ? <p className="muted">{t('noMatch')}</p> : null}
      {matches && matches.length > 0 ? (
        <ul className={styles.choices} aria-label={t('matches')}>
          {matches.map((member) => (
            <li key={member.id}>
              <button type="button" className={`button button--secondary ${styles.choice}`} onClick={() => choose(member)} data-testid="checkout-member-match">
                <span>
                  {member.displayName} · {member.memberNo}
                </span>
                <span className="muted">{member.phone ?? ''}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <label htmlFor={`${id}-walk-in`} className={styles.label}>
        {t('walkInName')}
      </label>
      <input
        id={`${id}-walk-in`}
        className="input"
        value={customer.name}
        maxLength={100}
        onChange={(event) => onChange({ kind: 'walkIn', name: event.target.value })}
        aria-describedby={`${id}-walk-in-hint`}
        data-testid="checkout-walk-in-name"
      />
      <p id={`${id}-walk-in-hint`} className="muted">
        {t('walkInHint')}
      </p>
      {error ? (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
