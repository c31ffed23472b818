import { allocatePayments } from '@/services/sales/bill-totals';
import { parseMoneyToCents } from '@/components/settings/money';

/**
 * The payments typed against a bill and what they settle: pure, so "pay only when covered" and
 * the change are tested without the screen. The rule itself is bill-totals' allocatePayments,
 * the same the server applies.
 */
export type TenderChoice = { id: string; label: string; givesChange: boolean; kind?: string };

export type PaymentDraft = {
  key: string;
  tenderTypeId: string;
  amountText: string;
  /** Stored value: the card's PIN when her card has one. */
  pin?: string;
  /** A discount-package payment: which of her VALUE packages it spends. */
  memberPackageId?: string | null;
};

/** Stored value and packages are spent to the cent: they never give change, whatever the tender says. */
export const isPrepaidTender = (tender: TenderChoice | undefined) => tender?.kind === 'STORED_VALUE' || tender?.kind === 'PACKAGE';

export type PaymentSummary = {
  /** What the payments hand over, valid amounts only. */
  tenderedCents: number;
  /** Still to cover (0 when covered). */
  dueCents: number;
  changeCents: number;
  /** Every amount readable and the total covered as the server will accept it. */
  covered: boolean;
  /** Payments whose amount cannot be read (by key). */
  invalid: string[];
  /** The payment the rule refuses (over-paying a tender without change, or not needed), by key, with why. */
  refused: { key: string; reason: 'overpaidNoChange' | 'paymentNotNeeded'; dueCents: number } | null;
};

let keys = 0;
export function newPaymentKey(): string {
  keys += 1;
  return `payment-${keys}`;
}

export function summarisePayments(payments: readonly PaymentDraft[], tenders: readonly TenderChoice[], totalCents: number): PaymentSummary {
  const givesChange = new Map(tenders.map((tender) => [tender.id, tender.givesChange && !isPrepaidTender(tender)]));
  const parsed = payments.map((payment) => ({ payment, cents: parseMoneyToCents(payment.amountText) }));
  const invalid = parsed.filter(({ cents }) => cents === null || cents <= 0).map(({ payment }) => payment.key);
  const valid = parsed.filter(({ cents }) => cents !== null && cents > 0) as { payment: PaymentDraft; cents: number }[];
  const tenderedCents = valid.reduce((sum, { cents }) => sum + cents, 0);
  const allocation = allocatePayments(
    valid.map(({ payment, cents }) => ({ tenderedCents: cents, givesChange: givesChange.get(payment.tenderTypeId) ?? false })),
    totalCents,
  );
  if (allocation.ok) {
    return { tenderedCents, dueCents: 0, changeCents: allocation.changeCents, covered: invalid.length === 0 && (payments.length > 0 || totalCents === 0), invalid, refused: null };
  }
  const { refusal } = allocation;
  const index = /^payments\.(\d+)\./.exec(refusal.field)?.[1];
  const refused =
    refusal.reason !== 'underpaid' && index !== undefined
      ? { key: valid[Number(index)].payment.key, reason: refusal.reason, dueCents: refusal.params.dueCents ?? 0 }
      : null;
  const dueCents = refusal.reason === 'underpaid' ? (refusal.params.dueCents ?? 0) : 0;
  return { tenderedCents, dueCents, changeCents: 0, covered: false, invalid, refused };
}

/** What a newly tapped tender should be handed: what is still due (the whole total when nothing is paid yet). */
export function remainingDue(payments: readonly PaymentDraft[], tenders: readonly TenderChoice[], totalCents: number): number {
  const summary = summarisePayments(payments, tenders, totalCents);
  return Math.max(0, totalCents - Math.min(summary.tenderedCents, totalCents));
}
