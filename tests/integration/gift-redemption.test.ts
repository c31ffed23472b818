/**
 * Gifts (禮品管理) and redemption (積分兌換) through GraphQL on a real database (SQLite, and
 * MariaDB with TEST_DATABASE_URL): managers keep gifts, categories and stock per branch; the front
 * desk redeems from a member's points; the stock, the points and the redemption move together,
 * once per idempotency key, and concurrent redemptions get exactly what the stock and the balance allow.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { inReadCommittedTransaction } from '../../db/transaction';
import { AuditLog, GiftRedemption, GiftStockLevel, GiftStockMovement, MemberPoints, PointsEntry, PointsLot, type Member } from '../../entities';
import { PointsEntryKind } from '../../entities/points-entry.entity';
import { postPoints } from '../../services/loyalty/points-ledger.service';
import { call, errorOf, ok } from './appointment-booking.fixtures';
import { aShop, newKey, type Shop } from './sales-checkout.fixtures';
import { aMember } from '../helpers/fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let shop: Shop;

const CREATE_CATEGORY = `mutation ($input: GiftCategoryInput!) { createGiftCategory(input: $input) { id code name sortOrder active } }`;
const CREATE_GIFT = `mutation ($input: GiftInput!) { createGift(input: $input) { id code name pointsPrice active category { code } } }`;
const UPDATE_GIFT = `mutation ($id: ID!, $input: GiftInput!) { updateGift(id: $id, input: $input) { id name pointsPrice active } }`;
const MOVE = `mutation ($input: GiftStockMoveInput!) { moveGiftStock(input: $input) { onHand branch { code } } }`;
const GIFTS = `query ($branchId: ID!) { gifts(activeOnly: true, first: 100) { nodes { id code stockAt(branchId: $branchId) stock { onHand branch { code } } } } }`;
const MOVEMENTS = `query ($giftId: ID!) { giftStockMovements(giftId: $giftId, first: 10) { totalCount nodes { kind quantity note branch { code } staff { id } } } }`;
const REDEEM = `mutation ($input: RedeemGiftInput!) { redeemGift(input: $input) { id quantity points status gift { code } branch { code } } }`;
const CANCEL = `mutation ($id: ID!, $reason: String!, $key: String!) { cancelGiftRedemption(id: $id, reason: $reason, idempotencyKey: $key) { id status cancelledAt } }`;
const REDEMPTIONS = `query ($memberId: ID!) { memberGiftRedemptions(memberId: $memberId, first: 10) { totalCount nodes { id quantity points status gift { code } } } }`;

let giftNo = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  shop = await aShop(ds);
});

afterAll(async () => {
  await db.drop();
});

async function aGift(pointsPrice: number, stock: number): Promise<string> {
  giftNo += 1;
  const { createGift } = await ok(shop.manager, CREATE_GIFT, { input: { code: `G${giftNo}`, name: `Gift ${giftNo}`, pointsPrice } });
  if (stock) await ok(shop.manager, MOVE, { input: { idempotencyKey: newKey(), giftId: createGift.id, branchId: String(shop.branch.id), kind: 'RECEIVE', quantity: stock } });
  return createGift.id;
}

async function withPoints(points: number): Promise<Member> {
  const member = await aMember(ds, shop.branch, shop.vip);
  await inReadCommittedTransaction(ds, (m) => postPoints(m, { memberId: member.id, kind: PointsEntryKind.ADJUST, points, at: new Date(), reason: 'test' }));
  return member;
}

const redeemInput = (member: Member, giftId: string, quantity = 1, idempotencyKey: string = newKey()) => ({
  input: { idempotencyKey, memberId: String(member.id), giftId, quantity, branchId: String(shop.branch.id) },
});

async function ledgerOf(memberId: number) {
  const balance = (await ds.getRepository(MemberPoints).findOneBy({ memberId }))?.balance ?? 0;
  const entries = await ds.getRepository(PointsEntry).findBy({ memberId });
  const lots = await ds.getRepository(PointsLot).findBy({ memberId });
  return { balance, entrySum: entries.reduce((s, e) => s + e.points, 0), lotSum: lots.reduce((s, l) => s + l.remaining, 0), entries };
}

const stockOf = async (giftId: string) => (await ds.getRepository(GiftStockLevel).findOneBy({ giftId: Number(giftId), branchId: shop.branch.id }))?.onHand ?? 0;

it('keeps categories and gifts with stock per branch: receive, adjust with a note, never below zero, every move listed and audited', async () => {
  const { createGiftCategory } = await ok(shop.manager, CREATE_CATEGORY, { input: { code: 'BEAUTY', name: 'Beauty', sortOrder: 2 } });
  expect(createGiftCategory).toMatchObject({ code: 'BEAUTY', sortOrder: 2, active: true });
  const { createGift } = await ok(shop.manager, CREATE_GIFT, { input: { code: 'MASK1', name: 'Sheet mask', categoryId: createGiftCategory.id, pointsPrice: 300 } });
  expect(createGift).toMatchObject({ pointsPrice: 300, active: true, category: { code: 'BEAUTY' } });
  const giftId = createGift.id;

  const branchId = String(shop.branch.id);
  expect((await ok(shop.manager, MOVE, { input: { idempotencyKey: 'rcv-1', giftId, branchId, kind: 'RECEIVE', quantity: 10, note: 'PO 7' } })).moveGiftStock).toEqual({ onHand: 10, branch: { code: 'TKO' } });
  // The same receipt sent again adds nothing.
  expect((await ok(shop.manager, MOVE, { input: { idempotencyKey: 'rcv-1', giftId, branchId, kind: 'RECEIVE', quantity: 10, note: 'PO 7' } })).moveGiftStock.onHand).toBe(10);
  expect(errorOf(await call(shop.manager, MOVE, { input: { idempotencyKey: newKey(), giftId, branchId, kind: 'ADJUST', quantity: -2 } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
  expect((await ok(shop.manager, MOVE, { input: { idempotencyKey: newKey(), giftId, branchId, kind: 'ADJUST', quantity: -2, note: 'Damaged' } })).moveGiftStock.onHand).toBe(8);
  expect(errorOf(await call(shop.manager, MOVE, { input: { idempotencyKey: newKey(), giftId, branchId, kind: 'ADJUST', quantity: -9, note: 'Count' } }))).toMatchObject({ code: 'OUT_OF_STOCK', field: 'quantity' });
  expect(errorOf(await call(shop.manager, MOVE, { input: { idempotencyKey: newKey(), giftId, branchId, kind: 'RECEIVE', quantity: 0 } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quantity' });
  expect(await stockOf(giftId)).toBe(8);

  const { giftStockMovements } = await ok(shop.manager, MOVEMENTS, { giftId });
  expect(giftStockMovements.totalCount).toBe(2);
  expect(giftStockMovements.nodes).toEqual([
    { kind: 'ADJUST', quantity: -2, note: 'Damaged', branch: { code: 'TKO' }, staff: { id: String(shop.manager.id) } },
    { kind: 'RECEIVE', quantity: 10, note: 'PO 7', branch: { code: 'TKO' }, staff: { id: String(shop.manager.id) } },
  ]);
  const { gifts } = await ok(shop.cashier, GIFTS, { branchId });
  expect(gifts.nodes.find((g: { id: string }) => g.id === giftId)).toMatchObject({ stockAt: 8, stock: [{ onHand: 8, branch: { code: 'TKO' } }] });
  expect(await ds.getRepository(AuditLog).countBy({ entityType: 'giftStock', entityId: Number(giftId) })).toBe(2);
  expect(await ds.getRepository(AuditLog).countBy({ entityType: 'gift', entityId: Number(giftId) })).toBe(1);

  // Only managers keep gifts; the front desk may not.
  expect(errorOf(await call(shop.cashier, CREATE_GIFT, { input: { code: 'X', name: 'X', pointsPrice: 1 } })).code).toBe('FORBIDDEN');
  expect(errorOf(await call(shop.manager, CREATE_GIFT, { input: { code: 'MASK1', name: 'Again', pointsPrice: 1 } }))).toMatchObject({ code: 'ALREADY_USED', field: 'code' });
  expect(errorOf(await call(shop.manager, CREATE_GIFT, { input: { code: 'Z1', name: 'Z', pointsPrice: 0 } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'pointsPrice' });
});

it('redeems a gift from the member\'s points and the branch\'s stock in one go, once per key, and a cancellation gives both back', async () => {
  const giftId = await aGift(250, 5);
  const member = await withPoints(1000);
  const input = redeemInput(member, giftId, 2, 'redeem-once');
  const { redeemGift } = await ok(shop.cashier, REDEEM, input);
  expect(redeemGift).toMatchObject({ quantity: 2, points: 500, status: 'REDEEMED', gift: { code: expect.any(String) }, branch: { code: 'TKO' } });
  // A retry of the same request returns the same redemption and moves nothing again.
  expect((await ok(shop.cashier, REDEEM, input)).redeemGift.id).toBe(redeemGift.id);
  expect(errorOf(await call(shop.cashier, REDEEM, redeemInput(member, giftId, 1, 'redeem-once'))).code).toBe('IDEMPOTENCY_KEY_REUSED');
  expect(await stockOf(giftId)).toBe(3);
  let ledger = await ledgerOf(member.id);
  expect(ledger).toMatchObject({ balance: 500, entrySum: 500, lotSum: 500 });
  const entry = ledger.entries.find((e) => e.kind === PointsEntryKind.REDEEM)!;
  expect(entry).toMatchObject({ points: -500, giftRedemptionId: Number(redeemGift.id), branchId: shop.branch.id, staffId: shop.cashier.id });
  expect(await ds.getRepository(GiftStockMovement).findOneByOrFail({ redemptionId: Number(redeemGift.id) })).toMatchObject({ kind: 'REDEEM', quantity: -2 });
  expect(await ds.getRepository(AuditLog).countBy({ entityType: 'giftRedemption', entityId: Number(redeemGift.id), action: 'redeem' })).toBe(1);

  // Refusals name the field and move nothing.
  expect(errorOf(await call(shop.cashier, REDEEM, redeemInput(member, giftId, 3)))).toMatchObject({ code: 'INSUFFICIENT_POINTS', field: 'giftId' });
  const rich = await withPoints(10_000);
  expect(errorOf(await call(shop.cashier, REDEEM, redeemInput(rich, giftId, 4)))).toMatchObject({ code: 'OUT_OF_STOCK', field: 'quantity' });
  expect(await stockOf(giftId)).toBe(3);
  expect((await ledgerOf(rich.id)).balance).toBe(10_000);
  expect(await ds.getRepository(GiftRedemption).countBy({ memberId: rich.id })).toBe(0);
  expect(errorOf(await call(shop.salesperson, REDEEM, redeemInput(rich, giftId))).code).toBe('FORBIDDEN');
  await ok(shop.manager, UPDATE_GIFT, { id: giftId, input: { code: `G${giftNo}`, name: 'Retired', pointsPrice: 250, active: false } });
  expect(errorOf(await call(shop.cashier, REDEEM, redeemInput(rich, giftId)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'giftId' });
  await ok(shop.manager, UPDATE_GIFT, { id: giftId, input: { code: `G${giftNo}`, name: 'Back', pointsPrice: 250, active: true } });

  const cancel = { id: redeemGift.id, reason: 'Wrong gift', key: 'cancel-1' };
  expect((await ok(shop.cashier, CANCEL, cancel)).cancelGiftRedemption).toMatchObject({ status: 'CANCELLED', cancelledAt: expect.any(String) });
  expect((await ok(shop.cashier, CANCEL, cancel)).cancelGiftRedemption.status).toBe('CANCELLED');
  expect(errorOf(await call(shop.cashier, CANCEL, { ...cancel, key: 'cancel-2' }))).toMatchObject({ code: 'CONFLICT', field: 'id' });
  expect(await stockOf(giftId)).toBe(5);
  ledger = await ledgerOf(member.id);
  expect(ledger).toMatchObject({ balance: 1000, entrySum: 1000, lotSum: 1000 });
  expect(ledger.entries.filter((e) => e.giftRedemptionId === Number(redeemGift.id)).map((e) => [e.kind, e.points, e.reason])).toEqual([
    ['REDEEM', -500, null],
    ['REDEEM', 500, 'Wrong gift'],
  ]);

  const { memberGiftRedemptions } = await ok(shop.cashier, REDEMPTIONS, { memberId: String(member.id) });
  expect(memberGiftRedemptions).toMatchObject({ totalCount: 1, nodes: [{ id: redeemGift.id, quantity: 2, points: 500, status: 'CANCELLED' }] });
});

it('shows a member\'s redemptions only to staff who may see her', async () => {
  const other = await aMember(ds, shop.otherBranch, shop.vip);
  expect(errorOf(await call(shop.salesperson, REDEMPTIONS, { memberId: String(other.id) }))).toMatchObject({ code: 'NOT_FOUND', field: 'memberId' });
});

const N = 20;

it(`gives ${N} concurrent redemptions of the last units exactly what the stock allows`, async () => {
  const giftId = await aGift(10, 5);
  const members: Member[] = [];
  for (let i = 0; i < N; i += 1) members.push(await withPoints(100));
  const results = await Promise.all(members.map((m) => call(shop.cashier, REDEEM, redeemInput(m, giftId))));
  const won = results.filter((r) => r.data?.redeemGift);
  expect(won).toHaveLength(5);
  for (const lost of results.filter((r) => r.errors)) expect(errorOf(lost)).toMatchObject({ code: 'OUT_OF_STOCK', field: 'quantity' });
  expect(await stockOf(giftId)).toBe(0);
  expect(await ds.getRepository(GiftRedemption).countBy({ giftId: Number(giftId) })).toBe(5);
  const balances = await Promise.all(members.map((m) => ledgerOf(m.id)));
  expect(balances.filter((l) => l.balance === 90)).toHaveLength(5);
  for (const l of balances) expect(l.balance).toBe(l.entrySum);
}, 60_000);

it(`gives ${N} concurrent redemptions of the last points exactly what the balance allows, and repeated keys once`, async () => {
  const giftId = await aGift(100, 1000);
  const member = await withPoints(700);
  // Half the calls repeat one of three keys: each key redeems once however often it is sent.
  const keys = Array.from({ length: N }, (_, i) => (i % 2 === 0 ? `same-${i % 3}` : newKey()));
  const results = await Promise.all(keys.map((key) => call(shop.cashier, REDEEM, redeemInput(member, giftId, 1, key))));
  for (const failed of results.filter((r) => r.errors)) expect(errorOf(failed)).toMatchObject({ code: 'INSUFFICIENT_POINTS', field: 'giftId' });
  const redemptions = await ds.getRepository(GiftRedemption).findBy({ memberId: member.id });
  expect(redemptions).toHaveLength(7);
  const ledger = await ledgerOf(member.id);
  expect(ledger).toMatchObject({ balance: 0, entrySum: 0, lotSum: 0 });
  expect(await stockOf(giftId)).toBe(1000 - 7);
  // Every answer under a repeated key is the one redemption that key made.
  for (const k of [0, 1, 2]) {
    const ids = new Set(results.filter((_, i) => keys[i] === `same-${k}` && results[i].data?.redeemGift).map((r) => r.data!.redeemGift.id));
    expect(ids.size).toBeLessThanOrEqual(1);
  }
}, 60_000);
