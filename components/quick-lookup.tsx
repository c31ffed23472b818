'use client';

import { useApolloClient } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { QuickLookupRowFragment as LookupRow } from '@/graphql/generated/graphql';
import { useRouter } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { QuickLookupQuery } from './quick-lookup-documents';
import styles from './quick-lookup.module.css';

/** Wait this long after the last keystroke before asking the server. */
export const LOOKUP_DEBOUNCE_MS = 200;
export const LOOKUP_SIZE = 8;

type Results = { term: string; nodes: LookupRow[] };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The shell's quick lookup by phone, member number or name (the front desk's most used action).
 * "/" focuses it from anywhere; arrows and Enter pick a result; Enter with a single match opens
 * it at once, so a phone number and Enter is one step.
 */
export function QuickLookup() {
  const t = useTranslations('lookup');
  const client = useApolloClient();
  const router = useRouter();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const sequence = useRef(0);
  const [term, setTerm] = useState('');
  const [results, setResults] = useState<Results | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    function focusOnSlash(event: globalThis.KeyboardEvent) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    }
    document.addEventListener('keydown', focusOnSlash);
    return () => {
      document.removeEventListener('keydown', focusOnSlash);
      clearTimeout(timer.current);
    };
  }, []);

  /** Asks the server; answers to older terms arriving late are ignored. */
  async function lookup(value: string): Promise<LookupRow[] | null> {
    const request = ++sequence.current;
    setPending(true);
    try {
      // Always asked afresh: the desk looks up members just registered or changed.
      const { data } = await client.query({ query: QuickLookupQuery, variables: { term: value, first: LOOKUP_SIZE }, fetchPolicy: 'network-only' });
      if (request !== sequence.current || !data) return null;
      setResults({ term: value, nodes: data.quickLookup.nodes });
      setError(null);
      setActive(-1);
      return data.quickLookup.nodes;
    } catch (caught) {
      if (request !== sequence.current) return null;
      setResults(null);
      setError(requestError(caught).message);
      return null;
    } finally {
      if (request === sequence.current) setPending(false);
    }
  }

  function handleChange(value: string) {
    setTerm(value);
    setOpen(true);
    clearTimeout(timer.current);
    const trimmed = value.trim();
    if (!trimmed) {
      sequence.current += 1;
      setResults(null);
      setError(null);
      setPending(false);
      return;
    }
    timer.current = setTimeout(() => void lookup(trimmed), LOOKUP_DEBOUNCE_MS);
  }

  function openMember(member: LookupRow) {
    clearTimeout(timer.current);
    sequence.current += 1;
    setOpen(false);
    setTerm('');
    setResults(null);
    setActive(-1);
    router.push(`/members/${member.id}`);
  }

  async function handleEnter() {
    const trimmed = term.trim();
    if (!trimmed) return;
    const shown = results && results.term === trimmed ? results.nodes : null;
    if (shown && active >= 0 && active < shown.length) {
      openMember(shown[active]);
      return;
    }
    let nodes = shown;
    if (!nodes) {
      // Enter pressed before the debounce fired: look up now rather than make the desk wait.
      clearTimeout(timer.current);
      nodes = await lookup(trimmed);
    }
    if (nodes?.length === 1) openMember(nodes[0]);
    else setOpen(true);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = results?.nodes.length ?? 0;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        if (count) setActive((i) => (i + 1) % count);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        if (count) setActive((i) => (i <= 0 ? count - 1 : i - 1));
        break;
      case 'Enter':
        event.preventDefault();
        void handleEnter();
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (term) {
          handleChange('');
        }
        break;
    }
  }

  const trimmed = term.trim();
  const nodes = results?.nodes ?? [];
  const showList = open && trimmed !== '';
  const expanded = showList && nodes.length > 0;
  const status = error ?? (pending && !nodes.length ? t('searching') : results && !nodes.length ? t('noResults') : null);

  return (
    <div className={styles.lookup} role="search" data-testid="quick-lookup">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('label')}
      </label>
      <input
        id={`${id}-input`}
        ref={inputRef}
        type="search"
        className={`input ${styles.input}`}
        placeholder={t('placeholder')}
        value={term}
        onChange={(event) => handleChange(event.target.value)}
        onKeyDown={handleKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={expanded ? listId : undefined}
        aria-activedescendant={expanded && active >= 0 && active < nodes.length ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        data-testid="quick-lookup-input"
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {t('hint')}
      </span>
      <kbd className={styles.shortcut} aria-hidden="true">
        /
      </kbd>
      {showList && (expanded || status) ? (
        <div className={styles.popup}>
          {expanded ? (
            <ul id={listId} role="listbox" aria-label={t('results')} className={styles.list} data-testid="quick-lookup-results">
              {nodes.map((member, index) => (
                <li
                  key={member.id}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  className={index === active ? `${styles.option} ${styles.active}` : styles.option}
                  // Keeps the focus in the input, so choosing with the mouse does not close the list first.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => openMember(member)}
                  data-testid="quick-lookup-option"
                >
                  <span className={styles.memberNo}>{member.memberNo}</span>
                  <span className={styles.name}>
                    {member.displayName}
                    {member.isWalkIn ? <span className={`tag ${styles.tag}`}>{t('walkIn')}</span> : null}
                  </span>
                  <span className={styles.phone}>{[member.phone, member.phone2].filter(Boolean).join(', ')}</span>
                  <span className={styles.branch}>{member.branch.name}</span>
                </li>
              ))}
            </ul>
          ) : null}
          {status ? (
            <p className={error ? `${styles.status} ${styles.error}` : styles.status} data-testid="quick-lookup-status">
              {status}
            </p>
          ) : null}
        </div>
      ) : null}
      <span className="visually-hidden" aria-live="polite">
        {showList && results ? t('resultCount', { count: nodes.length }) : ''}
      </span>
    </div>
  );
}
