/**
 * Earning points at the till through the real GraphQL route, on SQLite and (with
 * TEST_DATABASE_URL) MariaDB: the quote and the invoice show what the bill earns at the level's
 * rate and the rules (double in her birth month), the ledger gets the EARN entry with its basis
 * and lot expiry and the referrer his share; a return takes back the returned lines' points in
 * proportion (at most what she still has, the shortfall recorded), a void all of it; walk-ins earn
 * nothing. And the points rules' CRUD with its refusals.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { AuditLog, Invoice, InvoiceLine, LoyaltySettings, Member, MemberPoints, PointsEntry, PointsLot, PointsRule } from '../../entities';
import { PointsEntryKind } from '../../entities/points-entry.entity';
import { PointsRuleEffect } from '../../entities/points-rule.entity';
import { inReadCommittedTransaction } from '../../db/transaction';
import { localDateIn } from '../../services/appointments/arrival-day';
import { postPoints } from '../../services/loyalty/points-ledger.service';
import { aMember, aMemberGroup } from '../helpers/fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { call, errorOf, ok } from './appointment-booking.fixtures';
import { aShop, CHECKOUT, checkoutInput, newKey, pay, productLine, treatmentLine, VOID, type Shop } from './sales-checkout.fixtures';

let db: TestDatabase;
let ds: DataSource;
let shop: Shop;
let thisMonth: number;
let otherMonth: number;

const RETURN = `mutation ($input: ReturnSaleInput!) { returnSale(input: $input) { id } }`;
const EARNING_QUOTE = `query ($input: BillDraftInput!) { quoteBill(input: $input) { totalCents pointsEarned } }`;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  shop = await aShop(ds);
  await ds.getRepository(LoyaltySettings).save({ id: 1, pointsExpiryMonths: 12, referralShareBasisPoints: 1000, referralMonths: 12, levelReviewDownwards: false, levelReviewedAt: null });
  thisMonth = Number(localDateIn(new Date(), shop.branch.timeZone).slice(5, 7));
  otherMonth = (thisMonth % 12) + 1;
  await ds.getRepository(PointsRule).save({ code: 'BDAY2', name: 'Birthday double', active: true, effect: PointsRuleEffect.MULTIPLY, multiplierBasisPoints: 20000, birthdayMonthOnly: true });
});

afterAll(async () => {
  await db.drop();
});

/** A member of a level earning 2 points per $100 with 10 % off, optionally referred and born this month. */
async function aPointsMember(overrides: Partial<Member> = {}): Promise<Member> {
  const gold = await aMemberGroup(ds, { discountPercent: 10, pointsPer100: 2 });
  return aMember(ds, shop.branch, gold, { birthMonth: otherMonth, birthday: `1990-${String(otherMonth).padStart(2, '0')}-15`, ...overrides });
}

/** Two facials ($480 each, 10 % off → $864) and a mask ($20 → $18) for the member, paid by card. */
function bill(member: Member) {
  return checkoutInput(shop, [treatmentLine(shop.facial, 2), productLine(shop.mask, 1)], [pay(shop.card, 88_200)], { memberId: String(member.id) });
}

async function checkout(member: Member | null): Promise<Invoice> {
  const input = member ? bill(member) : checkoutInput(shop, [productLine(shop.mask, 1)], [pay(shop.card, 2_000)]);
  const { checkout: issued } = await ok(shop.manager, CHECKOUT, { input });
  return ds.getRepository(Invoice).findOneByOrFail({ id: Number(issued.id) });
}

const linesOf = (invoice: Invoice) => ds.getRepository(InvoiceLine).find({ where: { invoiceId: invoice.id }, order: { position: 'ASC' } });
const entriesOf = (member: Member) => ds.getRepository(PointsEntry).find({ where: { memberId: member.id }, order: { id: 'ASC' } });
const balanceOf = async (member: Member) => (await ds.getRepository(MemberPoints).findOneBy({ memberId: member.id }))?.balance ?? 0;
const basisOf = (entry: PointsEntry) => JSON.parse(entry.basis ?? 'null');

