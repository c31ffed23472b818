'use client';

import { useTranslations } from 'next-intl';
import { TableScroll } from '@/components/ui/table-scroll';
import type { ReturnInvoiceFragment } from '@/graphql/generated/graphql';
import { clampUnits, returnableUnits, type Chosen, type RefundPreview } from './return-draft';
import styles from './returns.module.css';

type Props = {
  invoice: ReturnInvoiceFragment;
  chosen: Chosen;
  preview: RefundPreview;
  /** The server's refusal for a line (by invoice line id), shown on its row. */
  errors: Readonly<Record<string, string>>;
  disabled: boolean;
  onChange: (lineId: string, units: number) => void;
  formatMoney: (cents: number) => string;
};

/** The invoice's lines: sold, already returned, still returnable, and a stepper for the units coming back now. */
export function ReturnLines({ invoice, chosen, preview, errors, disabled, onChange, formatMoney }: Props) {
  const t = useTranslations('sales.returns.lines');
  return (
    <TableScroll label={t('caption', { number: invoice.number })}>
      <table className="data-table" data-testid="returns-lines">
        <thead>
          <tr>
            <th scope="col">{t('item')}</th>
            <th scope="col" className={styles.amount}>{t('sold')}</th>
            <th scope="col" className={styles.amount}>{t('returned')}</th>
            <th scope="col" className={styles.amount}>{t('returnable')}</th>
            <th scope="col" className={styles.amount}>{t('lineTotal')}</th>
            <th scope="col">{t('quantity')}</th>
            <th scope="col" className={styles.amount}>{t('refund')}</th>
          </tr>
        </thead>
        <tbody>
          {invoice.lines.map((line) => {
            const item = `${line.code} ${line.description}`;
            const left = returnableUnits(line);
            const units = clampUnits(line, chosen[line.id] ?? 0);
            const error = errors[line.id];
            const inputId = `returns-units-${line.id}`;
            return (
              <tr key={line.id} data-testid="returns-line" data-code={line.code} aria-invalid={error ? true : undefined}>
                <th scope="row">
                  <strong>{line.description}</strong> <span className="muted">{line.code}</span>
                  {error ? (
                    <p className="alert alert--error" role="alert" data-testid="returns-line-error">
                      {error}
                    </p>
                  ) : null}
                </th>
                <td className={styles.amount} data-testid="returns-line-sold">{line.quantity}</td>
                <td className={styles.amount} data-testid="returns-line-returned">{line.returnedQuantity}</td>
                <td className={styles.amount} data-testid="returns-line-returnable">{left}</td>
                <td className={styles.amount}>{formatMoney(line.totalCents)}</td>
                <td>
                  <div className={styles.stepper}>
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={t('decrease', { item })}
                      aria-controls={inputId}
                      disabled={disabled || units <= 0}
                      onClick={() => onChange(line.id, units - 1)}
                      data-testid="returns-line-less"
                    >
                      −
                    </button>
                    <input
                      id={inputId}
                      className="input"
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={left}
                      value={units}
                      disabled={disabled || left === 0}
                      aria-label={t('quantityLabel', { item })}
                      onChange={(event) => onChange(line.id, Number(event.target.value))}
                      data-testid="returns-line-units"
                    />
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={t('increase', { item })}
                      aria-controls={inputId}
                      disabled={disabled || units >= left}
                      onClick={() => onChange(line.id, units + 1)}
                      data-testid="returns-line-more"
                    >
                      +
                    </button>
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={t('allLabel', { item })}
                      disabled={disabled || left === 0 || units === left}
                      onClick={() => onChange(line.id, left)}
                      data-testid="returns-line-all"
                    >
                      {t('all')}
                    </button>
                  </div>
                </td>
                <td className={styles.amount} data-testid="returns-line-refund">
                  {units > 0 ? formatMoney(preview.lineCents[line.id] ?? 0) : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
