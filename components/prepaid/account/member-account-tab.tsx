'use client';

import { useApolloClient, useQuery } from '@apollo/client/react';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { AccountPackageRowFragment, StoredValueEntryRowFragment } from '@/graphql/generated/graphql';
import { StatusMessage } from '@/components/ui/status-message';
import { TableScroll } from '@/components/ui/table-scroll';
import { useMoney } from '@/components/sales/returns/use-money';
import { MemberCardsPanel } from '@/components/prepaid/cards/member-cards-panel';
import { SellPackageForm } from '@/components/prepaid/packages/sell-package-form';
import { PackageActions } from '@/components/prepaid/packages/package-actions';
import type { AccountPermissions } from './account-permissions';
import { TopUpForm } from '@/components/prepaid/stored-value/top-up-form';
import { Link } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import {
  ACCOUNT_COUPONS_SHOWN, ACCOUNT_PACKAGES_PAGE_SIZE, AccountPackageLedgerQuery, MemberAccountQuery, MoreStoredValueEntriesQuery, PACKAGE_LEDGER_PAGE_SIZE,
  STORED_VALUE_PAGE_SIZE,
} from './member-account-documents';
import { InstalmentsTable } from './instalments-table';
import styles from './member-account.module.css';
import { useLocalDate } from './use-local-date';

const DEFAULT_MONEY = { currencyDisplay: 'symbol', currencyDecimals: 2 };

/**
 * 我的戶口: the member's stored value with its ledger, her points, her packages (each with its
 * ledger when opened), her e-coupons, what she owes on instalments and her card — one query, so
 * the numbers on the tab are of one moment and agree with each other.
 */
