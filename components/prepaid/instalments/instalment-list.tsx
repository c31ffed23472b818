'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { InstalmentRowFragment } from '@/graphql/generated/graphql';
import { TableScroll } from '@/components/ui/table-scroll';
import { Link } from '@/i18n/navigation';
import { PayInstalmentDialog } from './pay-instalment-dialog';
import styles from './instalments.module.css';

/** Instalments with what is outstanding, overdue marked, and "take payment" for those who may take it. */
export function InstalmentList({
  instalments,
  money,
  canTake,
  showMember,
  onPaid,
}: {
  instalments: readonly InstalmentRowFragment[];
  money: (cents: number) => string;
  canTake: boolean;
  showMember: boolean;
  onPaid: (text: string) => void;
}) {
  const t = useTranslations('prepaid.instalments');
  const [paying, setPaying] = useState<InstalmentRowFragment | null>(null);
  if (instalments.length === 0) return <p data-testid="instalments-empty">{t('empty')}</p>;
  return (
    <>
      <TableScroll label={t('tableLabel')}>
        <table className="data-table" data-testid="instalments-table">
          <thead>
            <tr>
              {showMember ? <th scope="col">{t('member')}</th> : null}
              <th scope="col">{t('sale')}</th>
              <th scope="col">{t('sequence')}</th>
              <th scope="col">{t('dueDate')}</th>
              <th scope="col">{t('amount')}</th>
              <th scope="col">{t('outstanding')}</th>
              {canTake ? <th scope="col"><span className="visually-hidden">{t('actions')}</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {instalments.map((row) => (
              <tr key={row.id} data-testid="instalment-row">
                {showMember ? (
                  <td>{row.member ? <Link href={`/members/${row.member.id}`} className={styles.cellLink}>{row.member.memberNo} {row.member.displayName}</Link> : '—'}</td>
                ) : null}
                <td>
                  {row.prepaidSale?.number ?? ''} {row.prepaidSale?.memberPackage?.name ?? ''}
                </td>
                <td>{row.sequence}</td>
                <td>
                  {row.dueDate}
                  {row.overdue ? <span className={styles.overdue}> · {t('overdue')}</span> : null}
                </td>
                <td>{money(row.amountCents)}</td>
                <td>{money(row.outstandingCents)}</td>
                {canTake ? (
                  <td>
                    <button type="button" className="button button--secondary" onClick={() => setPaying(row)} data-testid="instalment-take-payment">
                      {t('takePayment')}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {paying ? (
        <PayInstalmentDialog
          instalment={paying}
          money={money}
          onCancel={() => setPaying(null)}
          onDone={(text) => {
            setPaying(null);
            onPaid(text);
          }}
        />
      ) : null}
    </>
  );
}
