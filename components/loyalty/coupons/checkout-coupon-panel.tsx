'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import styles from '@/components/sales/checkout/checkout.module.css';
import { MemberCouponsQuery } from './coupon-documents';

type Props = {
  /** The bill's member; a walk-in has no coupons. */
  memberId: string | null;
  couponCode: string | null;
  couponDiscountCents: number;
  error: string | null;
  onApply: (code: string | null) => void;
  formatMoney: (cents: number) => string;
};

/**
 * 電子優惠券 at the cashier: the member's unused coupons to pick from, or a code typed or scanned.
 * The server checks the coupon on every price of the bill and says why one cannot be used.
 */
export function CheckoutCouponPanel({ memberId, couponCode, couponDiscountCents, error, onApply, formatMoney }: Props) {
  const t = useTranslations('loyalty.coupons.checkout');
  const id = useId();
  const [typed, setTyped] = useState('');
  const coupons = useQuery(MemberCouponsQuery, { variables: { memberId: memberId ?? '', statuses: ['ISSUED' as never], first: 20 }, skip: !memberId, fetchPolicy: 'network-only' });
  const unused = memberId ? (coupons.data?.memberCoupons.nodes ?? []) : [];

  return (
    <section className={styles.panel} aria-labelledby={`${id}-title`} data-testid="checkout-coupon">
      <h2 id={`${id}-title`} className={styles.panelTitle}>
        {t('title')}
      </h2>
      {couponCode ? (
        <div className={styles.offerApplied} data-testid="checkout-coupon-applied">
          <p>
            <strong>{couponCode}</strong>
          </p>
          {couponDiscountCents > 0 ? <p data-testid="checkout-coupon-discount">{t('discount', { amount: formatMoney(-couponDiscountCents) })}</p> : null}
          <button type="button" className="button button--secondary" onClick={() => onApply(null)} data-testid="checkout-coupon-remove">
            {t('remove')}
          </button>
        </div>
      ) : null}
      {error ? (
        <p className="alert alert--error" role="alert" data-testid="checkout-coupon-error">
          {error}
        </p>
      ) : null}
      <form
        className={styles.offerCode}
        onSubmit={(event) => {
          event.preventDefault();
          if (typed.trim()) {
            onApply(typed.trim().toUpperCase());
            setTyped('');
          }
        }}
      >
        <label htmlFor={`${id}-code`} className={styles.label}>
          {t('codeLabel')}
        </label>
        <input id={`${id}-code`} className="input" value={typed} maxLength={30} autoComplete="off" onChange={(event) => setTyped(event.target.value)} data-testid="checkout-coupon-code" />
        <button type="submit" className="button button--secondary" disabled={!typed.trim()} data-testid="checkout-coupon-apply">
          {t('apply')}
        </button>
      </form>
      {unused.length > 0 ? (
        <ul className={styles.offerList} aria-label={t('listLabel')} data-testid="checkout-coupon-list">
          {unused.map((coupon) => (
            <li key={coupon.id} data-testid={`checkout-coupon-${coupon.code}`}>
              <span>
                <strong>{coupon.code}</strong> {coupon.type.name}
                <br />
                <span className="muted">{t('validTo', { date: coupon.validTo })}</span>
              </span>
              {coupon.code !== couponCode ? (
                <button type="button" className="button button--secondary" onClick={() => onApply(coupon.code)} data-testid={`checkout-coupon-use-${coupon.code}`}>
                  {t('use')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : memberId ? (
        <p className="muted">{t('none')}</p>
      ) : null}
    </section>
  );
}
