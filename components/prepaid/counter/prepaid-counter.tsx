'use client';

import { useApolloClient, useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { QuickLookupQuery } from '@/components/quick-lookup-documents';
import { InstalmentList } from '@/components/prepaid/instalments/instalment-list';
import { SellPackageForm } from '@/components/prepaid/packages/sell-package-form';
import { RefundStoredValueForm } from '@/components/prepaid/stored-value/refund-stored-value-form';
import { TopUpForm } from '@/components/prepaid/stored-value/top-up-form';
import { useMoney } from '@/components/sales/returns/use-money';
import { StatusMessage, type Status } from '@/components/ui/status-message';
import type { QuickLookupRowFragment } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { INSTALMENTS_PAGE_SIZE, PrepaidCounterMemberQuery, PrepaidCounterSetupQuery } from './counter-documents';

const DEFAULT_MONEY = { currencyDisplay: 'symbol', currencyDecimals: 2 };

export type CounterAbilities = { topUp: boolean; sellPackages: boolean; takeInstalments: boolean; refund: boolean };

/**
 * The 預付 counter: find the member by member number, card number or phone (the front desk's
 * quick lookup, within the viewer's member scope), then her stored value, a top-up, a package
 * sale, her outstanding instalments and — by permission — a stored-value refund.
 */
export function PrepaidCounter({ can }: { can: CounterAbilities }) {
  const t = useTranslations('prepaid.counter');
  const client = useApolloClient();
  const id = useId();
  const [term, setTerm] = useState('');
  const [matches, setMatches] = useState<QuickLookupRowFragment[] | null>(null);
  const [member, setMember] = useState<QuickLookupRowFragment | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const setup = useQuery(PrepaidCounterSetupQuery);
  const money = useMoney(setup.data?.systemSettings ?? DEFAULT_MONEY, setup.data?.viewer.branch.currency ?? 'HKD');
  const account = useQuery(PrepaidCounterMemberQuery, { variables: { memberId: member?.id ?? '', first: INSTALMENTS_PAGE_SIZE }, skip: !member, fetchPolicy: 'cache-and-network' });
  const balance = account.data?.memberAccount.storedValue.balanceCents ?? null;
  const done = (text: string) => setStatus({ kind: 'success', text });

  async function find(event: FormEvent) {
    event.preventDefault();
    if (!term.trim()) return;
    setBusy(true);
    setStatus(null);
    try {
      const { data } = await client.query({ query: QuickLookupQuery, variables: { term: term.trim(), first: 10 }, fetchPolicy: 'no-cache' });
      const found = data?.quickLookup.nodes ?? [];
      if (found.length === 1) choose(found[0]);
      else {
        setMatches(found);
        if (found.length === 0) setStatus({ kind: 'error', text: t('noMatch', { term: term.trim() }) });
      }
    } catch (failure) {
      setStatus({ kind: 'error', text: requestError(failure).message });
    }
    setBusy(false);
  }

  function choose(found: QuickLookupRowFragment) {
    setMatches(null);
    setMember(found);
  }

  return (
    <div className="stack" data-testid="prepaid-counter">
      <section className="card" aria-labelledby={`${id}-find`}>
        <h2 id={`${id}-find`}>{t('findTitle')}</h2>
        <form className="form" role="search" onSubmit={(event) => void find(event)}>
          <div className="field">
            <label htmlFor={`${id}-term`}>{t('find')}</label>
            <div className="button-row">
              <input id={`${id}-term`} className="input" value={term} onChange={(event) => setTerm(event.target.value)} placeholder={t('findHint')} data-testid="prepaid-counter-term" />
              <button type="submit" className="button button--secondary" disabled={busy} aria-busy={busy} data-testid="prepaid-counter-find">
                {t('findButton')}
              </button>
            </div>
          </div>
        </form>
        {matches && matches.length > 0 ? (
          <ul aria-label={t('matches')} data-testid="prepaid-counter-matches">
            {matches.map((m) => (
              <li key={m.id}>
                <button type="button" className="button button--secondary" onClick={() => choose(m)} data-testid="prepaid-counter-match">
                  {m.memberNo} {m.displayName} {m.phone ?? ''} · {m.branch.name}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <StatusMessage status={status} testId="prepaid-counter-status" />
      {member ? (
        <>
          <section className="card" aria-labelledby={`${id}-member`} data-testid="prepaid-counter-member">
            <h2 id={`${id}-member`}>
              <Link href={`/members/${member.id}`}>
                {member.memberNo} {member.displayName}
              </Link>
            </h2>
            <p>
              {t('balance')} <strong data-testid="prepaid-counter-balance">{balance === null ? '…' : money(balance)}</strong>
            </p>
          </section>
          {can.topUp ? (
            <section className="card">
              <TopUpForm key={member.id} memberId={member.id} onDone={done} />
            </section>
          ) : null}
          {can.sellPackages ? (
            <section className="card" aria-labelledby={`${id}-package`}>
              <h2 id={`${id}-package`}>{t('sellPackage')}</h2>
              <SellPackageForm
                key={member.id}
                memberId={member.id}
                onDone={() => {
                  done(t('packageSold'));
                  // A sale on instalments adds to what she owes: the list below reads it again.
                  void account.refetch();
                }}
              />
            </section>
          ) : null}
          <section className="card" aria-labelledby={`${id}-instalments`}>
            <h2 id={`${id}-instalments`}>{t('instalments')}</h2>
            <InstalmentList instalments={account.data?.instalments.nodes ?? []} money={money} canTake={can.takeInstalments} showMember={false} onPaid={done} />
          </section>
          {can.refund ? (
            <section className="card">
              <RefundStoredValueForm key={member.id} memberId={member.id} onDone={done} />
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
