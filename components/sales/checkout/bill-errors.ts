import type { GraphQLRequestError } from '@/lib/apollo/request-error';
import type { BillDraft } from './bill-draft';
import type { PaymentDraft } from './payment-draft';

/** Where the server's refusal belongs on the screen: a line, a payment, the customer, or the bill as a whole. */
export type BillErrors = {
  lines: Record<string, string>;
  payments: Record<string, string>;
  customer: string | null;
  /** A refusal of the bill's offer (a condition it fails, or no such code). */
  offer: string | null;
  /** A refusal of the bill's e-coupon (whose, used, expired, conditions). */
  coupon: string | null;
  general: string | null;
};

export const NO_ERRORS: BillErrors = { lines: {}, payments: {}, customer: null, offer: null, coupon: null, general: null };

/**
 * Places a refusal next to what it names: `lines.<i>.…` on that line, `payments.<i>.…` on that
 * payment, `payments` on the payment panel, the member or walk-in name on the customer; an
 * OUT_OF_STOCK (it names the item, not a field) on the line whose item it names.
 */
export function placeError(error: GraphQLRequestError, bill: BillDraft, payments: readonly PaymentDraft[]): BillErrors {
  const field = error.field ?? '';
  const line = /^lines\.(\d+)/.exec(field);
  if (line && bill.lines[Number(line[1])]) return { ...NO_ERRORS, lines: { [bill.lines[Number(line[1])].key]: error.message } };
  const payment = /^payments\.(\d+)/.exec(field);
  if (payment && payments[Number(payment[1])]) return { ...NO_ERRORS, payments: { [payments[Number(payment[1])].key]: error.message } };
  if (field === 'payments') return { ...NO_ERRORS, payments: { payments: error.message } };
  if (field === 'memberId' || field === 'customerName') return { ...NO_ERRORS, customer: error.message };
  if (field === 'offerCode') return { ...NO_ERRORS, offer: error.message };
  if (field === 'couponCode') return { ...NO_ERRORS, coupon: error.message };
  if (error.code === 'OUT_OF_STOCK') {
    const named = bill.lines.find((l) => error.message.includes(l.item.code) || error.message.includes(l.item.label));
    if (named) return { ...NO_ERRORS, lines: { [named.key]: error.message } };
  }
  return { ...NO_ERRORS, general: error.message };
}