function returnInput(invoice: Invoice, lines: Array<[InvoiceLine, number]>) {
  return { input: { idempotencyKey: newKey(), invoiceId: String(invoice.id), lines: lines.map(([l, quantity]) => ({ invoiceLineId: String(l.id), quantity })), refundTenderTypeId: String(shop.card.id) } };
}

describe('earning at checkout', () => {
  it('earns at the level\'s rate on what the lines came to, shown by the quote, stored on the invoice, its lines and the ledger', async () => {
    const member = await aPointsMember();
    const { quoteBill } = await ok(shop.manager, EARNING_QUOTE, { input: { branchId: String(shop.branch.id), memberId: String(member.id), lines: bill(member).lines } });
    // $864 + $18 = $882 at 2 per $100 = 17.64 → 17 (rounded down over the invoice).
    expect(quoteBill).toEqual({ totalCents: 88_200, pointsEarned: 17 });

    const invoice = await checkout(member);
    expect(invoice.pointsEarned).toBe(17);
    expect((await linesOf(invoice)).map((l) => l.pointsEarned)).toEqual([17, 0]);
    const [earn] = await entriesOf(member);
    expect(earn).toMatchObject({ kind: PointsEntryKind.EARN, points: 17, balanceAfter: 17, invoiceId: invoice.id, branchId: shop.branch.id, staffId: shop.manager.id });
    expect(basisOf(earn)).toMatchObject({
      kind: 'EARN',
      levelPointsPer100: 2,
      lines: [
        { position: 1, amountCents: 86_400, pointsPer100: 2, multiplierBasisPoints: 10000, rules: [], points: 17 },
        { position: 2, amountCents: 1_800, pointsPer100: 2, multiplierBasisPoints: 10000, rules: [], points: 0 },
      ],
    });
    const lot = await ds.getRepository(PointsLot).findOneByOrFail({ entryId: earn.id });
    const months = (lot.expiresAt!.getTime() - earn.createdAt.getTime()) / (24 * 3600 * 1000);
    expect(months).toBeGreaterThanOrEqual(365);
    expect(months).toBeLessThanOrEqual(366);
    expect(await balanceOf(member)).toBe(17);
    expect(await ds.getRepository(AuditLog).countBy({ entityType: 'pointsEntry', entityId: earn.id })).toBe(1);
  });

  it('doubles in her birth month, the rule recorded on the entry', async () => {
    const member = await aPointsMember({ birthMonth: thisMonth, birthday: `1990-${String(thisMonth).padStart(2, '0')}-01` });
    const { quoteBill } = await ok(shop.manager, EARNING_QUOTE, { input: { branchId: String(shop.branch.id), memberId: String(member.id), lines: bill(member).lines } });
    expect(quoteBill.pointsEarned).toBe(35);
    const invoice = await checkout(member);
    expect(invoice.pointsEarned).toBe(35);
    const [earn] = await entriesOf(member);
    expect(basisOf(earn).lines[0]).toMatchObject({ multiplierBasisPoints: 20000, rules: [{ code: 'BDAY2', name: 'Birthday double', effect: 'MULTIPLY' }], points: 34 });
  });

  it('gives the referrer his share within the referral period, and nothing once it is over', async () => {
    const referrer = await aPointsMember();
    const member = await aPointsMember({ referrerId: referrer.id });
    const invoice = await checkout(member);
    const [share] = await entriesOf(referrer);
    const [earn] = await entriesOf(member);
    expect(share).toMatchObject({ kind: PointsEntryKind.REFERRAL, points: 1, invoiceId: invoice.id, referredMemberId: member.id });
    expect(basisOf(share)).toEqual({ kind: 'REFERRAL', shareBasisPoints: 1000, sourceEntryId: earn.id, sourcePoints: 17 });

    const old = await aPointsMember({ referrerId: referrer.id });
    await ds.getRepository(Member).update({ id: old.id }, { createdAt: new Date(Date.now() - 400 * 24 * 3600 * 1000) });
    await checkout(old);
    expect(await entriesOf(referrer)).toHaveLength(1);
  });

  it('gives a walk-in nothing', async () => {
    const before = await ds.getRepository(PointsEntry).count();
    const invoice = await checkout(null);
    expect(invoice.pointsEarned).toBe(0);
    expect(await ds.getRepository(PointsEntry).count()).toBe(before);
  });
});

