import type { DataSource } from 'typeorm';
import { Branch, Department, Invoice, InvoiceLine, Product, StockMovement, Treatment } from '../../entities';
import { StockMovementKind } from '../../entities/stock-movement.entity';
import { allocateDocumentNumber } from '../../services/sales/document-number.service';
import { DEMO_PRODUCTS } from '../../services/seed/demo-catalogue';
import { seedDemoData } from '../../services/seed/seed-demo.service';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
const q = (name: string) => ds.driver.escape(name);

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  await seedDemoData(ds);
});

afterAll(() => db.drop());

describe('demo sales in the database', () => {
  it('store the catalogue, and every demo treatment has a department', async () => {
    expect(await ds.getRepository(Product).count()).toBe(DEMO_PRODUCTS.length);
    expect((await ds.getRepository(Department).find()).map((d) => d.code).sort()).toEqual(['BODY', 'NAIL', 'SKIN']);
    for (const t of await ds.getRepository(Treatment).find()) expect(t.departmentId).not.toBeNull();
  });

  it('keep every stock level equal to the sum of its ledger, never below zero unless the product allows it', async () => {
    const rows: Array<{ onHand: number; ledger: number; allowNegativeStock: number | boolean }> = await ds.query(
      `SELECT l.${q('onHand')} AS ${q('onHand')}, p.${q('allowNegativeStock')} AS ${q('allowNegativeStock')},
         (SELECT SUM(m.${q('quantity')}) FROM ${q('stock_movements')} m WHERE m.${q('productId')} = l.${q('productId')} AND m.${q('branchId')} = l.${q('branchId')}) AS ${q('ledger')}
       FROM ${q('stock_levels')} l JOIN ${q('products')} p ON p.${q('id')} = l.${q('productId')}`,
    );
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) {
      expect(Number(r.onHand)).toBe(Number(r.ledger));
      if (!Number(r.allowNegativeStock)) expect(Number(r.onHand)).toBeGreaterThanOrEqual(0);
    }
    // Some shelves run low, for the low-stock list.
    const low = await ds.query(`SELECT COUNT(*) AS n FROM ${q('stock_levels')} l JOIN ${q('products')} p ON p.${q('id')} = l.${q('productId')} WHERE l.${q('onHand')} <= p.${q('lowStockThreshold')}`);
    expect(Number(low[0].n)).toBeGreaterThan(0);
  });

  it('take one sale movement per product line and give voided ones back', async () => {
    const productLines = await ds.getRepository(InvoiceLine).createQueryBuilder('l').where('l.productId IS NOT NULL').getMany();
    const sales = await ds.getRepository(StockMovement).findBy({ kind: StockMovementKind.SALE });
    expect(sales.length).toBe(productLines.length);
    expect(sales.reduce((s, m) => s + m.quantity, 0)).toBe(-productLines.reduce((s, l) => s + l.quantity, 0));
    const voided = await ds.getRepository(Invoice).findBy({ status: 'VOIDED' as never });
    expect(voided.length).toBeGreaterThan(0);
    const voids = await ds.getRepository(StockMovement).findBy({ kind: StockMovementKind.VOID });
    expect(new Set(voids.map((m) => m.invoiceId))).toEqual(new Set(voided.filter((i) => productLines.some((l) => l.invoiceId === i.id)).map((i) => i.id)));
    // Movements carry their invoice's time, not the clock's.
    const first = await ds.getRepository(StockMovement).findOneByOrFail({ id: sales[0].id });
    const invoice = await ds.getRepository(Invoice).findOneByOrFail({ id: first.invoiceId! });
    expect(first.createdAt.getTime()).toBe(invoice.issuedAt.getTime());
  });

  it('leave each branch\'s invoice sequence at the next free number, so the next sale neither skips nor clashes', async () => {
    for (const branch of await ds.getRepository(Branch).find()) {
      const count = await ds.getRepository(Invoice).countBy({ branchId: branch.id });
      expect(count).toBeGreaterThanOrEqual(21 * 10);
      const last = await ds.getRepository(Invoice).findOneOrFail({ where: { branchId: branch.id }, order: { id: 'DESC' } });
      expect(last.number).toBe(`${branch.code}SI-${String(count).padStart(5, '0')}`);
      const next = await ds.transaction((m) => allocateDocumentNumber(m, branch.id, 'INVOICE'));
      expect(next).toBe(`${branch.code}SI-${String(count + 1).padStart(5, '0')}`);
    }
  });

  it('pay every invoice in full, change only on cash', async () => {
    const [row] = await ds.query(
      `SELECT COUNT(*) AS n FROM ${q('invoices')} i WHERE i.${q('totalCents')} <>
         (SELECT SUM(p.${q('amountCents')}) FROM ${q('invoice_payments')} p WHERE p.${q('invoiceId')} = i.${q('id')})`,
    );
    expect(Number(row.n)).toBe(0);
    const [split] = await ds.query(`SELECT COUNT(*) AS n FROM (SELECT ${q('invoiceId')} FROM ${q('invoice_payments')} GROUP BY ${q('invoiceId')} HAVING COUNT(*) > 1) s`);
    expect(Number(split.n)).toBeGreaterThan(0);
    const [changeWithoutCash] = await ds.query(
      `SELECT COUNT(*) AS n FROM ${q('invoices')} i WHERE i.${q('changeCents')} > 0 AND NOT EXISTS (SELECT 1 FROM ${q('invoice_payments')} p
         JOIN ${q('tender_types')} t ON t.${q('id')} = p.${q('tenderTypeId')} WHERE p.${q('invoiceId')} = i.${q('id')} AND t.${q('givesChange')} = 1)`,
    );
    expect(Number(changeWithoutCash.n)).toBe(0);
  });
});
