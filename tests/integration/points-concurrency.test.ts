/**
 * The load test of the points ledger, through the real GraphQL route on SQLite and (with
 * TEST_DATABASE_URL) MariaDB with a pool, so the calls truly overlap: 200 concurrent gift
 * redemptions and manual adjustments (added and deducted points, keys sent more than once) on one
 * member. Afterwards the balance is the sum of the ledger and of the open lots, no entry ever
 * left the balance below zero, and each idempotency key was applied at most once.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { Gift, GiftRedemption, GiftStockLevel, MemberPoints, PointsEntry, PointsLot } from '../../entities';
import { PointsEntryKind } from '../../entities/points-entry.entity';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { aMember } from '../helpers/fixtures';
import { call, errorOf } from './appointment-booking.fixtures';
import { aShop, type Shop } from './sales-checkout.fixtures';

let db: TestDatabase;
let ds: DataSource;
let shop: Shop;

const N = 200;
const KEYS = 150;

const ADJUST = `mutation ($input: AdjustPointsInput!) { adjustPoints(input: $input) { id points balanceAfter } }`;
const REDEEM = `mutation ($input: RedeemGiftInput!) { redeemGift(input: $input) { id points } }`;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  shop = await aShop(ds);
});

/** Members per balance as the ranking's counts hold them, and as the balances are. */
const rankingCounts = async () =>
  Object.fromEntries(
    ((await ds.query('SELECT balance, SUM(members) AS n FROM points_balance_counts GROUP BY balance HAVING SUM(members) <> 0')) as Array<{ balance: number; n: number | string }>).map((r) => [Number(r.balance), Number(r.n)]),
  );
const heldBalances = async () =>
  Object.fromEntries(((await ds.query('SELECT balance, COUNT(*) AS n FROM member_points WHERE balance > 0 GROUP BY balance')) as Array<{ balance: number; n: number | string }>).map((r) => [Number(r.balance), Number(r.n)]));

afterAll(async () => {
  await db.drop();
});

it(`keeps one member's balance equal to her ledger under ${N} concurrent redemptions and adjustments`, async () => {
  const member = await aMember(ds, shop.branch, shop.vip);
  const gift = await ds.getRepository(Gift).save({ code: 'MUG', name: 'Mug', pointsPrice: 30, active: true });
  await ds.getRepository(GiftStockLevel).save({ giftId: gift.id, branchId: shop.branch.id, onHand: 1000 });
  const start = await call(shop.cashier, ADJUST, { input: { memberId: String(member.id), points: 300, reason: 'opening', idempotencyKey: 'opening' } });
  expect(start.errors).toBeUndefined();

  // Key j is sent once or twice (N > KEYS), always with the same request: a third of the keys add
  // 10 points, a third deduct 7, a third redeem one gift (30 points) — more than the balance covers.
  const request = (j: number) => {
    const idempotencyKey = `load-${j}`;
    if (j % 3 === 0) return { query: ADJUST, input: { memberId: String(member.id), points: 10, reason: `add ${j}`, idempotencyKey } };
    if (j % 3 === 1) return { query: ADJUST, input: { memberId: String(member.id), points: -7, reason: `take ${j}`, idempotencyKey } };
    return { query: REDEEM, input: { memberId: String(member.id), giftId: String(gift.id), quantity: 1, branchId: String(shop.branch.id), idempotencyKey } };
  };
  const sent = Array.from({ length: N }, (_, i) => i % KEYS);
  const results = await Promise.all(sent.map((j) => call(shop.cashier, request(j).query, { input: request(j).input })));

  const winners = new Map<number, Set<string>>();
  results.forEach((result, i) => {
    if (result.errors) {
      expect(errorOf(result)).toMatchObject({ code: 'INSUFFICIENT_POINTS', field: request(sent[i]).query === ADJUST ? 'points' : 'giftId' });
      return;
    }
    const id = String((result.data?.adjustPoints ?? result.data?.redeemGift).id);
    winners.set(sent[i], (winners.get(sent[i]) ?? new Set()).add(id));
  });
  // A key sent twice that succeeded gave both callers the same result.
  for (const ids of winners.values()) expect(ids.size).toBe(1);
  expect(winners.size).toBeGreaterThan(KEYS / 3);
  expect(results.some((r) => r.errors)).toBe(true);

  const entries = await ds.getRepository(PointsEntry).find({ where: { memberId: member.id }, order: { id: 'ASC' } });
  const lots = await ds.getRepository(PointsLot).findBy({ memberId: member.id });
  const balance = (await ds.getRepository(MemberPoints).findOneByOrFail({ memberId: member.id })).balance;
  const sum = entries.reduce((s, e) => s + e.points, 0);
  expect(balance).toBe(sum);
  expect(lots.reduce((s, l) => s + l.remaining, 0)).toBe(sum);
  expect(lots.every((l) => l.remaining >= 0 && l.remaining <= l.points && l.open === l.remaining > 0)).toBe(true);

  // The entries in order replay the balance: every balanceAfter is the running sum and never negative.
  let running = 0;
  for (const entry of entries) {
    running += entry.points;
    expect(entry.balanceAfter).toBe(running);
    expect(entry.balanceAfter).toBeGreaterThanOrEqual(0);
  }

  // Each key applied at most once, and exactly the keys that answered with success.
  const adjustments = entries.filter((e) => e.kind === PointsEntryKind.ADJUST && e.reason !== 'opening');
  const reasons = adjustments.map((e) => e.reason);
  expect(new Set(reasons).size).toBe(reasons.length);
  const redemptions = await ds.getRepository(GiftRedemption).findBy({ memberId: member.id });
  expect(entries.filter((e) => e.kind === PointsEntryKind.REDEEM)).toHaveLength(redemptions.length);
  expect(adjustments.length + redemptions.length).toBe(winners.size);
  expect(sum).toBe(300 + adjustments.reduce((s, e) => s + e.points, 0) - 30 * redemptions.length);
  // The ranking's counts moved with every change: per balance, exactly the members holding it.
  expect(await rankingCounts()).toEqual(await heldBalances());
  expect((await ds.getRepository(GiftStockLevel).findOneByOrFail({ giftId: gift.id, branchId: shop.branch.id })).onHand).toBe(1000 - redemptions.length);
}, 120_000);
