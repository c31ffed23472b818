/**
 * The per-member offer limit under load, through the real GraphQL route on SQLite and (with
 * TEST_DATABASE_URL) MariaDB with a pool, so the checkouts truly overlap: with one use allowed,
 * exactly one of many concurrent checkouts of the same member issues an invoice.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { Invoice, Offer, OfferMemberUse } from '../../entities';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { aMember } from '../helpers/fixtures';
import { call, errorOf } from './appointment-booking.fixtures';
import { aShop, CHECKOUT, checkoutInput, pay, treatmentLine, type Shop } from './sales-checkout.fixtures';

let db: TestDatabase;
let ds: DataSource;
let shop: Shop;

const N = 10;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  shop = await aShop(ds);
});

afterAll(async () => {
  await db.drop();
});

it(`lets exactly one of ${N} concurrent checkouts use an offer limited to one use per member`, async () => {
  const member = await aMember(ds, shop.branch, shop.vip);
  const offer = await ds.getRepository(Offer).save({ code: 'ONCE', name: 'Once', perMemberLimit: 1, discountBasisPoints: 5000 });
  const results = await Promise.all(
    Array.from({ length: N }, () =>
      call(shop.cashier, CHECKOUT, { input: checkoutInput(shop, [treatmentLine(shop.facial)], [pay(shop.card, 24_000)], { memberId: String(member.id), offerCode: 'ONCE' }) }),
    ),
  );
  const winners = results.filter((r) => !r.errors && r.data?.checkout);
  expect(winners).toHaveLength(1);
  for (const loser of results.filter((r) => r.errors)) expect(errorOf(loser)).toMatchObject({ code: 'OFFER_NOT_APPLICABLE', field: 'offerCode' });
  expect(await ds.getRepository(Invoice).countBy({ memberId: member.id, offerId: offer.id })).toBe(1);
  expect((await ds.getRepository(OfferMemberUse).findOneByOrFail({ offerId: offer.id, memberId: member.id })).uses).toBe(1);
}, 30_000);
