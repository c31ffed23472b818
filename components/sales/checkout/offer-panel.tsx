'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { CheckoutBillOfferFragment as Choice } from '@/graphql/generated/graphql';
import styles from './checkout.module.css';

type Props = {
  /** The active offers for the bill, each with why not; null while loading. */
  choices: readonly Choice[] | null;
  /** The offer on the bill, by the code the cashier typed or picked. */
  offerCode: string | null;
  /** The booking's offer when the bill pays for a visit (收銀 from the completion board). */
  proposedCode: string | null;
  offerDiscountCents: number;
  /** The server's refusal of the bill's offer, naming the condition. */
  error: string | null;
  loadError: string | null;
  onApply: (code: string | null) => void;
  formatMoney: (cents: number) => string;
};

/** The choice a typed code means: an offer's code or its alternative code (代替編號). */
export function choiceFor(choices: readonly Choice[] | null, code: string | null): Choice | null {
  if (!choices || !code) return null;
  const typed = code.trim();
  return choices.find((c) => c.offer.code === typed || c.offer.altCode === typed) ?? null;
}

/**
 * 優惠: the offer on the bill, a field for its code or alternative code, and the active offers
 * with whether each applies to this bill and, if not, which conditions fail — so the cashier
 * knows before the server refuses. The booking's offer is proposed when the bill pays for a visit.
 */
export function OfferPanel({ choices, offerCode, proposedCode, offerDiscountCents, error, loadError, onApply, formatMoney }: Props) {
  const t = useTranslations('sales.checkout.offer');
  const offers = useTranslations('offers');
  const locale = useLocale();
  const id = useId();
  const [typed, setTyped] = useState('');
  const applied = choiceFor(choices, offerCode);
  const proposed = offerCode ? null : choiceFor(choices, proposedCode);
  const discountOf = (choice: Choice) =>
    choice.offer.discountType === 'FIXED_PRICE'
      ? offers('discountFixed', { type: offers(`discountTypes.${choice.offer.discountType}`), price: formatMoney(choice.offer.fixedPriceCents ?? 0) })
      : offers('discountPercentOff', { type: offers(`discountTypes.${choice.offer.discountType}`), percent: choice.offer.discountBasisPoints / 100 });
  const whyNot = (choice: Choice) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(choice.failedConditions.map((condition) => offers(`conditions.${condition}`)));

  function apply(code: string) {
    onApply(code);
    setTyped('');
  }

  return (
    <section className={styles.panel} aria-labelledby={`${id}-title`} data-testid="checkout-offer">
      <h2 id={`${id}-title`} className={styles.panelTitle}>
        {t('title')}
      </h2>
      {offerCode ? (
        <div className={styles.offerApplied} data-testid="checkout-offer-applied">
          <p>
            <strong>{applied ? `${applied.offer.code} ${applied.offer.name}` : offerCode}</strong>
            {applied?.offer.analysisCode ? <span className="muted"> · {t('analysisCode', { code: applied.offer.analysisCode })}</span> : null}
          </p>
          {offerDiscountCents > 0 ? <p data-testid="checkout-offer-discount">{t('discount', { amount: formatMoney(-offerDiscountCents) })}</p> : null}
          {applied && !applied.applies ? (
            <p className="field__error" data-testid="checkout-offer-why-not">
              {t('whyNot', { reasons: whyNot(applied) })}
            </p>
          ) : null}
          <button type="button" className="button button--secondary" onClick={() => onApply(null)} data-testid="checkout-offer-remove">
            {t('remove')}
          </button>
        </div>
      ) : null}
      {error ? (
        <p className="alert alert--error" role="alert" data-testid="checkout-offer-error">
          {error}
        </p>
      ) : null}
      {proposed ? (
        <div className="alert alert--info" data-testid="checkout-offer-proposed">
          <p>{t('proposed', { code: proposed.offer.code, name: proposed.offer.name })}</p>
          {proposed.applies ? (
            <button type="button" className="button button--primary" onClick={() => apply(proposed.offer.code)} data-testid="checkout-offer-use-proposed">
              {t('use')}
            </button>
          ) : (
            <p>{t('whyNot', { reasons: whyNot(proposed) })}</p>
          )}
        </div>
      ) : null}
      <form
        className={styles.offerCode}
        onSubmit={(event) => {
          event.preventDefault();
          if (typed.trim()) apply(choiceFor(choices, typed)?.offer.code ?? typed.trim());
        }}
      >
        <label htmlFor={`${id}-code`} className={styles.label}>
          {t('codeLabel')}
        </label>
        <input id={`${id}-code`} className="input" value={typed} maxLength={20} onChange={(event) => setTyped(event.target.value)} aria-describedby={`${id}-hint`} data-testid="checkout-offer-code" />
        <button type="submit" className="button button--secondary" disabled={!typed.trim()} data-testid="checkout-offer-apply">
          {t('apply')}
        </button>
        <span id={`${id}-hint`} className="muted">
          {t('codeHint')}
        </span>
      </form>
      {loadError ? <p className="alert alert--error">{loadError}</p> : null}
      {choices === null ? (
        <p className="muted">{t('loading')}</p>
      ) : choices.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <ul className={styles.offerList} aria-label={t('listLabel')} data-testid="checkout-offer-list">
          {choices.map((choice) => (
            <li key={choice.offer.id} data-testid={`checkout-offer-${choice.offer.code}`}>
              <span>
                <strong>{choice.offer.altCode ? `${choice.offer.code} (${choice.offer.altCode})` : choice.offer.code}</strong> {choice.offer.name}
                <br />
                <span className="muted">{discountOf(choice)}</span>
                {choice.applies ? null : (
                  <>
                    <br />
                    <span className="muted">{t('whyNot', { reasons: whyNot(choice) })}</span>
                  </>
                )}
              </span>
              {choice.applies && choice.offer.code !== applied?.offer.code ? (
                <button type="button" className="button button--secondary" onClick={() => apply(choice.offer.code)} data-testid={`checkout-offer-use-${choice.offer.code}`}>
                  {t('use')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
