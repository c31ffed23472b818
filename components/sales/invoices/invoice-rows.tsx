'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { InvoiceListRowFragment as Row } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import styles from './invoices.module.css';

/** Invoices as table rows: number (to the detail), date and time in the branch's zone, branch, customer, cashier, status, amount, tenders. */
export function InvoiceRows({ rows, caption, testId, hideCustomer = false }: { rows: Row[]; caption: string; testId: string; hideCustomer?: boolean }) {
  const t = useTranslations('sales.invoices');
  const format = useFormatter();
  const money = (row: Row, cents: number) => format.number(cents / 100, { style: 'currency', currency: row.branch.currency });
  return (
    <table className="data-table" data-testid={testId}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('columns.number')}</th>
          <th scope="col">{t('columns.issuedAt')}</th>
          <th scope="col">{t('columns.branch')}</th>
          {hideCustomer ? null : <th scope="col">{t('columns.customer')}</th>}
          <th scope="col">{t('columns.cashier')}</th>
          <th scope="col">{t('columns.status')}</th>
          <th scope="col" className={styles.amount}>
            {t('columns.total')}
          </th>
          <th scope="col">{t('columns.payments')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={hideCustomer ? 7 : 8} className="muted">
              {t('empty')}
            </td>
          </tr>
        ) : (
          rows.map((row) => (
            <tr key={row.id} data-testid={`invoice-row-${row.id}`}>
              <td>
                <Link href={`/sales/invoices/${row.id}`} className={styles.number}>
                  {row.number}
                </Link>
              </td>
              <td className={styles.when}>{format.dateTime(new Date(row.issuedAt), { dateStyle: 'medium', timeStyle: 'short', timeZone: row.branch.timeZone })}</td>
              <td>{row.branch.label}</td>
              {hideCustomer ? null : <td>{row.member ? `${row.member.displayName} (${row.member.memberNo})` : row.customerName || t('walkIn')}</td>}
              <td>{row.cashier.displayName}</td>
              <td>
                <span className={row.status === 'VOIDED' ? 'tag tag--warning' : 'tag'}>{t(`status.${row.status}`)}</span>
              </td>
              <td className={styles.amount}>{money(row, row.totalCents)}</td>
              <td>{[...new Set(row.payments.map((p) => p.tenderType.label))].join(', ')}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
