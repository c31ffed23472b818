'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useId, useRef, useState, type FormEvent } from 'react';
import { PREPAID_COUNTER_REFETCH, PrepaidCounterSetupQuery, RefundStoredValueMutation } from '@/components/prepaid/counter/counter-documents';
import { useSchemaErrors } from '@/components/prepaid/counter/counter-form-errors';
import { counterTenders } from '@/components/prepaid/counter/payment-rows';
import { MoneyField } from '@/components/sales/checkout/money-field';
import { useMoney } from '@/components/sales/returns/use-money';
import { StatusMessage, type Status } from '@/components/ui/status-message';
import { requestError } from '@/lib/apollo/request-error';
import { PREPAID_LIMITS, refundStoredValueSchema } from '@/services/prepaid/top-up-input.schema';

const DEFAULT_MONEY = { currencyDisplay: 'symbol', currencyDecimals: 2 };
const FIELDS = ['amountCents', 'tenderTypeId', 'reason'];

/**
 * Stored value paid back in money (prepaid.refund; the page shows this form only with it): how
 * much, by which tender, and why. More than her balance is refused next to the amount.
 */
export function RefundStoredValueForm({ memberId, onDone }: { memberId: string; onDone: (text: string) => void }) {
  const t = useTranslations('prepaid.topUp.refund');
  const id = useId();
  const schemaErrors = useSchemaErrors();
  const setup = useQuery(PrepaidCounterSetupQuery);
  const tenders = counterTenders(setup.data?.tenderTypes.nodes ?? []);
  const branch = setup.data?.viewer.branch ?? null;
  const money = useMoney(setup.data?.systemSettings ?? DEFAULT_MONEY, branch?.currency ?? 'HKD');
  const [amountCents, setAmountCents] = useState(0);
  const [chosenTender, setTenderTypeId] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status | null>(null);
  const [refund, { loading }] = useMutation(RefundStoredValueMutation, { refetchQueries: PREPAID_COUNTER_REFETCH });
  const key = useRef(crypto.randomUUID());
  const tenderTypeId = chosenTender || tenders[0]?.id || '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const checked = refundStoredValueSchema.safeParse({ memberId: Number(memberId), branchId: Number(branch?.id), amountCents, tenderTypeId: Number(tenderTypeId), reason });
    if (!checked.success) return setErrors(schemaErrors(checked.error));
    setErrors({});
    try {
      const { data } = await refund({ variables: { input: { memberId, branchId: branch!.id, amountCents, tenderTypeId, reason: checked.data.reason, idempotencyKey: key.current } } });
      key.current = crypto.randomUUID();
      if (!data) return;
      setAmountCents(0);
      setReason('');
      onDone(t('done', { number: data.refundStoredValue.prepaidSale.number, amount: money(amountCents), balance: money(data.refundStoredValue.entry.balanceAfterCents) }));
    } catch (failure) {
      const error = requestError(failure);
      if (error.field && FIELDS.includes(error.field)) setErrors({ [error.field]: error.message });
      else setStatus({ kind: 'error', text: error.message });
    }
  }

  const errorOf = (field: string) =>
    errors[field] ? (
      <p id={`${id}-${field}-error`} className="field__error">
        {errors[field]}
      </p>
    ) : null;

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`} data-testid="refund-stored-value-form">
      <h3 id={`${id}-title`}>{t('title')}</h3>
      <StatusMessage status={status} testId="refund-stored-value-status" />
      <div className={errors.amountCents ? 'field field--invalid' : 'field'}>
        <label htmlFor={`${id}-amount`}>{t('amount')}</label>
        <MoneyField id={`${id}-amount`} cents={amountCents} onCents={setAmountCents} aria-describedby={errors.amountCents ? `${id}-amountCents-error` : undefined} data-testid="refund-amount" />
        {errorOf('amountCents')}
      </div>
      <div className={errors.tenderTypeId ? 'field field--invalid' : 'field'}>
        <label htmlFor={`${id}-tender`}>{t('tender')}</label>
        <select id={`${id}-tender`} className="input" value={tenderTypeId} onChange={(event) => setTenderTypeId(event.target.value)} data-testid="refund-tender">
          {tenders.map((tender) => (
            <option key={tender.id} value={tender.id}>
              {tender.label}
            </option>
          ))}
        </select>
        {errorOf('tenderTypeId')}
      </div>
      <div className={errors.reason ? 'field field--invalid' : 'field'}>
        <label htmlFor={`${id}-reason`}>{t('reason')}</label>
        <input id={`${id}-reason`} className="input" maxLength={PREPAID_LIMITS.reason} value={reason} onChange={(event) => setReason(event.target.value)} aria-describedby={errors.reason ? `${id}-reason-error` : undefined} data-testid="refund-reason" />
        {errorOf('reason')}
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={loading || !branch} aria-busy={loading} data-testid="refund-submit">
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
