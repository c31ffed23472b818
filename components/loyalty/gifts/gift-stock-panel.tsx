'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useFormatter, useTranslations } from 'next-intl';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { StatusMessage, type Status } from '@/components/ui/status-message';
import { TableScroll } from '@/components/ui/table-scroll';
import type { GiftRowFragment } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { GIFT_LIMITS, GIFT_STOCK_MOVE_KINDS, giftStockMoveSchema } from '@/services/loyalty/gifts/gift-input.schema';
import { useIssueText } from '@/lib/forms/issue-text';
import { GiftStockMovementsQuery, MoveGiftStockMutation } from './gift-documents';
import styles from './gifts.module.css';

type Choice = { value: string; label: string };
type Kind = (typeof GIFT_STOCK_MOVE_KINDS)[number];

/**
 * A gift's stock: units on hand per branch, a form to receive units or correct the count (with a
 * note), and the movements newest first (receipts, corrections, redemptions, cancellations).
 */
export function GiftStockPanel({
  gift, branches, defaultBranchId, onMoved, onClose,
}: {
  gift: GiftRowFragment;
  branches: Choice[];
  defaultBranchId: string;
  onMoved: () => Promise<void>;
  onClose: () => void;
}) {
  const t = useTranslations('loyalty.gifts.stock');
  const format = useFormatter();
  const issueText = useIssueText();
  const id = useId();
  const [move, { loading: saving }] = useMutation(MoveGiftStockMutation);
  const movements = useQuery(GiftStockMovementsQuery, { variables: { giftId: gift.id, after: null }, fetchPolicy: 'network-only' });
  const [branchId, setBranchId] = useState(branches.some((b) => b.value === defaultBranchId) ? defaultBranchId : (branches[0]?.value ?? ''));
  const [kind, setKind] = useState<Kind>('RECEIVE');
  const [quantity, setQuantity] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status | null>(null);
  const key = useRef(crypto.randomUUID());

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus(null);
    const input = { giftId: gift.id, branchId, kind, quantity: quantity.trim() === '' ? null : Number(quantity), note: note.trim() || null };
    const checked = giftStockMoveSchema.safeParse(input);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const name = issue.path.map(String).join('.');
      return setErrors({ [name]: issueText(name, issue.message, name === 'quantity' ? t('units') : name === 'note' ? t('note') : undefined) });
    }
    setErrors({});
    try {
      const { data } = await move({ variables: { input: { ...input, quantity: Number(quantity), idempotencyKey: key.current } } });
      key.current = crypto.randomUUID();
      setQuantity('');
      setNote('');
      const branch = branches.find((b) => b.value === branchId)?.label ?? '';
      setStatus({ kind: 'success', text: t('moved', { branch, count: data?.moveGiftStock.onHand ?? 0 }) });
      await Promise.all([movements.refetch(), onMoved()]);
    } catch (failure) {
      const error = requestError(failure);
      if (error.field && ['quantity', 'note', 'branchId'].includes(error.field)) setErrors({ [error.field]: error.message });
      else setStatus({ kind: 'error', text: error.message });
    }
  }

  const field = (name: string, label: string, control: ReactNode) => (
    <div className={errors[name] ? 'field field--invalid' : 'field'}>
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {control}
      {errors[name] ? (
        <p id={`${id}-${name}-error`} className="field__error" data-testid={`gift-stock-error-${name}`}>
          {errors[name]}
        </p>
      ) : null}
    </div>
  );
  const described = (name: string) => ({ 'aria-invalid': Boolean(errors[name]), 'aria-describedby': errors[name] ? `${id}-${name}-error` : undefined });

  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="gift-stock-panel">
      <h2 id={`${id}-title`}>{t('title', { name: gift.name, code: gift.code })}</h2>
      <p data-testid="gift-stock-summary">
        {gift.stock.length ? gift.stock.map((level) => t('onHand', { branch: level.branch.name, count: level.onHand })).join(' · ') : t('none')}
      </p>
      <StatusMessage status={status} testId="gift-stock-status" />
      <form className={`form ${styles.stockForm}`} onSubmit={(event) => void submit(event)} noValidate data-testid="gift-stock-form">
        {field(
          'branchId',
          t('branch'),
          <select id={`${id}-branchId`} className="select" value={branchId} onChange={(e) => setBranchId(e.target.value)} data-testid="gift-stock-branch" {...described('branchId')}>
            {branches.map((b) => (
              <option key={b.value} value={b.value}>
                {b.label}
              </option>
            ))}
          </select>,
        )}
        {field(
          'kind',
          t('kind'),
          <select id={`${id}-kind`} className="select" value={kind} onChange={(e) => setKind(e.target.value as Kind)} data-testid="gift-stock-kind">
            {GIFT_STOCK_MOVE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'quantity',
          kind === 'RECEIVE' ? t('quantityIn') : t('quantityChange'),
          <input
            id={`${id}-quantity`}
            className={`input ${styles.quantity}`}
            inputMode="numeric"
            value={quantity}
            onChange={(e) => setQuantity(e.target.value)}
            data-testid="gift-stock-quantity"
            {...described('quantity')}
          />,
        )}
        {field(
          'note',
          kind === 'ADJUST' ? t('noteRequired') : t('note'),
          <input id={`${id}-note`} className="input" maxLength={GIFT_LIMITS.note} value={note} onChange={(e) => setNote(e.target.value)} data-testid="gift-stock-note" {...described('note')} />,
        )}
        <button type="submit" className="button button--primary" disabled={saving} aria-busy={saving} data-testid="gift-stock-save">
          {t('save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose} data-testid="gift-stock-close">
          {t('close')}
        </button>
      </form>
      <h3>{t('movements')}</h3>
      {movements.data?.giftStockMovements.nodes.length ? (
        <TableScroll label={t('movements')}>
          <table className="data-table" data-testid="gift-stock-movements">
            <thead>
              <tr>
                <th scope="col">{t('when')}</th>
                <th scope="col">{t('branch')}</th>
                <th scope="col">{t('kind')}</th>
                <th scope="col">{t('units')}</th>
                <th scope="col">{t('note')}</th>
                <th scope="col">{t('staff')}</th>
              </tr>
            </thead>
            <tbody>
              {movements.data.giftStockMovements.nodes.map((m) => (
                <tr key={m.id} data-testid="gift-stock-movement" data-kind={m.kind}>
                  <td>{format.dateTime(new Date(m.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}</td>
                  <td>{m.branch.name}</td>
                  <td>{t(`kinds.${m.kind}`)}</td>
                  <td>{m.quantity > 0 ? `+${m.quantity}` : m.quantity}</td>
                  <td>{m.note ?? ''}</td>
                  <td>{m.staff?.displayName ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p className="muted">{movements.loading ? t('loading') : t('noMovements')}</p>
      )}
    </section>
  );
}
