/**
 * Voiding an invoice (作廢): only on its business day in the branch's time zone (afterwards a
 * return is the way back), with a reason, by staff holding sales.void. The status changes with a
 * guarded UPDATE (… WHERE status = 'ISSUED'), so a second void — also a concurrent one — is
 * refused; the sold units come back to stock as VOID movements, the package sessions and value it
 * used and the stored value it took go back to the member (REVERSE entries in their ledgers), the
 * points it earned are taken back, the offer use and the e-coupon come back to the member, and the change is audited.
 */
import { In, type DataSource } from 'typeorm';
import { Invoice, InvoiceLine, Branch, Product } from '../../entities';
import { InvoiceStatus } from '../../entities/invoice.entity';
import { InvoiceLineKind } from '../../entities/invoice-line.entity';
import { StockMovementKind } from '../../entities/stock-movement.entity';
import { lockForUpdate } from '../../db/dialect';
import { inReadCommittedTransaction } from '../../db/transaction';
import { localDateIn } from '../appointments/arrival-day';
import { recordAudit } from '../audit/audit-log.service';
import type { Viewer } from '../auth/viewer';
import { DomainError, ErrorCode, invalidField, notFound } from '../errors/domain-error';
import { parseInput } from '../validation/parse-input';
import { voidReasonSchema } from './bill-input.schema';
import { invoiceQuery } from './invoice-scope.service';
import { refreshSameDayPurchases } from '../contacts/same-day-purchases.service';
import { moveStock } from './stock-ledger.service';
import { giveOfferUseBack } from '../offers/offer-at-sale.service';
import { reverseEarningForVoid } from '../loyalty/points-earning.service';
import { giveCouponBack } from '../loyalty/coupon-at-sale.service';
import { reverseInvoiceUses } from '../prepaid/package-ledger.service';
import { postStoredValue } from '../prepaid/stored-value-ledger.service';
import { StoredValueEntry } from '../../entities';
import { StoredValueEntryKind } from '../../entities/stored-value-entry.entity';

const alreadyVoided = () => new DomainError(ErrorCode.AlreadyVoided, 'alreadyVoided', {}, 'id');

export class InvoiceVoidService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async void(viewer: Viewer, id: number, rawReason: string): Promise<Invoice> {
    const { reason } = parseInput(voidReasonSchema, { reason: rawReason });
    return inReadCommittedTransaction(this.ds, async (manager) => {
      // Read through the one invoice scope, and locked: a return of the same invoice takes the
      // same lock first, so a void and a return cannot both pass and count the stock back twice.
      const invoice = await lockForUpdate(invoiceQuery(manager, viewer).andWhere('i.id = :voidInvoiceId', { voidInvoiceId: id })).getOne();
      if (!invoice) throw notFound('invoice');
      if (invoice.status === InvoiceStatus.VOIDED) throw alreadyVoided();
      const branch = await manager.findOneByOrFail(Branch, { id: invoice.branchId });
      const now = this.clock();
      const today = localDateIn(now, branch.timeZone);
      if (invoice.businessDate !== today) throw invalidField('id', 'voidNotSameDay', { date: invoice.businessDate, today });
      // Units already returned came back with their return; voiding on top would count them twice
      // (a return of nothing to refund still brought units back).
      const returned = await manager.createQueryBuilder(InvoiceLine, 'l').where('l.invoiceId = :id AND l.returnedQuantity > 0', { id }).getCount();
      if (invoice.refundedCents > 0 || returned > 0) throw invalidField('id', 'voidAfterReturn');

      const result = await manager
        .createQueryBuilder()
        .update(Invoice)
        .set({ status: InvoiceStatus.VOIDED, voidedAt: now, voidedById: viewer.staffId, voidReason: reason })
        .where('id = :id AND status = :issued', { id, issued: InvoiceStatus.ISSUED })
        .execute();
      if (!result.affected) throw alreadyVoided();
      await giveOfferUseBack(manager, invoice);
      await giveCouponBack(manager, invoice);
      await refreshSameDayPurchases(manager, invoice.memberId, [invoice.businessDate]);

      const lines = await manager.findBy(InvoiceLine, { invoiceId: id, kind: InvoiceLineKind.PRODUCT });
      const units = new Map<number, number>();
      for (const line of lines) units.set(line.productId!, (units.get(line.productId!) ?? 0) + line.quantity - line.returnedQuantity);
      const products = new Map((units.size ? await manager.findBy(Product, { id: In([...units.keys()]) }) : []).map((p) => [p.id, p]));
      for (const [productId, quantity] of [...units].sort(([a], [b]) => a - b)) {
        if (quantity <= 0) continue;
        const product = products.get(productId);
        await moveStock(manager, {
          productId,
          branchId: invoice.branchId,
          kind: StockMovementKind.VOID,
          quantity,
          allowNegative: true,
          itemLabel: product ? `${product.code} ${product.name}` : String(productId),
          reason,
          invoiceId: id,
          staffId: viewer.staffId,
        });
      }
      // After the stock rows, as checkout's lock order has it: her packages (by id), then her stored-value account.
      const who = { at: now, staffId: viewer.staffId, branchId: invoice.branchId, reason };
      await reverseInvoiceUses(manager, id, who);
      const debits = await manager.find(StoredValueEntry, { where: { invoiceId: id, kind: StoredValueEntryKind.PAYMENT }, order: { id: 'ASC' } });
      for (const debit of debits) {
        await postStoredValue(manager, { memberId: debit.memberId, kind: StoredValueEntryKind.REVERSE, amountCents: -debit.amountCents, invoiceId: id, ...who });
      }
      // After the stock rows and the prepaid ledgers, as the lock order has it: the points it earned (and the referrer's share) go back.
      await reverseEarningForVoid(manager, invoice, { staffId: viewer.staffId, at: now });
      await recordAudit(manager, {
        entityType: 'invoice',
        entityId: id,
        action: 'void',
        actorId: viewer.staffId,
        before: { status: InvoiceStatus.ISSUED },
        after: { status: InvoiceStatus.VOIDED, voidReason: reason, voidedAt: now.toISOString() },
      });
      return manager.findOneByOrFail(Invoice, { id });
    });
  }
}