describe('reversal', () => {
  it('a return takes back the returned units\' share, a whole line exactly its points, and the referrer\'s share with it', async () => {
    const referrer = await aPointsMember();
    const member = await aPointsMember({ referrerId: referrer.id, birthMonth: thisMonth });
    const invoice = await checkout(member); // 35 points (34 + 1), referrer 3
    const [facials, mask] = await linesOf(invoice);
    expect([facials.pointsEarned, mask.pointsEarned]).toEqual([34, 1]);

    await ok(shop.manager, RETURN, returnInput(invoice, [[facials, 1]]));
    let entries = await entriesOf(member);
    expect(entries.at(-1)).toMatchObject({ kind: PointsEntryKind.REVERSE, points: -17, invoiceId: invoice.id, balanceAfter: 18 });
    expect(entries.at(-1)!.salesReturnId).not.toBeNull();
    expect(basisOf(entries.at(-1)!)).toEqual({ kind: 'REVERSE', reversedEntryId: entries[0].id, reversedPoints: 35, lines: [{ position: 1, returnedQuantity: 1, soldQuantity: 2, points: 17 }], shortfallPoints: 0 });
    // His 3 follow hers: 17 of 35 back → floor(3 × 17 / 35) = 1.
    expect((await entriesOf(referrer)).map((e) => [e.kind, e.points])).toEqual([[PointsEntryKind.REFERRAL, 3], [PointsEntryKind.REFERRAL, -1]]);

    await ok(shop.manager, RETURN, returnInput(invoice, [[facials, 1], [mask, 1]]));
    entries = await entriesOf(member);
    expect(entries.at(-1)).toMatchObject({ kind: PointsEntryKind.REVERSE, points: -18, balanceAfter: 0 });
    expect((await entriesOf(referrer)).map((e) => e.points)).toEqual([3, -1, -2]);
    expect(await balanceOf(member)).toBe(0);
    expect(await balanceOf(referrer)).toBe(0);
  });

  it('takes at most what she still has, and the entry says how much it could not', async () => {
    const member = await aPointsMember();
    const invoice = await checkout(member); // 17
    await inReadCommittedTransaction(ds, (m) => postPoints(m, { memberId: member.id, kind: PointsEntryKind.ADJUST, points: -10, at: new Date(), reason: 'spent' }));
    const [facials] = await linesOf(invoice);
    await ok(shop.manager, RETURN, returnInput(invoice, [[facials, 2]]));
    const last = (await entriesOf(member)).at(-1)!;
    expect(last).toMatchObject({ kind: PointsEntryKind.REVERSE, points: -7, balanceAfter: 0 });
    expect(basisOf(last)).toMatchObject({ reversedPoints: 17, shortfallPoints: 10, lines: [{ position: 1, returnedQuantity: 2, soldQuantity: 2, points: 17 }] });
  });

  it('a void takes back all she earned and the referrer\'s share', async () => {
    const referrer = await aPointsMember();
    const member = await aPointsMember({ referrerId: referrer.id, birthMonth: thisMonth });
    const invoice = await checkout(member);
    await ok(shop.manager, VOID, { id: String(invoice.id), reason: 'wrong member' });
    expect((await entriesOf(member)).map((e) => [e.kind, e.points])).toEqual([[PointsEntryKind.EARN, 35], [PointsEntryKind.REVERSE, -35]]);
    expect((await entriesOf(referrer)).map((e) => [e.kind, e.points])).toEqual([[PointsEntryKind.REFERRAL, 3], [PointsEntryKind.REFERRAL, -3]]);
    expect(await ds.getRepository(PointsLot).sum('remaining', { memberId: member.id })).toBe(0);
  });
});

