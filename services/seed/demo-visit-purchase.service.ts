/**
 * What A003 陳大文 bought on the day of her Junebirth visit (seed 000's 當日購買紀錄): 深層面部護理
 * (AP03) and a moisturising cream on one invoice at TKO on 5 May 2020, numbered through the
 * branch's sequence and taken off the shelf through the ledger. The contact's same-day columns
 * are then computed from it by the one refresh the checkout uses, never written by hand, so the
 * demo's contact list, filters and 成功購買 (N: the treatment is $900, under the $1,000 rule) agree
 * with the invoice.
 */
import type { EntityManager } from 'typeorm';
import { Branch, Invoice, InvoiceLine, InvoicePayment, Member, MemberGroup, Product, Staff, TenderType, Treatment } from '../../entities';
import { InvoiceStatus } from '../../entities/invoice.entity';
import { InvoiceLineKind } from '../../entities/invoice-line.entity';
import { StockMovementKind } from '../../entities/stock-movement.entity';
import { refreshSameDayPurchases } from '../contacts/same-day-purchases.service';
import { billTotals, roundingStepCents } from '../sales/bill-totals';
import { allocateDocumentNumber } from '../sales/document-number.service';
import { moveStock } from '../sales/stock-ledger.service';

const VISIT_DAY = '2020-05-05';
/** 16:50 in Hong Kong, after the treatment ended. */
const ISSUED_AT = new Date('2020-05-05T08:50:00Z');
const CREAM = '保濕面霜 50ml';

export async function seedDemoVisitPurchase(m: EntityManager): Promise<void> {
  const branch = await m.findOneByOrFail(Branch, { code: 'TKO' });
  const member = await m.findOneByOrFail(Member, { memberNo: 'A003' });
  const group = await m.findOneByOrFail(MemberGroup, { id: member.groupId });
  const treatment = await m.findOneByOrFail(Treatment, { code: 'AP03' });
  const cream = await m.findOneByOrFail(Product, { name: CREAM });
  const cashier = await m.findOneByOrFail(Staff, { code: 'HKB2B' });
  const beautician = await m.findOneByOrFail(Staff, { code: 'IS001' });
  const cash = await m.findOneByOrFail(TenderType, { code: 'CASH' });

  const items = [
    { kind: InvoiceLineKind.TREATMENT, item: treatment, productId: null, treatmentId: treatment.id },
    { kind: InvoiceLineKind.PRODUCT, item: cream, productId: cream.id, treatmentId: null },
  ];
  const totals = billTotals(
    items.map((i) => ({ kind: i.kind, quantity: 1, unitPriceCents: i.item.priceCents, lineDiscountCents: 0, taxRateBasisPoints: 0 })),
    { memberDiscountPercent: group.discountPercent, roundingStepCents: roundingStepCents(2) },
  );
  const number = await allocateDocumentNumber(m, branch.id, 'INVOICE');
  const inserted = await m.insert(Invoice, {
    number, branchId: branch.id, memberId: member.id, customerName: null, appointmentId: null, status: InvoiceStatus.ISSUED,
    businessDate: VISIT_DAY, issuedAt: ISSUED_AT, cashierId: cashier.id,
    subtotalCents: totals.subtotalCents, discountCents: totals.discountCents, taxCents: totals.taxCents, roundingCents: totals.roundingCents,
    totalCents: totals.totalCents, productCents: totals.productCents, treatmentCents: totals.treatmentCents, changeCents: 0,
    note: '', createdAt: ISSUED_AT,
  });
  const invoiceId = Number(inserted.identifiers[0].id);
  await m.insert(InvoiceLine, items.map((i, index) => ({
    invoiceId, position: index + 1, kind: i.kind, productId: i.productId, treatmentId: i.treatmentId, departmentId: i.item.departmentId,
    code: i.item.code, description: i.item.name, quantity: 1, unitPriceCents: i.item.priceCents,
    lineDiscountCents: totals.lines[index].lineDiscountCents, memberDiscountCents: totals.lines[index].memberDiscountCents,
    taxCents: totals.lines[index].taxCents, totalCents: totals.lines[index].totalCents, staffId: beautician.id,
  })));
  await m.insert(InvoicePayment, { invoiceId, tenderTypeId: cash.id, amountCents: totals.totalCents, tenderedCents: totals.totalCents, reference: null });
  await moveStock(m, {
    productId: cream.id, branchId: branch.id, kind: StockMovementKind.SALE, quantity: -1, allowNegative: true, itemLabel: `${cream.code} ${cream.name}`, invoiceId, staffId: cashier.id,
  });
  await refreshSameDayPurchases(m, member.id, [VISIT_DAY]);
}
