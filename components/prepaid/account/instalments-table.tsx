'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { AccountInstalmentRowFragment } from '@/graphql/generated/graphql';
import { TableScroll } from '@/components/ui/table-scroll';
import styles from './member-account.module.css';
import { useLocalDate } from './use-local-date';

type Props = {
  instalments: readonly AccountInstalmentRowFragment[];
  money: (cents: number) => string;
  /** What can be done with an instalment still owed (taking a payment), when the viewer may. */
  action?: (instalment: AccountInstalmentRowFragment) => ReactNode;
};

/** Instalments (分期付款) with their prepaid sale, due date, amount, what is paid, and whether they are overdue or paid in full. */
export function InstalmentsTable({ instalments, money, action }: Props) {
  const t = useTranslations('prepaid.account.instalments');
  const localDate = useLocalDate();
  if (instalments.length === 0) return <p className="muted">{t('empty')}</p>;
  return (
    <TableScroll label={t('title')}>
      <table className="data-table" data-testid="instalments-table">
        <thead>
          <tr>
            <th scope="col">{t('sale')}</th>
            <th scope="col">{t('sequence')}</th>
            <th scope="col">{t('dueDate')}</th>
            <th scope="col">{t('amount')}</th>
            <th scope="col">{t('paid')}</th>
            <th scope="col">{t('owed')}</th>
            <th scope="col">{t('state')}</th>
            {action ? <th scope="col">{t('actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {instalments.map((instalment) => (
            <tr key={instalment.id} data-testid="instalment-row" data-overdue={instalment.overdue}>
              <td>{instalment.prepaidSale?.number ?? '—'}</td>
              <td>{instalment.sequence}</td>
              <td>{localDate(instalment.dueDate)}</td>
              <td className={styles.amount}>{money(instalment.amountCents)}</td>
              <td className={styles.amount}>{money(instalment.paidCents)}</td>
              <td className={styles.amount}>{money(instalment.outstandingCents)}</td>
              <td>
                {instalment.overdue ? (
                  <span className="tag tag--warning" data-testid="instalment-overdue">
                    {t('overdue')}
                  </span>
                ) : instalment.outstandingCents === 0 ? (
                  <span className="tag tag--muted" data-testid="instalment-paid">
                    {t('paidInFull')}
                  </span>
                ) : (
                  t('due')
                )}
              </td>
              {action ? <td>{instalment.outstandingCents > 0 ? action(instalment) : null}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
