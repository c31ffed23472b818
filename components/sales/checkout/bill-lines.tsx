'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import type { BillLineTotals } from '@/services/sales/bill-totals';
import { exceedsStock, type DraftLine, type LineChange } from './bill-draft';
import { MoneyField } from './money-field';
import { sessionPackagesFor, type CheckoutPrepaid } from './prepaid-parts';
import styles from './checkout.module.css';

export type StaffChoice = { id: string; code: string; displayName: string };

type Props = {
  lines: readonly DraftLine[];
  totals: readonly BillLineTotals[];
  staff: readonly StaffChoice[];
  errors: Readonly<Record<string, string>>;
  onChange: (key: string, change: LineChange) => void;
  onRemove: (key: string) => void;
  /** The bill's member's prepaid balances: a treatment line may use a session of her packages. */
  prepaid?: CheckoutPrepaid | null;
  formatMoney: (cents: number) => string;
};

/**
 * The bill's lines, one card each (the fields fit a tablet's width without sideways scrolling):
 * quantity (−/+ or typed), unit price, line discount, staff credited, what the line comes to, remove.
 */
export function BillLines({ lines, totals, staff, errors, onChange, onRemove, prepaid = null, formatMoney }: Props) {
  const t = useTranslations('sales.checkout.lines');
  const tPrepaid = useTranslations('sales.checkout.prepaid');
  const id = useId();
  if (lines.length === 0) {
    return (
      <p className={`muted ${styles.empty}`} data-testid="checkout-lines-empty">
        {t('empty')}
      </p>
    );
  }
  return (
    <ul className={styles.lines} aria-label={t('title')} data-testid="checkout-lines">
      {lines.map((line, index) => {
        const name = line.item.label;
        const error = errors[line.key];
        const field = (what: string) => `${id}-${line.key}-${what}`;
        const sessionChoices = line.item.kind === 'TREATMENT' ? sessionPackagesFor(prepaid, line.item.itemId) : [];
        return (
          <li key={line.key} className={styles.line} data-testid="checkout-line" data-code={line.item.code}>
            <div className={styles.lineHead}>
              <div id={field('name')}>
                <strong>{name}</strong> <span className="muted">{line.item.code}</span>
                <br />
                <span className="muted">{line.item.kind === 'TREATMENT' ? t('treatment') : t('onHand', { count: line.item.onHand ?? 0 })}</span>
                {exceedsStock(line) ? (
                  <span className={styles.warning} data-testid="checkout-line-short">
                    {' '}
                    {t('short')}
                  </span>
                ) : null}
              </div>
              <span className={styles.lineTotal} data-testid="checkout-line-total">
                <span className="visually-hidden">{t('total')} </span>
                {formatMoney(totals[index]?.totalCents ?? 0)}
              </span>
              <button type="button" className="button button--secondary" onClick={() => onRemove(line.key)} aria-label={t('remove', { item: name })} data-testid="checkout-line-remove">
                {t('removeShort')}
              </button>
            </div>
            <div className={styles.lineFields}>
              <div className={styles.lineField}>
                <label htmlFor={field('quantity')} className={styles.label}>
                  {t('quantity')}
                </label>
                <div className={styles.stepper}>
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={t('less', { item: name })}
                    disabled={line.quantity <= 1}
                    onClick={() => onChange(line.key, { quantity: line.quantity - 1 })}
                  >
                    −
                  </button>
                  <input
                    id={field('quantity')}
                    className={`input ${styles.quantity}`}
                    type="number"
                    inputMode="numeric"
                    min={1}
                    value={line.quantity}
                    aria-describedby={field('name')}
                    onChange={(event) => {
                      const quantity = Number(event.target.value);
                      if (Number.isInteger(quantity) && quantity >= 1) onChange(line.key, { quantity });
                    }}
                    data-testid="checkout-line-quantity"
                  />
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={t('more', { item: name })}
                    onClick={() => onChange(line.key, { quantity: line.quantity + 1 })}
                    data-testid="checkout-line-more"
                  >
                    +
                  </button>
                </div>
              </div>
              <div className={styles.lineField}>
                <label htmlFor={field('price')} className={styles.label}>
                  {t('unitPrice')}
                </label>
                <MoneyField
                  id={field('price')}
                  cents={line.unitPriceCents}
                  onCents={(cents) => onChange(line.key, { unitPriceCents: cents })}
                  aria-describedby={field('name')}
                  data-testid="checkout-line-price"
                />
              </div>
              <div className={styles.lineField}>
                <label htmlFor={field('discount')} className={styles.label}>
                  {t('discount')}
                </label>
                <MoneyField
                  id={field('discount')}
                  cents={line.lineDiscountCents}
                  onCents={(cents) => onChange(line.key, { lineDiscountCents: cents })}
                  aria-describedby={field('name')}
                  data-testid="checkout-line-discount"
                />
              </div>
              <div className={styles.lineField}>
                <label htmlFor={field('staff')} className={styles.label}>
                  {t('staff')}
                </label>
                <select
                  id={field('staff')}
                  className="input"
                  value={line.staffId ?? ''}
                  aria-describedby={field('name')}
                  onChange={(event) => onChange(line.key, { staffId: event.target.value || null })}
                  data-testid="checkout-line-staff"
                >
                  <option value="">{t('noStaff')}</option>
                  {staff.map((member) => (
                    <option key={member.id} value={member.id}>
                      {member.displayName} ({member.code})
                    </option>
                  ))}
                </select>
              </div>
              {sessionChoices.length || line.memberPackageId ? (
                <div className={styles.lineField}>
                  <label htmlFor={field('session')} className={styles.label}>
                    {tPrepaid('useSession')}
                  </label>
                  <select
                    id={field('session')}
                    className="input"
                    value={line.memberPackageId ?? ''}
                    aria-describedby={field('name')}
                    onChange={(event) => onChange(line.key, { memberPackageId: event.target.value || null })}
                    data-testid="checkout-line-session"
                  >
                    <option value="">{tPrepaid('noSession')}</option>
                    {sessionChoices.map((p) => (
                      <option key={p.id} value={p.id}>
                        {tPrepaid('sessionsLeft', { name: p.name, count: p.sessionsRemaining, validTo: p.validTo })}
                      </option>
                    ))}
                  </select>
                </div>
              ) : null}
            </div>
            {error ? (
              <p className="alert alert--error" role="alert" data-testid="checkout-line-error">
                {error}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
