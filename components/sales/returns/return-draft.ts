/**
 * The returns screen's arithmetic, before anything is sent: how many units of a line may still
 * come back, and what the chosen units refund — by the same pure rule the server refunds with
 * (services/sales/return-refund.ts), so the confirmation shows the amount the return will have.
 */
import { lineRefundCents, returnRefundCents } from '@/services/sales/return-refund';

export type ReturnableLine = { id: string; quantity: number; returnedQuantity: number; totalCents: number };
export type ReturnableInvoice = { totalCents: number; refundedCents: number; lines: readonly ReturnableLine[] };

/** Units chosen per invoice line id; lines left out or at 0 are not returned. */
export type Chosen = Readonly<Record<string, number>>;

export const returnableUnits = (line: ReturnableLine) => Math.max(0, line.quantity - line.returnedQuantity);

/** A typed or stepped quantity kept between 0 and what may still come back. */
export function clampUnits(line: ReturnableLine, units: number): number {
  return Number.isFinite(units) ? Math.min(returnableUnits(line), Math.max(0, Math.trunc(units))) : 0;
}

export type RefundPreview = { lineCents: Readonly<Record<string, number>>; totalCents: number; units: number };

export function refundPreview(invoice: ReturnableInvoice, chosen: Chosen): RefundPreview {
  const lineCents: Record<string, number> = {};
  let linesCents = 0;
  let units = 0;
  for (const line of invoice.lines) {
    const quantity = clampUnits(line, chosen[line.id] ?? 0);
    if (quantity === 0) continue;
    lineCents[line.id] = lineRefundCents(line, line.returnedQuantity, quantity);
    linesCents += lineCents[line.id];
    units += quantity;
  }
  const fullyReturned = invoice.lines.every((line) => line.returnedQuantity + clampUnits(line, chosen[line.id] ?? 0) >= line.quantity);
  return { lineCents, units, totalCents: units === 0 ? 0 : returnRefundCents(invoice, linesCents, fullyReturned) };
}

/** The request's lines: the chosen units, in the invoice's order. */
export function returnLines(invoice: ReturnableInvoice, chosen: Chosen): Array<{ invoiceLineId: string; quantity: number }> {
  return invoice.lines.flatMap((line) => {
    const quantity = clampUnits(line, chosen[line.id] ?? 0);
    return quantity > 0 ? [{ invoiceLineId: line.id, quantity }] : [];
  });
}

/** The tender offered first: the one the invoice was first paid by while it is still offered, else the first offered. */
export function defaultRefundTender(payments: ReadonlyArray<{ tenderType: { id: string } }>, offered: ReadonlyArray<{ id: string }>): string {
  const paidBy = payments[0]?.tenderType.id;
  return offered.find((tender) => tender.id === paidBy)?.id ?? offered[0]?.id ?? '';
}
