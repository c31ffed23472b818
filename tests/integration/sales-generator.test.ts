import type { DataSource } from 'typeorm';
import { Branch, DocumentSequence, Invoice, InvoiceLine, InvoicePayment, Product, Staff, StockLevel } from '../../entities';
import { executeAs } from '../../graphql/execute';
import { useDataSource } from '../../db/data-source';
import { loadViewer } from '../../services/auth/load-viewer.service';
import { BENCH_STOCK, generateSalesData } from '../../services/seed/bulk-sales.service';
import { DEMO_MANAGER_LOGIN } from '../../services/seed/demo-data';
import { seedDemoData } from '../../services/seed/seed-demo.service';
import { quietLoader } from '../helpers/bulk-load';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let demoInvoices: number;

const load = quietLoader(() => ds, 200);

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  await seedDemoData(ds);
  demoInvoices = await ds.getRepository(Invoice).count();
  await generateSalesData(ds, { branches: 8, products: 60, invoiceLines: 3_000 }, { seed: 1 }, { load, log: () => undefined });
}, 120_000);

afterAll(() => db.drop());

describe('generated sales (8 branches, 60 products, 3,000 lines)', () => {
  it('top up branches, staff and products, and stock every product at every branch through the ledger', async () => {
    expect(await ds.getRepository(Branch).count()).toBe(8);
    expect(await ds.getRepository(Staff).countBy({ code: 'GB01-FD' })).toBe(1);
    expect(await ds.getRepository(Product).count()).toBe(60);
    expect(await ds.getRepository(StockLevel).count()).toBe(8 * 60);
    const gb01 = await ds.getRepository(Branch).findOneByOrFail({ code: 'GB01' });
    expect((await ds.getRepository(StockLevel).findBy({ branchId: gb01.id })).every((l) => l.onHand === BENCH_STOCK)).toBe(true);
    const q = (name: string) => ds.driver.escape(name);
    const [{ n }] = await ds.query(
      `SELECT COUNT(*) AS n FROM ${q('stock_levels')} l WHERE l.${q('onHand')} <>
         (SELECT SUM(m.${q('quantity')}) FROM ${q('stock_movements')} m WHERE m.${q('productId')} = l.${q('productId')} AND m.${q('branchId')} = l.${q('branchId')})`,
    );
    expect(Number(n)).toBe(0);
  });

  it('load the lines asked for, with invoices and payments that add up', async () => {
    expect(await ds.getRepository(InvoiceLine).count()).toBe(3_000 + (await ds.getRepository(InvoiceLine).createQueryBuilder('l').where('l.invoiceId <= :last', { last: demoInvoices }).getCount()));
    const generated = await ds.getRepository(Invoice).createQueryBuilder('i').where('i.id > :last', { last: demoInvoices }).getMany();
    expect(generated.length).toBeGreaterThan(600);
    const paid = await ds.getRepository(InvoicePayment).createQueryBuilder('p').select('p.invoiceId', 'id').addSelect('SUM(p.amountCents)', 's').groupBy('p.invoiceId').getRawMany<{ id: number; s: number }>();
    const sums = new Map(paid.map((r) => [Number(r.id), Number(r.s)]));
    for (const i of generated) expect(sums.get(i.id)).toBe(i.totalCents);
    expect(new Set(generated.map((i) => i.branchId)).size).toBe(8);
  });

  it('leave every branch\'s sequence after its last invoice, so a checkout continues it', async () => {
    for (const branch of await ds.getRepository(Branch).find()) {
      const sequence = await ds.getRepository(DocumentSequence).findOneByOrFail({ branchId: branch.id, kind: 'INVOICE' });
      const count = await ds.getRepository(Invoice).countBy({ branchId: branch.id });
      expect(sequence.nextValue).toBe(count + 1);
    }
    const manager = await ds.getRepository(Staff).findOneByOrFail({ login: DEMO_MANAGER_LOGIN });
    const viewer = (await loadViewer(ds, manager.id, 'session'))!;
    const gb02 = await ds.getRepository(Branch).findOneByOrFail({ code: 'GB02' });
    const product = await ds.getRepository(Product).findOneOrFail({ where: { code: 'GP00001' } });
    const cash = ((await ds.query(`SELECT ${ds.driver.escape('id')} AS id FROM ${ds.driver.escape('tender_types')} WHERE ${ds.driver.escape('code')} = 'CASH'`)) as Array<{ id: number }>)[0];
    const result = await executeAs(ds, viewer, `mutation($input: CheckoutInput!) { checkout(input: $input) { number totalCents } }`, {
      input: {
        idempotencyKey: 'generator-test', branchId: String(gb02.id),
        lines: [{ kind: 'PRODUCT', itemId: String(product.id), quantity: 1 }],
        payments: [{ tenderTypeId: String(cash.id), amountCents: product.priceCents }],
      },
    });
    expect(result.errors).toBeUndefined();
    const count = await ds.getRepository(Invoice).countBy({ branchId: gb02.id });
    expect((result.data!.checkout as { number: string }).number).toBe(`GB02SI-${String(count).padStart(5, '0')}`);
  });
});
