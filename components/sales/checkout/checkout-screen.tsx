'use client';

import { useQuery } from '@apollo/client/react';
import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { centsToMoneyText } from '@/components/settings/money';
import type { CheckoutHeldBillFragment as Held } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { formatMoney as formatCents } from '@/services/admin/display-format';
import type { CurrencyDisplay } from '@/services/admin/system-settings.schema';
import { billTotals, roundingStepCents, type BillCoupon } from '@/services/sales/bill-totals';
import { CheckoutCouponPanel } from '@/components/loyalty/coupons/checkout-coupon-panel';
import { addItem, billOfferOf, customerInput, emptyBill, memberDiscountPercent, removeLine, totalsLines, updateLine, type BillDraft, type BillItem, type DraftMember } from './bill-draft';
import { CheckoutBillOffersQuery, HeldBillsQuery } from './bill-documents';
import { CheckoutPrepaidQuery } from './checkout-documents';
import { NO_ERRORS, placeError, type BillErrors } from './bill-errors';
import { BillLines, type StaffChoice } from './bill-lines';
import { CheckoutDone, type IssuedInvoice } from './checkout-done';
import { CustomerPanel } from './customer-panel';
import { HeldBills } from './held-bills';
import { choiceFor, OfferPanel } from './offer-panel';
import { newPaymentKey, remainingDue, summarisePayments, type PaymentDraft, type TenderChoice } from './payment-draft';
import { PaymentPanel } from './payment-panel';
import { ScanField } from './scan-field';
import { useBillServer } from './use-bill-server';
import styles from './checkout.module.css';

/** Wait this long after the last change before asking the server to price the bill. */
const QUOTE_DEBOUNCE_MS = 600;
const HELD_PAGE_SIZE = 50;

/** What the completion board's "check out" brings: the visit, its member, its treatment and beautician. */
export type CheckoutPrefill = {
  appointmentId: string;
  branchId: string;
  member: DraftMember | null;
  treatment: BillItem | null;
  staffId: string | null;
  /** The booking's offer (from its campaign), proposed on the bill. */
  offerCode: string | null;
};

type Props = {
  branches: readonly { id: string; code: string; label: string; currency: string }[];
  defaultBranchId: string;
  tenders: readonly TenderChoice[];
  staff: readonly StaffChoice[];
  viewerStaffId: string;
  money: { currencyDisplay: string; currencyDecimals: number };
  prefill: CheckoutPrefill | null;
};

function initialBill(defaultBranchId: string, prefill: CheckoutPrefill | null): BillDraft {
  if (!prefill) return emptyBill(defaultBranchId);
  const bill: BillDraft = {
    ...emptyBill(prefill.branchId),
    appointmentId: prefill.appointmentId,
    customer: prefill.member ? { kind: 'member', member: prefill.member } : { kind: 'walkIn', name: '' },
  };
  return prefill.treatment ? addItem(bill, prefill.treatment, prefill.staffId) : bill;
}

/** The bill's e-coupon as the server priced it, for the live totals; null without one. */
function couponOfQuote(quote: {
  couponType?: { discountKind: string; amountCents?: number | null; percentBasisPoints?: number | null; maxDiscountCents?: number | null; minSpendCents: number } | null;
  lines: readonly { couponCovered: boolean }[];
}): BillCoupon | null {
  const type = quote.couponType;
  if (!type) return null;
  return {
    discountKind: type.discountKind === 'PERCENT' ? 'PERCENT' : 'AMOUNT',
    amountCents: type.amountCents ?? null,
    percentBasisPoints: type.percentBasisPoints ?? null,
    maxDiscountCents: type.maxDiscountCents ?? null,
    minSpendCents: type.minSpendCents,
    covers: quote.lines.map((line) => line.couponCovered),
  };
}

/** Keys the cashier can reach without the mouse; listed on screen. */
const SHORTCUTS = ['F2', 'F3', 'F4', 'F8', 'F9', 'Ctrl+Enter'] as const;

