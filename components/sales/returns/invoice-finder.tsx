'use client';

import { useApolloClient } from '@apollo/client/react';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ReturnInvoiceFragment, ReturnMemberInvoicesQuery as MemberInvoicesData, ReturnMemberLookupQuery as MemberLookupData } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { formatMoney } from '@/services/admin/display-format';
import type { CurrencyDisplay } from '@/services/admin/system-settings.schema';
import { ReturnInvoiceByNumberQuery, ReturnInvoiceQuery, ReturnMemberInvoicesQuery, ReturnMemberLookupQuery } from './returns-documents';
import styles from './returns.module.css';
import type { MoneySettings } from './use-money';

type FoundMember = MemberLookupData['quickLookup']['nodes'][number];
type MemberInvoice = MemberInvoicesData['member']['invoices']['nodes'][number];

const MEMBERS_SHOWN = 10;
const RECENT_INVOICES = 10;

/**
 * 找出發票: by the number on the receipt (a scanner types it and presses Enter), or by the
 * member's card — member number, phone or name through the quick lookup — then one of their
 * recent invoices. Hands the chosen invoice to `onFound`.
 */
export function InvoiceFinder({ initialNumber, money, onFound }: { initialNumber: string; money: MoneySettings; onFound: (invoice: ReturnInvoiceFragment) => void }) {
  const t = useTranslations('sales.returns.find');
  const locale = useLocale();
  const client = useApolloClient();
  const [number, setNumber] = useState(initialNumber);
  const [term, setTerm] = useState('');
  const [members, setMembers] = useState<FoundMember[] | null>(null);
  const [member, setMember] = useState<FoundMember | null>(null);
  const [invoices, setInvoices] = useState<MemberInvoice[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setMessage(null);
    try {
      await work();
    } catch (failure) {
      setMessage(requestError(failure).message);
    } finally {
      setBusy(false);
    }
  }

  function lookUp(wanted: string) {
    void run(async () => {
      const { data } = await client.query({ query: ReturnInvoiceByNumberQuery, variables: { number: wanted }, fetchPolicy: 'network-only' });
      if (data?.invoiceByNumber) onFound(data.invoiceByNumber);
      else setMessage(t('notFound', { number: wanted }));
    });
  }

  function findByNumber(event: FormEvent) {
    event.preventDefault();
    const wanted = number.trim();
    if (wanted) lookUp(wanted);
  }

  // Opened from an invoice's page (?invoice=), the invoice opens at once.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || !initialNumber) return;
    opened.current = true;
    lookUp(initialNumber);
    // Once, for the number the page was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function chooseMember(found: FoundMember) {
    setMember(found);
    const { data } = await client.query({ query: ReturnMemberInvoicesQuery, variables: { id: found.id, first: RECENT_INVOICES }, fetchPolicy: 'network-only' });
    setInvoices(data?.member.invoices.nodes ?? []);
  }

  function findMember(event: FormEvent) {
    event.preventDefault();
    const wanted = term.trim();
    if (!wanted) return;
    void run(async () => {
      setMember(null);
      setInvoices(null);
      const { data } = await client.query({ query: ReturnMemberLookupQuery, variables: { term: wanted, first: MEMBERS_SHOWN }, fetchPolicy: 'network-only' });
      const found = data?.quickLookup.nodes ?? [];
      setMembers(found);
      // A scanned card names one member: go straight to her invoices.
      if (found.length === 1) await chooseMember(found[0]);
    });
  }

  function chooseInvoice(id: string) {
    void run(async () => {
      const { data } = await client.query({ query: ReturnInvoiceQuery, variables: { id }, fetchPolicy: 'network-only' });
      if (data?.invoice) onFound(data.invoice);
    });
  }

  const money$ = (cents: number, currency: string) =>
    formatMoney(cents, { currency, currencyDisplay: money.currencyDisplay as CurrencyDisplay, currencyDecimals: money.currencyDecimals }, locale);

  return (
    <section className={styles.panel} aria-labelledby="returns-find-title" aria-busy={busy} data-testid="returns-find">
      <h2 id="returns-find-title" className={styles.panelTitle}>
        {t('legend')}
      </h2>
      {message ? (
        <p className="alert alert--error" role="alert" data-testid="returns-find-error">
          {message}
        </p>
      ) : null}
      <div className={styles.finders}>
        <form className={styles.finder} onSubmit={findByNumber} noValidate>
          <label htmlFor="returns-invoice-number" className={styles.label}>
            {t('number')}
          </label>
          <div className={styles.finderRow}>
            <input
              id="returns-invoice-number"
              className="input"
              value={number}
              onChange={(event) => setNumber(event.target.value)}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              enterKeyHint="search"
              aria-describedby="returns-invoice-number-hint"
              data-testid="returns-invoice-number"
              autoFocus
            />
            <button type="submit" className="button button--primary" disabled={busy} data-testid="returns-find-invoice">
              {t('submit')}
            </button>
          </div>
          <p id="returns-invoice-number-hint" className="field__hint">
            {t('numberHint')}
          </p>
        </form>
        <form className={styles.finder} onSubmit={findMember} noValidate>
          <label htmlFor="returns-member" className={styles.label}>
            {t('member')}
          </label>
          <div className={styles.finderRow}>
            <input
              id="returns-member"
              className="input"
              value={term}
              onChange={(event) => setTerm(event.target.value)}
              autoComplete="off"
              spellCheck={false}
              enterKeyHint="search"
              aria-describedby="returns-member-hint"
              data-testid="returns-member"
            />
            <button type="submit" className="button button--secondary" disabled={busy} data-testid="returns-find-member">
              {t('memberSubmit')}
            </button>
          </div>
          <p id="returns-member-hint" className="field__hint">
            {t('memberHint')}
          </p>
          {members && members.length === 0 ? (
            <p className="muted" role="status" data-testid="returns-no-members">
              {t('noMembers', { term: term.trim() })}
            </p>
          ) : null}
          {members && members.length > 1 ? (
            <div>
              <h3 className={styles.label}>{t('members')}</h3>
              <ul className={styles.choices} data-testid="returns-members">
                {members.map((found) => (
                  <li key={found.id}>
                    <button
                      type="button"
                      className={`button button--secondary ${styles.choice}`}
                      aria-pressed={member?.id === found.id}
                      onClick={() => void run(() => chooseMember(found))}
                      data-testid={`returns-member-${found.memberNo}`}
                    >
                      <span>{found.displayName}</span>
                      <span className="muted">{found.memberNo}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {member && invoices ? (
            <div>
              <h3 className={styles.label}>{t('invoicesOf', { name: member.displayName, memberNo: member.memberNo })}</h3>
              {invoices.length === 0 ? (
                <p className="muted" role="status" data-testid="returns-no-invoices">
                  {t('noInvoices')}
                </p>
              ) : (
                <ul className={styles.choices} data-testid="returns-member-invoices">
                  {invoices.map((invoice) => (
                    <li key={invoice.id}>
                      <button
                        type="button"
                        className={`button button--secondary ${styles.choice}`}
                        onClick={() => chooseInvoice(invoice.id)}
                        data-testid={`returns-choose-${invoice.number}`}
                      >
                        {t('invoiceChoice', { number: invoice.number, date: invoice.businessDate, total: money$(invoice.totalCents, invoice.branch.currency) })}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ) : null}
        </form>
      </div>
    </section>
  );
}
