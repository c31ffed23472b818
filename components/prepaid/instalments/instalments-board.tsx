'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { INSTALMENTS_PAGE_SIZE, PrepaidCounterSetupQuery, PrepaidInstalmentsQuery } from '@/components/prepaid/counter/counter-documents';
import { useMoney } from '@/components/sales/returns/use-money';
import { StatusMessage, type Status } from '@/components/ui/status-message';
import type { InstalmentStatusFilter } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { InstalmentList } from './instalment-list';

const DEFAULT_MONEY = { currencyDisplay: 'symbol', currencyDecimals: 2 };

/** 分期付款: the instalments still owed (or only the overdue ones), by the branch that sold them, with "take payment". */
export function InstalmentsBoard({ canTake }: { canTake: boolean }) {
  const t = useTranslations('prepaid.instalments');
  const id = useId();
  const [status, setStatus] = useState<InstalmentStatusFilter>('OUTSTANDING');
  const [branchId, setBranchId] = useState('');
  const [notice, setNotice] = useState<Status | null>(null);
  const setup = useQuery(PrepaidCounterSetupQuery);
  const branch = setup.data?.branches.nodes.find((b) => b.id === branchId) ?? null;
  const money = useMoney(setup.data?.systemSettings ?? DEFAULT_MONEY, branch?.currency ?? setup.data?.viewer.branch.currency ?? 'HKD');
  const list = useQuery(PrepaidInstalmentsQuery, { variables: { status, branchId: branchId || null, first: INSTALMENTS_PAGE_SIZE, after: null }, fetchPolicy: 'cache-and-network' });
  const connection = list.data?.instalments;

  async function more() {
    try {
      await list.fetchMore({
        variables: { after: connection?.pageInfo.endCursor ?? null },
        updateQuery: (previous, { fetchMoreResult }) => ({
          instalments: { ...fetchMoreResult.instalments, nodes: [...previous.instalments.nodes, ...fetchMoreResult.instalments.nodes] },
        }),
      });
    } catch (failure) {
      setNotice({ kind: 'error', text: requestError(failure).message });
    }
  }

  return (
    <section className="card stack" data-testid="instalments-board">
      <div className="button-row">
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('show')}</label>
          <select id={`${id}-status`} className="input" value={status} onChange={(event) => setStatus(event.target.value as InstalmentStatusFilter)} data-testid="instalments-status">
            <option value="OUTSTANDING">{t('statusOutstanding')}</option>
            <option value="OVERDUE">{t('statusOverdue')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-branch`}>{t('branch')}</label>
          <select id={`${id}-branch`} className="input" value={branchId} onChange={(event) => setBranchId(event.target.value)} data-testid="instalments-branch">
            <option value="">{t('allBranches')}</option>
            {(setup.data?.branches.nodes ?? []).map((b) => (
              <option key={b.id} value={b.id}>
                {b.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <StatusMessage status={notice ?? (list.error ? { kind: 'error', text: requestError(list.error).message } : null)} testId="instalments-status-message" />
      {connection ? (
        <>
          <p>{t('count', { count: connection.totalCount })}</p>
          <InstalmentList instalments={connection.nodes} money={money} canTake={canTake} showMember onPaid={(text) => setNotice({ kind: 'success', text })} />
          {connection.pageInfo.hasNextPage ? (
            <button type="button" className="button button--secondary" onClick={() => void more()} data-testid="instalments-more">
              {t('more')}
            </button>
          ) : null}
        </>
      ) : (
        <p aria-busy="true">{t('loading')}</p>
      )}
    </section>
  );
}
