/**
 * The checkout under load, through the real GraphQL route, on SQLite and (with TEST_DATABASE_URL)
 * MariaDB with a connection pool, so the transactions truly overlap: the last units of a product
 * are sold exactly once each, invoice numbers stay unique and gap-free (also when sales roll back),
 * one idempotency key makes one invoice however many copies race, and a held bill is taken up once.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { Invoice, StockMovement } from '../../entities';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { call, errorOf, ok, type Result } from './appointment-booking.fixtures';
import { aProduct, aShop, CHECKOUT, checkoutInput, HOLD, onHand, pay, productLine, receive, RESUME, treatmentLine, type Shop } from './sales-checkout.fixtures';

let db: TestDatabase;
let ds: DataSource;
let shop: Shop;

const N = 50;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  shop = await aShop(ds);
});

afterAll(async () => {
  await db.drop();
});

const succeeded = (results: Result[]) => results.filter((r) => !r.errors && r.data?.checkout);

it('runs MariaDB with a pool wider than one connection, so the checkouts really overlap', () => {
  if (ds.options.type === 'better-sqlite3') return;
  expect((ds.options as { poolSize?: number }).poolSize).toBeGreaterThan(1);
});

it(`sells the last 5 units to exactly 5 of ${N} concurrent checkouts; the rest get OUT_OF_STOCK and give their numbers back`, async () => {
  const last = await aProduct(ds, { priceCents: 1_000 });
  await receive(ds, last, shop.branch, 5);
  const results = await Promise.all(
    Array.from({ length: N }, () => call(shop.cashier, CHECKOUT, { input: checkoutInput(shop, [productLine(last)], [pay(shop.cash, 1_000)]) })),
  );
  const winners = succeeded(results);
  expect(winners).toHaveLength(5);
  for (const loser of results.filter((r) => r.errors)) expect(errorOf(loser).code).toBe('OUT_OF_STOCK');
  expect(await onHand(ds, last, shop.branch)).toBe(0);
  expect(await ds.getRepository(StockMovement).sum('quantity', { productId: last.id, branchId: shop.branch.id })).toBe(0);
  // Nothing sold at this branch before: the 45 rolled-back sales left no gap.
  expect(winners.map((w) => w.data!.checkout.number).sort()).toEqual(['TKOSI-00001', 'TKOSI-00002', 'TKOSI-00003', 'TKOSI-00004', 'TKOSI-00005']);
}, 20_000);

it(`numbers ${N} concurrent checkouts at a branch without duplicates or gaps`, async () => {
  const results = await Promise.all(
    Array.from({ length: N }, () =>
      call(shop.manager, CHECKOUT, { input: checkoutInput(shop, [treatmentLine(shop.facial)], [pay(shop.card, 48_000)], { branchId: String(shop.otherBranch.id) }) }),
    ),
  );
  expect(results.filter((r) => r.errors)).toEqual([]);
  const numbers = succeeded(results).map((r) => r.data!.checkout.number as string).sort();
  expect(numbers).toEqual(Array.from({ length: N }, (_, i) => `TSTSI-${String(i + 1).padStart(5, '0')}`));
}, 20_000);

it('makes one invoice of 10 concurrent copies of a request with the same idempotency key, charged once', async () => {
  const stock = await onHand(ds, shop.mask, shop.branch);
  const invoices = await ds.getRepository(Invoice).count();
  const input = checkoutInput(shop, [productLine(shop.mask, 2)], [pay(shop.cash, 5_000)]);
  const results = await Promise.all(Array.from({ length: 10 }, () => call(shop.cashier, CHECKOUT, { input })));
  expect(results.filter((r) => r.errors)).toEqual([]);
  const ids = new Set(results.map((r) => r.data!.checkout.id));
  expect(ids.size).toBe(1);
  expect(await ds.getRepository(Invoice).count()).toBe(invoices + 1);
  expect(await onHand(ds, shop.mask, shop.branch)).toBe(stock - 2);
}, 20_000);

it('lets exactly one of 10 terminals take up the same held bill', async () => {
  const held = (await ok(shop.cashier, HOLD, { input: { branchId: String(shop.branch.id), lines: [productLine(shop.mask)] } })).holdBill;
  const results = await Promise.all(Array.from({ length: 10 }, (_, i) => call(i % 2 ? shop.manager : shop.cashier, RESUME, { id: held.id })));
  expect(results.filter((r) => !r.errors)).toHaveLength(1);
  for (const loser of results.filter((r) => r.errors)) expect(errorOf(loser)).toMatchObject({ code: 'ALREADY_RESUMED', field: 'id' });
}, 20_000);
