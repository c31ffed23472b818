'use client';

import { useApolloClient } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { MemberSummaryFragment as MemberSummary } from '@/graphql/generated/graphql';
import type { ControlProps } from './form-field';
import { ReferrerLookupQuery } from './member-form-documents';

/** Finds the referring member by phone, number or name (the shell's quick lookup) and keeps one. */
export function ReferrerPicker({
  control,
  value,
  excludeId,
  onChange,
}: {
  control: ControlProps;
  value: MemberSummary | null;
  excludeId?: string;
  onChange: (member: MemberSummary | null) => void;
}) {
  const t = useTranslations('members.form.referrer');
  const client = useApolloClient();
  const [term, setTerm] = useState('');
  const [results, setResults] = useState<MemberSummary[] | null>(null);

  useEffect(() => {
    const query = term.trim();
    if (query.length < 2) return;
    let current = true;
    const timer = setTimeout(() => {
      client
        .query({ query: ReferrerLookupQuery, variables: { term: query }, fetchPolicy: 'network-only' })
        .then(({ data }) => current && setResults((data?.quickLookup.nodes ?? []).filter((m) => m.id !== excludeId)))
        .catch(() => current && setResults([]));
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [term, client, excludeId]);

  if (value) {
    return (
      <div className="referrer-chosen" data-testid="referrer-chosen">
        <span>
          <strong>{value.memberNo}</strong> {value.displayName}
        </span>
        <button type="button" className="button button--secondary" onClick={() => onChange(null)} data-testid="referrer-clear">
          {t('clear')}
        </button>
      </div>
    );
  }
  const shown = term.trim().length >= 2 ? results : null;
  return (
    <div className="referrer-picker">
      <input
        {...control}
        type="search"
        className="input"
        value={term}
        placeholder={t('placeholder')}
        autoComplete="off"
        onChange={(event) => setTerm(event.target.value)}
        data-testid="referrer-search"
      />
      {shown ? (
        shown.length === 0 ? (
          <p className="muted">{t('noResults')}</p>
        ) : (
          <ul className="picker-results" aria-label={t('results')}>
            {shown.map((member) => (
              <li key={member.id}>
                <button
                  type="button"
                  className="picker-results__item"
                  onClick={() => {
                    onChange(member);
                    setTerm('');
                    setResults(null);
                  }}
                  data-testid={`referrer-option-${member.memberNo}`}
                >
                  <strong>{member.memberNo}</strong> {member.displayName}
                  {member.phone ? <span className="muted"> · {member.phone}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
