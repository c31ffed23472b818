/**
 * Sales rows written straight through the entities, for tests of the read side (lists, receipts,
 * returns) that must not depend on the checkout service. Totals are the plain sums of the lines;
 * anything a test cares about can be overridden.
 */
import type { DataSource } from 'typeorm';
import { Department, Invoice, InvoiceLine, InvoicePayment, TenderType, type Branch, type Member, type Staff } from '../../entities';
import { InvoiceStatus } from '../../entities/invoice.entity';
import { InvoiceLineKind } from '../../entities/invoice-line.entity';

let counter = 0;
const next = () => ++counter;

export type LineSpec = {
  kind?: InvoiceLineKind;
  code?: string;
  description?: string;
  quantity?: number;
  unitPriceCents?: number;
  lineDiscountCents?: number;
  memberDiscountCents?: number;
  taxCents?: number;
  staff?: Staff | null;
  department?: Department | null;
  productId?: number | null;
  treatmentId?: number | null;
};

export type PaymentSpec = {
  /** A tender type row, or the code of one (CASH, CARD and FPS come with the migrations). */
  tender?: TenderType | string;
  amountCents?: number;
  tenderedCents?: number;
  reference?: string | null;
};

export type InvoiceSpec = {
  branch: Branch;
  cashier: Staff;
  member?: Member | null;
  customerName?: string | null;
  lines?: LineSpec[];
  /** Defaults to one cash payment of the total. */
  payments?: PaymentSpec[];
  number?: string;
  issuedAt?: Date | string;
  /** Defaults to issuedAt's date in UTC. */
  businessDate?: string;
  status?: InvoiceStatus;
  appointmentId?: number | null;
  note?: string;
  roundingCents?: number;
  voidReason?: string;
};

export async function aDepartment(ds: DataSource, overrides: Partial<Department> = {}): Promise<Department> {
  const n = next();
  return ds.getRepository(Department).save({ code: `D${n}`, name: `Department ${n}`, ...overrides });
}

export async function aTenderType(ds: DataSource, code: string): Promise<TenderType> {
  return ds.getRepository(TenderType).findOneByOrFail({ code });
}

/** An issued invoice with its lines and payments, inserted directly. */
export async function anInvoice(ds: DataSource, spec: InvoiceSpec): Promise<Invoice> {
  const n = next();
  const issuedAt = spec.issuedAt ? new Date(spec.issuedAt) : new Date(Date.UTC(2030, 0, 1, 2, 0, n % 60));
  const lines = (spec.lines ?? [{}]).map((line, i) => {
    const quantity = line.quantity ?? 1;
    const unitPriceCents = line.unitPriceCents ?? 10_000;
    const lineDiscountCents = line.lineDiscountCents ?? 0;
    const memberDiscountCents = line.memberDiscountCents ?? 0;
    const kind = line.kind ?? InvoiceLineKind.PRODUCT;
    return {
      position: i + 1,
      kind,
      productId: line.productId ?? null,
      treatmentId: line.treatmentId ?? null,
      departmentId: line.department?.id ?? null,
      code: line.code ?? `P${n}-${i + 1}`,
      description: line.description ?? `Item ${n}-${i + 1}`,
      quantity,
      unitPriceCents,
      lineDiscountCents,
      memberDiscountCents,
      taxCents: line.taxCents ?? 0,
      totalCents: quantity * unitPriceCents - lineDiscountCents - memberDiscountCents,
      staffId: line.staff?.id ?? null,
      returnedQuantity: 0,
    };
  });
  const subtotalCents = lines.reduce((sum, l) => sum + l.quantity * l.unitPriceCents, 0);
  const discountCents = lines.reduce((sum, l) => sum + l.lineDiscountCents + l.memberDiscountCents, 0);
  const roundingCents = spec.roundingCents ?? 0;
  const totalCents = subtotalCents - discountCents + roundingCents;
  const sumOf = (kind: InvoiceLineKind) => lines.filter((l) => l.kind === kind).reduce((sum, l) => sum + l.totalCents, 0);
  const payments = spec.payments ?? [{ tender: 'CASH', amountCents: totalCents }];
  const tenders = await Promise.all(payments.map((p) => (typeof p.tender === 'object' ? p.tender : aTenderType(ds, p.tender ?? 'CASH'))));
  const changeCents = payments.reduce((sum, p) => sum + Math.max(0, (p.tenderedCents ?? p.amountCents ?? 0) - (p.amountCents ?? 0)), 0);
  const status = spec.status ?? InvoiceStatus.ISSUED;
  return ds.transaction(async (manager) => {
    const invoice = await manager.getRepository(Invoice).save({
      number: spec.number ?? `${spec.branch.code}SI-${String(n).padStart(5, '0')}`,
      branchId: spec.branch.id,
      memberId: spec.member?.id ?? null,
      customerName: spec.customerName ?? null,
      appointmentId: spec.appointmentId ?? null,
      status,
      businessDate: spec.businessDate ?? issuedAt.toISOString().slice(0, 10),
      issuedAt,
      cashierId: spec.cashier.id,
      subtotalCents,
      discountCents,
      taxCents: lines.reduce((sum, l) => sum + l.taxCents, 0),
      roundingCents,
      totalCents,
      productCents: sumOf(InvoiceLineKind.PRODUCT),
      treatmentCents: sumOf(InvoiceLineKind.TREATMENT),
      changeCents,
      refundedCents: 0,
      note: spec.note ?? '',
      voidedAt: status === InvoiceStatus.VOIDED ? issuedAt : null,
      voidedById: status === InvoiceStatus.VOIDED ? spec.cashier.id : null,
      voidReason: status === InvoiceStatus.VOIDED ? (spec.voidReason ?? 'Wrong item') : null,
    });
    await manager.getRepository(InvoiceLine).save(lines.map((l) => ({ ...l, invoiceId: invoice.id })));
    await manager.getRepository(InvoicePayment).save(
      payments.map((p, i) => ({
        invoiceId: invoice.id,
        tenderTypeId: tenders[i].id,
        amountCents: p.amountCents ?? totalCents,
        tenderedCents: p.tenderedCents ?? p.amountCents ?? totalCents,
        reference: p.reference ?? null,
      })),
    );
    return invoice;
  });
}
