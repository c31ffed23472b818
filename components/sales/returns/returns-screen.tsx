'use client';

import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReturnInvoiceFragment } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { useIssueText } from '@/lib/forms/issue-text';
import { RETURN_LIMITS, returnSaleSchema } from '@/services/sales/sales-return-input.schema';
import { InvoiceFinder } from './invoice-finder';
import { defaultRefundTender, refundPreview, returnLines, returnableUnits, type Chosen } from './return-draft';
import { ReturnLines } from './return-lines';
import { ReturnInvoiceQuery, ReturnSaleMutation } from './returns-documents';
import { ReturnsList } from './returns-list';
import styles from './returns.module.css';
import { useMoney, type MoneySettings } from './use-money';

type Tender = { id: string; code: string; label: string };
type Stage = 'choose' | 'confirm' | 'done';
type Done = { number: string; totalCents: number; tender: string };

/** A fresh idempotency key; randomUUID needs a secure context, which a tablet on the shop's network may not have. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * 顧客退貨: find the invoice (by number or the member's card), choose the units of each line
 * coming back, the tender to refund by and a reason; confirm the refund total; the return's
 * number and the updated invoice show after. A retried confirmation sends the same idempotency
 * key, so a lost answer never refunds twice.
 */
export function ReturnsScreen({ tenders, money, initialNumber }: { tenders: readonly Tender[]; money: MoneySettings; initialNumber: string }) {
  const t = useTranslations('sales.returns');
  const issueText = useIssueText();
  const client = useApolloClient();
  const [returnSale, { loading }] = useMutation(ReturnSaleMutation);
  const [invoice, setInvoice] = useState<ReturnInvoiceFragment | null>(null);
  const [stage, setStage] = useState<Stage>('choose');
  const [chosen, setChosen] = useState<Chosen>({});
  const [tenderId, setTenderId] = useState('');
  const [reason, setReason] = useState('');
  const [key, setKey] = useState('');
  const [lineErrors, setLineErrors] = useState<Record<string, string>>({});
  const [fieldErrors, setFieldErrors] = useState<{ reason?: string; refundTenderTypeId?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const doneNotice = useRef<HTMLParagraphElement>(null);
  const formatMoney = useMoney(money, invoice?.branch.currency ?? 'HKD');

  const preview = useMemo(() => (invoice ? refundPreview(invoice, chosen) : { lineCents: {}, totalCents: 0, units: 0 }), [invoice, chosen]);
  const tenderLabel = tenders.find((tender) => tender.id === tenderId)?.label ?? '';
  const voided = invoice?.status === 'VOIDED';
  const nothingLeft = invoice ? invoice.lines.every((line) => returnableUnits(line) === 0) : false;

  useEffect(() => {
    if (stage === 'confirm') confirmButton.current?.focus();
    if (stage === 'done') doneNotice.current?.focus();
  }, [stage]);

  function clearErrors() {
    setLineErrors({});
    setFieldErrors({});
    setFormError(null);
  }

  function open(found: ReturnInvoiceFragment) {
    clearErrors();
    setInvoice(found);
    setChosen({});
    setReason('');
    setTenderId(defaultRefundTender(found.payments, tenders));
    setDone(null);
    setStage('choose');
  }

  function startOver() {
    clearErrors();
    setInvoice(null);
    setDone(null);
    setStage('choose');
  }

  function review() {
    if (!invoice) return;
    clearErrors();
    // The form checks with the service's own schema; what needs the database the server checks.
    const parsed = returnSaleSchema.safeParse({ lines: returnLines(invoice, chosen).map((line) => ({ invoiceLineId: Number(line.invoiceLineId), quantity: line.quantity })), reason });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue.path.map(String).join('.');
      if (field === 'reason') setFieldErrors({ reason: issueText('reason', issue.message) });
      else setFormError(t('refund.nothingChosen'));
      return;
    }
    setKey(newIdempotencyKey());
    setStage('confirm');
  }

  async function confirm() {
    if (!invoice) return;
    clearErrors();
    const lines = returnLines(invoice, chosen);
    try {
      const { data } = await returnSale({ variables: { input: { idempotencyKey: key, invoiceId: invoice.id, lines, refundTenderTypeId: tenderId, reason } } });
      const made = data?.returnSale;
      if (!made) return;
      if (made.invoice) setInvoice(made.invoice);
      setChosen({});
      setReason('');
      setDone({ number: made.number, totalCents: made.totalCents, tender: made.refunds[0]?.tenderType.label ?? tenderLabel });
      setStage('done');
    } catch (failure) {
      const { message, field } = requestError(failure);
      const line = field?.match(/^(?:input\.)?lines\.(\d+)\./);
      if (line && lines[Number(line[1])]) setLineErrors({ [lines[Number(line[1])].invoiceLineId]: message });
      else if (field === 'reason' || field === 'refundTenderTypeId') setFieldErrors({ [field]: message });
      else setFormError(message);
      // Another return may have taken units meanwhile: show what is left now and choose again, with the server's word on the row.
      setStage('choose');
      const { data } = await client.query({ query: ReturnInvoiceQuery, variables: { id: invoice.id }, fetchPolicy: 'network-only' }).catch(() => ({ data: null }));
      if (data?.invoice) setInvoice(data.invoice);
    }
  }

  return (
    <div className={styles.screen} data-testid="returns-screen">
      {invoice === null ? <InvoiceFinder initialNumber={initialNumber} money={money} onFound={open} /> : null}
      {invoice ? (
        <section className={styles.panel} aria-labelledby="returns-invoice-title" data-testid="returns-invoice">
          <h2 id="returns-invoice-title" className={styles.panelTitle}>
            {t('invoice.heading', { number: invoice.number })}
          </h2>
          <dl className={styles.facts}>
            <div>
              <dt>{t('invoice.date')}</dt>
              <dd>{invoice.businessDate}</dd>
            </div>
            <div>
              <dt>{t('invoice.branch')}</dt>
              <dd>{invoice.branch.label}</dd>
            </div>
            <div>
              <dt>{t('invoice.customer')}</dt>
              <dd>{invoice.member ? `${invoice.member.displayName} (${invoice.member.memberNo})` : invoice.customerName || t('invoice.walkIn')}</dd>
            </div>
            <div>
              <dt>{t('invoice.total')}</dt>
              <dd data-testid="returns-invoice-total">{formatMoney(invoice.totalCents)}</dd>
            </div>
            <div>
              <dt>{t('invoice.refunded')}</dt>
              <dd data-testid="returns-invoice-refunded">{formatMoney(invoice.refundedCents)}</dd>
            </div>
            <div>
              <dt>{t('invoice.paidBy')}</dt>
              <dd>{invoice.payments.map((payment) => `${payment.tenderType.label} ${formatMoney(payment.amountCents)}`).join(', ')}</dd>
            </div>
            <div>
              <dt>{t('invoice.statusLabel')}</dt>
              <dd>{t(`invoice.status.${invoice.status}`)}</dd>
            </div>
          </dl>

          {done ? (
            <p ref={doneNotice} tabIndex={-1} className="alert alert--success" role="status" data-testid="returns-done">
              {t('done.text', { number: done.number, amount: formatMoney(done.totalCents), tender: done.tender })}
            </p>
          ) : null}
          {voided ? (
            <p className="alert alert--warning" role="status" data-testid="returns-voided">
              {t('invoice.voided')}
            </p>
          ) : nothingLeft && !done ? (
            <p className="alert alert--info" role="status" data-testid="returns-nothing-left">
              {t('invoice.nothingLeft')}
            </p>
          ) : null}
          {formError ? (
            <p className="alert alert--error" role="alert" data-testid="returns-error">
              {formError}
            </p>
          ) : null}

          <ReturnLines
            invoice={invoice}
            chosen={chosen}
            preview={preview}
            errors={lineErrors}
            disabled={voided || stage !== 'choose'}
            onChange={(lineId, units) => {
              setChosen((current) => ({ ...current, [lineId]: units }));
              setLineErrors((current) => ({ ...current, [lineId]: '' }));
            }}
            formatMoney={formatMoney}
          />

          {!voided && !nothingLeft && stage !== 'done' ? (
            <fieldset className={`form-section ${styles.refund}`} disabled={stage !== 'choose'}>
              <legend>{t('refund.legend')}</legend>
              <div className={fieldErrors.refundTenderTypeId ? 'field field--invalid' : 'field'}>
                <label htmlFor="returns-tender">{t('refund.tender')}</label>
                <select
                  id="returns-tender"
                  className="select select--block"
                  value={tenderId}
                  onChange={(event) => setTenderId(event.target.value)}
                  aria-describedby={fieldErrors.refundTenderTypeId ? 'returns-tender-error' : undefined}
                  data-testid="returns-tender"
                >
                  {tenders.map((tender) => (
                    <option key={tender.id} value={tender.id}>
                      {tender.label}
                    </option>
                  ))}
                </select>
                {fieldErrors.refundTenderTypeId ? (
                  <p id="returns-tender-error" className="field__error" role="alert">
                    {fieldErrors.refundTenderTypeId}
                  </p>
                ) : null}
              </div>
              <div className={fieldErrors.reason ? 'field field--invalid' : 'field'}>
                <label htmlFor="returns-reason">{t('refund.reason')}</label>
                <textarea
                  id="returns-reason"
                  className="input textarea"
                  rows={2}
                  maxLength={RETURN_LIMITS.reason}
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                  aria-describedby={fieldErrors.reason ? 'returns-reason-hint returns-reason-error' : 'returns-reason-hint'}
                  aria-invalid={fieldErrors.reason ? true : undefined}
                  data-testid="returns-reason"
                />
                <p id="returns-reason-hint" className="field__hint">
                  {t('refund.reasonHint', { max: RETURN_LIMITS.reason })}
                </p>
                {fieldErrors.reason ? (
                  <p id="returns-reason-error" className="field__error" role="alert">
                    {fieldErrors.reason}
                  </p>
                ) : null}
              </div>
            </fieldset>
          ) : null}

          {!voided && stage !== 'done' ? (
            <p className={styles.total} data-testid="returns-total">
              {t('refund.total')} {formatMoney(preview.totalCents)}
            </p>
          ) : null}

          {stage === 'confirm' ? (
            <div className="alert alert--info" role="alertdialog" aria-labelledby="returns-confirm-title" aria-describedby="returns-confirm-text" data-testid="returns-confirm">
              <h3 id="returns-confirm-title" className={styles.label}>
                {t('confirm.heading')}
              </h3>
              <p id="returns-confirm-text">{t('confirm.text', { amount: formatMoney(preview.totalCents), tender: tenderLabel, units: preview.units, number: invoice.number })}</p>
              <div className={styles.actions}>
                <button ref={confirmButton} type="button" className="button button--primary" onClick={() => void confirm()} disabled={loading} aria-busy={loading} data-testid="returns-confirm-submit">
                  {t('confirm.submit')}
                </button>
                <button type="button" className="button button--secondary" onClick={() => setStage('choose')} disabled={loading} data-testid="returns-confirm-back">
                  {t('confirm.back')}
                </button>
              </div>
            </div>
          ) : null}

          <div className={styles.actions}>
            {stage === 'choose' && !voided && !nothingLeft ? (
              <button type="button" className="button button--primary" onClick={review} disabled={preview.units === 0} data-testid="returns-review">
                {t('refund.review')}
              </button>
            ) : null}
            <button type="button" className="button button--secondary" onClick={startOver} data-testid="returns-start-over">
              {stage === 'done' ? t('done.another') : t('invoice.change')}
            </button>
          </div>

          {invoice.returns.length > 0 ? (
            <section aria-labelledby="returns-list-title" data-testid="returns-list">
              <h3 id="returns-list-title" className={styles.label}>
                {t('list.heading')}
              </h3>
              <ReturnsList invoiceNumber={invoice.number} returns={invoice.returns} formatMoney={formatMoney} />
            </section>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
