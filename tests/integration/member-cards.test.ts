/**
 * Member cards (會員卡) through GraphQL on a real database: issuing (numbers unique among all
 * cards ever, one current card per member), the PIN as the stored-value guard checks it, reporting
 * lost (掛失鎖定) closing the card to the quick lookup and to prepaid payments at once, unlocking,
 * replacing with the member's balances kept, and the permission, scope and idempotency of each change.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { inReadCommittedTransaction } from '../../db/transaction';
import { AuditLog, MemberCard, MemberPoints } from '../../entities';
import { PointsEntryKind } from '../../entities/points-entry.entity';
import { StoredValueEntryKind } from '../../entities/stored-value-entry.entity';
import { postPoints } from '../../services/loyalty/points-ledger.service';
import { assertPrepaidPayable } from '../../services/prepaid/prepaid-card-guard.service';
import { postStoredValue, storedValueBalance } from '../../services/prepaid/stored-value-ledger.service';
import { StaffRole } from '../../services/staff/staff-role';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { aMember, aStaff } from '../helpers/fixtures';
import { call, errorOf, ok } from './appointment-booking.fixtures';
import { aShop, newKey, type Shop } from './sales-checkout.fixtures';

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

const CARD = 'id cardNumber status hasPin issuedAt lockedAt reason replacedBy { id cardNumber }';
const CARDS = `query ($id: ID!) { memberCards(memberId: $id) { ${CARD} } }`;
const ISSUE = `mutation ($input: IssueMemberCardInput!) { issueMemberCard(input: $input) { ${CARD} } }`;
const SET_PIN = `mutation ($input: SetMemberCardPinInput!) { setMemberCardPin(input: $input) { ${CARD} } }`;
const LOCK = `mutation ($input: LockMemberCardInput!) { lockMemberCard(input: $input) { ${CARD} } }`;
const UNLOCK = `mutation ($input: UnlockMemberCardInput!) { unlockMemberCard(input: $input) { ${CARD} } }`;
const REPLACE = `mutation ($input: ReplaceMemberCardInput!) { replaceMemberCard(input: $input) { ${CARD} } }`;
const LOOKUP = `query ($term: String!) { quickLookup(term: $term, first: 10) { nodes { id } } }`;

const found = async (term: string, staff = shop.cashier) => (await ok(staff, LOOKUP, { term })).quickLookup.nodes.map((n: { id: string }) => Number(n.id));
const payable = (memberId: number, pin?: string) =>
  inReadCommittedTransaction(ds, (m) => assertPrepaidPayable(m, memberId, { field: 'payments', pin, pinField: 'pin', needsPin: true })).then(
    () => 'ok',
    (error: { code?: string }) => error.code,
  );

describe('member cards', () => {
  it('issues a card whose number opens the member; a second card or a used number is refused; a retry issues once', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const other = await aMember(ds, shop.branch, shop.vip);
    const key = newKey();
    const input = { memberId: String(member.id), cardNumber: ' vip00077 ', idempotencyKey: key };
    const card = (await ok(shop.cashier, ISSUE, { input })).issueMemberCard;
    expect(card).toMatchObject({ cardNumber: 'VIP00077', status: 'ACTIVE', hasPin: false, lockedAt: null, replacedBy: null });
    expect((await ok(shop.cashier, ISSUE, { input })).issueMemberCard.id).toBe(card.id);
    expect(await ds.getRepository(MemberCard).countBy({ memberId: member.id })).toBe(1);
    expect(errorOf(await call(shop.cashier, ISSUE, { input: { ...input, cardNumber: 'VIP00078' } }))).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' });
    expect(await ds.getRepository(AuditLog).countBy({ entityType: 'member', entityId: member.id, action: 'card.issue' })).toBe(1);

    expect(await found('vip00077')).toEqual([member.id]);
    expect(errorOf(await call(shop.cashier, ISSUE, { input: { memberId: String(member.id), cardNumber: 'VIP00079', idempotencyKey: newKey() } }))).toMatchObject({ code: 'CONFLICT', field: 'memberId' });
    const duplicate = errorOf(await call(shop.cashier, ISSUE, { input: { memberId: String(other.id), cardNumber: 'Vip00077', idempotencyKey: newKey() } }));
    expect(duplicate).toMatchObject({ code: 'ALREADY_USED', field: 'cardNumber' });
    expect(duplicate.message).toContain('card number');
    expect(errorOf(await call(shop.cashier, ISSUE, { input: { memberId: String(other.id), cardNumber: 'AB-1', idempotencyKey: newKey() } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cardNumber' });

    // A card number of digits only opens its holder as well as the phones it starts.
    await ok(shop.cashier, ISSUE, { input: { memberId: String(other.id), cardNumber: '88001234', idempotencyKey: newKey() } });
    expect(await found('88001234')).toContain(other.id);
  });

  it('locks (掛失鎖定): the number opens nothing and prepaid payments are refused at once; unlocking restores both', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const id = String(member.id);
    await ok(shop.cashier, ISSUE, { input: { memberId: id, cardNumber: 'LOCK0001', idempotencyKey: newKey() } });
    expect(await payable(member.id)).toBe('ok');

    const lockKey = newKey();
    const locked = (await ok(shop.cashier, LOCK, { input: { memberId: id, reason: 'lost at the gym', idempotencyKey: lockKey } })).lockMemberCard;
    expect(locked).toMatchObject({ status: 'LOCKED', reason: 'lost at the gym' });
    expect(locked.lockedAt).not.toBeNull();
    expect((await ds.getRepository(MemberCard).findOneByOrFail({ id: Number(locked.id) })).lockedById).toBe(shop.cashier.id);
    expect((await ok(shop.cashier, LOCK, { input: { memberId: id, reason: 'lost at the gym', idempotencyKey: lockKey } })).lockMemberCard.id).toBe(locked.id);
    expect(await found('LOCK0001')).toEqual([]);
    expect(await payable(member.id)).toBe('CARD_LOCKED');
    expect(errorOf(await call(shop.cashier, LOCK, { input: { memberId: id, reason: 'again', idempotencyKey: newKey() } }))).toMatchObject({ code: 'CONFLICT', field: 'memberId' });
    expect(errorOf(await call(shop.cashier, LOCK, { input: { memberId: id, reason: ' ', idempotencyKey: newKey() } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

    const unlocked = (await ok(shop.cashier, UNLOCK, { input: { memberId: id, idempotencyKey: newKey() } })).unlockMemberCard;
    expect(unlocked).toMatchObject({ status: 'ACTIVE', lockedAt: null, reason: null });
    expect(await found('lock0001')).toEqual([member.id]);
    expect(await payable(member.id)).toBe('ok');
    expect(errorOf(await call(shop.cashier, UNLOCK, { input: { memberId: id, idempotencyKey: newKey() } }))).toMatchObject({ code: 'CONFLICT', field: 'memberId' });
  });

  it('sets, checks and clears the PIN asked before paying with stored value', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const id = String(member.id);
    await ok(shop.cashier, ISSUE, { input: { memberId: id, cardNumber: 'PIN00001', pin: '2468', idempotencyKey: newKey() } });
    expect(await payable(member.id)).toBe('WRONG_PIN');
    expect(await payable(member.id, '2468')).toBe('ok');

    expect((await ok(shop.cashier, SET_PIN, { input: { memberId: id, pin: '135790', idempotencyKey: newKey() } })).setMemberCardPin.hasPin).toBe(true);
    expect(await payable(member.id, '2468')).toBe('WRONG_PIN');
    expect(await payable(member.id, '135790')).toBe('ok');
    expect((await ds.getRepository(MemberCard).findOneByOrFail({ cardNumber: 'PIN00001' })).pinHash).not.toContain('135790');
    expect(errorOf(await call(shop.cashier, SET_PIN, { input: { memberId: id, pin: '12a4', idempotencyKey: newKey() } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'pin' });

    expect((await ok(shop.cashier, SET_PIN, { input: { memberId: id, pin: null, idempotencyKey: newKey() } })).setMemberCardPin.hasPin).toBe(false);
    expect(await payable(member.id)).toBe('ok');
    const audits = await ds.getRepository(AuditLog).findBy({ entityType: 'member', entityId: member.id });
    expect(JSON.stringify(audits)).not.toMatch(/2468|135790/);
  });

  it('replaces a lost card: balances stay hers, the new number opens her, the old does not, the PIN is not carried over', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const id = String(member.id);
    const first = (await ok(shop.cashier, ISSUE, { input: { memberId: id, cardNumber: 'OLD00001', pin: '1111', idempotencyKey: newKey() } })).issueMemberCard;
    await inReadCommittedTransaction(ds, async (m) => {
      await postStoredValue(m, { memberId: member.id, kind: StoredValueEntryKind.TOP_UP, amountCents: 110_000, paidCents: 100_000, bonusCents: 10_000, at: new Date(), branchId: shop.branch.id });
      await postPoints(m, { memberId: member.id, kind: PointsEntryKind.ADJUST, points: 50, at: new Date(), expiresAt: null });
    });
    await ok(shop.cashier, LOCK, { input: { memberId: id, reason: 'lost', idempotencyKey: newKey() } });

    const key = newKey();
    const input = { memberId: id, cardNumber: 'new00002', reason: 'lost on the MTR', idempotencyKey: key };
    const replacement = (await ok(shop.cashier, REPLACE, { input })).replaceMemberCard;
    expect(replacement).toMatchObject({ cardNumber: 'NEW00002', status: 'ACTIVE', hasPin: false, replacedBy: null });
    expect((await ok(shop.cashier, REPLACE, { input })).replaceMemberCard.id).toBe(replacement.id);

    const cards = (await ok(shop.cashier, CARDS, { id })).memberCards;
    expect(cards.map((c: { cardNumber: string; status: string }) => [c.cardNumber, c.status])).toEqual([['NEW00002', 'ACTIVE'], ['OLD00001', 'REPLACED']]);
    expect(cards[1]).toMatchObject({ id: first.id, reason: 'lost on the MTR', replacedBy: { id: replacement.id, cardNumber: 'NEW00002' } });

    expect(await storedValueBalance(ds.manager, member.id)).toBe(110_000);
    expect((await ds.getRepository(MemberPoints).findOneByOrFail({ memberId: member.id })).balance).toBe(50);
    expect(await payable(member.id)).toBe('ok');
    expect(await found('NEW00002')).toEqual([member.id]);
    expect(await found('OLD00001')).toEqual([]);

    // A number any card ever had stays taken, replaced or not.
    const other = await aMember(ds, shop.branch, shop.vip);
    expect(errorOf(await call(shop.cashier, ISSUE, { input: { memberId: String(other.id), cardNumber: 'OLD00001', idempotencyKey: newKey() } }))).toMatchObject({ code: 'ALREADY_USED', field: 'cardNumber' });
    expect(errorOf(await call(shop.cashier, REPLACE, { input: { memberId: id, cardNumber: 'NEW00002', reason: 'worn', idempotencyKey: newKey() } }))).toMatchObject({ code: 'ALREADY_USED', field: 'cardNumber' });
    expect(await ds.getRepository(AuditLog).countBy({ entityType: 'member', entityId: member.id, action: 'card.replace' })).toBe(1);
  });

  it('refuses a member without a card, staff without prepaid.cards and members outside the viewer\'s scope', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const id = String(member.id);
    expect(errorOf(await call(shop.cashier, LOCK, { input: { memberId: id, reason: 'lost', idempotencyKey: newKey() } }))).toMatchObject({ code: 'CONFLICT', field: 'memberId' });
    expect(errorOf(await call(shop.salesperson, ISSUE, { input: { memberId: id, cardNumber: 'SALE0001', idempotencyKey: newKey() } }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await ds.getRepository(MemberCard).countBy({ memberId: member.id })).toBe(0);

    // shop.otherMember belongs to the other branch: the cashier does not see her, by card either.
    const outsider = String(shop.otherMember.id);
    expect(errorOf(await call(shop.cashier, ISSUE, { input: { memberId: outsider, cardNumber: 'OUT00001', idempotencyKey: newKey() } }))).toMatchObject({ code: 'NOT_FOUND', field: 'memberId' });
    expect(errorOf(await call(shop.cashier, CARDS, { id: outsider }))).toMatchObject({ code: 'NOT_FOUND', field: 'memberId' });
    await ok(shop.manager, ISSUE, { input: { memberId: outsider, cardNumber: 'OUT00001', idempotencyKey: newKey() } });
    expect(await found('OUT00001', shop.manager)).toEqual([shop.otherMember.id]);
    expect(await found('OUT00001')).toEqual([]);
    const otherDesk = await aStaff(ds, shop.otherBranch, [StaffRole.FRONT_DESK]);
    expect(errorOf(await call(otherDesk, LOCK, { input: { memberId: id, reason: 'lost', idempotencyKey: newKey() } }))).toMatchObject({ code: 'NOT_FOUND', field: 'memberId' });
  });
});
