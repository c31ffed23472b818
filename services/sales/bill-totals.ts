/**
 * What a bill comes to and how its payments settle it — the one calculation the cashier page
 * shows while typing and the server repeats before it issues an invoice. Pure: integers only, no
 * framework, no entity enum (the kinds are the strings InvoiceLineKind stores).
 *
 * The rules, in the order they apply to each line:
 *  1. amount = quantity × unit price (catalogue or typed price, tax included);
 *  2. the line's own discount comes off (at most the amount);
 *  3. the member level's discount (MemberGroup.discountPercent) comes off what is left, rounded
 *     half-up to the cent — on products and treatments alike, since the level's discount is
 *     "on purchases" and the salon's manual makes no difference between them — unless the bill's
 *     offer covers the line: then the offer's discount comes off instead (never both), a
 *     percentage rounded half-up, or down to the offer's fixed price per unit (never up);
 *  4. the e-coupon (電子優惠券) comes off last, from what the lines it covers came to after 1–3:
 *     its minimum spend is judged on that sum (so an offer or level discount can take a bill
 *     below it); a percentage is of that sum, rounded half-up and capped at the type's maximum;
 *     an amount is at most that sum. The discount is spread over the covered lines in proportion
 *     to what each came to, by cumulative rounding (the last covered line takes what is left), so
 *     the lines' shares add up to the coupon's discount exactly and no line goes below 0;
 *  5. tax is included in what the line comes to: tax = total × rate / (10000 + rate), rate in
 *     basis points, rounded half-up per line (the invoice's tax is the sum of its lines').
 * The invoice adds the lines, then rounds its total to the currency's smallest payable step with
 * a rounding amount of its own (negative when rounded down): amounts are cents (1/100 of the
 * unit) and the step follows the decimals the system parameters show (2 → 1 cent, 1 → 10 cents,
 * 0 → one whole unit). productCents and treatmentCents are the lines' totals before rounding.
 */

export type BillLineKind = 'PRODUCT' | 'TREATMENT';

export type BillLine = {
  kind: BillLineKind;
  quantity: number;
  unitPriceCents: number;
  lineDiscountCents: number;
  taxRateBasisPoints: number;
  /** The item's department; decides whether an item-discount or fixed-price offer covers the line. */
  departmentId?: number | null;
};

/** The offer pricing the bill (its conditions were checked elsewhere): the discount and the departments it covers. */
export type BillOffer = {
  discountType: 'INVOICE_PERCENT' | 'ITEM_PERCENT' | 'FIXED_PRICE';
  discountBasisPoints: number;
  fixedPriceCents: number | null;
  /** Null: every line. Ignored by an invoice discount, which covers every line. */
  departmentIds: readonly number[] | null;
};

export type BillLineTotals = {
  amountCents: number;
  lineDiscountCents: number;
  memberDiscountCents: number;
  offerDiscountCents: number;
  /** The line's share of the e-coupon's discount. */
  couponDiscountCents: number;
  taxCents: number;
  totalCents: number;
};

/** The e-coupon on the bill (whose holder and days were checked elsewhere) and the lines its type covers. */
export type BillCoupon = {
  discountKind: 'AMOUNT' | 'PERCENT';
  amountCents: number | null;
  percentBasisPoints: number | null;
  maxDiscountCents: number | null;
  minSpendCents: number;
  /** Per bill line, in order: whether the type covers it. */
  covers: readonly boolean[];
};

export type BillTotals = {
  lines: BillLineTotals[];
  subtotalCents: number;
  /** Line, member and offer discounts together. */
  discountCents: number;
  /** What the offer took off, also inside discountCents. */
  offerDiscountCents: number;
  /** What the e-coupon took off, also inside discountCents. */
  couponDiscountCents: number;
  /** Why the coupon takes nothing off (no covered line, or the covered lines under its minimum spend); null when it applies or there is none. */
  couponRefusal: 'NO_ELIGIBLE_LINE' | 'MIN_SPEND' | null;
  taxCents: number;
  roundingCents: number;
  totalCents: number;
  productCents: number;
  treatmentCents: number;
};

