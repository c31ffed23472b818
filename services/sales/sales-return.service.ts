/**
 * Returns (顧客退貨): units of an invoice's lines come back, money goes back by one tender, and
 * the return is its own numbered document. One transaction that
 *  1. claims the idempotency key (a retry gets the first return back, never a second refund),
 *  2. locks the invoice through the viewer's scope (invoiceQuery), so returns of one invoice and
 *     its void queue behind each other; a voided invoice takes no returns,
 *  3. raises each line's returned counter with one guarded UPDATE (`returnedQuantity + q <=
 *     quantity`): a line can never come back more often than it was sold, also when returns race,
 *  4. numbers the return from the branch's RETURN sequence, writes it with its lines and refund,
 *     puts product units back on the shelf through the stock ledger, adds the refund to the
 *     invoice's refundedCents, takes back the returned lines' points (points-earning.service.ts),
 *     credits a refund by stored value to the member's stored value (a REVERSE entry naming the
 *     return), and audits.
 * Bad input names its field and saves nothing.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { lockForUpdate } from '../../db/dialect';
import { Invoice, InvoiceLine, SalesReturn, SalesReturnLine, SalesReturnRefund, TenderType } from '../../entities';
import { InvoiceStatus } from '../../entities/invoice.entity';
import { StockMovementKind } from '../../entities/stock-movement.entity';
import { Permission } from '../admin/permission';
import { recordAudit } from '../audit/audit-log.service';
import { requirePermission, type Viewer } from '../auth/viewer';
import { DomainError, ErrorCode, invalidField, notFound } from '../errors/domain-error';
import { inIdempotentTransaction, requestHashOf, withIdempotency } from '../idempotency/idempotency.service';
import { parseInput } from '../validation/parse-input';
import { allocateDocumentNumber } from './document-number.service';
import { invoiceQuery } from './invoice-scope.service';
import { lineRefundCents, returnRefundCents } from './return-refund';
import { returnSaleSchema } from './sales-return-input.schema';
import { moveStock } from './stock-ledger.service';
import { refreshSameDayPurchases } from '../contacts/same-day-purchases.service';
import { reverseEarningForReturn } from '../loyalty/points-earning.service';
import { postStoredValue } from '../prepaid/stored-value-ledger.service';
import { StoredValueEntryKind } from '../../entities/stored-value-entry.entity';
import { TenderKind } from '../../entities/tender-type.entity';

export type ReturnSaleInput = {
  idempotencyKey: string;
  invoiceId: number;
  lines: Array<{ invoiceLineId: number; quantity: number }>;
  refundTenderTypeId: number;
  reason?: string | null;
};

/** The idempotency scope of returns. */
const SCOPE = 'returnSale';

/** One requested line, matched to the invoice line it names. */
type Wanted = { index: number; line: InvoiceLine; quantity: number };

/** How an invoice line is named in a refusal: its code and name at the time of sale. */
const lineLabel = (line: InvoiceLine) => `${line.code} ${line.description}`;

/** More units of a line than are left to return; names the request's line and says how many may still come back. */
function returnExceedsSold(wanted: Wanted, returnedNow: number): DomainError {
  return new DomainError(
    ErrorCode.ReturnExceedsSold,
    'returnExceedsSold',
    { returnable: Math.max(0, wanted.line.quantity - returnedNow), sold: wanted.line.quantity, fieldLabel: lineLabel(wanted.line) },
    `lines.${wanted.index}.quantity`,
  );
}

export class SalesReturnService {
  constructor(private readonly ds: DataSource) {}

  async returnSale(viewer: Viewer, input: ReturnSaleInput): Promise<SalesReturn> {
    requirePermission(viewer, Permission.SalesRefund);
    const { lines, reason } = parseInput(returnSaleSchema, input);
    const requestHash = requestHashOf({ ...input, idempotencyKey: undefined });
    return inIdempotentTransaction(this.ds, async (manager) => {
      const { resultId } = await withIdempotency(manager, SCOPE, input.idempotencyKey, requestHash, viewer.staffId, () =>
        this.record(manager, viewer, { ...input, lines, reason }),
      );
      return manager.findOneByOrFail(SalesReturn, { id: resultId });
    });
  }

