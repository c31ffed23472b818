/**
 * A member's points through GraphQL on a real database: the balance, the rank among all members,
 * what expires when, the ledger newest first with each entry's source documents and decoded basis
 * (invoices only through the sales scope), quick points (adjustPoints) with its refusals, and the
 * loyalty settings. The expiry pass: due lots expire once even when two passes run at once, and a
 * pass cut short is continued by the next.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { inReadCommittedTransaction } from '../../db/transaction';
import { AuditLog, LoyaltySettings, MemberPoints, PointsEntry, PointsLot } from '../../entities';
import { PointsEntryKind } from '../../entities/points-entry.entity';
import { StaffRole } from '../../services/staff/staff-role';
import { expireDuePoints } from '../../services/loyalty/points-expiry-pass.service';
import { foldBalanceCounts, postPoints, type PointsPosting } from '../../services/loyalty/points-ledger.service';
import { pointsRank } from '../../services/loyalty/points-account.service';
import type { EarningBasis, ReferralBasis, ReversalBasis } from '../../services/loyalty/points-basis';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { aMember, aStaff } from '../helpers/fixtures';
import { call, errorOf, ok } from './appointment-booking.fixtures';
import { aShop, CHECKOUT, checkoutInput, pay, treatmentLine, type Shop } from './sales-checkout.fixtures';

let db: TestDatabase;
let ds: DataSource;
let shop: Shop;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  shop = await aShop(ds);
});

afterAll(async () => {
  await db.drop();
});

const SUMMARY = `query ($id: ID!) { memberPoints(memberId: $id) { memberId balance earnedTotal rank rankedMembers expiring { expiresAt points } } }`;
const ENTRIES = `query ($id: ID!, $first: Int, $after: String) { pointsEntries(memberId: $id, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { id kind points balanceAfter reason createdAt staff { id } branch { id } invoice { id number } salesReturn { id }
    giftRedemption { id } gift { id name } referredMember { id } expiredLot { id earnedAt points }
    basis { __typename
      ... on EarningBasis { levelName levelPointsPer100 lines { position code amountCents pointsPer100 multiplierBasisPoints points rules { code name effect } } }
      ... on ReferralBasis { shareBasisPoints sourcePoints }
      ... on ReversalBasis { reversedPoints shortfallPoints lines { position returnedQuantity soldQuantity points } } } } } }`;
const ADJUST = `mutation ($input: AdjustPointsInput!) { adjustPoints(input: $input) { id kind points balanceAfter reason } }`;
const SETTINGS = `query { loyaltySettings { pointsExpiryMonths referralShareBasisPoints referralMonths levelReviewDownwards } }`;
const UPDATE_SETTINGS = `mutation ($input: LoyaltySettingsInput!) { updateLoyaltySettings(input: $input) { pointsExpiryMonths referralShareBasisPoints referralMonths levelReviewDownwards } }`;

const post = (posting: PointsPosting) => inReadCommittedTransaction(ds, (m) => postPoints(m, posting));
const adjust = (memberId: number, points: number, key: string, reason = 'goodwill') =>
  call(shop.cashier, ADJUST, { input: { memberId: String(memberId), points, reason, idempotencyKey: key } });

describe('memberPoints and pointsEntries', () => {
  it('gives the balance, the rank among all members and what expires when', async () => {
    const [rich, middle, poor] = [await aMember(ds, shop.branch, shop.vip), await aMember(ds, shop.branch, shop.vip), await aMember(ds, shop.branch, shop.vip)];
    const may = new Date('2027-05-01T00:00:00Z');
    const june = new Date('2027-06-01T00:00:00Z');
    await post({ memberId: rich.id, kind: PointsEntryKind.ADJUST, points: 900_000, at: new Date(), expiresAt: null });
    await post({ memberId: middle.id, kind: PointsEntryKind.ADJUST, points: 40, at: new Date(), expiresAt: june });
    await post({ memberId: middle.id, kind: PointsEntryKind.ADJUST, points: 25, at: new Date(), expiresAt: may });
    await post({ memberId: middle.id, kind: PointsEntryKind.ADJUST, points: 5, at: new Date(), expiresAt: may });
    await post({ memberId: middle.id, kind: PointsEntryKind.ADJUST, points: 7, at: new Date(), expiresAt: null });
    // Deductions take the soonest-expiring lot first: May's 30 become 20.
    await post({ memberId: middle.id, kind: PointsEntryKind.ADJUST, points: -10, at: new Date() });

    const summary = (await ok(shop.cashier, SUMMARY, { id: String(middle.id) })).memberPoints;
    const members = await ds.query('SELECT COUNT(*) AS n FROM members');
    const above = await ds.getRepository(MemberPoints).createQueryBuilder('mp').where('mp.balance > 67').getCount();
    expect(summary).toMatchObject({ memberId: String(middle.id), balance: 67, earnedTotal: 0, rank: 1 + above, rankedMembers: Number(members[0].n) });
    expect(summary.expiring).toEqual([
      { expiresAt: may.toISOString(), points: 20 },
      { expiresAt: june.toISOString(), points: 40 },
      { expiresAt: null, points: 7 },
    ]);
    expect((await ok(shop.cashier, SUMMARY, { id: String(rich.id) })).memberPoints.rank).toBe(1);
    // A member without points ties at the bottom: after everyone who holds any.
    const poorRank = (await ok(shop.cashier, SUMMARY, { id: String(poor.id) })).memberPoints.rank;
    expect(poorRank).toBe(1 + (await ds.getRepository(MemberPoints).createQueryBuilder('mp').where('mp.balance > 0').getCount()));
  });

  it('ranks as the full count does for every balance held, before and after the counts are folded', async () => {
    const balances = (await ds.getRepository(MemberPoints).find()).map((row) => row.balance);
    const rows = async () => Number((await ds.query('SELECT COUNT(*) AS n FROM points_balance_counts'))[0].n);
    const before = await rows();
    for (const balance of [...balances, 0, 1, 66, 67, 68]) expect(await pointsRank(ds, balance)).toBe(1 + balances.filter((b) => b > balance).length);
    await inReadCommittedTransaction(ds, (m) => foldBalanceCounts(m));
    expect(await rows()).toBe(new Set(balances.filter((b) => b > 0)).size);
    expect(await rows()).toBeLessThan(before);
    for (const balance of [...balances, 0, 1, 66, 67, 68]) expect(await pointsRank(ds, balance)).toBe(1 + balances.filter((b) => b > balance).length);
  });

  it('lists the ledger newest first, each entry with its sources and how its number came about', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const referred = await aMember(ds, shop.branch, shop.vip);
    const sale = await ok(shop.cashier, CHECKOUT, { input: checkoutInput(shop, [treatmentLine(shop.facial)], [pay(shop.card, 43_200)], { memberId: String(member.id) }) });
    const invoiceId = Number(sale.checkout.id);
    const earning: EarningBasis = {
      kind: 'EARN', levelId: shop.vip.id, levelName: 'VIP', levelPointsPer100: 2,
      lines: [{ position: 1, code: 'F1', description: 'Facial', amountCents: 43_200, pointsPer100: 2, multiplierBasisPoints: 20_000, rules: [{ code: 'BDAY2', name: 'Birthday ×2', effect: 'MULTIPLY' }], points: 1728 }],
    };
    const earned = await post({ memberId: member.id, kind: PointsEntryKind.EARN, points: 1728, at: new Date(), invoiceId, branchId: shop.branch.id, basis: earning, staffId: shop.cashier.id });
    const referral: ReferralBasis = { kind: 'REFERRAL', shareBasisPoints: 1000, sourceEntryId: 1, sourcePoints: 480 };
    await post({ memberId: member.id, kind: PointsEntryKind.REFERRAL, points: 48, at: new Date(), referredMemberId: referred.id, basis: referral });
    const reversal: ReversalBasis = { kind: 'REVERSE', reversedEntryId: earned!.id, reversedPoints: 1728, lines: [{ position: 1, returnedQuantity: 1, soldQuantity: 1, points: 1728 }], shortfallPoints: 0 };
    await post({ memberId: member.id, kind: PointsEntryKind.REVERSE, points: -1728, at: new Date(), invoiceId, basis: reversal, fromEntryIds: [earned!.id] });

    const page = (await ok(shop.manager, ENTRIES, { id: String(member.id), first: 2 })).pointsEntries;
    expect(page.totalCount).toBe(3);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.nodes.map((n: { kind: string }) => n.kind)).toEqual(['REVERSE', 'REFERRAL']);
    expect(page.nodes[0]).toMatchObject({ points: -1728, balanceAfter: 48, invoice: { id: String(invoiceId) }, basis: { __typename: 'ReversalBasis', reversedPoints: 1728, shortfallPoints: 0, lines: [{ position: 1, returnedQuantity: 1, soldQuantity: 1, points: 1728 }] } });
    expect(page.nodes[1]).toMatchObject({ points: 48, referredMember: { id: String(referred.id) }, basis: { __typename: 'ReferralBasis', shareBasisPoints: 1000, sourcePoints: 480 } });
    const rest = (await ok(shop.manager, ENTRIES, { id: String(member.id), first: 2, after: page.pageInfo.endCursor })).pointsEntries;
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(rest.nodes).toEqual([
      expect.objectContaining({
        kind: 'EARN', points: 1728, balanceAfter: 1728, staff: { id: String(shop.cashier.id) }, branch: { id: String(shop.branch.id) },
        invoice: { id: String(invoiceId), number: sale.checkout.number },
        basis: { __typename: 'EarningBasis', levelName: 'VIP', levelPointsPer100: 2, lines: [{ position: 1, code: 'F1', amountCents: 43_200, pointsPer100: 2, multiplierBasisPoints: 20_000, points: 1728, rules: [{ code: 'BDAY2', name: 'Birthday ×2', effect: 'MULTIPLY' }] }] },
      }),
    ]);

    // Without sales.view the invoice is not shown; the rest of the ledger is.
    const beautician = (await ok(shop.beautician, ENTRIES, { id: String(member.id), first: 5 })).pointsEntries.nodes;
    expect(beautician.map((n: { kind: string; invoice: unknown }) => [n.kind, n.invoice])).toEqual([['REVERSE', null], ['REFERRAL', null], ['EARN', null]]);
  });

  it('refuses a member outside the viewer\'s member scope, whatever is asked', async () => {
    const outsider = await aStaff(ds, shop.otherBranch, [StaffRole.FRONT_DESK]);
    for (const query of [SUMMARY, ENTRIES]) expect(errorOf(await call(outsider, query, { id: String(shop.member.id) }))).toMatchObject({ code: 'NOT_FOUND', field: 'memberId' });
    expect(errorOf(await call(outsider, ADJUST, { input: { memberId: String(shop.member.id), points: 5, reason: 'x', idempotencyKey: 'outside' } }))).toMatchObject({ code: 'NOT_FOUND', field: 'memberId' });
  });
});

describe('adjustPoints (快速積分)', () => {
  it('adds and deducts with a reason, once per key, audited; a deduction beyond the balance names points', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    await ds.getRepository(LoyaltySettings).save({ id: 1, pointsExpiryMonths: 12, referralShareBasisPoints: 1000, referralMonths: 12, levelReviewDownwards: false });
    const added = await adjust(member.id, 120, 'q-add', 'welcome gift');
    expect(added.data?.adjustPoints).toMatchObject({ kind: 'ADJUST', points: 120, balanceAfter: 120, reason: 'welcome gift' });
    expect((await adjust(member.id, 120, 'q-add', 'welcome gift')).data?.adjustPoints.id).toBe(added.data?.adjustPoints.id);
    expect(errorOf(await adjust(member.id, 50, 'q-add', 'welcome gift'))).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' });
    const lot = await ds.getRepository(PointsLot).findOneByOrFail({ memberId: member.id });
    expect(Math.round((lot.expiresAt!.getTime() - lot.earnedAt.getTime()) / 86_400_000)).toBeGreaterThanOrEqual(365);

    expect(errorOf(await adjust(member.id, -121, 'q-over'))).toMatchObject({ code: 'INSUFFICIENT_POINTS', field: 'points' });
    expect((await adjust(member.id, -20, 'q-take', 'wrong card')).data?.adjustPoints).toMatchObject({ points: -20, balanceAfter: 100 });
    expect(errorOf(await adjust(member.id, 0, 'q-zero'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'points' });
    expect(errorOf(await adjust(member.id, 5, 'q-noreason', '  '))).toMatchObject({ field: 'reason' });
    expect(errorOf(await call(shop.salesperson, ADJUST, { input: { memberId: String(member.id), points: 5, reason: 'x', idempotencyKey: 'q-sp' } })).code).toBe('FORBIDDEN');

    expect(await ds.getRepository(PointsEntry).countBy({ memberId: member.id })).toBe(2);
    const audits = await ds.getRepository(AuditLog).findBy({ entityType: 'member', entityId: member.id, action: 'points.adjust' });
    expect(audits.map((a) => JSON.parse(a.after!).points).sort()).toEqual([-20, 120]);
  });
});

describe('loyalty settings', () => {
  it('are read by staff and changed by loyalty.manage only, audited', async () => {
    const input = { pointsExpiryMonths: 18, referralShareBasisPoints: 1500, referralMonths: null, levelReviewDownwards: true };
    expect(errorOf(await call(shop.cashier, UPDATE_SETTINGS, { input })).code).toBe('FORBIDDEN');
    expect((await ok(shop.manager, UPDATE_SETTINGS, { input })).updateLoyaltySettings).toEqual(input);
    expect((await ok(shop.cashier, SETTINGS)).loyaltySettings).toEqual(input);
    expect(errorOf(await call(shop.manager, UPDATE_SETTINGS, { input: { ...input, pointsExpiryMonths: 0 } }))).toMatchObject({ field: 'pointsExpiryMonths' });
    expect(errorOf(await call(shop.manager, UPDATE_SETTINGS, { input: { ...input, referralShareBasisPoints: 10_001 } }))).toMatchObject({ field: 'referralShareBasisPoints' });
    const audit = await ds.getRepository(AuditLog).findOneByOrFail({ entityType: 'loyaltySettings', action: 'update' });
    expect(JSON.parse(audit.after!)).toMatchObject({ pointsExpiryMonths: 18, referralShareBasisPoints: 1500, levelReviewDownwards: true });
  });
});

describe('the expiry pass', () => {
  it('expires what remains of due lots once, even with two passes at once, and leaves the rest', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const earnedAt = new Date('2025-01-10T03:00:00Z');
    const dueAt = new Date('2026-01-10T03:00:00Z');
    await post({ memberId: member.id, kind: PointsEntryKind.EARN, points: 100, at: earnedAt, expiresAt: dueAt });
    await post({ memberId: member.id, kind: PointsEntryKind.EARN, points: 50, at: earnedAt, expiresAt: new Date('2026-03-01T00:00:00Z') });
    await post({ memberId: member.id, kind: PointsEntryKind.REDEEM, points: -30, at: earnedAt });
    const others = await Promise.all(Array.from({ length: 5 }, () => aMember(ds, shop.branch, shop.vip)));
    for (const other of others) await post({ memberId: other.id, kind: PointsEntryKind.EARN, points: 10, at: earnedAt, expiresAt: dueAt });

    const now = new Date('2026-02-01T00:00:00Z');
    // One pass reads the due lots three at a time, so it goes on after a slice; the other reads them all at once.
    const [a, b] = await Promise.all([expireDuePoints(ds, now, 2, 3), expireDuePoints(ds, now, 2)]);
    expect(a.entries + b.entries).toBeGreaterThanOrEqual(6);
    const expired = await ds.getRepository(PointsEntry).findBy({ kind: PointsEntryKind.EXPIRE, memberId: member.id });
    expect(expired).toHaveLength(1);
    expect(expired[0]).toMatchObject({ points: -70, balanceAfter: 50, staffId: null });
    const lot = await ds.getRepository(PointsLot).findOneByOrFail({ id: expired[0].lotId! });
    expect(lot).toMatchObject({ points: 100, remaining: 0, open: false });
    for (const other of others) {
      expect(await ds.getRepository(PointsEntry).countBy({ kind: PointsEntryKind.EXPIRE, memberId: other.id })).toBe(1);
      expect((await ds.getRepository(MemberPoints).findOneByOrFail({ memberId: other.id })).balance).toBe(0);
    }
    expect((await ds.getRepository(MemberPoints).findOneByOrFail({ memberId: member.id })).balance).toBe(50);
    // Nothing more is due; the March lot waits for its day.
    expect(await expireDuePoints(ds, now)).toEqual({ entries: 0, batches: 0 });
    const held = (await ds.getRepository(MemberPoints).find()).map((row) => row.balance);
    for (const balance of [0, 50, 100]) expect(await pointsRank(ds, balance)).toBe(1 + held.filter((b) => b > balance).length);
    expect((await expireDuePoints(ds, new Date('2026-03-01T00:00:00Z'))).entries).toBeGreaterThanOrEqual(1);
    expect((await ds.getRepository(MemberPoints).findOneByOrFail({ memberId: member.id })).balance).toBe(0);
    const shown = (await ok(shop.cashier, ENTRIES, { id: String(member.id), first: 1 })).pointsEntries.nodes[0];
    expect(shown).toMatchObject({ kind: 'EXPIRE', points: -50, balanceAfter: 0, staff: null, expiredLot: { earnedAt: earnedAt.toISOString(), points: 50 } });
  });

  it('is continued by the next pass when one dies part-way', async () => {
    const members = await Promise.all(Array.from({ length: 4 }, () => aMember(ds, shop.branch, shop.vip)));
    const due = new Date('2026-04-01T00:00:00Z');
    for (const m of members) await post({ memberId: m.id, kind: PointsEntryKind.EARN, points: 9, at: new Date('2025-04-01T00:00:00Z'), expiresAt: due });
    // A pass whose second batch fails: the first batch's lots are expired and stay so.
    const failing = Object.create(ds) as DataSource;
    let transactions = 0;
    failing.transaction = ((...args: unknown[]) => {
      transactions += 1;
      if (transactions === 2) return Promise.reject(new Error('instance stopped'));
      return (ds.transaction as (...a: unknown[]) => unknown).apply(ds, args);
    }) as DataSource['transaction'];
    await expect(expireDuePoints(failing, new Date('2026-04-02T00:00:00Z'), 2)).rejects.toThrow('instance stopped');
    const open = () => ds.getRepository(PointsLot).createQueryBuilder('l').where('l.memberId IN (:...ids) AND l.open = :open', { ids: members.map((m) => m.id), open: true }).getCount();
    expect(await open()).toBe(2);
    await expireDuePoints(ds, new Date('2026-04-02T00:00:00Z'), 2);
    expect(await open()).toBe(0);
    for (const m of members) expect(await ds.getRepository(PointsEntry).countBy({ kind: PointsEntryKind.EXPIRE, memberId: m.id })).toBe(1);
  });

  it('reads on from where the last complete pass got to, never moving that mark back or past the clock', async () => {
    const settings = () => ds.getRepository(LoyaltySettings).findOneByOrFail({ id: 1 });
    const before = await settings();
    await expireDuePoints(ds, new Date('2026-05-01T00:00:00Z'));
    expect((await settings()).pointsExpiredThrough).toEqual(new Date('2026-05-01T00:00:00Z'));
    await expireDuePoints(ds, new Date('2026-04-20T00:00:00Z'));
    expect((await settings()).pointsExpiredThrough).toEqual(new Date('2026-05-01T00:00:00Z'));
    // A lot made due in the past behind the mark (as no earning makes one) is not read again...
    const member = await aMember(ds, shop.branch, shop.vip);
    await post({ memberId: member.id, kind: PointsEntryKind.EARN, points: 5, at: new Date('2025-04-01T00:00:00Z'), expiresAt: new Date('2026-04-15T00:00:00Z') });
    expect((await expireDuePoints(ds, new Date('2026-05-02T00:00:00Z'))).entries).toBe(0);
    // ...but one due within the day before it (the mark is now 2 May) is.
    await post({ memberId: member.id, kind: PointsEntryKind.EARN, points: 7, at: new Date('2025-04-01T00:00:00Z'), expiresAt: new Date('2026-05-01T12:00:00Z') });
    expect((await expireDuePoints(ds, new Date('2026-05-02T00:00:00Z'))).entries).toBe(1);
    // A pass run ahead of the clock leaves the mark at the clock, and the settings' own time stays.
    const ran = Date.now();
    await expireDuePoints(ds, new Date('2099-01-01T00:00:00Z'));
    const after = await settings();
    expect(after.pointsExpiredThrough!.getTime()).toBeGreaterThanOrEqual(ran - 1000);
    expect(after.pointsExpiredThrough!.getTime()).toBeLessThanOrEqual(Date.now());
    expect(after.updatedAt).toEqual(before.updatedAt);
  });
});
