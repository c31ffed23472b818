'use client';

import { useTranslations } from 'next-intl';
import type { BillLineTotals } from '@/services/sales/bill-totals';
import { exceedsStock, type DraftLine, type LineChange } from './bill-draft';
import { MoneyField } from './money-field';
import styles from './checkout.module.css';

export type StaffChoice = { id: string; code: string; displayName: string };

type Props = {
  lines: readonly DraftLine[];
  totals: readonly BillLineTotals[];
  staff: readonly StaffChoice[];
  errors: Readonly<Record<string, string>>;
  onChange: (key: string, change: LineChange) => void;
  onRemove: (key: string) => void;
  formatMoney: (cents: number) => string;
};

/** The bill's lines: quantity (−/+ or typed), unit price, line discount, staff credited, remove. */
export function BillLines({ lines, totals, staff, errors, onChange, onRemove, formatMoney }: Props) {
  const t = useTranslations('sales.checkout.lines');
  if (lines.length === 0) {
    return (
      <p className={`muted ${styles.empty}`} data-testid="checkout-lines-empty">
        {t('empty')}
      </p>
    );
  }
  return (
    <div className="table-wrap" role="region" aria-label={t('title')} tabIndex={0}>
      <table className={`data-table ${styles.lines}`} data-testid="checkout-lines">
        <thead>
          <tr>
            <th scope="col">{t('item')}</th>
            <th scope="col">{t('quantity')}</th>
            <th scope="col">{t('unitPrice')}</th>
            <th scope="col">{t('discount')}</th>
            <th scope="col">{t('staff')}</th>
            <th scope="col" className={styles.amount}>
              {t('total')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => {
            const name = line.item.label;
            const error = errors[line.key];
            const short = exceedsStock(line);
            return (
              <tr key={line.key} data-testid="checkout-line" data-code={line.item.code} aria-invalid={error ? true : undefined}>
                <td data-label={t('item')}>
                  <strong>{name}</strong> <span className="muted">{line.item.code}</span>
                  <br />
                  <span className="muted">{line.item.kind === 'Treatment' ? t('treatment') : t('onHand', { count: line.item.onHand ?? 0 })}</span>
                  {short ? (
                    <span className={styles.warning} data-testid="checkout-line-short">
                      {' '}
                      {t('short')}
                    </span>
                  ) : null}
                  {error ? (
                    <p className="alert alert--error" role="alert" data-testid="checkout-line-error">
                      {error}
                    </p>
                  ) : null}
                </td>
                <td data-label={t('quantity')}>
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
                      className={`input ${styles.quantity}`}
                      type="number"
                      inputMode="numeric"
                      min={1}
                      value={line.quantity}
                      aria-label={t('quantityOf', { item: name })}
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
                </td>
                <td data-label={t('unitPrice')}>
                  <MoneyField
                    cents={line.unitPriceCents}
                    onCents={(cents) => onChange(line.key, { unitPriceCents: cents })}
                    aria-label={t('unitPriceOf', { item: name })}
                    data-testid="checkout-line-price"
                  />
                </td>
                <td data-label={t('discount')}>
                  <MoneyField
                    cents={line.lineDiscountCents}
                    onCents={(cents) => onChange(line.key, { lineDiscountCents: cents })}
                    aria-label={t('discountOf', { item: name })}
                    data-testid="checkout-line-discount"
                  />
                </td>
                <td data-label={t('staff')}>
                  <select
                    className="input"
                    value={line.staffId ?? ''}
                    aria-label={t('staffOf', { item: name })}
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
                </td>
                <td data-label={t('total')} className={styles.amount} data-testid="checkout-line-total">
                  {formatMoney(totals[index]?.totalCents ?? 0)}
                </td>
                <td>
                  <button type="button" className="button button--secondary" onClick={() => onRemove(line.key)} aria-label={t('remove', { item: name })} data-testid="checkout-line-remove">
                    {t('removeShort')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
