'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useId, useRef, useState, type FormEvent } from 'react';
import { PREPAID_COUNTER_REFETCH, PrepaidCounterSetupQuery, TopUpMutation, TopUpQuoteQuery } from '@/components/prepaid/counter/counter-documents';
import { useSchemaErrors } from '@/components/prepaid/counter/counter-form-errors';
import { counterTenders, PaymentRows, paymentsForApi, paymentsForSchema, type PaymentRow } from '@/components/prepaid/counter/payment-rows';
import { MoneyField } from '@/components/sales/checkout/money-field';
import { useMoney } from '@/components/sales/returns/use-money';
import { StatusMessage, type Status } from '@/components/ui/status-message';
import { requestError } from '@/lib/apollo/request-error';
import { topUpSchema } from '@/services/prepaid/top-up-input.schema';

const DEFAULT_MONEY = { currencyDisplay: 'symbol', currencyDecimals: 2 };

/**
 * 會員充值: what she pays, how (one or more tenders; cash may give change), and a live preview of
 * her level's bonus and what her stored value grows by ("pay 1,000, get 1,100"). Checked with the
 * server's schema; one idempotency key per submission, so a double tap tops up once.
 */
export function TopUpForm({ memberId, onDone }: { memberId: string; onDone: (text: string) => void }) {
  const t = useTranslations('prepaid.topUp');
  const id = useId();
  const schemaErrors = useSchemaErrors();
  const setup = useQuery(PrepaidCounterSetupQuery);
  const tenders = counterTenders(setup.data?.tenderTypes.nodes ?? []);
  const branch = setup.data?.viewer.branch ?? null;
  const money = useMoney(setup.data?.systemSettings ?? DEFAULT_MONEY, branch?.currency ?? 'HKD');
  const [amountCents, setAmountCents] = useState(0);
  const [rows, setRows] = useState<PaymentRow[] | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status | null>(null);
  const [topUp, { loading }] = useMutation(TopUpMutation, { refetchQueries: PREPAID_COUNTER_REFETCH });
  const key = useRef(crypto.randomUUID());
  const quote = useQuery(TopUpQuoteQuery, { variables: { memberId, amountCents }, skip: amountCents <= 0 });
  // Until the payments are edited, one payment by the first tender follows the amount.
  const payments = rows ?? (tenders.length ? [{ tenderTypeId: tenders[0].id, amountCents, reference: '' }] : []);
  const preview = amountCents > 0 ? quote.data?.topUpQuote ?? quote.previousData?.topUpQuote ?? null : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const checked = topUpSchema.safeParse({ memberId: Number(memberId), branchId: Number(branch?.id), amountCents, payments: paymentsForSchema(payments) });
    if (!checked.success) return setErrors(schemaErrors(checked.error));
    setErrors({});
    try {
      const { data } = await topUp({ variables: { input: { memberId, branchId: branch!.id, amountCents, payments: paymentsForApi(payments), idempotencyKey: key.current } } });
      key.current = crypto.randomUUID();
      if (!data) return;
      const { entry, prepaidSale, changeCents } = data.topUp;
      setAmountCents(0);
      setRows(null);
      onDone(
        [
          t('done', { number: prepaidSale.number, paid: money(entry.paidCents), bonus: money(entry.bonusCents), balance: money(entry.balanceAfterCents) }),
          changeCents > 0 ? t('change', { change: money(changeCents) }) : '',
        ].filter(Boolean).join(' '),
      );
    } catch (failure) {
      const error = requestError(failure);
      if (error.field && (error.field === 'amountCents' || error.field.startsWith('payments'))) setErrors({ [error.field]: error.message });
      else setStatus({ kind: 'error', text: error.message });
    }
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`} data-testid="top-up-form">
      <h3 id={`${id}-title`}>{t('title')}</h3>
      <StatusMessage status={status} testId="top-up-status" />
      <div className={errors.amountCents ? 'field field--invalid' : 'field'}>
        <label htmlFor={`${id}-amount`}>{t('amount')}</label>
        <MoneyField id={`${id}-amount`} cents={amountCents} onCents={setAmountCents} aria-describedby={errors.amountCents ? `${id}-amount-error` : undefined} data-testid="top-up-amount" />
        {errors.amountCents ? (
          <p id={`${id}-amount-error`} className="field__error">
            {errors.amountCents}
          </p>
        ) : null}
      </div>
      <p aria-live="polite" data-testid="top-up-preview">
        {preview
          ? t('preview', { paid: money(preview.paidCents), total: money(preview.totalCents), bonus: money(preview.bonusCents), percent: preview.bonusPercent })
          : t('previewEmpty')}
      </p>
      <PaymentRows idPrefix="top-up" rows={payments} tenders={tenders} errors={errors} onChange={setRows} />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={loading || !branch} aria-busy={loading} data-testid="top-up-submit">
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
