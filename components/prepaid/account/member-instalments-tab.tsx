'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { StatusMessage } from '@/components/ui/status-message';
import { useMoney } from '@/components/sales/returns/use-money';
import { requestError } from '@/lib/apollo/request-error';
import { MemberInstalmentsQuery } from './member-account-documents';
import { InstalmentsTable } from './instalments-table';

/** 分期付款 on the contact page: every instalment of the member, paid and owed, with what she still owes in all. */
export function MemberInstalmentsTab({ memberId }: { memberId: string }) {
  const t = useTranslations('prepaid.account.instalments');
  const { data, error } = useQuery(MemberInstalmentsQuery, { variables: { memberId }, fetchPolicy: 'cache-and-network' });
  const money = useMoney(data?.systemSettings ?? { currencyDisplay: 'symbol', currencyDecimals: 2 }, data?.member.branch.currency ?? 'HKD');
  const account = data?.memberAccount;
  return (
    <section aria-labelledby="member-instalments-title" data-testid="member-instalments">
      <h3 id="member-instalments-title">{t('title')}</h3>
      {error ? <StatusMessage status={{ kind: 'error', text: requestError(error).message }} /> : null}
      {account ? (
        <>
          <p data-testid="instalments-outstanding" data-cents={account.instalmentsOutstandingCents}>
            {t('outstanding', { amount: money(account.instalmentsOutstandingCents) })}
          </p>
          <InstalmentsTable instalments={account.instalments} money={money} />
        </>
      ) : null}
    </section>
  );
}
