'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { useRouter } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { VoidInvoiceMutation } from './invoice-documents';
import styles from './invoices.module.css';

/** The longest reason the server keeps (voidInvoice's `reason`). */
const REASON_MAX = 200;

/**
 * 作廢: for holders of sales.void, on an issued invoice. Asks for the reason first; the server
 * decides whether it is still the invoice's business day and says why not.
 */
export function VoidInvoice({ invoiceId, number }: { invoiceId: string; number: string }) {
  const t = useTranslations('sales.invoices.void');
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [voidInvoice, { loading }] = useMutation(VoidInvoiceMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      await voidInvoice({ variables: { id: invoiceId, reason: reason.trim() } });
      setDone(true);
      setOpen(false);
      router.refresh();
    } catch (failure) {
      setError(t('failed', { reason: requestError(failure).message }));
    }
  }

  if (done) {
    return (
      <p className="alert alert--success" role="status" data-testid="invoice-void-done">
        {t('done', { number })}
      </p>
    );
  }
  if (!open) {
    return (
      <button type="button" className="button button--danger" onClick={() => setOpen(true)} data-testid="invoice-void">
        {t('button')}
      </button>
    );
  }
  return (
    <form className={`card ${styles.voidForm}`} onSubmit={submit} aria-labelledby={`${id}-legend`} data-testid="invoice-void-form">
      <h2 id={`${id}-legend`}>{t('legend')}</h2>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('reason')}</label>
        <textarea
          id={`${id}-reason`}
          className="input"
          required
          maxLength={REASON_MAX}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-describedby={`${id}-hint`}
          data-testid="invoice-void-reason"
        />
        <p id={`${id}-hint`} className="field__hint">
          {t('reasonHint', { max: REASON_MAX })}
        </p>
      </div>
      {error ? (
        <p className="alert alert--error" role="alert" data-testid="invoice-void-error">
          {error}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button--danger" disabled={loading || !reason.trim()} aria-busy={loading} data-testid="invoice-void-confirm">
          {t('confirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)} disabled={loading}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
