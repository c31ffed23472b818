'use client';

import { useTranslations } from 'next-intl';
import { useId, type RefObject } from 'react';
import type { BillTotals } from '@/services/sales/bill-totals';
import type { PaymentDraft, PaymentSummary, TenderChoice } from './payment-draft';
import { PrepaidSummary, valuePackages, type CheckoutPrepaid } from './prepaid-parts';
import styles from './checkout.module.css';

type Props = {
  totals: BillTotals;
  memberDiscountPercent: number;
  /** The server's total when it differs from the live one (its quote is what will be charged). */
  quotedTotalCents: number | null;
  /** The points (積分) the server says this bill earns the member; null for a walk-in or before it has priced the bill. */
  pointsEarned: number | null;
  tenders: readonly TenderChoice[];
  payments: readonly PaymentDraft[];
  summary: PaymentSummary;
  errors: Readonly<Record<string, string>>;
  canPay: boolean;
  paying: boolean;
  firstTenderRef: RefObject<HTMLButtonElement | null>;
  /** The payment just added: its amount takes focus so the cash handed over can be typed. */
  focusKey: string | null;
  onAddTender: (tender: TenderChoice) => void;
  onAmount: (key: string, amountText: string) => void;
  onRemove: (key: string) => void;
  /** The bill's member's prepaid balances; null for a walk-in (or while they load). */
  prepaid?: CheckoutPrepaid | null;
  /** A stored-value payment's PIN or a package payment's package. */
  onPrepaid?: (key: string, change: Pick<PaymentDraft, 'pin' | 'memberPackageId'>) => void;
  onPay: () => void;
  formatMoney: (cents: number) => string;
};

/**
 * 付款: the bill's totals, a button per tender (tapping one hands it what is still due), the
 * amount per payment, what is due or the change, and 付款 — enabled only once the payments
 * cover the total as the server will accept them.
 */
