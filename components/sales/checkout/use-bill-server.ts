'use client';

import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useRef } from 'react';
import type { CheckoutHeldBillFragment as Held } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { customerInput, lineInputs, newLineKey, type BillDraft, type BillItem, type DraftLine } from './bill-draft';
import { CheckoutMutation, DiscardHeldBillMutation, HoldBillMutation, QuoteBillQuery, ResumeHeldBillMutation } from './bill-documents';
import { CheckoutItemByCodeQuery } from './checkout-documents';
import { toBillItem, toDraftMember } from './from-graphql';
import type { PaymentDraft } from './payment-draft';
import { parseMoneyToCents } from '@/components/settings/money';

/**
 * The bill's trips to the server: the quote, checkout with its idempotency key, hold, resume and
 * discard. The key is made once per bill and sent again on every retry, so a double tap or a
 * retry after a lost answer issues one invoice; only after the server refused (nothing was
 * issued) does a changed bill get a fresh key, so the correction is not taken for a replay.
 */
export function useBillServer() {
  const client = useApolloClient();
  const [checkoutMutation] = useMutation(CheckoutMutation);
  const [holdMutation] = useMutation(HoldBillMutation);
  const [resumeMutation] = useMutation(ResumeHeldBillMutation);
  const [discardMutation] = useMutation(DiscardHeldBillMutation);
  const idempotencyKey = useRef<string | null>(null);

  const draftInput = (bill: BillDraft) => ({ branchId: bill.branchId, ...customerInput(bill), lines: lineInputs(bill), offerCode: bill.offerCode, couponCode: bill.couponCode });

  const quote = useCallback(
    async (bill: BillDraft) => {
      const { data } = await client.query({ query: QuoteBillQuery, variables: { input: draftInput(bill) }, fetchPolicy: 'network-only' });
      if (!data) throw new Error('quoteBill returned no data');
      return data.quoteBill;
    },
    [client],
  );

  const checkout = useCallback(
    async (bill: BillDraft, payments: readonly PaymentDraft[]) => {
      idempotencyKey.current ??= crypto.randomUUID();
      try {
        const { data } = await checkoutMutation({
          variables: {
            input: {
              idempotencyKey: idempotencyKey.current,
              ...draftInput(bill),
              appointmentId: bill.appointmentId,
              payments: payments.map((payment) => ({
                tenderTypeId: payment.tenderTypeId,
                amountCents: parseMoneyToCents(payment.amountText) ?? 0,
                pin: payment.pin || null,
                memberPackageId: payment.memberPackageId ?? null,
              })),
              note: bill.note.trim() || null,
            },
          },
        });
        if (!data) throw new Error('checkout returned no data');
        idempotencyKey.current = null;
        return data.checkout;
      } catch (failure) {
        // Refused by the server: nothing was issued, so a corrected bill may go under a new key.
        if (CombinedGraphQLErrors.is(failure)) idempotencyKey.current = null;
        throw requestError(failure);
      }
    },
    [checkoutMutation],
  );

  const hold = useCallback(
    async (bill: BillDraft, label: string) => {
      try {
        const { data } = await holdMutation({ variables: { input: { ...draftInput(bill), label: label.trim() || null, note: bill.note.trim() || null } } });
        if (!data) throw new Error('holdBill returned no data');
        return data.holdBill;
      } catch (failure) {
        throw requestError(failure);
      }
    },
    [holdMutation],
  );

  /** Takes a held bill of `branchId` up and rebuilds it with today's catalogue facts (tax rate, stock) for the live totals. */
  const resume = useCallback(
    async (held: Held, branchId: string): Promise<BillDraft> => {
      let taken: Held;
      try {
        const { data } = await resumeMutation({ variables: { id: held.id } });
        if (!data) throw new Error('resumeHeldBill returned no data');
        taken = data.resumeHeldBill;
      } catch (failure) {
        throw requestError(failure);
      }
      const lines = await Promise.all(
        taken.lines.map(async (line): Promise<DraftLine> => {
          const found = await client
            .query({ query: CheckoutItemByCodeQuery, variables: { branchId, code: line.code }, fetchPolicy: 'network-only' })
            .then(({ data }) => data?.sellableItemByCode ?? null)
            .catch(() => null);
          const item: BillItem =
            found && found.kind === line.kind && found.itemId === line.itemId
              ? toBillItem(found)
              : { kind: line.kind, itemId: line.itemId, code: line.code, label: line.label, priceCents: line.unitPriceCents, taxRateBasisPoints: 0, onHand: null, allowNegativeStock: true, departmentId: null };
          return { key: newLineKey(), item, quantity: line.quantity, unitPriceCents: line.unitPriceCents, lineDiscountCents: line.lineDiscountCents, staffId: line.staffId ?? null };
        }),
      );
      return {
        branchId,
        customer: taken.member ? { kind: 'member', member: toDraftMember(taken.member) } : { kind: 'walkIn', name: taken.customerName ?? '' },
        lines,
        appointmentId: null,
        note: taken.note,
        offerCode: taken.offerCode ?? null,
        couponCode: taken.couponCode ?? null,
      };
    },
    [resumeMutation, client],
  );

  const discard = useCallback(
    async (held: Held) => {
      try {
        await discardMutation({ variables: { id: held.id } });
      } catch (failure) {
        throw requestError(failure);
      }
    },
    [discardMutation],
  );

  /** A fresh bill starts with no key: the next payment gets a new one. */
  const forgetKey = useCallback(() => {
    idempotencyKey.current = null;
  }, []);

  return { quote, checkout, hold, resume, discard, forgetKey };
}
