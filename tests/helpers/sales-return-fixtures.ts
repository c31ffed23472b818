/**
 * Invoices to return, built on the sales fixtures' anInvoice (rows written straight into the
 * tables; the checkout's own tests cover how an invoice is made), and products whose stock at the
 * branch starts where the test says.
 */
import type { DataSource } from 'typeorm';
import { InvoiceLine, Product, StockLevel, type Branch, type Invoice, type Member, type Staff, type TenderType } from '../../entities';
import { InvoiceStatus } from '../../entities/invoice.entity';
import { InvoiceLineKind } from '../../entities/invoice-line.entity';
import { anInvoice } from './sales-fixtures';

let counter = 0;
const next = () => ++counter;

export async function aProduct(ds: DataSource, overrides: Partial<Product> = {}): Promise<Product> {
  const n = next();
  return ds.getRepository(Product).save({ code: `RP${n}`, name: `Return product ${n}`, priceCents: 10_000, ...overrides });
}

export async function setStock(ds: DataSource, product: Product, branch: Branch, onHand: number): Promise<void> {
  await ds.getRepository(StockLevel).save({ productId: product.id, branchId: branch.id, onHand });
}

export async function onHand(ds: DataSource, product: Product, branch: Branch): Promise<number> {
  return (await ds.getRepository(StockLevel).findOneBy({ productId: product.id, branchId: branch.id }))?.onHand ?? 0;
}

type ReturnLineSpec = { product?: Product; quantity: number; totalCents: number };

/**
 * An issued invoice (anInvoice of the sales fixtures) whose lines come to exactly these totals,
 * paid in full by one tender, with its lines; VOIDED when asked; `totalCents` other than the
 * lines' sum is cash rounding.
 */
export async function anInvoiceToReturn(
  ds: DataSource,
  spec: { branch: Branch; cashier: Staff; member?: Member | null; lines: ReturnLineSpec[]; paidBy: TenderType; status?: InvoiceStatus; totalCents?: number },
): Promise<{ invoice: Invoice; lines: InvoiceLine[] }> {
  const linesCents = spec.lines.reduce((sum, line) => sum + line.totalCents, 0);
  const totalCents = spec.totalCents ?? linesCents;
  const invoice = await anInvoice(ds, {
    branch: spec.branch,
    cashier: spec.cashier,
    member: spec.member ?? null,
    status: spec.status,
    roundingCents: totalCents - linesCents,
    payments: [{ tender: spec.paidBy, amountCents: totalCents }],
    lines: spec.lines.map((line) => {
      // A unit price rounded up and a discount of the difference, so the line comes to its total.
      const unitPriceCents = Math.ceil(line.totalCents / line.quantity);
      return {
        kind: line.product ? InvoiceLineKind.PRODUCT : InvoiceLineKind.TREATMENT,
        productId: line.product?.id ?? null,
        code: line.product?.code,
        description: line.product?.name,
        quantity: line.quantity,
        unitPriceCents,
        lineDiscountCents: unitPriceCents * line.quantity - line.totalCents,
      };
    }),
  });
  const lines = await ds.getRepository(InvoiceLine).find({ where: { invoiceId: invoice.id }, order: { position: 'ASC' } });
  return { invoice, lines };
}
