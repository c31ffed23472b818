'use client';

import { useTranslations } from 'next-intl';
import styles from './checkout.module.css';

/** A package of the member's as the cashier picks it (CheckoutPackage). */
export type CheckoutPackageChoice = { id: string; name: string; kind: string; sessionsRemaining: number; remainingCents: number; validTo: string; treatmentIds?: readonly string[] | null };

/** The bill's member's prepaid balances as prepaidAtCheckout reads them. */
export type CheckoutPrepaid = { storedValueCents: number; cardLocked: boolean; cardHasPin: boolean; packages: readonly CheckoutPackageChoice[] };

/** The session packages that can pay for a treatment (null treatmentIds: any). */
export function sessionPackagesFor(prepaid: CheckoutPrepaid | null, treatmentId: string): CheckoutPackageChoice[] {
  return (prepaid?.packages ?? []).filter((p) => p.kind === 'SESSIONS' && (!p.treatmentIds || p.treatmentIds.includes(treatmentId)));
}

export const valuePackages = (prepaid: CheckoutPrepaid | null) => (prepaid?.packages ?? []).filter((p) => p.kind === 'VALUE');

/** 儲值 and packages of the bill's member: what she holds, and a locked card said plainly before the cashier tries. */
export function PrepaidSummary({ prepaid, formatMoney }: { prepaid: CheckoutPrepaid; formatMoney: (cents: number) => string }) {
  const t = useTranslations('sales.checkout.prepaid');
  return (
    <div data-testid="checkout-prepaid">
      {prepaid.cardLocked ? (
        <p className="alert alert--error" role="alert" data-testid="checkout-prepaid-locked">
          {t('cardLocked')}
        </p>
      ) : null}
      <dl className={styles.totals}>
        <dt>{t('storedValue')}</dt>
        <dd data-testid="checkout-prepaid-stored-value">{formatMoney(prepaid.storedValueCents)}</dd>
      </dl>
      {prepaid.packages.length ? (
        <ul aria-label={t('packages')} data-testid="checkout-prepaid-packages">
          {prepaid.packages.map((p) => (
            <li key={p.id}>
              {p.kind === 'SESSIONS'
                ? t('sessionsLeft', { name: p.name, count: p.sessionsRemaining, validTo: p.validTo })
                : t('valueLeft', { name: p.name, amount: formatMoney(p.remainingCents), validTo: p.validTo })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('noPackages')}</p>
      )}
    </div>
  );
}