/**
 * 收銀: one bill at a time. Live totals come from the same pure calculation the server repeats;
 * the server's quote confirms them before anything is charged. Nothing typed is lost when the
 * server refuses: its message sits next to the line, payment or customer it names.
 */
export function CheckoutScreen({ branches, defaultBranchId, tenders, staff, viewerStaffId, money, prefill }: Props) {
  const t = useTranslations('sales.checkout');
  const locale = useLocale();
  const id = useId();
  const server = useBillServer();
  const [bill, setBill] = useState<BillDraft>(() => initialBill(defaultBranchId, prefill));
  const [payments, setPayments] = useState<PaymentDraft[]>([]);
  const [focusPayment, setFocusPayment] = useState<string | null>(null);
  const [errors, setErrors] = useState<BillErrors>(NO_ERRORS);
  /** The server's last price, for the bill as it was then (quoteKey): a later change makes it stale. */
  const [quoted, setQuoted] = useState<{ key: string; totalCents: number; pointsEarned: number } | null>(null);
  /** The e-coupon as the server's last price saw it (its type's figures, the lines it covers): the live totals take it off like the server. */
  const [quotedCoupon, setQuotedCoupon] = useState<BillCoupon | null>(null);
  const [paying, setPaying] = useState(false);
  const payingNow = useRef(false);
  const [done, setDone] = useState<IssuedInvoice | null>(null);
  const [holdLabel, setHoldLabel] = useState('');
  const [holding, setHolding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [heldOpen, setHeldOpen] = useState(false);
  const [heldBusy, setHeldBusy] = useState<string | null>(null);
  const [heldError, setHeldError] = useState<string | null>(null);
  const scanRef = useRef<HTMLInputElement>(null);
  const customerRef = useRef<HTMLInputElement>(null);
  const tenderRef = useRef<HTMLButtonElement>(null);
  const holdRef = useRef<HTMLInputElement>(null);

  const branch = branches.find((b) => b.id === bill.branchId) ?? branches[0];
  const currency = branch?.currency ?? 'HKD';
  const formatMoney = useCallback(
    (cents: number) => formatCents(cents, { currency, currencyDisplay: money.currencyDisplay as CurrencyDisplay, currencyDecimals: money.currencyDecimals }, locale),
    [currency, money.currencyDisplay, money.currencyDecimals, locale],
  );
  const discountPercent = memberDiscountPercent(bill);
  // Which offers apply depends on the branch, the member and which items are on the bill, not on
  // quantities, prices or a walk-in's name: those stay out of the variables, so typing them asks nothing.
  const offersInput = { branchId: bill.branchId, memberId: customerInput(bill).memberId, lines: bill.lines.map((line) => ({ kind: line.item.kind, itemId: line.item.itemId, quantity: 1 })) };
  const offers = useQuery(CheckoutBillOffersQuery, { variables: { input: offersInput }, skip: !bill.branchId });
  // While the list reloads for a changed bill the last one stays: the panel neither flickers nor loses the code-to-offer match.
  const offerChoices = (offers.data ?? offers.previousData)?.billOffers.nodes ?? null;
  const appliedOffer = choiceFor(offerChoices, bill.offerCode);
  const totals = useMemo(
    () =>
      billTotals(totalsLines(bill), {
        memberDiscountPercent: discountPercent,
        roundingStepCents: roundingStepCents(money.currencyDecimals),
        offer: appliedOffer?.applies ? billOfferOf(appliedOffer.offer) : null,
        coupon: bill.couponCode ? quotedCoupon : null,
      }),
    [bill, discountPercent, money.currencyDecimals, appliedOffer, quotedCoupon],
  );
  const summary = summarisePayments(payments, tenders, totals.totalCents);
  const canPay = bill.lines.length > 0 && summary.covered && !done;

  const prepaidMemberId = customerInput(bill).memberId;
  const prepaidQuery = useQuery(CheckoutPrepaidQuery, { variables: { memberId: prepaidMemberId ?? '' }, skip: !prepaidMemberId, fetchPolicy: 'network-only' });
  const prepaid = prepaidMemberId && prepaidQuery.data?.prepaidAtCheckout.memberId === prepaidMemberId ? prepaidQuery.data.prepaidAtCheckout : null;

  const held = useQuery(HeldBillsQuery, { variables: { branchId: bill.branchId, first: HELD_PAGE_SIZE }, fetchPolicy: 'network-only', skip: !bill.branchId });
  const heldBills = held.data?.heldBills.nodes ?? null;

  // The server prices the bill shortly after each change: its refusals (stock, an inactive item) show before payment.
  const quoteKey = JSON.stringify([bill.branchId, bill.customer, bill.offerCode, bill.couponCode, bill.lines.map((l) => [l.item.kind, l.item.itemId, l.quantity, l.unitPriceCents, l.lineDiscountCents, l.staffId, l.memberPackageId ?? null])]);
  const quotedTotal = quoted?.key === quoteKey ? quoted.totalCents : null;
  // Points are the server's word only (rules, birth month, level): shown once it has priced this very bill for a member.
  const quotedPoints = quoted?.key === quoteKey && customerInput(bill).memberId ? quoted.pointsEarned : null;
  useEffect(() => {
    if (bill.lines.length === 0) return;
    let current = true;
    const timer = setTimeout(() => {
      server.quote(bill).then(
        (quote) => {
          if (!current) return;
          setQuoted({ key: quoteKey, totalCents: quote.totalCents, pointsEarned: quote.pointsEarned });
          setQuotedCoupon(couponOfQuote(quote));
          setErrors((shown) => ({ ...shown, lines: {}, customer: null, offer: null, coupon: null, general: null }));
        },
        (failure: unknown) => {
          if (current) setErrors(placeError(requestError(failure), bill, payments));
        },
      );
    }, QUOTE_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // Priced again only when what the server prices changes (quoteKey), not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [quoteKey]);

  /** Every edit applies to the bill as it is by then: a scan answered late must not undo what was typed meanwhile. */
  const change = (edit: (current: BillDraft) => BillDraft) => {
    setBill(edit);
    setNotice(null);
  };

  function addScanned(item: BillItem) {
    change((current) => addItem(current, item, viewerStaffId));
  }

  function addTender(tender: TenderChoice) {
    const key = newPaymentKey();
    const due = remainingDue(payments, tenders, totals.totalCents);
    setPayments([...payments, { key, tenderTypeId: tender.id, amountText: due > 0 ? centsToMoneyText(due) : '' }]);
    setFocusPayment(key);
  }

  async function pay() {
    if (payingNow.current || !canPay) return;
    payingNow.current = true;
    setPaying(true);
    setErrors(NO_ERRORS);
    try {
      const quote = await server.quote(bill);
      setQuoted({ key: quoteKey, totalCents: quote.totalCents, pointsEarned: quote.pointsEarned });
      setQuotedCoupon(couponOfQuote(quote));
      // The server's price differs (a price changed meanwhile): the cashier sees it before anything is charged.
      if (quote.totalCents !== totals.totalCents) return;
      const invoice = await server.checkout(bill, payments);
      setDone(invoice);
      void held.refetch();
    } catch (failure) {
      setErrors(placeError(requestError(failure), bill, payments));
    } finally {
      payingNow.current = false;
      setPaying(false);
    }
  }

  function newBill() {
    server.forgetKey();
    setBill(emptyBill(bill.branchId));
    setPayments([]);
    setErrors(NO_ERRORS);
    setQuoted(null);
    setDone(null);
    setHoldLabel('');
    setNotice(null);
    // The scan field is back on screen after this render.
    setTimeout(() => scanRef.current?.focus(), 0);
  }

  async function hold() {
    if (holding || bill.lines.length === 0) return;
    setHolding(true);
    setErrors(NO_ERRORS);
    try {
      const parked = await server.hold(bill, holdLabel);
      newBill();
      setNotice(t('hold.done', { label: parked.label }));
      void held.refetch();
    } catch (failure) {
      setErrors(placeError(requestError(failure), bill, payments));
    } finally {
      setHolding(false);
    }
  }

  async function resume(bill: Held, branchId: string) {
    setHeldBusy(bill.id);
    setHeldError(null);
    try {
      const draft = await server.resume(bill, branchId);
      server.forgetKey();
      setBill(draft);
      setPayments([]);
      setErrors(NO_ERRORS);
      setHeldOpen(false);
      setNotice(t('held.resumed', { label: bill.label }));
      setTimeout(() => scanRef.current?.focus(), 0);
    } catch (failure) {
      setHeldError(requestError(failure).message);
    } finally {
      setHeldBusy(null);
      void held.refetch();
    }
  }

  async function discard(bill: Held, close: () => void) {
    setHeldBusy(bill.id);
    setHeldError(null);
    try {
      await server.discard(bill);
      close();
    } catch (failure) {
      setHeldError(requestError(failure).message);
      close();
    } finally {
      setHeldBusy(null);
      void held.refetch();
    }
  }

  // Latest handlers for the shortcut listener, which is added once.
  const shortcuts = useRef({ pay, openHeld: () => setHeldOpen(true) });
  useEffect(() => {
    shortcuts.current = { pay, openHeld: () => setHeldOpen(true) };
  });
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const { pay: payNow, openHeld } = shortcuts.current;
      if (event.key === 'F2') scanRef.current?.focus();
      else if (event.key === 'F3') customerRef.current?.focus();
      else if (event.key === 'F4') openHeld();
      else if (event.key === 'F8') holdRef.current?.focus();
      else if (event.key === 'F9') tenderRef.current?.focus();
      else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void payNow();
      else return;
      event.preventDefault();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  if (branches.length === 0) {
    return (
      <p className="alert alert--error" role="alert">
        {t('noBranch')}
      </p>
    );
  }

  return (
    <div className={styles.screen} data-testid="checkout-screen">
      <div className={styles.toolbar}>
        <div className={styles.field}>
          <label htmlFor={`${id}-branch`} className={styles.label}>
            {t('branch')}
          </label>
          <select
            id={`${id}-branch`}
            className="input"
            value={bill.branchId}
            disabled={bill.lines.length > 0 || done !== null}
            aria-describedby={bill.lines.length > 0 ? `${id}-branch-hint` : undefined}
            onChange={(event) => change((current) => ({ ...current, branchId: event.target.value }))}
            data-testid="checkout-branch"
          >
            {branches.map((b) => (
              <option key={b.id} value={b.id}>
                {b.label} ({b.code})
              </option>
            ))}
          </select>
          {bill.lines.length > 0 ? (
            <span id={`${id}-branch-hint`} className="muted">
              {t('branchLocked')}
            </span>
          ) : null}
        </div>
        <button type="button" className="button button--secondary" aria-expanded={heldOpen} onClick={() => setHeldOpen(!heldOpen)} data-testid="checkout-held-open">
          {t('held.open', { count: heldBills?.length ?? 0 })}
        </button>
        <details className={styles.shortcuts}>
          <summary>{t('shortcuts.title')}</summary>
          <dl data-testid="checkout-shortcuts">
            {SHORTCUTS.map((key) => (
              <div key={key}>
                <dt>
                  <kbd>{key}</kbd>
                </dt>
                <dd>{t(`shortcuts.${key === 'Ctrl+Enter' ? 'pay' : key}`)}</dd>
              </div>
            ))}
          </dl>
        </details>
      </div>
      {notice ? (
        <p className="alert alert--success" role="status" data-testid="checkout-notice">
          {notice}
        </p>
      ) : null}
      {bill.appointmentId ? (
        <p className="alert alert--info" data-testid="checkout-appointment">
          {prefill && !prefill.treatment ? t('appointmentNoTreatment') : t('appointment')}
        </p>
      ) : null}
      {heldOpen ? (
        <HeldBills
          bills={heldBills}
          loading={held.loading}
          busyBill={bill.lines.length > 0 || done !== null}
          busyId={heldBusy}
          error={heldError ?? (held.error ? requestError(held.error).message : null)}
          onResume={(b) => void resume(b, bill.branchId)}
          onDiscard={(b, close) => void discard(b, close)}
          onClose={() => setHeldOpen(false)}
          formatMoney={formatMoney}
        />
      ) : null}
      {done ? (
        <CheckoutDone invoice={done} onNewBill={newBill} formatMoney={formatMoney} />
      ) : (
        <div className={styles.grid}>
          <div className={styles.main}>
            <ScanField branchId={bill.branchId} inputRef={scanRef} onAdd={addScanned} formatMoney={formatMoney} />
            <BillLines
              lines={bill.lines}
              totals={totals.lines}
              staff={staff}
              errors={errors.lines}
              onChange={(key, lineChange) => change((current) => updateLine(current, key, lineChange))}
              onRemove={(key) => change((current) => removeLine(current, key))}
              prepaid={prepaid}
              formatMoney={formatMoney}
            />
            {errors.general ? (
              <p className="alert alert--error" role="alert" data-testid="checkout-error">
                {errors.general}
              </p>
            ) : null}
            <div className={styles.hold}>
              <label htmlFor={`${id}-hold`} className={styles.label}>
                {t('hold.label')}
              </label>
              <input
                ref={holdRef}
                id={`${id}-hold`}
                className="input"
                value={holdLabel}
                maxLength={100}
                onChange={(event) => setHoldLabel(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
                    event.preventDefault();
                    void hold();
                  }
                }}
                data-testid="checkout-hold-label"
              />
              <button type="button" className="button button--secondary" disabled={bill.lines.length === 0 || holding} onClick={() => void hold()} data-testid="checkout-hold">
                {holding ? t('hold.holding') : t('hold.submit')}
              </button>
            </div>
          </div>
          <div className={styles.side}>
            <CustomerPanel
              customer={bill.customer}
              // A coupon is the member's own: another customer's bill starts without it.
              onChange={(customer) => change((current) => ({ ...current, customer, couponCode: customerInput({ ...current, customer }).memberId === customerInput(current).memberId ? current.couponCode : null }))}
              inputRef={customerRef}
              error={errors.customer}
            />
            <OfferPanel
              choices={offerChoices}
              offerCode={bill.offerCode}
              proposedCode={bill.appointmentId ? (prefill?.offerCode ?? null) : null}
              offerDiscountCents={totals.offerDiscountCents}
              error={errors.offer}
              loadError={offers.error ? requestError(offers.error).message : null}
              onApply={(offerCode) => change((current) => ({ ...current, offerCode }))}
              formatMoney={formatMoney}
            />
            <CheckoutCouponPanel
              memberId={customerInput(bill).memberId ?? null}
              couponCode={bill.couponCode}
              couponDiscountCents={totals.couponDiscountCents}
              error={errors.coupon}
              onApply={(couponCode) => change((current) => ({ ...current, couponCode }))}
              formatMoney={formatMoney}
            />
            <PaymentPanel
              totals={totals}
              memberDiscountPercent={discountPercent}
              quotedTotalCents={quotedTotal}
              pointsEarned={quotedPoints}
              tenders={tenders}
              payments={payments}
              summary={summary}
              errors={errors.payments}
              canPay={canPay}
              paying={paying}
              firstTenderRef={tenderRef}
              focusKey={focusPayment}
              onAddTender={addTender}
              onAmount={(key, amountText) => setPayments((current) => current.map((p) => (p.key === key ? { ...p, amountText } : p)))}
              onRemove={(key) => setPayments((current) => current.filter((p) => p.key !== key))}
              prepaid={prepaid}
              onPrepaid={(key, prepaidChange) => setPayments((current) => current.map((p) => (p.key === key ? { ...p, ...prepaidChange } : p)))}
              onPay={() => void pay()}
              formatMoney={formatMoney}
            />
          </div>
        </div>
      )}
    </div>
  );
}
