/**
 * Stored value bought and paid back at the 預付 counter, through GraphQL on a real database: the
 * level's bonus recorded apart from what she paid (VIP: pay 1,000, get 1,100), payments that must
 * settle the amount (cash gives change), an idempotent retry, the refund by permission that never
 * takes the balance below zero, and members outside the viewer's scope.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { AuditLog, PrepaidPayment, PrepaidSale, StoredValueAccount, StoredValueEntry, TenderType } from '../../entities';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { call, errorOf, ok } from './appointment-booking.fixtures';
import { aShop, newKey, pay, type Shop } from './sales-checkout.fixtures';
import { aMember, aStaff } from '../helpers/fixtures';
import { StaffRole } from '../../services/staff/staff-role';
import { MemberReach } from '../../services/visibility/member-visibility';

let db: TestDatabase;
let ds: DataSource;
let shop: Shop;
let storedValue: TenderType;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  shop = await aShop(ds);
  await ds.getRepository('MemberGroup').update({ id: shop.vip.id }, { topUpBonusPercent: 10 });
  storedValue = await ds.getRepository(TenderType).findOneByOrFail({ code: 'SV' });
});

afterAll(async () => {
  await db.drop();
});

const QUOTE = `query ($memberId: ID!, $amountCents: Int!) { topUpQuote(memberId: $memberId, amountCents: $amountCents) { paidCents bonusPercent bonusCents totalCents } }`;
const RESULT = `changeCents prepaidSale { id number kind amountCents bonusCents note branch { id } staff { id } member { id }
  payments { amountCents reference tenderType { code } } instalments { id } memberPackage { id } }
  entry { id kind amountCents paidCents bonusCents balanceAfterCents reason prepaidSale { id } branch { id } staff { id } invoice { id } }`;
const TOP_UP = `mutation ($input: TopUpInput!) { topUp(input: $input) { ${RESULT} } }`;
const REFUND = `mutation ($input: RefundStoredValueInput!) { refundStoredValue(input: $input) { ${RESULT} } }`;

const topUpInput = (memberId: number, amountCents: number, payments: Array<ReturnType<typeof pay>>, key = newKey()) => ({
  input: { memberId: String(memberId), branchId: String(shop.branch.id), amountCents, payments, idempotencyKey: key },
});
const refundInput = (memberId: number, amountCents: number, key = newKey()) => ({
  input: { memberId: String(memberId), branchId: String(shop.branch.id), amountCents, tenderTypeId: String(shop.cash.id), reason: 'moving abroad', idempotencyKey: key },
});
const balanceOf = async (memberId: number) => (await ds.getRepository(StoredValueAccount).findOneBy({ memberId }))?.balanceCents ?? 0;
const ledgerSum = async (memberId: number) => (await ds.getRepository(StoredValueEntry).findBy({ memberId })).reduce((sum, e) => sum + e.amountCents, 0);

describe('topUpQuote', () => {
  it('previews her level\'s bonus: pay 1,000, get 1,100', async () => {
    expect((await ok(shop.cashier, QUOTE, { memberId: String(shop.member.id), amountCents: 100_000 })).topUpQuote).toEqual({ paidCents: 100_000, bonusPercent: 10, bonusCents: 10_000, totalCents: 110_000 });
    expect(errorOf(await call(shop.cashier, QUOTE, { memberId: String(shop.member.id), amountCents: 0 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountCents' });
    expect(errorOf(await call(shop.cashier, QUOTE, { memberId: String(shop.otherMember.id), amountCents: 100 }))).toMatchObject({ code: 'NOT_FOUND', field: 'memberId' });
  });
});

describe('topUp', () => {
  it('credits what she paid plus the VIP bonus, as paid and bonus parts, on a numbered prepaid sale', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const result = (await ok(shop.cashier, TOP_UP, topUpInput(member.id, 100_000, [pay(shop.card, 60_000, 'slip 7'), pay(shop.cash, 50_000)]))).topUp;
    expect(result.changeCents).toBe(10_000);
    expect(result.prepaidSale).toMatchObject({
      kind: 'TOP_UP', amountCents: 100_000, bonusCents: 10_000, note: null, branch: { id: String(shop.branch.id) }, staff: { id: String(shop.cashier.id) }, member: { id: String(member.id) },
      instalments: [], memberPackage: null,
    });
    expect(result.prepaidSale.number).toMatch(/^TKO/);
    expect(result.prepaidSale.payments).toEqual([
      { amountCents: 60_000, reference: 'slip 7', tenderType: { code: 'CARD' } },
      { amountCents: 40_000, reference: null, tenderType: { code: 'CASH' } },
    ]);
    expect(result.entry).toMatchObject({ kind: 'TOP_UP', amountCents: 110_000, paidCents: 100_000, bonusCents: 10_000, balanceAfterCents: 110_000, prepaidSale: { id: result.prepaidSale.id }, invoice: null });
    expect(await ds.getRepository(StoredValueAccount).findOneByOrFail({ memberId: member.id })).toMatchObject({ balanceCents: 110_000, paidInCents: 100_000, bonusInCents: 10_000 });
    const audit = await ds.getRepository(AuditLog).findOneByOrFail({ entityType: 'prepaidSale', entityId: Number(result.prepaidSale.id) });
    expect(audit).toMatchObject({ action: 'topUp', actorId: shop.cashier.id });
  });

  it('refuses payments that do not settle the amount, naming them, and prepaid tenders', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const short = errorOf(await call(shop.cashier, TOP_UP, topUpInput(member.id, 100_000, [pay(shop.card, 90_000)])));
    expect(short).toMatchObject({ code: 'BAD_USER_INPUT', field: 'payments' });
    expect(short.message).toContain('100.00');
    expect(errorOf(await call(shop.cashier, TOP_UP, topUpInput(member.id, 100_000, [pay(shop.card, 100_001)])))).toMatchObject({ field: 'payments.0.amountCents' });
    expect(errorOf(await call(shop.cashier, TOP_UP, topUpInput(member.id, 100_000, [])))).toMatchObject({ field: 'payments' });
    expect(errorOf(await call(shop.cashier, TOP_UP, topUpInput(member.id, 100_000, [pay(shop.cash, 50_000), pay(storedValue, 50_000)])))).toMatchObject({ field: 'payments.1.tenderTypeId' });
    expect(await ds.getRepository(PrepaidSale).countBy({ memberId: member.id })).toBe(0);
    expect(await balanceOf(member.id)).toBe(0);
  });

  it('applies a retry with the same key once', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const vars = topUpInput(member.id, 50_000, [pay(shop.cash, 50_000)]);
    const [first, second] = await Promise.all([ok(shop.cashier, TOP_UP, vars), ok(shop.cashier, TOP_UP, vars)]);
    expect(second.topUp.prepaidSale.id).toBe(first.topUp.prepaidSale.id);
    const third = await ok(shop.cashier, TOP_UP, vars);
    expect(third.topUp.prepaidSale.id).toBe(first.topUp.prepaidSale.id);
    expect(await balanceOf(member.id)).toBe(55_000);
    expect(await ds.getRepository(PrepaidPayment).countBy({ prepaidSaleId: Number(first.topUp.prepaidSale.id) })).toBe(1);
    const reused = await call(shop.cashier, TOP_UP, { input: { ...vars.input, amountCents: 60_000, payments: [pay(shop.cash, 60_000)] } });
    expect(errorOf(reused)).toMatchObject({ field: 'idempotencyKey' });
  });

  it('refuses a member outside the viewer\'s scope', async () => {
    expect(errorOf(await call(shop.cashier, TOP_UP, topUpInput(shop.otherMember.id, 10_000, [pay(shop.cash, 10_000)])))).toMatchObject({ code: 'NOT_FOUND', field: 'memberId' });
    expect(await balanceOf(shop.otherMember.id)).toBe(0);
  });
});

describe('refundStoredValue', () => {
  it('needs prepaid.refund, pays back in money and never goes below zero', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    await ok(shop.cashier, TOP_UP, topUpInput(member.id, 10_000, [pay(shop.cash, 10_000)]));
    // The front desk tops up but does not pay stored value back.
    expect(errorOf(await call(shop.cashier, REFUND, refundInput(member.id, 1_000)))).toMatchObject({ code: 'FORBIDDEN' });

    const refund = (await ok(shop.manager, REFUND, refundInput(member.id, 4_000))).refundStoredValue;
    expect(refund.prepaidSale).toMatchObject({ kind: 'SV_REFUND', amountCents: -4_000, bonusCents: 0, note: 'moving abroad', payments: [{ amountCents: -4_000, reference: null, tenderType: { code: 'CASH' } }] });
    expect(refund.entry).toMatchObject({ kind: 'REFUND', amountCents: -4_000, balanceAfterCents: 7_000, reason: 'moving abroad' });

    const short = errorOf(await call(shop.manager, REFUND, refundInput(member.id, 7_001)));
    expect(short).toMatchObject({ code: 'INSUFFICIENT_STORED_VALUE', field: 'amountCents' });
    expect(short.message).toContain('70.00');
    expect(await ds.getRepository(PrepaidSale).countBy({ memberId: member.id })).toBe(2);

    await ok(shop.manager, REFUND, refundInput(member.id, 7_000));
    expect(await balanceOf(member.id)).toBe(0);
    expect(await ledgerSum(member.id)).toBe(0);
    expect(await ds.getRepository(AuditLog).countBy({ entityType: 'prepaidSale', action: 'refundStoredValue', actorId: shop.manager.id })).toBe(2);
  });

  it('applies a retry once and refuses a member outside the scope', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    await ok(shop.cashier, TOP_UP, topUpInput(member.id, 10_000, [pay(shop.cash, 10_000)]));
    const vars = refundInput(member.id, 3_000);
    await ok(shop.manager, REFUND, vars);
    await ok(shop.manager, REFUND, vars);
    expect(await balanceOf(member.id)).toBe(8_000);
    expect(errorOf(await call(shop.cashier, REFUND, refundInput(member.id, 0)))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await call(shop.manager, REFUND, refundInput(member.id, 0)))).toMatchObject({ field: 'amountCents' });
    expect(errorOf(await call(shop.manager, REFUND, { input: { ...refundInput(member.id, 100).input, reason: ' ' } }))).toMatchObject({ field: 'reason' });
    const ownBranchManager = await aStaff(ds, shop.branch, [StaffRole.MANAGER], { memberReach: MemberReach.OWN_BRANCH });
    expect(errorOf(await call(ownBranchManager, REFUND, refundInput(shop.otherMember.id, 100)))).toMatchObject({ code: 'NOT_FOUND', field: 'memberId' });
  });
});
