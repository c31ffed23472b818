'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { Link } from '@/i18n/navigation';
import styles from './checkout.module.css';

export type IssuedInvoice = {
  id: string;
  number: string;
  totalCents: number;
  changeCents: number;
  analysisCode?: string | null;
  offerDiscountCents?: number;
  offer?: { code: string; name: string } | null;
  couponDiscountCents?: number;
  pointsEarned?: number;
};

/** After payment: the invoice number, the change to hand back, the receipts to print, and a new bill. */
export function CheckoutDone({ invoice, onNewBill, formatMoney }: { invoice: IssuedInvoice; onNewBill: () => void; formatMoney: (cents: number) => string }) {
  const t = useTranslations('sales.checkout.done');
  const tPoints = useTranslations('loyalty.earning');
  const newBill = useRef<HTMLButtonElement>(null);
  useEffect(() => newBill.current?.focus(), []);
  const receipt = (paper: '80mm' | 'a4') => ({ pathname: `/sales/invoices/${invoice.id}/receipt`, query: { paper } });
  return (
    <section className={`${styles.panel} ${styles.done}`} aria-labelledby="checkout-done-title" data-testid="checkout-done">
      <h2 id="checkout-done-title" className={styles.panelTitle}>
        {t('title')}
      </h2>
      <p role="status" className={styles.invoiceNumber}>
        {t('invoice')} <strong data-testid="checkout-invoice-number">{invoice.number}</strong>
      </p>
      <p>{t('total', { total: formatMoney(invoice.totalCents) })}</p>
      {invoice.offer ? (
        <p data-testid="checkout-done-offer">
          {t('offer', { offer: `${invoice.offer.code} ${invoice.offer.name}`, amount: formatMoney(-(invoice.offerDiscountCents ?? 0)) })}
          {invoice.analysisCode ? ` · ${t('analysisCode', { code: invoice.analysisCode })}` : null}
        </p>
      ) : null}
      {invoice.couponDiscountCents ? (
        <p data-testid="checkout-done-coupon">{t('coupon', { amount: formatMoney(-invoice.couponDiscountCents) })}</p>
      ) : null}
      {invoice.pointsEarned ? (
        <p data-testid="checkout-done-points">
          {tPoints('invoicePoints')}: {tPoints('pointsValue', { points: invoice.pointsEarned })}
        </p>
      ) : null}
      {invoice.changeCents > 0 ? (
        <p className={styles.grandTotal} data-testid="checkout-done-change">
          {t('change', { amount: formatMoney(invoice.changeCents) })}
        </p>
      ) : null}
      <div className={styles.doneActions}>
        <Link href={receipt('80mm')} className="button button--secondary" target="_blank" data-testid="checkout-receipt-80mm">
          {t('receipt80mm')}
        </Link>
        <Link href={receipt('a4')} className="button button--secondary" target="_blank" data-testid="checkout-receipt-a4">
          {t('receiptA4')}
        </Link>
        <Link href={`/sales/invoices/${invoice.id}`} className="button button--secondary" data-testid="checkout-invoice-link">
          {t('openInvoice')}
        </Link>
        <button ref={newBill} type="button" className="button button--primary" onClick={onNewBill} data-testid="checkout-new-bill">
          {t('newBill')}
        </button>
      </div>
    </section>
  );
}