/** n / d rounded half-up (n ≥ 0, d > 0) in integers. */
export function divideHalfUp(n: number, d: number): number {
  return Math.floor((2 * n + d) / (2 * d));
}

/** The smallest payable amount, in cents, for amounts shown with `currencyDecimals` decimals (0–3). */
export function roundingStepCents(currencyDecimals: number): number {
  return currencyDecimals >= 2 ? 1 : 10 ** (2 - Math.max(0, Math.trunc(currencyDecimals)));
}

function offerCovers(offer: BillOffer, line: BillLine): boolean {
  if (offer.discountType === 'INVOICE_PERCENT' || offer.departmentIds === null) return true;
  return line.departmentId != null && offer.departmentIds.includes(line.departmentId);
}

function offerDiscount(offer: BillOffer, line: BillLine, afterLineDiscount: number): number {
  if (offer.discountType === 'FIXED_PRICE') return Math.max(0, afterLineDiscount - line.quantity * Math.max(0, offer.fixedPriceCents ?? 0));
  const basisPoints = Math.min(10_000, Math.max(0, offer.discountBasisPoints));
  return divideHalfUp(afterLineDiscount * basisPoints, 10_000);
}

export function lineTotals(line: BillLine, memberDiscountPercent: number, offer: BillOffer | null = null): BillLineTotals {
  const amountCents = line.quantity * line.unitPriceCents;
  const lineDiscountCents = Math.min(line.lineDiscountCents, amountCents);
  const afterLineDiscount = amountCents - lineDiscountCents;
  const covered = offer !== null && offerCovers(offer, line);
  const offerDiscountCents = covered ? offerDiscount(offer, line, afterLineDiscount) : 0;
  const memberDiscountCents = covered ? 0 : divideHalfUp(afterLineDiscount * memberDiscountPercent, 100);
  const totalCents = afterLineDiscount - memberDiscountCents - offerDiscountCents;
  return withTax(line, { amountCents, lineDiscountCents, memberDiscountCents, offerDiscountCents, couponDiscountCents: 0, taxCents: 0, totalCents });
}

function withTax(line: BillLine, totals: BillLineTotals): BillLineTotals {
  const { totalCents } = totals;
  const taxCents = line.taxRateBasisPoints > 0 ? divideHalfUp(totalCents * line.taxRateBasisPoints, 10_000 + line.taxRateBasisPoints) : 0;
  return { ...totals, taxCents };
}

/** Rule 4: each line's share of the coupon's discount, or why it takes nothing off. */
export function couponShares(coupon: BillCoupon, lineTotalCents: readonly number[]): { shares: number[]; refusal: BillTotals['couponRefusal'] } {
  const covered = lineTotalCents.map((_, i) => Boolean(coupon.covers[i]));
  const none = lineTotalCents.map(() => 0);
  if (!covered.some(Boolean)) return { shares: none, refusal: 'NO_ELIGIBLE_LINE' };
  const base = lineTotalCents.reduce((acc, cents, i) => acc + (covered[i] ? cents : 0), 0);
  if (base < coupon.minSpendCents) return { shares: none, refusal: 'MIN_SPEND' };
  const wanted =
    coupon.discountKind === 'AMOUNT'
      ? Math.max(0, coupon.amountCents ?? 0)
      : Math.min(divideHalfUp(base * Math.min(10_000, Math.max(0, coupon.percentBasisPoints ?? 0)), 10_000), coupon.maxDiscountCents ?? Number.MAX_SAFE_INTEGER);
  const discount = Math.min(base, wanted);
  if (base === 0) return { shares: none, refusal: null };
  let seen = 0;
  let given = 0;
  const shares = lineTotalCents.map((cents, i) => {
    if (!covered[i]) return 0;
    seen += cents;
    const upTo = divideHalfUp(discount * seen, base);
    const share = upTo - given;
    given = upTo;
    return share;
  });
  return { shares, refusal: null };
}

