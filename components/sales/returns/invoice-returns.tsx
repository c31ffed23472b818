'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { InvoiceReturnsQuery } from './returns-documents';
import { ReturnsList } from './returns-list';
import styles from './returns.module.css';
import { useMoney } from './use-money';

/**
 * An invoice's returns (顧客退貨) for the invoice's page, with a way to return more of it for
 * staff who may (`canReturn`: sales.refund) while the invoice is issued.
 */
export function InvoiceReturns({ invoiceId, canReturn }: { invoiceId: string; canReturn: boolean }) {
  const t = useTranslations('sales.returns.list');
  const { data } = useQuery(InvoiceReturnsQuery, { variables: { id: invoiceId }, fetchPolicy: 'cache-and-network' });
  const invoice = data?.invoice;
  const formatMoney = useMoney(data?.systemSettings ?? { currencyDisplay: 'symbol', currencyDecimals: 2 }, invoice?.branch.currency ?? 'HKD');
  if (!invoice || !data) return null;
  return (
    <section className="card" aria-labelledby="invoice-returns-title" data-testid="invoice-returns">
      <h2 id="invoice-returns-title">{t('heading')}</h2>
      {invoice.refundedCents ? <p data-testid="invoice-refunded">{t('refunded', { amount: formatMoney(invoice.refundedCents) })}</p> : null}
      <ReturnsList invoiceNumber={invoice.number} returns={invoice.returns} formatMoney={formatMoney} />
      {canReturn && invoice.status === 'ISSUED' ? (
        <div className={styles.actions}>
          <Link href={{ pathname: '/sales/returns', query: { invoice: invoice.number } }} className="button button--secondary" data-testid="invoice-make-return">
            {t('makeReturn')}
          </Link>
        </div>
      ) : null}
    </section>
  );
}