const RULE_FIELDS = `id code name active effect multiplierBasisPoints pointsPer100 priority branchIds memberGroupIds productIds treatmentIds categoryIds departmentIds weekdays birthdayMonthOnly validFrom validTo`;
const CREATE_RULE = `mutation ($input: PointsRuleInput!) { createPointsRule(input: $input) { ${RULE_FIELDS} } }`;
const UPDATE_RULE = `mutation ($id: ID!, $input: PointsRuleInput!) { updatePointsRule(id: $id, input: $input) { ${RULE_FIELDS} } }`;
const DELETE_RULE = `mutation ($id: ID!) { deletePointsRule(id: $id) { id } }`;
const RULES = `query { pointsRules(first: 50) { nodes { code } } }`;

describe('points rules', () => {
  it('creates, changes and deletes a rule, audited, and a sale earns by it', async () => {
    const { createPointsRule: created } = await ok(shop.manager, CREATE_RULE, {
      input: { code: 'PROMO', name: 'Promotion week', effect: 'REPLACE', pointsPer100: 5, multiplierBasisPoints: 30000, treatmentIds: [String(shop.facial.id)], weekdays: [7, 1, 2, 3, 4, 5, 6], validFrom: '2026-01-01', validTo: '2099-12-31' },
    });
    expect(created).toMatchObject({ code: 'PROMO', effect: 'REPLACE', pointsPer100: 5, multiplierBasisPoints: 10000, treatmentIds: [String(shop.facial.id)], weekdays: [1, 2, 3, 4, 5, 6, 7], birthdayMonthOnly: false, active: true });
    const member = await aPointsMember();
    expect((await checkout(member)).pointsEarned).toBe(43); // $864 at 5 + $18 at 2

    const { updatePointsRule: updated } = await ok(shop.manager, UPDATE_RULE, { id: created.id, input: { code: 'PROMO', name: 'Promotion week', effect: 'MULTIPLY', multiplierBasisPoints: 15000, active: false } });
    expect(updated).toMatchObject({ effect: 'MULTIPLY', multiplierBasisPoints: 15000, pointsPer100: 0, active: false, treatmentIds: null });
    expect((await ok(shop.manager, RULES)).pointsRules.nodes.map((r: { code: string }) => r.code)).toContain('PROMO');
    await ok(shop.manager, DELETE_RULE, { id: created.id });
    expect(await ds.getRepository(PointsRule).countBy({ code: 'PROMO' })).toBe(0);
    expect((await ds.getRepository(AuditLog).findBy({ entityType: 'pointsRule', entityId: Number(created.id) })).map((a) => a.action).sort()).toEqual(['create', 'delete', 'update']);
  });

  it.each([
    [{ code: 'BDAY2', name: 'Again', multiplierBasisPoints: 20000 }, 'code'],
    [{ code: 'A B', name: 'Spaced' }, 'code'],
    [{ code: 'X', name: '' }, 'name'],
    [{ code: 'X', name: 'X', effect: 'REPLACE' }, 'pointsPer100'],
    [{ code: 'X', name: 'X', multiplierBasisPoints: 0 }, 'multiplierBasisPoints'],
    [{ code: 'X', name: 'X', weekdays: [8] }, 'weekdays'],
    [{ code: 'X', name: 'X', validFrom: '2026-02-01', validTo: '2026-01-31' }, 'validTo'],
    [{ code: 'X', name: 'X', multiplierBasisPoints: 20000, productIds: ['999999'] }, 'productIds'],
    [{ code: 'X', name: 'X' }, 'multiplierBasisPoints'],
  ])('refuses %j naming %s, saving nothing', async (input, field) => {
    const before = await ds.getRepository(PointsRule).count();
    expect(errorOf(await call(shop.manager, CREATE_RULE, { input })).field).toBe(field);
    expect(await ds.getRepository(PointsRule).count()).toBe(before);
  });

  it('is closed to staff without loyalty.manage', async () => {
    expect(errorOf(await call(shop.cashier, RULES)).code).toBe('FORBIDDEN');
    expect(errorOf(await call(shop.cashier, CREATE_RULE, { input: { code: 'Y', name: 'Y' } })).code).toBe('FORBIDDEN');
  });
});
