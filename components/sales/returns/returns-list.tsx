'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { DataTable } from '@/components/ui/data-table';
import type { ReturnSummaryFragment } from '@/graphql/generated/graphql';
import styles from './returns.module.css';

/** The returns of one invoice: number, when, who, the units of each line, the refund and its tender, the reason. */
export function ReturnsList({ invoiceNumber, returns, formatMoney }: { invoiceNumber: string; returns: readonly ReturnSummaryFragment[]; formatMoney: (cents: number) => string }) {
  const t = useTranslations('sales.returns.list');
  const format = useFormatter();
  return (
    <DataTable<ReturnSummaryFragment>
      label={t('caption', { number: invoiceNumber })}
      rows={[...returns]}
      rowKey={(row) => row.id}
      rowTestId={(row) => `invoice-return-${row.number}`}
      emptyText={t('empty')}
      columns={[
        { header: t('number'), cell: (row) => row.number, rowHeader: true },
        { header: t('when'), cell: (row) => format.dateTime(new Date(row.createdAt as string), { dateStyle: 'medium', timeStyle: 'short' }) },
        { header: t('by'), cell: (row) => row.createdBy?.displayName ?? '' },
        {
          header: t('items'),
          cell: (row) => (
            <ul className={styles.returnItems}>
              {row.lines.map((line) => (
                <li key={line.id}>{t('item', { code: line.invoiceLine.code, description: line.invoiceLine.description, quantity: line.quantity })}</li>
              ))}
            </ul>
          ),
        },
        {
          header: t('refund'),
          cell: (row) => row.refunds.map((refund) => t('refundBy', { amount: formatMoney(refund.amountCents), tender: refund.tenderType.label })).join(', '),
        },
        { header: t('reason'), cell: (row) => row.reason },
      ]}
    />
  );
}
