'use client';

import { useTranslations } from 'next-intl';
import { MoneyField } from '@/components/sales/checkout/money-field';
import { PREPAID_LIMITS } from '@/services/prepaid/top-up-input.schema';

export type PaymentRow = { tenderTypeId: string; amountCents: number; reference: string };
export type CounterTender = { id: string; label: string; kind: string; givesChange: boolean };

/** Tenders that are prepaid value themselves; the server refuses them for prepaid sales too. */
const PREPAID_KINDS = new Set(['STORED_VALUE', 'PACKAGE']);

export const counterTenders = <T extends CounterTender>(tenders: readonly T[]): T[] => tenders.filter((t) => !PREPAID_KINDS.has(t.kind));

/**
 * The payments of a prepaid sale: one row per tender, each with its amount and reference; errors
 * sit next to the field the server or the schema names ("payments.1.amountCents").
 */
export function PaymentRows({
  idPrefix,
  rows,
  tenders,
  errors,
  onChange,
}: {
  idPrefix: string;
  rows: PaymentRow[];
  tenders: readonly CounterTender[];
  errors: Record<string, string>;
  onChange: (rows: PaymentRow[]) => void;
}) {
  const t = useTranslations('prepaid.counter.payments');
  const update = (index: number, patch: Partial<PaymentRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="field" data-testid={`${idPrefix}-payments`}>
      <legend>{t('legend')}</legend>
      {errors.payments ? (
        <p className="field__error" role="alert">
          {errors.payments}
        </p>
      ) : null}
      {rows.map((row, index) => {
        const base = `${idPrefix}-payment-${index}`;
        const tenderError = errors[`payments.${index}.tenderTypeId`];
        const amountError = errors[`payments.${index}.amountCents`];
        const referenceError = errors[`payments.${index}.reference`];
        return (
          <div key={index} className="button-row" data-testid={base}>
            <div className={tenderError ? 'field field--invalid' : 'field'}>
              <label htmlFor={`${base}-tender`}>{t('tender', { n: index + 1 })}</label>
              <select id={`${base}-tender`} className="input" value={row.tenderTypeId} onChange={(event) => update(index, { tenderTypeId: event.target.value })} aria-invalid={Boolean(tenderError) || undefined}>
                {tenders.map((tender) => (
                  <option key={tender.id} value={tender.id}>
                    {tender.label}
                  </option>
                ))}
              </select>
              {tenderError ? <p className="field__error">{tenderError}</p> : null}
            </div>
            <div className={amountError ? 'field field--invalid' : 'field'}>
              <label htmlFor={`${base}-amount`}>{t('amount', { n: index + 1 })}</label>
              <MoneyField id={`${base}-amount`} cents={row.amountCents} onCents={(cents) => update(index, { amountCents: cents })} aria-describedby={amountError ? `${base}-amount-error` : undefined} />
              {amountError ? (
                <p id={`${base}-amount-error`} className="field__error">
                  {amountError}
                </p>
              ) : null}
            </div>
            <div className={referenceError ? 'field field--invalid' : 'field'}>
              <label htmlFor={`${base}-reference`}>{t('reference', { n: index + 1 })}</label>
              <input id={`${base}-reference`} className="input" maxLength={100} value={row.reference} onChange={(event) => update(index, { reference: event.target.value })} />
              {referenceError ? <p className="field__error">{referenceError}</p> : null}
            </div>
            {rows.length > 1 ? (
              <button type="button" className="button button--secondary" onClick={() => onChange(rows.filter((_, i) => i !== index))} data-testid={`${base}-remove`}>
                {t('remove', { n: index + 1 })}
              </button>
            ) : null}
          </div>
        );
      })}
      {rows.length < PREPAID_LIMITS.payments && tenders.length > 0 ? (
        <button type="button" className="button button--secondary" onClick={() => onChange([...rows, { tenderTypeId: tenders[0].id, amountCents: 0, reference: '' }])} data-testid={`${idPrefix}-add-payment`}>
          {t('add')}
        </button>
      ) : null}
    </fieldset>
  );
}

/** The rows as the input schemas and the API take them (ids as numbers for the schema). */
export const paymentsForSchema = (rows: readonly PaymentRow[]) => rows.map((row) => ({ tenderTypeId: Number(row.tenderTypeId), amountCents: row.amountCents, reference: row.reference }));
export const paymentsForApi = (rows: readonly PaymentRow[]) => rows.map((row) => ({ tenderTypeId: row.tenderTypeId, amountCents: row.amountCents, reference: row.reference.trim() || null }));
