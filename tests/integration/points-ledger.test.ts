/**
 * The points ledger's core (services/loyalty/points-ledger.service.ts) on a real database: the
 * balance, the entries and the open lots always agree; deductions take the soonest-expiring lots
 * first; a deduction the balance does not cover is refused or, when clamped, takes what is left;
 * concurrent deductions of one member never take the balance below zero.
 */
import type { DataSource } from 'typeorm';
import { MemberPoints, PointsEntry, PointsLot } from '../../entities';
import { PointsEntryKind } from '../../entities/points-entry.entity';
import { inReadCommittedTransaction } from '../../db/transaction';
import { postPoints, type PointsPosting } from '../../services/loyalty/points-ledger.service';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { aBranch, aMember, aMemberGroup } from '../helpers/fixtures';

let db: TestDatabase;
let ds: DataSource;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
});

afterAll(async () => {
  await db.drop();
});

const at = new Date('2026-03-01T02:00:00Z');
const post = (posting: Omit<PointsPosting, 'at'> & { at?: Date }) => inReadCommittedTransaction(ds, (m) => postPoints(m, { at, ...posting }));

async function aNewMember() {
  const branch = await aBranch(ds);
  return aMember(ds, branch, await aMemberGroup(ds));
}

async function ledgerOf(memberId: number) {
  const balance = (await ds.getRepository(MemberPoints).findOneBy({ memberId }))?.balance ?? 0;
  const entries = await ds.getRepository(PointsEntry).find({ where: { memberId }, order: { id: 'ASC' } });
  const lots = await ds.getRepository(PointsLot).find({ where: { memberId }, order: { id: 'ASC' } });
  return { balance, entries, lots, entrySum: entries.reduce((s, e) => s + e.points, 0), lotSum: lots.reduce((s, l) => s + l.remaining, 0) };
}

it('keeps the balance equal to the entries and the open lots, taking the soonest-expiring lot first', async () => {
  const member = await aNewMember();
  await post({ memberId: member.id, kind: PointsEntryKind.EARN, points: 100, expiresAt: new Date('2027-06-01T00:00:00Z') });
  await post({ memberId: member.id, kind: PointsEntryKind.ADJUST, points: 50, expiresAt: new Date('2027-01-01T00:00:00Z') });
  await post({ memberId: member.id, kind: PointsEntryKind.EARN, points: 30, expiresAt: null });
  const redeemed = await post({ memberId: member.id, kind: PointsEntryKind.REDEEM, points: -70 });
  expect(redeemed).toMatchObject({ points: -70, balanceAfter: 110 });
  const ledger = await ledgerOf(member.id);
  expect(ledger).toMatchObject({ balance: 110, entrySum: 110, lotSum: 110 });
  expect(ledger.lots.map((l) => [l.points, l.remaining, Boolean(l.open)])).toEqual([
    [100, 80, true],
    [50, 0, false],
    [30, 30, true],
  ]);
  expect(ledger.entries.map((e) => e.balanceAfter)).toEqual([100, 150, 180, 110]);
});

it('refuses a deduction larger than the balance, naming the field, and changes nothing', async () => {
  const member = await aNewMember();
  await post({ memberId: member.id, kind: PointsEntryKind.EARN, points: 10 });
  await expect(post({ memberId: member.id, kind: PointsEntryKind.REDEEM, points: -11, field: 'giftId' })).rejects.toMatchObject({ code: 'INSUFFICIENT_POINTS', field: 'giftId', params: { balance: 10 } });
  expect(await ledgerOf(member.id)).toMatchObject({ balance: 10, entrySum: 10, lotSum: 10 });
});

it('takes only what is left when clamped, and the named lots first', async () => {
  const member = await aNewMember();
  const first = await post({ memberId: member.id, kind: PointsEntryKind.EARN, points: 40, expiresAt: new Date('2027-01-01T00:00:00Z') });
  const second = await post({ memberId: member.id, kind: PointsEntryKind.EARN, points: 20, expiresAt: new Date('2028-01-01T00:00:00Z') });
  await post({ memberId: member.id, kind: PointsEntryKind.REVERSE, points: -15, fromEntryIds: [second!.id] });
  expect((await ledgerOf(member.id)).lots.map((l) => l.remaining)).toEqual([40, 5]);
  const clamped = await post({ memberId: member.id, kind: PointsEntryKind.REVERSE, points: -100, clampToBalance: true });
  expect(clamped).toMatchObject({ points: -45, balanceAfter: 0 });
  expect(await post({ memberId: member.id, kind: PointsEntryKind.REVERSE, points: -5, clampToBalance: true })).toBeNull();
  expect(await ledgerOf(member.id)).toMatchObject({ balance: 0, entrySum: 0, lotSum: 0 });
  expect(first).not.toBeNull();
});

it('never lets concurrent deductions of one member take the balance below zero', async () => {
  const member = await aNewMember();
  await post({ memberId: member.id, kind: PointsEntryKind.EARN, points: 50 });
  const results = await Promise.allSettled(Array.from({ length: 40 }, () => post({ memberId: member.id, kind: PointsEntryKind.REDEEM, points: -3 })));
  const passed = results.filter((r) => r.status === 'fulfilled').length;
  expect(passed).toBe(16);
  for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'INSUFFICIENT_POINTS' });
  expect(await ledgerOf(member.id)).toMatchObject({ balance: 2, entrySum: 2, lotSum: 2 });
}, 60_000);
