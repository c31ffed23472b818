'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { PREPAID_COUNTER_REFETCH, PayInstalmentMutation, PrepaidCounterSetupQuery } from '@/components/prepaid/counter/counter-documents';
import { useSchemaErrors } from '@/components/prepaid/counter/counter-form-errors';
import { counterTenders, PaymentRows, paymentsForApi, paymentsForSchema, type PaymentRow } from '@/components/prepaid/counter/payment-rows';
import type { InstalmentRowFragment } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { payInstalmentSchema } from '@/services/prepaid/top-up-input.schema';
import styles from './instalments.module.css';

/**
 * Take payment of one instalment: what is outstanding is filled in; the front desk may take less
 * (a part payment) but never more — the server refuses it next to the payment, also when another
 * cashier took it a moment ago. One idempotency key per opening, so a double tap pays once.
 */
export function PayInstalmentDialog({
  instalment,
  money,
  onDone,
  onCancel,
}: {
  instalment: InstalmentRowFragment;
  money: (cents: number) => string;
  onDone: (text: string) => void;
  onCancel: () => void;
}) {
  const t = useTranslations('prepaid.instalments.pay');
  const id = useId();
  const schemaErrors = useSchemaErrors();
  const setup = useQuery(PrepaidCounterSetupQuery);
  const tenders = counterTenders(setup.data?.tenderTypes.nodes ?? []);
  const branch = setup.data?.viewer.branch ?? null;
  const [rows, setRows] = useState<PaymentRow[] | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pay, { loading }] = useMutation(PayInstalmentMutation, { refetchQueries: PREPAID_COUNTER_REFETCH });
  const key = useRef(crypto.randomUUID());
  const heading = useRef<HTMLHeadingElement>(null);
  const payments = rows ?? (tenders.length ? [{ tenderTypeId: tenders[0].id, amountCents: instalment.outstandingCents, reference: '' }] : []);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = payInstalmentSchema.safeParse({ instalmentId: Number(instalment.id), branchId: Number(branch?.id), payments: paymentsForSchema(payments) });
    if (!checked.success) return setErrors(schemaErrors(checked.error));
    setErrors({});
    try {
      const { data } = await pay({ variables: { input: { instalmentId: instalment.id, branchId: branch!.id, payments: paymentsForApi(payments), idempotencyKey: key.current } } });
      if (data) onDone(t('done', { sequence: data.payInstalment.sequence, outstanding: money(data.payInstalment.outstandingCents) }));
    } catch (failure) {
      const error = requestError(failure);
      setErrors({ [error.field?.startsWith('payments') ? error.field : 'form']: error.message });
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => event.key === 'Escape' && onCancel();

  return (
    <div className={styles.backdrop} onClick={(event) => event.target === event.currentTarget && onCancel()}>
      <div className={`card ${styles.dialog}`} role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} onKeyDown={onKeyDown} data-testid="pay-instalment-dialog">
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
          {t('title', { sequence: instalment.sequence, number: instalment.prepaidSale?.number ?? '' })}
        </h2>
        <p>{t('due', { date: instalment.dueDate, amount: money(instalment.amountCents), outstanding: money(instalment.outstandingCents) })}</p>
        {errors.form ? (
          <p className="alert alert--error" role="alert">
            {errors.form}
          </p>
        ) : null}
        <form className="form" onSubmit={(event) => void submit(event)} noValidate>
          <PaymentRows idPrefix="pay-instalment" rows={payments} tenders={tenders} errors={errors} onChange={setRows} />
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={loading || !branch} aria-busy={loading} data-testid="pay-instalment-submit">
              {t('submit')}
            </button>
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('cancel')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