export function MemberAccountTab({ memberId, allowed }: { memberId: string; allowed: AccountPermissions }) {
  const t = useTranslations('prepaid.account');
  const client = useApolloClient();
  const localDate = useLocalDate();
  const { data, error, refetch } = useQuery(MemberAccountQuery, {
    variables: { memberId, first: STORED_VALUE_PAGE_SIZE, packages: ACCOUNT_PACKAGES_PAGE_SIZE, coupons: ACCOUNT_COUPONS_SHOWN },
    fetchPolicy: 'cache-and-network',
  });
  const money = useMoney(data?.systemSettings ?? DEFAULT_MONEY, data?.member.branch.currency ?? 'HKD');
  const [more, setMore] = useState<{ rows: StoredValueEntryRowFragment[]; endCursor: string | null; hasNextPage: boolean; for: string } | null>(null);
  const [moreError, setMoreError] = useState<string | null>(null);
  const [form, setForm] = useState<'topUp' | 'sellPackage' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const account = data?.memberAccount;

  const first = account?.storedValueEntries;
  // Extra pages belong to the first page they followed; a refreshed first page starts over.
  const firstKey = first?.nodes[0]?.id ?? '';
  const extra = more && more.for === firstKey ? more : null;
  const entries = [...(first?.nodes ?? []), ...(extra?.rows ?? [])];
  const hasNextPage = extra ? extra.hasNextPage : (first?.pageInfo.hasNextPage ?? false);
  const endCursor = extra ? extra.endCursor : (first?.pageInfo.endCursor ?? null);

  /** A top-up or a sale changes the balances: the tab reads them again. */
  function done(text: string | null) {
    setForm(null);
    setNotice(text);
    void refetch();
  }

  const toggle = (name: 'topUp' | 'sellPackage') => () => {
    setNotice(null);
    setForm(form === name ? null : name);
  };

  async function showMore() {
    setMoreError(null);
    try {
      const { data: page } = await client.query({ query: MoreStoredValueEntriesQuery, variables: { memberId, first: STORED_VALUE_PAGE_SIZE, after: endCursor }, fetchPolicy: 'no-cache' });
      if (!page) throw new Error('The query returned no data');
      const next = page.memberAccount.storedValueEntries;
      setMore({ rows: [...(extra?.rows ?? []), ...next.nodes], endCursor: next.pageInfo.endCursor, hasNextPage: next.pageInfo.hasNextPage, for: firstKey });
    } catch (failure) {
      setMoreError(requestError(failure).message);
    }
  }

  return (
    <div className={styles.tab}>
      <section className="card" aria-labelledby="member-account-title" data-testid="member-account">
        <h2 id="member-account-title">{t('title')}</h2>
        {error ? <StatusMessage status={{ kind: 'error', text: requestError(error).message }} /> : null}
        <StatusMessage status={notice ? { kind: 'success', text: notice } : null} testId="account-notice" />
        {account ? (
          <>
            <section className={styles.part} aria-labelledby="account-stored-value-title" data-testid="account-stored-value">
              <h3 id="account-stored-value-title">{t('storedValue.title')}</h3>
              <dl className="details">
                <div className="detail">
                  <dt>{t('storedValue.balance')}</dt>
                  <dd data-testid="stored-value-balance" data-cents={account.storedValue.balanceCents}>
                    {money(account.storedValue.balanceCents)}
                  </dd>
                </div>
                <div className="detail">
                  <dt>{t('storedValue.paidIn')}</dt>
                  <dd data-testid="stored-value-paid-in">{money(account.storedValue.paidInCents)}</dd>
                </div>
                <div className="detail">
                  <dt>{t('storedValue.bonusIn')}</dt>
                  <dd data-testid="stored-value-bonus-in">{money(account.storedValue.bonusInCents)}</dd>
                </div>
              </dl>
              {allowed.topUp ? (
                <div className="button-row">
                  <button type="button" className="button button--secondary" aria-expanded={form === 'topUp'} onClick={toggle('topUp')} data-testid="account-top-up">
                    {t('actions.topUp')}
                  </button>
                </div>
              ) : null}
            {form === 'topUp' ? <TopUpForm memberId={memberId} onDone={(text) => done(text)} /> : null}
            <StoredValueLedger entries={entries} money={money} />
              {hasNextPage ? (
                <div className="button-row">
                  <button type="button" className="button button--secondary" onClick={showMore} data-testid="stored-value-more">
                    {t('storedValue.more')}
                  </button>
                </div>
              ) : null}
              <StatusMessage status={moreError ? { kind: 'error', text: moreError } : null} />
            </section>

            <section className={styles.part} aria-labelledby="account-points-title" data-testid="account-points">
              <h3 id="account-points-title">{t('points.title')}</h3>
              <PointsSummary points={account.points} />
            </section>

            <section className={styles.part} aria-labelledby="account-packages-title" data-testid="account-packages">
              <h3 id="account-packages-title">
                {t('packages.title')} <span className="muted">({account.packages.totalCount})</span>
              </h3>
              {allowed.sellPackages ? (
                <div className="button-row">
                  <button type="button" className="button button--secondary" aria-expanded={form === 'sellPackage'} onClick={toggle('sellPackage')} data-testid="account-sell-package">
                    {t('actions.sellPackage')}
                  </button>
                </div>
              ) : null}
            {form === 'sellPackage' ? <SellPackageForm memberId={memberId} onDone={() => done(null)} /> : null}
            {account.packages.nodes.length === 0 ? (
                <p className="muted">{t('packages.empty')}</p>
              ) : (
                <ul className={styles.list}>
                  {account.packages.nodes.map((pkg) => (
                    <PackageItem key={pkg.id} pkg={pkg} money={money} memberId={memberId} allowed={allowed} onDone={() => done(null)} />
                  ))}
                </ul>
              )}
            </section>

            <section className={styles.part} aria-labelledby="account-coupons-title" data-testid="account-coupons">
              <h3 id="account-coupons-title">{t('coupons.title')}</h3>
              <p data-testid="account-coupon-count">{t('coupons.count', { count: account.coupons.totalCount })}</p>
              {account.coupons.nodes.length ? (
                <ul className={styles.list}>
                  {account.coupons.nodes.map((coupon) => (
                    <li key={coupon.id} data-testid="account-coupon">
                      {t('coupons.item', { name: coupon.type.name, code: coupon.code, validTo: localDate(coupon.validTo) })}
                    </li>
                  ))}
                </ul>
              ) : null}
            </section>

            <section className={styles.part} aria-labelledby="account-instalments-title" data-testid="account-instalments">
              <h3 id="account-instalments-title">{t('instalments.title')}</h3>
              <p data-testid="instalments-outstanding" data-cents={account.instalmentsOutstandingCents}>
                {t('instalments.outstanding', { amount: money(account.instalmentsOutstandingCents) })}
              </p>
              <InstalmentsTable instalments={account.instalments} money={money} />
            </section>
          </>
        ) : null}
      </section>
      <MemberCardsPanel memberId={memberId} />
    </div>
  );
}

