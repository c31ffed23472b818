import { In, type DataSource } from 'typeorm';
import { InvoiceLine, type Invoice } from '../../entities';
import { InvoiceStatus } from '../../entities/invoice.entity';
import { can, type Viewer } from '../auth/viewer';
import { Permission } from '../admin/permission';
import { invoiceQuery } from '../sales/invoice-scope.service';

/** A member's visit day: whose invoices of which business day the contact list shows. */
export type PurchaseKey = { memberId: number; day: string };

export type PurchasedItem = { kind: 'PRODUCT' | 'TREATMENT'; code: string; description: string; quantity: number };

/** The invoices of one visit day as the contact list names them: numbers and what is still bought (returned units left out). */
export type DayPurchases = { invoices: Invoice[]; items: PurchasedItem[] };

const keyOf = (k: PurchaseKey) => `${k.memberId}|${k.day}`;

/**
 * The invoices of a page's visit days, in two statements however many rows: the days' issued
 * invoices through invoiceQuery (so a viewer without sales.view, or whose scope leaves the
 * invoice out, reads none: the amounts on the contact remain her view), then their lines.
 */
export async function dayPurchases(ds: DataSource, viewer: Viewer, keys: readonly PurchaseKey[]): Promise<DayPurchases[]> {
  const empty = (): DayPurchases => ({ invoices: [], items: [] });
  if (!keys.length || !can(viewer, Permission.SalesView)) return keys.map(empty);
  const memberIds = [...new Set(keys.map((k) => k.memberId))];
  const days = [...new Set(keys.map((k) => k.day))];
  const invoices = await invoiceQuery(ds, viewer)
    .andWhere('i.memberId IN (:...purchaseMemberIds) AND i.businessDate IN (:...purchaseDays) AND i.status = :purchaseIssued', {
      purchaseMemberIds: memberIds,
      purchaseDays: days,
      purchaseIssued: InvoiceStatus.ISSUED,
    })
    .orderBy('i.id')
    .getMany();
  const byKey = new Map<string, DayPurchases>(keys.map((k) => [keyOf(k), empty()]));
  const invoiceKey = new Map<number, string>();
  for (const invoice of invoices) {
    const found = byKey.get(keyOf({ memberId: invoice.memberId!, day: invoice.businessDate }));
    if (!found) continue;
    found.invoices.push(invoice);
    invoiceKey.set(invoice.id, keyOf({ memberId: invoice.memberId!, day: invoice.businessDate }));
  }
  if (invoiceKey.size) {
    const lines = await ds.getRepository(InvoiceLine).find({
      select: { id: true, invoiceId: true, kind: true, code: true, description: true, quantity: true, returnedQuantity: true, position: true },
      where: { invoiceId: In([...invoiceKey.keys()]) },
      order: { invoiceId: 'ASC', position: 'ASC' },
    });
    for (const line of lines) {
      const quantity = line.quantity - line.returnedQuantity;
      if (quantity <= 0) continue;
      byKey.get(invoiceKey.get(line.invoiceId)!)!.items.push({ kind: line.kind, code: line.code, description: line.description, quantity });
    }
  }
  return keys.map((k) => byKey.get(keyOf(k))!);
}