export function PaymentPanel(props: Props) {
  const { totals, tenders, payments, summary, errors, formatMoney } = props;
  const t = useTranslations('sales.checkout.payment');
  const tPoints = useTranslations('loyalty.earning');
  const id = useId();
  const tenderLabel = (tenderId: string) => tenders.find((tender) => tender.id === tenderId)?.label ?? '';
  const refusal = summary.refused;
  const tenderKind = (tenderId: string) => tenders.find((tender) => tender.id === tenderId)?.kind;
  const tPrepaid = useTranslations('sales.checkout.prepaid');
  const prepaid = props.prepaid ?? null;
  return (
    <section className={styles.panel} aria-labelledby={`${id}-title`} data-testid="checkout-payment">
      <h2 id={`${id}-title`} className={styles.panelTitle}>
        {t('title')}
      </h2>
      <dl className={styles.totals} data-testid="checkout-totals">
        <dt>{t('subtotal')}</dt>
        <dd data-testid="checkout-subtotal">{formatMoney(totals.subtotalCents)}</dd>
        <dt>{props.memberDiscountPercent > 0 ? t('discountWithMember', { percent: props.memberDiscountPercent }) : t('discount')}</dt>
        <dd data-testid="checkout-discount">{formatMoney(totals.discountCents === 0 ? 0 : -totals.discountCents)}</dd>
        <dt>{t('tax')}</dt>
        <dd data-testid="checkout-tax">{formatMoney(totals.taxCents)}</dd>
        {totals.roundingCents !== 0 ? (
          <>
            <dt>{t('rounding')}</dt>
            <dd>{formatMoney(totals.roundingCents)}</dd>
          </>
        ) : null}
        <dt className={styles.grandTotal}>{t('total')}</dt>
        <dd className={styles.grandTotal} data-testid="checkout-total">
          {formatMoney(totals.totalCents)}
        </dd>
        {props.pointsEarned !== null ? (
          <>
            <dt>{tPoints('quotePoints')}</dt>
            <dd data-testid="checkout-points">{tPoints('pointsValue', { points: props.pointsEarned })}</dd>
          </>
        ) : null}
      </dl>
      {props.quotedTotalCents !== null && props.quotedTotalCents !== totals.totalCents ? (
        <p className="alert alert--info" data-testid="checkout-quote-differs">
          {t('quoteDiffers', { total: formatMoney(props.quotedTotalCents) })}
        </p>
      ) : null}
      {prepaid ? <PrepaidSummary prepaid={prepaid} formatMoney={formatMoney} /> : null}
      <div className={styles.tenders} role="group" aria-label={t('tenders')}>
        {tenders.map((tender, index) => (
          <button
            key={tender.id}
            ref={index === 0 ? props.firstTenderRef : undefined}
            type="button"
            className="button button--secondary"
            onClick={() => props.onAddTender(tender)}
            data-testid={`checkout-tender-${tender.id}`}
            data-tender={tender.label}
          >
            {tender.label}
          </button>
        ))}
      </div>
      {payments.length > 0 ? (
        <ul className={styles.payments} aria-label={t('payments')}>
          {payments.map((payment) => {
            const error = errors[payment.key] ?? (refusal?.key === payment.key ? t(refusal.reason, { due: formatMoney(refusal.dueCents) }) : null);
            const invalid = summary.invalid.includes(payment.key);
            const inputId = `${id}-${payment.key}`;
            return (
              <li key={payment.key} className={styles.payment} data-testid="checkout-payment-row">
                <label htmlFor={inputId} className={styles.label}>
                  {tenderLabel(payment.tenderTypeId)}
                </label>
                <input
                  id={inputId}
                  className="input"
                  inputMode="decimal"
                  autoComplete="off"
                  value={payment.amountText}
                  autoFocus={payment.key === props.focusKey}
                  onFocus={(event) => event.target.select()}
                  aria-invalid={invalid || error ? true : undefined}
                  aria-describedby={error || invalid ? `${inputId}-error` : undefined}
                  onChange={(event) => props.onAmount(payment.key, event.target.value)}
                  data-testid="checkout-payment-amount"
                />
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => props.onRemove(payment.key)}
                  aria-label={t('remove', { tender: tenderLabel(payment.tenderTypeId) })}
                  data-testid="checkout-payment-remove"
                >
                  {t('removeShort')}
                </button>
                {tenderKind(payment.tenderTypeId) === 'STORED_VALUE' && prepaid?.cardHasPin ? (
                  <>
                    <label htmlFor={`${inputId}-pin`} className={styles.label}>
                      {tPrepaid('pin')}
                    </label>
                    <input
                      id={`${inputId}-pin`}
                      className="input"
                      type="password"
                      inputMode="numeric"
                      autoComplete="off"
                      maxLength={12}
                      value={payment.pin ?? ''}
                      onChange={(event) => props.onPrepaid?.(payment.key, { pin: event.target.value })}
                      data-testid="checkout-payment-pin"
                    />
                  </>
                ) : null}
                {tenderKind(payment.tenderTypeId) === 'PACKAGE' ? (
                  <>
                    <label htmlFor={`${inputId}-package`} className={styles.label}>
                      {tPrepaid('package')}
                    </label>
                    <select
                      id={`${inputId}-package`}
                      className="input"
                      value={payment.memberPackageId ?? ''}
                      onChange={(event) => props.onPrepaid?.(payment.key, { memberPackageId: event.target.value || null })}
                      data-testid="checkout-payment-package"
                    >
                      <option value="">{tPrepaid('choosePackage')}</option>
                      {valuePackages(prepaid).map((p) => (
                        <option key={p.id} value={p.id}>
                          {tPrepaid('valueLeft', { name: p.name, amount: formatMoney(p.remainingCents), validTo: p.validTo })}
                        </option>
                      ))}
                    </select>
                  </>
                ) : null}
                {(tenderKind(payment.tenderTypeId) === 'PACKAGE' || tenderKind(payment.tenderTypeId) === 'STORED_VALUE') && !error && prepaid?.cardLocked ? (
                  <p className="alert alert--error" role="alert" data-testid="checkout-payment-prepaid-refused">
                    {tPrepaid('cardLocked')}
                  </p>
                ) : null}
                {error || invalid ? (
                  <p id={`${inputId}-error`} className="alert alert--error" role="alert">
                    {error ?? t('invalidAmount')}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      <p className={styles.due} aria-live="polite" data-testid="checkout-due">
        {summary.changeCents > 0 ? (
          <strong data-testid="checkout-change">{t('change', { amount: formatMoney(summary.changeCents) })}</strong>
        ) : summary.dueCents > 0 ? (
          t('due', { amount: formatMoney(summary.dueCents) })
        ) : summary.covered ? (
          t('covered')
        ) : null}
      </p>
      {errors.payments ? (
        <p className="alert alert--error" role="alert" data-testid="checkout-payment-error">
          {errors.payments}
        </p>
      ) : null}
      <button type="button" className={`button button--primary ${styles.pay}`} disabled={!props.canPay || props.paying} onClick={props.onPay} data-testid="checkout-pay">
        {props.paying ? t('paying') : t('pay', { total: formatMoney(totals.totalCents) })}
      </button>
    </section>
  );
}