function StoredValueLedger({ entries, money }: { entries: StoredValueEntryRowFragment[]; money: (cents: number) => string }) {
  const t = useTranslations('prepaid.account.storedValue');
  const format = useFormatter();
  if (entries.length === 0) return <p className="muted">{t('empty')}</p>;
  return (
    <TableScroll label={t('ledger')}>
      <table className="data-table" data-testid="stored-value-ledger">
        <thead>
          <tr>
            <th scope="col">{t('when')}</th>
            <th scope="col">{t('what')}</th>
            <th scope="col">{t('amount')}</th>
            <th scope="col">{t('balanceAfter')}</th>
            <th scope="col">{t('document')}</th>
            <th scope="col">{t('who')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-testid="stored-value-entry" data-kind={entry.kind}>
              <td>{format.dateTime(new Date(entry.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}</td>
              <td>
                {entry.bonusCents ? t('split', { kind: t(`kind.${entry.kind}`), paid: money(entry.paidCents), bonus: money(entry.bonusCents) }) : t(`kind.${entry.kind}`)}
                {entry.reason ? <span className="muted"> — {entry.reason}</span> : null}
              </td>
              <td className={styles.amount}>{money(entry.amountCents)}</td>
              <td className={styles.amount}>{money(entry.balanceAfterCents)}</td>
              <td data-testid="stored-value-document">
                {entry.invoice ? <Link href={`/sales/invoices/${entry.invoice.id}`} className={styles.cellLink}>{entry.invoice.number}</Link> : (entry.prepaidSale?.number ?? '—')}
              </td>
              <td>{[entry.staff?.displayName, entry.branch?.name].filter(Boolean).join(', ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function PointsSummary({ points }: { points: { balance: number; expiring: ReadonlyArray<{ expiresAt: string | null; points: number }> } }) {
  const t = useTranslations('prepaid.account.points');
  const format = useFormatter();
  const soonest = points.expiring.find((group) => group.expiresAt !== null);
  return (
    <dl className="details">
      <div className="detail">
        <dt>{t('balance')}</dt>
        <dd data-testid="account-points-balance">{format.number(points.balance)}</dd>
      </div>
      <div className="detail">
        <dt>{t('nextExpiry')}</dt>
        <dd data-testid="account-points-expiry">
          {soonest ? t('expiring', { points: format.number(soonest.points), date: format.dateTime(new Date(soonest.expiresAt!), { dateStyle: 'medium' }) }) : t('nothingExpires')}
        </dd>
      </div>
    </dl>
  );
}

function PackageItem({ pkg, money, memberId, allowed, onDone }: { pkg: AccountPackageRowFragment; money: (cents: number) => string; memberId: string; allowed: AccountPermissions; onDone: () => void }) {
  const t = useTranslations('prepaid.account.packages');
  const localDate = useLocalDate();
  const [open, setOpen] = useState(false);
  const sessions = pkg.kind === 'SESSIONS';
  const usedUp = pkg.status === 'ACTIVE' && (sessions ? pkg.sessionsRemaining : pkg.remainingCents) <= 0;
  return (
    <li className={styles.package} data-testid="account-package" data-package-id={pkg.id}>
      <p>
        <strong>{pkg.name}</strong> <span className="tag tag--muted">{t(`kind.${pkg.kind}`)}</span>{' '}
        {pkg.status === 'REFUNDED' ? <span className="tag tag--warning" data-testid="package-refunded">{t('refunded')}</span> : null}
        {pkg.status !== 'REFUNDED' && pkg.expired ? <span className="tag tag--warning" data-testid="package-expired">{t('expired')}</span> : null}
        {usedUp ? <span className="tag tag--muted" data-testid="package-used-up">{t('usedUp')}</span> : null}
      </p>
      <p data-testid="package-remaining">
        {sessions
          ? t('sessionsLeft', { left: pkg.sessionsRemaining, total: pkg.sessionsTotal })
          : t('valueLeft', { left: money(pkg.remainingCents), total: money(pkg.valueCents) })}
        {' · '}
        {t('validTo', { date: localDate(pkg.validTo) })}
      </p>
      <button type="button" className="button button--secondary" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="package-ledger-toggle">
        {open ? t('hideLedger') : t('showLedger')}
      </button>
      {open ? <PackageLedger id={pkg.id} sessions={sessions} money={money} /> : null}
      {pkg.status === 'ACTIVE' && (allowed.useSessions || allowed.addSessions || allowed.refund) ? (
        <PackageActions memberPackageId={pkg.id} kind={pkg.kind} memberId={memberId} allowed={allowed} onDone={onDone} />
      ) : null}
    </li>
  );
}

function PackageLedger({ id, sessions, money }: { id: string; sessions: boolean; money: (cents: number) => string }) {
  const t = useTranslations('prepaid.account.packages');
  const format = useFormatter();
  const { data, error, loading } = useQuery(AccountPackageLedgerQuery, { variables: { id, first: PACKAGE_LEDGER_PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  if (error) return <StatusMessage status={{ kind: 'error', text: requestError(error).message }} />;
  const entries = data?.memberPackage?.entries.nodes;
  if (!entries) return loading ? <p className="muted">{t('loading')}</p> : null;
  return (
    <TableScroll label={t('ledger')}>
      <table className="data-table" data-testid="package-ledger">
        <thead>
          <tr>
            <th scope="col">{t('when')}</th>
            <th scope="col">{t('what')}</th>
            <th scope="col">{t('change')}</th>
            <th scope="col">{t('after')}</th>
            <th scope="col">{t('document')}</th>
            <th scope="col">{t('who')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-testid="package-entry" data-kind={entry.kind}>
              <td>{format.dateTime(new Date(entry.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}</td>
              <td>
                {t(`entryKind.${entry.kind}`)}
                {entry.treatment ? <span className="muted"> {entry.treatment.name}</span> : null}
                {entry.reason ? <span className="muted"> — {entry.reason}</span> : null}
              </td>
              <td className={styles.amount}>{sessions ? format.number(entry.sessions, { signDisplay: 'exceptZero' }) : money(entry.valueCents)}</td>
              <td className={styles.amount}>{sessions ? format.number(entry.sessionsAfter) : money(entry.remainingAfterCents)}</td>
              <td>{entry.invoice ? <Link href={`/sales/invoices/${entry.invoice.id}`} className={styles.cellLink}>{entry.invoice.number}</Link> : '—'}</td>
              <td>{entry.staff?.displayName ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