export function billTotals(
  lines: readonly BillLine[],
  options: { memberDiscountPercent: number; roundingStepCents: number; offer?: BillOffer | null; coupon?: BillCoupon | null },
): BillTotals {
  const percent = Math.min(100, Math.max(0, options.memberDiscountPercent));
  const beforeCoupon = lines.map((line) => lineTotals(line, percent, options.offer ?? null));
  const coupon = options.coupon ? couponShares(options.coupon, beforeCoupon.map((t) => t.totalCents)) : { shares: beforeCoupon.map(() => 0), refusal: null };
  const totals = beforeCoupon.map((t, i) =>
    coupon.shares[i] ? withTax(lines[i], { ...t, couponDiscountCents: coupon.shares[i], totalCents: t.totalCents - coupon.shares[i] }) : t,
  );
  const sum = (pick: (t: BillLineTotals, i: number) => number) => totals.reduce((acc, t, i) => acc + pick(t, i), 0);
  const beforeRounding = sum((t) => t.totalCents);
  const step = Math.max(1, options.roundingStepCents);
  const totalCents = divideHalfUp(beforeRounding, step) * step;
  return {
    lines: totals,
    subtotalCents: sum((t) => t.amountCents),
    discountCents: sum((t) => t.lineDiscountCents + t.memberDiscountCents + t.offerDiscountCents + t.couponDiscountCents),
    offerDiscountCents: sum((t) => t.offerDiscountCents),
    couponDiscountCents: sum((t) => t.couponDiscountCents),
    couponRefusal: coupon.refusal,
    taxCents: sum((t) => t.taxCents),
    roundingCents: totalCents - beforeRounding,
    totalCents,
    productCents: sum((t, i) => (lines[i].kind === 'PRODUCT' ? t.totalCents : 0)),
    treatmentCents: sum((t, i) => (lines[i].kind === 'TREATMENT' ? t.totalCents : 0)),
  };
}

export type Tender = {
  /** What the customer handed over on this tender (> 0). */
  tenderedCents: number;
  /** Cash: may exceed what is still due, the excess is change. */
  givesChange: boolean;
};

export type PaymentRefusal = {
  /** The input field to name: "payments" or "payments.<i>.amountCents". */
  field: string;
  /** Message key under `errors`. */
  reason: 'underpaid' | 'overpaidNoChange' | 'paymentNotNeeded';
  params: Record<string, number>;
};

export type PaymentAllocation =
  | { ok: true; applied: Array<{ appliedCents: number; tenderedCents: number }>; changeCents: number }
  | { ok: false; refusal: PaymentRefusal };

/**
 * How payments settle `totalCents`: tenders without change (card, transfer) apply first, in the
 * order given, and none may exceed what is still due; tenders that give change (cash) then cover
 * the rest, and what they exceed it by is the change. Order-independent for a tablet where the
 * cashier taps cash before card. A payment left with nothing to settle is refused rather than
 * handed back whole as change. `applied` keeps the payments' order.
 */
export function allocatePayments(tenders: readonly Tender[], totalCents: number): PaymentAllocation {
  const applied = tenders.map((t) => ({ appliedCents: 0, tenderedCents: t.tenderedCents }));
  let due = totalCents;
  let changeCents = 0;
  const order = [...tenders.keys()].sort((a, b) => Number(tenders[a].givesChange) - Number(tenders[b].givesChange));
  for (const i of order) {
    const { tenderedCents, givesChange } = tenders[i];
    const field = `payments.${i}.amountCents`;
    if (due === 0) return { ok: false, refusal: { field, reason: 'paymentNotNeeded', params: {} } };
    if (tenderedCents > due && !givesChange) return { ok: false, refusal: { field, reason: 'overpaidNoChange', params: { dueCents: due } } };
    const take = Math.min(tenderedCents, due);
    applied[i].appliedCents = take;
    changeCents += tenderedCents - take;
    due -= take;
  }
  if (due > 0) return { ok: false, refusal: { field: 'payments', reason: 'underpaid', params: { dueCents: due } } };
  return { ok: true, applied, changeCents };
}
