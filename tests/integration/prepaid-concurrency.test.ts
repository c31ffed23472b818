/**
 * The load tests of prepaid payments at the cashier, through the real GraphQL route on
 * SQLite and (with TEST_DATABASE_URL) MariaDB with a pool, so the checkouts truly overlap:
 * 200 checkouts paying by one member's stored value (some keys sent twice) leave her balance equal
 * to her ledger, never negative, with exactly the checkouts the balance covered and each key once;
 * 20 checkouts using the last session of one package issue exactly one invoice.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { Invoice, MemberPackage, PackageEntry, PrepaidSale, StoredValueEntry, TenderType, type Treatment } from '../../entities';
import { PackageEntryKind } from '../../entities/package-entry.entity';
import { PackageKind } from '../../entities/package-type.entity';
import { PrepaidSaleKind } from '../../entities/prepaid-sale.entity';
import { StoredValueEntryKind } from '../../entities/stored-value-entry.entity';
import { openPackage } from '../../services/prepaid/package-ledger.service';
import { postStoredValue, storedValueBalance } from '../../services/prepaid/stored-value-ledger.service';
import { aMember } from '../helpers/fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { aTreatment, call, errorOf } from './appointment-booking.fixtures';
import { aShop, CHECKOUT, checkoutInput, pay, treatmentLine, type Shop } from './sales-checkout.fixtures';

let db: TestDatabase;
let ds: DataSource;
let shop: Shop;
let eyebrows: Treatment;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  shop = await aShop(ds);
  eyebrows = await aTreatment(ds, { code: 'EB1', name: 'Eyebrows', priceCents: 2_000 });
}, 120_000);

afterAll(async () => {
  await db.drop();
});

const N = 200;
const KEYS = 170;
/** The eyebrows (20.00) less the VIP level's 10 %. */
const PRICE = 1_800;
/** Covers 100 of the 170 distinct checkouts and a little over. */
const OPENING = 100 * PRICE + 700;

it(`keeps one member's stored value equal to her ledger under ${N} concurrent checkouts paying by it`, async () => {
  const member = await aMember(ds, shop.branch, shop.vip);
  const sv = await ds.getRepository(TenderType).findOneByOrFail({ code: 'SV' });
  await ds.transaction((manager) => postStoredValue(manager, { memberId: member.id, kind: StoredValueEntryKind.TOP_UP, amountCents: OPENING, paidCents: OPENING, at: new Date() }));

  // Key j is sent once or twice (N > KEYS), always with the same request.
  const inputs = Array.from({ length: KEYS }, (_, j) => ({ ...checkoutInput(shop, [treatmentLine(eyebrows)], [pay(sv, PRICE)], { memberId: String(member.id) }), idempotencyKey: `sv-load-${j}` }));
  const sent = Array.from({ length: N }, (_, i) => i % KEYS);
  const results = await Promise.all(sent.map((j) => call(shop.cashier, CHECKOUT, { input: inputs[j] })));

  const winners = new Map<number, Set<string>>();
  results.forEach((result, i) => {
    if (result.errors) {
      expect(errorOf(result)).toMatchObject({ code: 'INSUFFICIENT_STORED_VALUE', field: 'payments.0.amountCents' });
      return;
    }
    winners.set(sent[i], (winners.get(sent[i]) ?? new Set()).add(String(result.data!.checkout.id)));
  });
  // A key sent twice that succeeded gave both callers the same invoice.
  for (const ids of winners.values()) expect(ids.size).toBe(1);
  // Exactly the checkouts the balance covered went through.
  expect(winners.size).toBe(Math.floor(OPENING / PRICE));

  const entries = await ds.getRepository(StoredValueEntry).find({ where: { memberId: member.id }, order: { id: 'ASC' } });
  const balance = await storedValueBalance(ds.manager, member.id);
  expect(balance).toBe(entries.reduce((sum, e) => sum + e.amountCents, 0));
  expect(balance).toBe(OPENING - winners.size * PRICE);
  let running = 0;
  for (const entry of entries) {
    running += entry.amountCents;
    expect(entry.balanceAfterCents).toBe(running);
    expect(entry.balanceAfterCents).toBeGreaterThanOrEqual(0);
  }
  // Each key debited once: one PAYMENT per invoice, and one invoice per winning key.
  const payments = entries.filter((e) => e.kind === StoredValueEntryKind.PAYMENT);
  const invoiceIds = new Set([...winners.values()].map((ids) => Number([...ids][0])));
  expect(payments).toHaveLength(winners.size);
  expect(new Set(payments.map((p) => p.invoiceId))).toEqual(invoiceIds);
  expect(await ds.getRepository(Invoice).countBy({ memberId: member.id })).toBe(winners.size);
}, 180_000);

it('lets exactly one of 20 concurrent checkouts use the last session of a package', async () => {
  const member = await aMember(ds, shop.branch, shop.vip);
  const sessions = await ds.transaction(async (manager) => {
    const sale = await manager.save(PrepaidSale, { number: 'TEST-PP-LAST', kind: PrepaidSaleKind.PACKAGE, memberId: member.id, branchId: shop.branch.id, amountCents: 50_000, createdAt: new Date() });
    return openPackage(manager, {
      memberId: member.id, typeId: null, prepaidSaleId: sale.id, name: 'Facial ×1', kind: PackageKind.SESSIONS, treatmentIds: [shop.facial.id],
      sessions: 1, valueCents: 0, priceCents: 50_000, branchId: shop.branch.id, validTo: '2999-12-31', at: new Date(),
    });
  });
  const line = { ...treatmentLine(shop.facial), memberPackageId: String(sessions.id) };
  const results = await Promise.all(Array.from({ length: 20 }, () => call(shop.cashier, CHECKOUT, { input: checkoutInput(shop, [line], [], { memberId: String(member.id) }) })));

  const issued = results.filter((r) => !r.errors);
  expect(issued).toHaveLength(1);
  for (const refused of results.filter((r) => r.errors)) expect(errorOf(refused)).toMatchObject({ code: 'PACKAGE_NOT_USABLE', field: 'lines.0.memberPackageId' });
  expect(await ds.getRepository(MemberPackage).findOneByOrFail({ id: sessions.id })).toMatchObject({ sessionsRemaining: 0, deferredCents: 0 });
  const uses = await ds.getRepository(PackageEntry).findBy({ memberPackageId: sessions.id, kind: PackageEntryKind.USE });
  expect(uses).toEqual([expect.objectContaining({ invoiceId: Number(issued[0].data!.checkout.id), revenueCents: 50_000 })]);
  expect(await ds.getRepository(Invoice).countBy({ memberId: member.id })).toBe(1);
}, 120_000);
