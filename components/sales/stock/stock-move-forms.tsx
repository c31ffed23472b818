'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { FormField } from '@/components/members/form/form-field';
import { StatusMessage, type Status } from '@/components/ui/status-message';
import { useRouter } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { useIssueText } from '@/lib/forms/issue-text';
import { adjustStockSchema, REASON_MAX, receiveStockSchema, transferStockSchema } from '@/services/sales/stock-input.schema';
import { AdjustStockMutation, ReceiveStockMutation, TransferStockMutation } from './stock-documents';

type Choice = { id: string; label: string };
type Kind = 'receive' | 'adjust' | 'transfer';

/** A whole number as typed; anything else goes through as text for the schema to refuse. */
const numberOf = (text: string) => (/^-?\d+$/.test(text.trim()) ? Number(text.trim()) : text.trim());

/**
 * 收貨 / 調整 / 調撥 at the chosen branch: one form, three kinds. Each is checked with the stock
 * service's own schema before it is sent; the server's refusal (not enough stock, a field) is shown
 * where it belongs, and the page's lists are read again after a move.
 */
export function StockMoveForms({ branchId, branches, products, productId }: { branchId: string; branches: Choice[]; products: Choice[]; productId: string | null }) {
  const t = useTranslations('sales.stock');
  const issueText = useIssueText();
  const router = useRouter();
  const [receive] = useMutation(ReceiveStockMutation);
  const [adjust] = useMutation(AdjustStockMutation);
  const [transfer] = useMutation(TransferStockMutation);
  const [kind, setKind] = useState<Kind>('receive');
  const [product, setProduct] = useState(productId ?? '');
  const [quantity, setQuantity] = useState('');
  const [reason, setReason] = useState('');
  const [toBranch, setToBranch] = useState(branches.find((b) => b.id !== branchId)?.id ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status | null>(null);
  const [pending, setPending] = useState(false);
  const quantityField = kind === 'adjust' ? 'delta' : 'quantity';

  function check(schema: z.ZodType, input: Record<string, unknown>): boolean {
    const checked = schema.safeParse(input);
    if (checked.success) return true;
    const found: Record<string, string> = {};
    for (const issue of checked.error.issues) {
      const field = issue.path.map(String).join('.');
      found[field] ??= issueText(field, issue.message);
    }
    setErrors(found);
    return false;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    setErrors({});
    if (!product) {
      setErrors({ productId: issueText('productId', 'required') });
      return;
    }
    const amount = numberOf(quantity);
    const note = reason.trim() || null;
    setPending(true);
    try {
      if (kind === 'receive') {
        if (!check(receiveStockSchema, { quantity: amount, reason: note })) return;
        await receive({ variables: { input: { productId: product, branchId, quantity: amount as number, reason: note } } });
      } else if (kind === 'adjust') {
        if (!check(adjustStockSchema, { delta: amount, reason: note })) return;
        await adjust({ variables: { input: { productId: product, branchId, delta: amount as number, reason: note ?? '' } } });
      } else {
        if (!toBranch) {
          setErrors({ toBranchId: issueText('toBranchId', 'required') });
          return;
        }
        if (!check(transferStockSchema, { quantity: amount, reason: note })) return;
        await transfer({ variables: { input: { productId: product, fromBranchId: branchId, toBranchId: toBranch, quantity: amount as number, reason: note } } });
      }
      const label = products.find((p) => p.id === product)?.label ?? '';
      setStatus({ kind: 'success', text: t(`done.${kind}`, { product: label }) });
      setQuantity('');
      setReason('');
      router.refresh();
    } catch (failure) {
      const { message, field } = requestError(failure);
      const name = field?.replace(/^input\./, '');
      if (name && ['productId', 'quantity', 'delta', 'reason', 'toBranchId'].includes(name)) setErrors({ [name]: message });
      else setStatus({ kind: 'error', text: message });
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate data-testid="stock-move-form">
      <StatusMessage status={status} testId="stock-move-status" />
      <fieldset className="form-section">
        <legend>{t('moveKind')}</legend>
        <div className="button-row" role="radiogroup" aria-label={t('moveKind')}>
          {(['receive', 'adjust', 'transfer'] as const).map((k) => (
            <label key={k} className="checkbox">
              <input type="radio" name="stock-move-kind" value={k} checked={kind === k} onChange={() => { setKind(k); setErrors({}); }} data-testid={`stock-kind-${k}`} />
              {t(`kindsOfMove.${k}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-grid">
        <FormField name="productId" label={t('product')} required error={errors.productId}>
          {(control) => (
            <select {...control} className="select select--block" value={product} onChange={(e) => setProduct(e.target.value)} data-testid="stock-product">
              <option value="">{t('chooseProduct')}</option>
              {products.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
            </select>
          )}
        </FormField>
        <FormField name={quantityField} label={kind === 'adjust' ? t('delta') : t('quantity')} required hint={kind === 'adjust' ? t('deltaHint') : undefined} error={errors[quantityField]}>
          {(control) => <input {...control} className="input" inputMode="numeric" value={quantity} onChange={(e) => setQuantity(e.target.value)} data-testid="stock-quantity" />}
        </FormField>
        {kind === 'transfer' ? (
          <FormField name="toBranchId" label={t('toBranch')} required error={errors.toBranchId}>
            {(control) => (
              <select {...control} className="select select--block" value={toBranch} onChange={(e) => setToBranch(e.target.value)} data-testid="stock-to-branch">
                {branches.filter((b) => b.id !== branchId).map((b) => <option key={b.id} value={b.id}>{b.label}</option>)}
              </select>
            )}
          </FormField>
        ) : null}
        <FormField name="reason" label={t('reason')} required={kind === 'adjust'} hint={kind === 'adjust' ? t('reasonHint') : t('noteHint')} error={errors.reason}>
          {(control) => <input {...control} className="input" maxLength={REASON_MAX} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="stock-reason" />}
        </FormField>
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid="stock-save">
          {t(`save.${kind}`)}
        </button>
      </div>
    </form>
  );
}
