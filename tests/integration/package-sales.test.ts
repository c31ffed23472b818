/**
 * Selling, using, topping up and refunding packages through GraphQL on a real database: the
 * 4,000-value discount package sold for 3,500 valid 6 months; a 10-session package on three
 * instalments (the schedule adds up to the price, the first paid now); sessions used until refused
 * (used up, expired, not covered, locked card) in the caller's language naming the field; added
 * sessions and refunds by permission; the uses of a package recognise exactly its price; member
 * scope; idempotent retries.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { Appointment, AuditLog, Instalment, MemberCard, MemberPackage, PackageEntry, PrepaidPayment, PrepaidSale, TenderType } from '../../entities';
import { AppointmentStatus } from '../../entities/appointment.entity';
import { MemberCardStatus } from '../../entities/member-card.entity';
import { localDateIn } from '../../services/appointments/arrival-day';
import { packageValidTo } from '../../services/prepaid/prepaid-rules';
import { StaffRole } from '../../services/staff/staff-role';
import { aMember, aStaff } from '../helpers/fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { aTreatment, call, errorOf, ok } from './appointment-booking.fixtures';
import { aShop, newKey, pay, type Shop } from './sales-checkout.fixtures';

let db: TestDatabase;
let ds: DataSource;
let shop: Shop;
let valueTypeId: string;
let sessionTypeId: string;
let storedValue: TenderType;

const CREATE_TYPE = `mutation ($input: PackageTypeInput!) { createPackageType(input: $input) { id } }`;
const PACKAGE_FIELDS = `id name kind sessionsTotal sessionsRemaining valueCents remainingCents priceCents deferredCents status validTo usable expired treatmentsAny
  treatments { id } branch { id } prepaidSale { id number kind amountCents instalmentCount }`;
const SELL = `mutation ($input: SellPackageInput!) { sellPackage(input: $input) { ${PACKAGE_FIELDS} } }`;
const USE = `mutation ($input: UseSessionInput!) { useSession(input: $input) { id kind sessions sessionsAfter revenueCents appointmentId treatment { id } staff { id } branch { id } } }`;
const ADD = `mutation ($input: AddSessionsInput!) { addSessions(input: $input) { id kind sessions sessionsAfter reason } }`;
const REFUND = `mutation ($input: RefundPackageInput!) { refundPackage(input: $input) { id number kind amountCents note } }`;
const ONE = `query ($id: ID!, $first: Int) { memberPackage(id: $id) { ${PACKAGE_FIELDS} entries(first: $first) { totalCount nodes { kind sessions valueCents sessionsAfter revenueCents reason } } } }`;
const USABLE = `query ($memberId: ID!, $treatmentId: ID, $kind: PackageKind) { usableMemberPackages(memberId: $memberId, treatmentId: $treatmentId, kind: $kind) { id } }`;

const today = () => localDateIn(new Date(), 'Asia/Hong_Kong');

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  shop = await aShop(ds);
  storedValue = await ds.getRepository(TenderType).findOneByOrFail({ code: 'SV' });
  valueTypeId = (await ok(shop.manager, CREATE_TYPE, { input: { code: 'MEMBERC', name: 'Member C', kind: 'VALUE', valueCents: 400_000, priceCents: 350_000, validityMonths: 6 } })).createPackageType.id;
  sessionTypeId = (await ok(shop.manager, CREATE_TYPE, {
    input: { code: 'FACIAL10', name: 'Facial ×10', kind: 'SESSIONS', sessions: 10, priceCents: 100_000, validityMonths: 12, treatmentIds: [String(shop.facial.id)] },
  })).createPackageType.id;
});

afterAll(async () => {
  await db.drop();
});

const sellInput = (memberId: number, typeId: string, payments: Array<ReturnType<typeof pay>>, extra: Record<string, unknown> = {}) => ({
  memberId: String(memberId), branchId: String(shop.branch.id), packageTypeId: typeId, payments, idempotencyKey: newKey(), ...extra,
});
const sessionUse = (pkgId: string, extra: Record<string, unknown> = {}) => ({ memberPackageId: pkgId, treatmentId: String(shop.facial.id), branchId: String(shop.branch.id), idempotencyKey: newKey(), ...extra });
const sellSessions = async (memberId = shop.member.id) => (await ok(shop.cashier, SELL, { input: sellInput(memberId, sessionTypeId, [pay(shop.cash, 100_000)]) })).sellPackage;

describe('sellPackage', () => {
  it('sells the 4,000-value package for 3,500, valid 6 months, on one numbered prepaid sale, audited', async () => {
    const pkg = (await ok(shop.cashier, SELL, { input: sellInput(shop.member.id, valueTypeId, [pay(shop.cash, 150_000), pay(shop.card, 200_000, 'slip 1')]) })).sellPackage;
    expect(pkg).toMatchObject({
      name: 'Member C', kind: 'VALUE', valueCents: 400_000, remainingCents: 400_000, priceCents: 350_000, deferredCents: 350_000, status: 'ACTIVE',
      validTo: packageValidTo(today(), 6), usable: true, expired: false, treatmentsAny: true, branch: { id: String(shop.branch.id) },
      prepaidSale: { kind: 'PACKAGE', amountCents: 350_000, instalmentCount: 1 },
    });
    expect(pkg.prepaidSale.number).toMatch(/^TKO/);
    const payments = await ds.getRepository(PrepaidPayment).findBy({ prepaidSaleId: Number(pkg.prepaidSale.id) });
    expect(payments.map((p) => [p.amountCents, p.instalmentId, p.reference]).sort()).toEqual([[150_000, null, null], [200_000, null, 'slip 1']]);
    expect(await ds.getRepository(Instalment).countBy({ prepaidSaleId: Number(pkg.prepaidSale.id) })).toBe(0);
    expect(await ds.getRepository(AuditLog).countBy({ entityType: 'member_package', entityId: Number(pkg.id), action: 'sell' })).toBe(1);
    const entries = (await ok(shop.cashier, ONE, { id: pkg.id })).memberPackage.entries;
    expect(entries.nodes).toEqual([{ kind: 'SALE', sessions: 0, valueCents: 400_000, sessionsAfter: 0, revenueCents: 0, reason: null }]);
  });

  it('refuses a price at or above the value naming priceCents, and payments that do not add up to what is due', async () => {
    const high = errorOf(await call(shop.cashier, SELL, { input: sellInput(shop.member.id, valueTypeId, [pay(shop.cash, 400_000)], { priceCents: 400_000 }) }, 'zh-HK'));
    expect(high).toMatchObject({ field: 'priceCents' });
    expect(high.message).toContain('4000.00');
    expect(errorOf(await call(shop.cashier, SELL, { input: sellInput(shop.member.id, valueTypeId, [pay(shop.cash, 349_999)]) }))).toMatchObject({ field: 'payments' });
    expect(errorOf(await call(shop.cashier, SELL, { input: sellInput(shop.member.id, valueTypeId, [pay(storedValue, 350_000)]) }))).toMatchObject({ field: 'payments.0.tenderTypeId' });
    expect(errorOf(await call(shop.cashier, SELL, { input: sellInput(shop.member.id, valueTypeId, [pay(shop.cash, 350_000)], { instalmentCount: 25 }) }))).toMatchObject({ field: 'instalmentCount' });
    expect(await ds.getRepository(MemberPackage).countBy({ memberId: shop.member.id, kind: 'VALUE' as never, priceCents: 400_000 })).toBe(0);
  });

  it('sells a 10-session package on three instalments: the schedule adds up to the price, the first is paid now', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const price = 100_001;
    expect(errorOf(await call(shop.cashier, SELL, { input: sellInput(member.id, sessionTypeId, [pay(shop.cash, price)], { priceCents: price, instalmentCount: 3 }) }))).toMatchObject({ field: 'payments' });
    const pkg = (await ok(shop.cashier, SELL, { input: sellInput(member.id, sessionTypeId, [pay(shop.card, 33_335)], { priceCents: price, instalmentCount: 3 }) })).sellPackage;
    expect(pkg).toMatchObject({ kind: 'SESSIONS', sessionsTotal: 10, sessionsRemaining: 10, priceCents: price, prepaidSale: { instalmentCount: 3, amountCents: price } });
    const schedule = await ds.getRepository(Instalment).find({ where: { prepaidSaleId: Number(pkg.prepaidSale.id) }, order: { sequence: 'ASC' } });
    expect(schedule.map((i) => i.amountCents)).toEqual([33_335, 33_333, 33_333]);
    expect(schedule.reduce((sum, i) => sum + i.amountCents, 0)).toBe(price);
    expect(schedule[0]).toMatchObject({ dueDate: today(), paidCents: 33_335 });
    expect(schedule[0].paidAt).not.toBeNull();
    expect(schedule.slice(1).map((i) => i.paidCents)).toEqual([0, 0]);
    const payment = await ds.getRepository(PrepaidPayment).findOneByOrFail({ prepaidSaleId: Number(pkg.prepaidSale.id) });
    expect(payment).toMatchObject({ instalmentId: schedule[0].id, amountCents: 33_335 });
  });

  it('sells once per idempotency key, and only to members in the viewer\'s scope with prepaid.sellPackages', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const input = sellInput(member.id, sessionTypeId, [pay(shop.cash, 100_000)]);
    const first = (await ok(shop.cashier, SELL, { input })).sellPackage;
    const again = (await ok(shop.cashier, SELL, { input })).sellPackage;
    expect(again.id).toBe(first.id);
    expect(await ds.getRepository(PrepaidSale).countBy({ memberId: member.id })).toBe(1);
    expect(errorOf(await call(shop.cashier, SELL, { input: { ...input, priceCents: 90_000 } })).code).toBe('IDEMPOTENCY_KEY_REUSED');

    const outsider = await aStaff(ds, shop.otherBranch, [StaffRole.FRONT_DESK]);
    expect(errorOf(await call(outsider, SELL, { input: sellInput(member.id, sessionTypeId, [pay(shop.cash, 100_000)], { branchId: String(shop.otherBranch.id) }) }))).toMatchObject({ code: 'NOT_FOUND', field: 'memberId' });
    expect(errorOf(await call(shop.beautician, SELL, { input: sellInput(member.id, sessionTypeId, [pay(shop.cash, 100_000)]) })).code).toBe('FORBIDDEN');
  });
});

describe('useSession', () => {
  it('uses sessions until used up; the uses recognise exactly the price; a retry uses one', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const pkg = (await ok(shop.cashier, SELL, { input: sellInput(member.id, sessionTypeId, [pay(shop.cash, 100_000)], { priceCents: 100_000 }) })).sellPackage;
    const input = sessionUse(pkg.id);
    const first = (await ok(shop.cashier, USE, { input })).useSession;
    expect(first).toMatchObject({ kind: 'USE', sessions: -1, sessionsAfter: 9, revenueCents: 10_000, treatment: { id: String(shop.facial.id) }, staff: { id: String(shop.cashier.id) }, branch: { id: String(shop.branch.id) } });
    expect((await ok(shop.cashier, USE, { input })).useSession.id).toBe(first.id);
    // Added sessions spread what is still deferred over more sessions; the total recognised is still the price.
    await ok(shop.manager, ADD, { input: { memberPackageId: pkg.id, sessions: 2, reason: 'goodwill', idempotencyKey: newKey() } });
    for (let i = 0; i < 11; i++) await ok(shop.cashier, USE, { input: sessionUse(pkg.id) });
    const used = await ds.getRepository(PackageEntry).findBy({ memberPackageId: Number(pkg.id) });
    expect(used.reduce((sum, e) => sum + e.revenueCents, 0)).toBe(100_000);
    const after = (await ok(shop.cashier, ONE, { id: pkg.id, first: 3 })).memberPackage;
    expect(after).toMatchObject({ sessionsRemaining: 0, sessionsTotal: 12, deferredCents: 0, usable: false });
    expect(after.entries.totalCount).toBe(14);

    const refused = errorOf(await call(shop.cashier, USE, { input: sessionUse(pkg.id) }, 'zh-HK'));
    expect(refused).toMatchObject({ code: 'PACKAGE_NOT_USABLE', field: 'memberPackageId' });
    expect(refused.message).toContain('套票');
    expect(refused.message).toContain('Facial ×10');
  });

  it('refuses a treatment the package does not cover naming treatmentId, an expired package, a locked card', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const pkg = await sellSessions(member.id);
    const peel = await aTreatment(ds, { code: 'PEEL1', name: 'Peel' });
    const notCovered = errorOf(await call(shop.cashier, USE, { input: sessionUse(pkg.id, { treatmentId: String(peel.id) }) }));
    expect(notCovered).toMatchObject({ code: 'PACKAGE_NOT_USABLE', field: 'treatmentId' });
    expect(notCovered.message).toContain('does not cover');
    expect((await ok(shop.cashier, USABLE, { memberId: String(member.id), treatmentId: String(peel.id) })).usableMemberPackages).toEqual([]);
    expect((await ok(shop.cashier, USABLE, { memberId: String(member.id), treatmentId: String(shop.facial.id), kind: 'SESSIONS' })).usableMemberPackages).toEqual([{ id: pkg.id }]);

    await ds.getRepository(MemberCard).insert({ memberId: member.id, cardNumber: `LOCK${member.id}`, status: MemberCardStatus.LOCKED, issuedAt: new Date(), lockedAt: new Date() });
    expect(errorOf(await call(shop.cashier, USE, { input: sessionUse(pkg.id) }))).toMatchObject({ code: 'CARD_LOCKED', field: 'memberPackageId' });
    await ds.getRepository(MemberCard).update({ memberId: member.id }, { status: MemberCardStatus.ACTIVE });

    await ds.getRepository(MemberPackage).update({ id: Number(pkg.id) }, { validTo: '2020-01-31' });
    const expired = errorOf(await call(shop.cashier, USE, { input: sessionUse(pkg.id) }));
    expect(expired).toMatchObject({ code: 'PACKAGE_NOT_USABLE', field: 'memberPackageId' });
    expect(expired.message).toContain('expired');
    expect((await ok(shop.cashier, ONE, { id: pkg.id })).memberPackage).toMatchObject({ expired: true, usable: false });
    expect(await ds.getRepository(PackageEntry).countBy({ memberPackageId: Number(pkg.id), kind: 'USE' as never })).toBe(0);
  });

  it('uses a package once per appointment, and refuses packages of members out of the viewer\'s scope', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const pkg = await sellSessions(member.id);
    const appointmentOf = async (memberId: number) => {
      const at = new Date();
      const row = { memberId, branchId: shop.branch.id, treatmentId: shop.facial.id, startsAt: at, endsAt: at, blockedUntil: at, status: AppointmentStatus.COMPLETED, createdById: shop.cashier.id, updatedById: shop.cashier.id };
      return String((await ds.getRepository(Appointment).insert(row)).identifiers[0].id);
    };
    const appointmentId = await appointmentOf(member.id);
    const used = (await ok(shop.cashier, USE, { input: sessionUse(pkg.id, { appointmentId }) })).useSession;
    expect(used.appointmentId).toBe(appointmentId);
    expect(errorOf(await call(shop.cashier, USE, { input: sessionUse(pkg.id, { appointmentId }) }))).toMatchObject({ field: 'appointmentId' });
    expect(errorOf(await call(shop.cashier, USE, { input: sessionUse(pkg.id, { appointmentId: await appointmentOf(shop.member.id) }) }))).toMatchObject({ field: 'appointmentId' });
    const outsider = await aStaff(ds, shop.otherBranch, [StaffRole.FRONT_DESK]);
    expect(errorOf(await call(outsider, USE, { input: sessionUse(pkg.id, { branchId: String(shop.otherBranch.id) }) }))).toMatchObject({ code: 'PACKAGE_NOT_USABLE', field: 'memberPackageId' });
    expect(errorOf(await call(outsider, ONE, { id: pkg.id })).code).toBe('NOT_FOUND');
    expect(errorOf(await call(shop.salesperson, USE, { input: sessionUse(pkg.id) })).code).toBe('FORBIDDEN');
  });
});

describe('addSessions and refundPackage', () => {
  it('adds sessions only with prepaid.addSessions, with a reason, once per key, audited', async () => {
    const pkg = await sellSessions();
    const input = { memberPackageId: pkg.id, sessions: 3, reason: 'compensation', idempotencyKey: newKey() };
    expect(errorOf(await call(shop.cashier, ADD, { input })).code).toBe('FORBIDDEN');
    expect(errorOf(await call(shop.manager, ADD, { input: { ...input, reason: ' ' } }))).toMatchObject({ field: 'reason' });
    expect(errorOf(await call(shop.manager, ADD, { input: { ...input, sessions: 0 } }))).toMatchObject({ field: 'sessions' });
    const added = (await ok(shop.manager, ADD, { input })).addSessions;
    expect(added).toMatchObject({ kind: 'ADD', sessions: 3, sessionsAfter: 13, reason: 'compensation' });
    expect((await ok(shop.manager, ADD, { input })).addSessions.id).toBe(added.id);
    expect((await ok(shop.manager, ONE, { id: pkg.id })).memberPackage).toMatchObject({ sessionsTotal: 13, sessionsRemaining: 13 });
    expect(await ds.getRepository(AuditLog).countBy({ entityType: 'member_package', entityId: Number(pkg.id), action: 'addSessions' })).toBe(1);
    const value = (await ok(shop.cashier, SELL, { input: sellInput(shop.member.id, valueTypeId, [pay(shop.cash, 350_000)]) })).sellPackage;
    expect(errorOf(await call(shop.manager, ADD, { input: { ...input, memberPackageId: value.id, idempotencyKey: newKey() } }))).toMatchObject({ code: 'PACKAGE_NOT_USABLE', field: 'memberPackageId' });
  });

  it('refunds by prepaid.refund up to what was paid: the package closes without revenue, a negative prepaid sale and payment, instalments not yet paid no longer owed', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const pkg = (await ok(shop.cashier, SELL, { input: sellInput(member.id, sessionTypeId, [pay(shop.cash, 40_000)], { priceCents: 120_000, instalmentCount: 3 }) })).sellPackage;
    await ok(shop.cashier, USE, { input: sessionUse(pkg.id) });
    const input = { memberPackageId: pkg.id, branchId: String(shop.branch.id), amountCents: 30_000, tenderTypeId: String(shop.cash.id), reason: 'moving away', idempotencyKey: newKey() };
    expect(errorOf(await call(shop.cashier, REFUND, { input })).code).toBe('FORBIDDEN');
    const above = errorOf(await call(shop.manager, REFUND, { input: { ...input, amountCents: 40_001 } }));
    expect(above).toMatchObject({ field: 'amountCents' });
    expect(above.message).toContain('400.00');
    expect(errorOf(await call(shop.manager, REFUND, { input: { ...input, tenderTypeId: String(storedValue.id) } }))).toMatchObject({ field: 'tenderTypeId' });

    const refund = (await ok(shop.manager, REFUND, { input })).refundPackage;
    expect(refund).toMatchObject({ kind: 'PKG_REFUND', amountCents: -30_000, note: 'moving away' });
    expect((await ok(shop.manager, REFUND, { input })).refundPackage.id).toBe(refund.id);
    const payments = await ds.getRepository(PrepaidPayment).findBy({ prepaidSaleId: Number(refund.id) });
    expect(payments.map((p) => p.amountCents)).toEqual([-30_000]);
    const after = (await ok(shop.manager, ONE, { id: pkg.id })).memberPackage;
    expect(after).toMatchObject({ status: 'REFUNDED', sessionsRemaining: 0, deferredCents: 0, usable: false });
    expect(after.entries.nodes[0]).toMatchObject({ kind: 'REFUND', sessions: -9, revenueCents: 0, reason: 'moving away' });
    const schedule = await ds.getRepository(Instalment).find({ where: { prepaidSaleId: Number(pkg.prepaidSale.id) }, order: { sequence: 'ASC' } });
    expect(schedule.map((i) => i.amountCents - i.paidCents)).toEqual([0, 0, 0]);
    expect(errorOf(await call(shop.manager, REFUND, { input: { ...input, idempotencyKey: newKey() } }))).toMatchObject({ code: 'PACKAGE_NOT_USABLE', field: 'memberPackageId' });
    expect(errorOf(await call(shop.cashier, USE, { input: sessionUse(pkg.id) }))).toMatchObject({ code: 'PACKAGE_NOT_USABLE' });
    expect(await ds.getRepository(AuditLog).countBy({ entityType: 'member_package', entityId: Number(pkg.id), action: 'refund' })).toBe(1);
  });
});