  private async record(manager: EntityManager, viewer: Viewer, input: ReturnSaleInput & { reason: string }): Promise<number> {
    const invoice = await lockForUpdate(invoiceQuery(manager, viewer).andWhere('i.id = :returnInvoiceId', { returnInvoiceId: input.invoiceId })).getOne();
    if (!invoice) throw notFound('invoice');
    if (invoice.status !== InvoiceStatus.ISSUED) throw new DomainError(ErrorCode.AlreadyVoided, 'returnOfVoidedInvoice', { number: invoice.number }, 'invoiceId');

    const invoiceLines = await manager.findBy(InvoiceLine, { invoiceId: invoice.id });
    const wanted = matchLines(input.lines, invoiceLines);
    const tender = await manager.findOneBy(TenderType, { id: input.refundTenderTypeId });
    if (!tender) throw invalidField('refundTenderTypeId', 'notAnOption');
    if (!tender.active) throw invalidField('refundTenderTypeId', 'inactiveChoice');
    // A package's value is not money to hand back; stored value goes back only to a member.
    if (tender.kind === TenderKind.PACKAGE) throw invalidField('refundTenderTypeId', 'packageNotRefundTender');
    if (tender.kind === TenderKind.STORED_VALUE && invoice.memberId === null) throw invalidField('refundTenderTypeId', 'prepaidNeedsMember');

    // Lines in id order, so two returns touching the same lines lock them in the same order.
    const amounts = new Map<number, number>();
    const unitsBefore = new Map<number, number>();
    for (const item of [...wanted].sort((a, b) => a.line.id - b.line.id)) {
      const returnedBefore = await this.takeBack(manager, item);
      amounts.set(item.line.id, lineRefundCents(item.line, returnedBefore, item.quantity));
      unitsBefore.set(item.line.id, returnedBefore);
    }
    const linesCents = [...amounts.values()].reduce((sum, cents) => sum + cents, 0);
    const back = new Map(wanted.map((w) => [w.line.id, w.quantity]));
    const fullyReturned = invoiceLines.every((line) => line.returnedQuantity + (back.get(line.id) ?? 0) >= line.quantity);
    const totalCents = returnRefundCents(invoice, linesCents, fullyReturned);

    const number = await allocateDocumentNumber(manager, invoice.branchId, 'RETURN');
    const inserted = await manager.insert(SalesReturn, {
      number,
      invoiceId: invoice.id,
      branchId: invoice.branchId,
      memberId: invoice.memberId,
      totalCents,
      reason: input.reason,
      createdById: viewer.staffId,
    });
    const salesReturnId = Number(inserted.identifiers[0].id);
    const returnLines = wanted.map((w) => ({ salesReturnId, invoiceLineId: w.line.id, quantity: w.quantity, amountCents: amounts.get(w.line.id) ?? 0 }));
    await manager.insert(SalesReturnLine, returnLines);
    await manager.insert(SalesReturnRefund, { salesReturnId, tenderTypeId: tender.id, amountCents: totalCents });

    // Products go back on the branch's shelf, in product order like every other stock move.
    const products = wanted.filter((w) => w.line.productId !== null).sort((a, b) => a.line.productId! - b.line.productId!);
    for (const w of products) {
      await moveStock(manager, {
        productId: w.line.productId!,
        branchId: invoice.branchId,
        kind: StockMovementKind.RETURN,
        quantity: w.quantity,
        allowNegative: true,
        itemLabel: lineLabel(w.line),
        invoiceId: invoice.id,
        salesReturnId,
        staffId: viewer.staffId,
      });
    }

    // After the stock rows, before points (checkout's lock order): her stored-value account.
    if (tender.kind === TenderKind.STORED_VALUE && totalCents > 0) {
      await postStoredValue(manager, { memberId: invoice.memberId!, kind: StoredValueEntryKind.REVERSE, amountCents: totalCents, salesReturnId, branchId: invoice.branchId, staffId: viewer.staffId, reason: input.reason || null, at: new Date() });
    }
    // After the stock rows (the lock order): the returned lines' points, and the referrer's share, go back.
    const returned = wanted.map((w) => ({ line: w.line, returnedBefore: unitsBefore.get(w.line.id) ?? 0, quantity: w.quantity }));
    await reverseEarningForReturn(manager, invoice, returned, salesReturnId, { staffId: viewer.staffId, at: new Date() });
    await manager
      .createQueryBuilder()
      .update(Invoice)
      .set({ refundedCents: () => `refundedCents + ${Math.trunc(totalCents)}` })
      .where('id = :id', { id: invoice.id })
      .execute();
    await refreshSameDayPurchases(manager, invoice.memberId, [invoice.businessDate]);
    await recordAudit(manager, [
      {
        entityType: 'salesReturn',
        entityId: salesReturnId,
        action: 'create',
        actorId: viewer.staffId,
        after: {
          number,
          invoiceId: invoice.id,
          invoiceNumber: invoice.number,
          totalCents,
          refundTenderTypeId: tender.id,
          reason: input.reason,
          lines: returnLines.map(({ invoiceLineId, quantity, amountCents }) => ({ invoiceLineId, quantity, amountCents })),
        },
      },
      {
        entityType: 'invoice',
        entityId: invoice.id,
        action: 'refund',
        actorId: viewer.staffId,
        before: { refundedCents: invoice.refundedCents },
        after: { refundedCents: invoice.refundedCents + totalCents, salesReturnNumber: number },
      },
    ]);
    return salesReturnId;
  }

  /**
   * Raises the line's returned counter by the wanted units unless that would pass what was sold
   * (RETURN_EXCEEDS_SOLD naming the line); returns how many units had come back before.
   */
  private async takeBack(manager: EntityManager, wanted: Wanted): Promise<number> {
    const quantity = Math.trunc(wanted.quantity);
    const result = await manager
      .createQueryBuilder()
      .update(InvoiceLine)
      .set({ returnedQuantity: () => `returnedQuantity + ${quantity}` })
      .where('id = :id', { id: wanted.line.id })
      .andWhere(`returnedQuantity + ${quantity} <= quantity`)
      .execute();
    const now = await manager.findOneByOrFail(InvoiceLine, { id: wanted.line.id });
    if (!result.affected) throw returnExceedsSold(wanted, now.returnedQuantity);
    return now.returnedQuantity - quantity;
  }
}

/** Each requested line matched to the invoice's line: a line of another invoice, or one named twice, is refused by its place in the request. */
function matchLines(requested: ReturnSaleInput['lines'], invoiceLines: InvoiceLine[]): Wanted[] {
  const byId = new Map(invoiceLines.map((line) => [line.id, line]));
  const seen = new Set<number>();
  return requested.map((request, index) => {
    const line = byId.get(request.invoiceLineId);
    if (!line) throw invalidField(`lines.${index}.invoiceLineId`, 'notOnInvoice');
    if (seen.has(line.id)) throw invalidField(`lines.${index}.invoiceLineId`, 'duplicateReturnLine', { fieldLabel: lineLabel(line) });
    seen.add(line.id);
    return { index, line, quantity: request.quantity };
  });
}
