'use client';

import { useApolloClient } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { CheckoutSellableItemFragment as Found } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import type { BillItem } from './bill-draft';
import { CheckoutItemByCodeQuery, CheckoutItemSearchQuery } from './checkout-documents';
import { toBillItem } from './from-graphql';
import styles from './checkout.module.css';

/** Wait this long after the last keystroke before searching (a scanner's burst ends with Enter first). */
export const SEARCH_DEBOUNCE_MS = 250;
const SEARCH_SIZE = 8;

type Props = {
  branchId: string;
  inputRef: RefObject<HTMLInputElement | null>;
  onAdd: (item: BillItem) => void;
  formatMoney: (cents: number) => string;
};

/**
 * 掃描 / 搜尋: one field for the barcode scanner and the keyboard. A scanner types the code and
 * Enter: the exact barcode or code is looked up and added (or its line bumped). Typing a name
 * lists matches; arrows pick one, Enter or a tap adds it. The field keeps focus after each add.
 * Picking from the list clears the field; a scan's Enter clears it at once (see handleEnter).
 */
export function ScanField({ branchId, inputRef, onAdd, formatMoney }: Props) {
  const t = useTranslations('sales.checkout.scan');
  const client = useApolloClient();
  const id = useId();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const sequence = useRef(0);
  const [term, setTerm] = useState('');
  const [results, setResults] = useState<Found[]>([]);
  const [active, setActive] = useState(-1);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const listId = `${id}-results`;

  useEffect(() => () => clearTimeout(timer.current), []);

  function clear() {
    clearTimeout(timer.current);
    sequence.current += 1;
    setTerm('');
    setResults([]);
    setActive(-1);
  }

  function add(item: Found) {
    onAdd(toBillItem(item));
    setMessage({ kind: 'success', text: t('added', { item: item.label }) });
    inputRef.current?.focus();
  }

  /** A match chosen from the list: the search is done with. */
  function pick(item: Found) {
    clear();
    add(item);
  }

  async function search(value: string) {
    const request = ++sequence.current;
    try {
      const { data } = await client.query({ query: CheckoutItemSearchQuery, variables: { branchId, search: value, first: SEARCH_SIZE }, fetchPolicy: 'network-only' });
      if (request !== sequence.current || !data) return;
      setResults(data.sellableItems.nodes);
      setActive(-1);
    } catch (failure) {
      if (request === sequence.current) setMessage({ kind: 'error', text: requestError(failure).message });
    }
  }

  function handleChange(value: string) {
    setTerm(value);
    setMessage(null);
    clearTimeout(timer.current);
    if (value.trim().length < 2) {
      sequence.current += 1;
      setResults([]);
      return;
    }
    timer.current = setTimeout(() => void search(value.trim()), SEARCH_DEBOUNCE_MS);
  }

  /**
   * Enter: the exact code first (the scanner's path). The field empties at once, so the next scan
   * can follow before this answer is back; each answer adds its own item whenever it comes. What
   * matches nothing comes back into the field (when still empty) to be corrected.
   */
  async function handleEnter() {
    if (active >= 0 && active < results.length) return pick(results[active]);
    const code = term.trim();
    if (!code) return;
    const shown = results;
    clear();
    try {
      const { data } = await client.query({ query: CheckoutItemByCodeQuery, variables: { branchId, code }, fetchPolicy: 'network-only' });
      const found = data?.sellableItemByCode ?? (shown.length === 1 ? shown[0] : null);
      if (found) return add(found);
      setMessage({ kind: 'error', text: t('notFound', { code }) });
      setTerm((typed) => typed || code);
    } catch (failure) {
      setMessage({ kind: 'error', text: requestError(failure).message });
      setTerm((typed) => typed || code);
    }
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      void handleEnter();
    } else if (event.key === 'ArrowDown' && results.length > 0) {
      event.preventDefault();
      setActive((index) => (index + 1) % results.length);
    } else if (event.key === 'ArrowUp' && results.length > 0) {
      event.preventDefault();
      setActive((index) => (index <= 0 ? results.length - 1 : index - 1));
    } else if (event.key === 'Escape') {
      clear();
    }
  }

  return (
    <div className={styles.scan}>
      <label htmlFor={`${id}-input`} className={styles.label}>
        {t('label')}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        className={`input ${styles.scanInput}`}
        value={term}
        onChange={(event) => handleChange(event.target.value)}
        onKeyDown={handleKeyDown}
        placeholder={t('placeholder')}
        autoComplete="off"
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={`${id}-hint`}
        data-testid="checkout-scan"
      />
      <p id={`${id}-hint`} className="muted">
        {t('hint')}
      </p>
      <p role="status" aria-live="polite" className={message?.kind === 'error' ? 'alert alert--error' : styles.scanAdded} data-testid="checkout-scan-message" hidden={!message}>
        {message?.text}
      </p>
      <ul id={listId} role="listbox" aria-label={t('results')} className={styles.results} hidden={results.length === 0} data-testid="checkout-search-results">
        {results.map((item, index) => (
          <li
            key={`${item.kind}-${item.itemId}`}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={styles.result}
            // Keep focus in the field: a tap adds without the field losing it.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(item)}
            data-testid="checkout-search-result"
          >
            <span className={styles.resultName}>
              {item.label} <span className="muted">{item.code}</span>
            </span>
            <span>{formatMoney(item.priceCents)}</span>
            <span className="muted">{item.kind === 'TREATMENT' ? t('treatment') : t('onHand', { count: item.onHand ?? 0 })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
