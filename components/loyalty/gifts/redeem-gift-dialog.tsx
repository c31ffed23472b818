'use client';

import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { RedeemableGiftsQuery } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { GIFT_LIMITS } from '@/services/loyalty/gifts/gift-input.schema';
import { MemberPointsQuery, POINTS_LEDGER_PAGE_SIZE } from '../points/points-documents';
import { RedeemGiftMutation, RedeemableGiftsQuery as Query } from './gift-documents';
import styles from './gifts.module.css';

type Gift = RedeemableGiftsQuery['gifts']['nodes'][number];

/**
 * 積分兌換: the active gifts with their points price and the units on hand at the viewer's branch;
 * the front desk picks one and how many, sees the points it takes against the member's balance
 * (the member page's points query, from the cache), and the points and the stock move in one go. One
 * idempotency key per opening, so a double tap or a retried request redeems once.
 */
export function RedeemGiftDialog({ memberId, branchId, onDone, onCancel }: { memberId: string; branchId: string; onDone: (text: string) => void; onCancel: () => void }) {
  const t = useTranslations('loyalty.gifts.redeem');
  const id = useId();
  const client = useApolloClient();
  const [redeem, { loading: saving }] = useMutation(RedeemGiftMutation);
  const points = useQuery(MemberPointsQuery, { variables: { memberId, first: POINTS_LEDGER_PAGE_SIZE, after: null }, fetchPolicy: 'cache-first' });
  const balance = points.data?.memberPoints.balance ?? null;
  const [gifts, setGifts] = useState<Gift[] | null>(null);
  const [giftId, setGiftId] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [errors, setErrors] = useState<{ giftId?: string; quantity?: string; form?: string }>({});
  const key = useRef(crypto.randomUUID());
  const first = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    (async () => {
      const all: Gift[] = [];
      let after: string | null = null;
      do {
        const result: { data?: RedeemableGiftsQuery } = await client.query({ query: Query, variables: { branchId, after }, fetchPolicy: 'no-cache' });
        if (!result.data) break;
        all.push(...result.data.gifts.nodes);
        after = result.data.gifts.pageInfo.hasNextPage ? result.data.gifts.pageInfo.endCursor : null;
      } while (after);
      if (live) setGifts(all);
    })().catch((failure: unknown) => live && setErrors({ form: requestError(failure).message }));
    return () => {
      live = false;
    };
  }, [client, branchId]);

  useEffect(() => {
    first.current?.focus();
  }, []);

  const chosen = gifts?.find((g) => g.id === giftId) ?? null;
  const units = Number(quantity);
  const validUnits = Number.isInteger(units) && units >= 1 && units <= GIFT_LIMITS.quantity;

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') onCancel();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!chosen) return setErrors({ giftId: t('chooseGift') });
    if (!validUnits) return setErrors({ quantity: t('badQuantity', { max: GIFT_LIMITS.quantity }) });
    setErrors({});
    try {
      const { data } = await redeem({ variables: { input: { idempotencyKey: key.current, memberId, giftId: chosen.id, quantity: units, branchId } } });
      if (data) onDone(t('done', { name: chosen.name, quantity: units, points: data.redeemGift.points }));
    } catch (failure) {
      const error = requestError(failure);
      setErrors(error.field === 'giftId' || error.field === 'quantity' ? { [error.field]: error.message } : { form: error.message });
    }
  }

  return (
    <div className={styles.backdrop} onClick={(event) => event.target === event.currentTarget && onCancel()}>
      <div role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} className={`card ${styles.dialog}`} onKeyDown={handleKeyDown} data-testid="redeem-gift-dialog" tabIndex={-1} ref={first}>
        <h2 id={`${id}-title`}>{t('title')}</h2>
        {errors.form ? (
          <p className="alert alert--error" role="alert" data-testid="redeem-error">
            {errors.form}
          </p>
        ) : null}
        {gifts === null ? (
          <p className="muted">{t('loading')}</p>
        ) : gifts.length === 0 ? (
          <p className="muted" data-testid="redeem-no-gifts">
            {t('noGifts')}
          </p>
        ) : (
          <form className="form" onSubmit={(event) => void submit(event)} noValidate>
            <fieldset className={styles.options} aria-describedby={errors.giftId ? `${id}-gift-error` : undefined}>
              <legend>{t('gift')}</legend>
              {gifts.map((gift) => (
                <label key={gift.id} className={styles.option} data-disabled={gift.stockAt === 0} data-testid="redeem-gift-option" data-code={gift.code}>
                  <input type="radio" name={`${id}-gift`} value={gift.id} checked={giftId === gift.id} disabled={gift.stockAt === 0} onChange={() => setGiftId(gift.id)} />
                  <span>
                    {gift.name} <span className="muted">({gift.code}{gift.category ? ` · ${gift.category.name}` : ''})</span>
                  </span>
                  <span className={styles.price}>
                    {t('price', { points: gift.pointsPrice })}
                    <br />
                    <span className="muted" data-testid="redeem-gift-stock">
                      {t('stock', { count: gift.stockAt })}
                    </span>
                  </span>
                </label>
              ))}
            </fieldset>
            {errors.giftId ? (
              <p id={`${id}-gift-error`} className="field__error" role="alert" data-testid="redeem-gift-error">
                {errors.giftId}
              </p>
            ) : null}
            <div className="field">
              <label htmlFor={`${id}-quantity`}>{t('quantity')}</label>
              <input
                id={`${id}-quantity`}
                className={`input ${styles.quantity}`}
                type="number"
                inputMode="numeric"
                min={1}
                max={GIFT_LIMITS.quantity}
                value={quantity}
                onChange={(event) => setQuantity(event.target.value)}
                aria-invalid={Boolean(errors.quantity)}
                aria-describedby={errors.quantity ? `${id}-quantity-error` : undefined}
                data-testid="redeem-quantity"
              />
              {errors.quantity ? (
                <p id={`${id}-quantity-error`} className="field__error" role="alert" data-testid="redeem-quantity-error">
                  {errors.quantity}
                </p>
              ) : null}
            </div>
            {chosen && validUnits ? <p data-testid="redeem-total">{t('total', { points: chosen.pointsPrice * units })}</p> : null}
            {balance !== null ? <p data-testid="redeem-balance">{t('balance', { points: balance })}</p> : null}
            {chosen && validUnits && balance !== null && chosen.pointsPrice * units > balance ? (
              <p className="field__error" data-testid="redeem-short">
                {t('short', { points: chosen.pointsPrice * units - balance })}
              </p>
            ) : null}
            <div className={styles.actions}>
              <button type="submit" className="button button--primary" disabled={saving || !chosen} aria-busy={saving} data-testid="redeem-confirm">
                {t('confirm')}
              </button>
              <button type="button" className="button button--secondary" onClick={onCancel} data-testid="redeem-cancel">
                {t('cancel')}
              </button>
            </div>
          </form>
        )}
      </div>
    </div>
  );
}
