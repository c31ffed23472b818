'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import type { CheckoutHeldBillFragment as Held } from '@/graphql/generated/graphql';
import { ConfirmAction } from '@/components/ui/confirm-action';
import styles from './checkout.module.css';

type Props = {
  bills: readonly Held[] | null;
  loading: boolean;
  /** A bill is on screen: resuming would replace it, so the cashier holds or clears it first. */
  busyBill: boolean;
  busyId: string | null;
  /** The list's or the last action's refusal (ALREADY_RESUMED when another terminal took the bill). */
  error: string | null;
  onResume: (bill: Held) => void;
  onDiscard: (bill: Held, close: () => void) => void;
  onClose: () => void;
  formatMoney: (cents: number) => string;
};

/** 掛單: the bills parked at this branch, oldest first, with their age; resume or discard each. */
export function HeldBills({ bills, loading, busyBill, busyId, error, onResume, onDiscard, onClose, formatMoney }: Props) {
  const t = useTranslations('sales.checkout.held');
  const id = useId();
  return (
    <section className={`${styles.panel} ${styles.drawer}`} aria-labelledby={`${id}-title`} data-testid="checkout-held-bills">
      <div className={styles.drawerHeader}>
        <h2 id={`${id}-title`} className={styles.panelTitle}>
          {t('title')}
        </h2>
        <button type="button" className="button button--secondary" onClick={onClose} data-testid="checkout-held-close">
          {t('close')}
        </button>
      </div>
      {busyBill ? <p className="alert alert--info">{t('finishFirst')}</p> : null}
      {error ? (
        <p className="alert alert--error" role="alert" data-testid="checkout-held-error">
          {error}
        </p>
      ) : null}
      {loading && !bills ? <p className="muted">{t('loading')}</p> : null}
      {bills && bills.length === 0 ? (
        <p className="muted" data-testid="checkout-held-empty">
          {t('empty')}
        </p>
      ) : null}
      {bills && bills.length > 0 ? (
        <ul className={styles.heldList}>
          {bills.map((bill) => (
            <li key={bill.id} className={styles.held} data-testid="checkout-held-bill" data-label={bill.label}>
              <div>
                <strong>{bill.label || bill.member?.displayName || bill.customerName || t('unnamed')}</strong>
                <br />
                <span className="muted">
                  {t('summary', {
                    customer: bill.member?.displayName ?? bill.customerName ?? t('walkIn'),
                    lines: bill.lines.length,
                    total: formatMoney(bill.totalCents),
                  })}
                </span>
                <br />
                <span className="muted" data-testid="checkout-held-age">
                  {t('age', { minutes: bill.ageMinutes, staff: bill.heldBy.displayName })}
                </span>
              </div>
              <div className={styles.heldActions}>
                <button
                  type="button"
                  className="button button--primary"
                  disabled={busyBill || busyId === bill.id}
                  onClick={() => onResume(bill)}
                  aria-label={t('resumeNamed', { label: bill.label })}
                  data-testid="checkout-held-resume"
                >
                  {t('resume')}
                </button>
                <ConfirmAction
                  label={t('discard')}
                  cancelLabel={t('keep')}
                  prompt={t('discardPrompt', { label: bill.label })}
                  promptId={`${id}-discard-${bill.id}`}
                  variant="danger"
                  triggerVariant="secondary"
                  pending={busyId === bill.id}
                  onConfirm={(close) => onDiscard(bill, close)}
                  testIds={{ trigger: 'checkout-held-discard', dialog: 'checkout-held-discard-dialog', confirm: 'checkout-held-discard-confirm' }}
                />
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
