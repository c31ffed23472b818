/**
 * Paying with prepaid balances at the cashier, through the real GraphQL route: stored value
 * (儲值扣費) with and without the card's PIN, a locked card refusing every prepaid payment, a
 * discount package paying only the treatments it covers, a session package's line (計次消費) at 0,
 * the void giving all of it back, a return refunded to stored value, an idempotent retry debiting
 * once, and the cashier's read of her balances.
 */
import bcrypt from 'bcryptjs';
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { Invoice, InvoiceLine, MemberCard, MemberPackage, PackageEntry, PrepaidSale, StoredValueEntry, TenderType, type Member, type Treatment } from '../../entities';
import { MemberCardStatus } from '../../entities/member-card.entity';
import { PackageEntryKind } from '../../entities/package-entry.entity';
import { PackageKind } from '../../entities/package-type.entity';
import { PrepaidSaleKind } from '../../entities/prepaid-sale.entity';
import { StoredValueEntryKind } from '../../entities/stored-value-entry.entity';
import { openPackage } from '../../services/prepaid/package-ledger.service';
import { postStoredValue, storedValueBalance } from '../../services/prepaid/stored-value-ledger.service';
import { aMember } from '../helpers/fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { aTreatment, call, errorOf, ok } from './appointment-booking.fixtures';
import { aShop, CHECKOUT, checkoutInput, pay, productLine, QUOTE, treatmentLine, VOID, type Shop } from './sales-checkout.fixtures';

let db: TestDatabase;
let ds: DataSource;
let shop: Shop;
let sv: TenderType;
let pkg: TenderType;
let massage: Treatment;
let saleNo = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  shop = await aShop(ds);
  sv = await ds.getRepository(TenderType).findOneByOrFail({ code: 'SV' });
  pkg = await ds.getRepository(TenderType).findOneByOrFail({ code: 'PKG' });
  massage = await aTreatment(ds, { code: 'MSG1', name: 'Massage', priceCents: 30_000 });
}, 120_000);

afterAll(async () => {
  await db.drop();
});

const RETURN = `mutation ($input: ReturnSaleInput!) { returnSale(input: $input) { id totalCents } }`;
const PREPAID = `query ($memberId: ID!) { prepaidAtCheckout(memberId: $memberId) {
  memberId storedValueCents cardLocked cardHasPin packages { id name kind sessionsRemaining remainingCents validTo treatmentIds } } }`;
const QUOTE_PACKAGE = `query ($input: BillDraftInput!) { quoteBill(input: $input) { totalCents lines { unitPriceCents totalCents memberPackageId } } }`;

async function topUp(member: Member, cents: number): Promise<void> {
  await ds.transaction((manager) => postStoredValue(manager, { memberId: member.id, kind: StoredValueEntryKind.TOP_UP, amountCents: cents, paidCents: cents, at: new Date() }));
}

const balance = (member: Member) => storedValueBalance(ds.manager, member.id);

async function aCard(member: Member, pin: string | null = null): Promise<MemberCard> {
  return ds.getRepository(MemberCard).save({ memberId: member.id, cardNumber: `C${member.id}-${Date.now()}`, status: MemberCardStatus.ACTIVE, pinHash: pin ? bcrypt.hashSync(pin, 4) : null, issuedAt: new Date() });
}

async function aPackage(member: Member, kind: PackageKind, spec: { sessions?: number; valueCents?: number; treatmentIds: number[] | null; validTo?: string }): Promise<MemberPackage> {
  return ds.transaction(async (manager) => {
    saleNo += 1;
    const sale = await manager.save(PrepaidSale, { number: `TEST-PP-${saleNo}`, kind: PrepaidSaleKind.PACKAGE, memberId: member.id, branchId: shop.branch.id, amountCents: 100_000, createdAt: new Date() });
    return openPackage(manager, {
      memberId: member.id,
      typeId: null,
      prepaidSaleId: sale.id,
      name: kind === PackageKind.SESSIONS ? 'Facial ×10' : 'Value 4,000',
      kind,
      treatmentIds: spec.treatmentIds,
      sessions: spec.sessions ?? 0,
      valueCents: spec.valueCents ?? 0,
      priceCents: 100_000,
      branchId: shop.branch.id,
      validTo: spec.validTo ?? '2999-12-31',
      at: new Date(),
    });
  });
}

const fresh = (id: number) => ds.getRepository(MemberPackage).findOneByOrFail({ id });
const forMember = (member: Member, rest: Record<string, unknown> = {}) => ({ memberId: String(member.id), ...rest });
const svPay = (amountCents: number, pin?: string) => ({ ...pay(sv, amountCents), ...(pin ? { pin } : {}) });
const sessionLine = (treatment: Treatment, p: MemberPackage, quantity = 1) => ({ ...treatmentLine(treatment, quantity), memberPackageId: String(p.id) });
const pkgPay = (p: MemberPackage, amountCents: number) => ({ ...pay(pkg, amountCents), memberPackageId: String(p.id) });
/** The facial (480.00) less the VIP level's 10 %. */
const FACIAL = 43_200;
/** The mask (20.00) less 10 %. */
const MASK = 1_800;

describe('stored value', () => {
  it('pays a member\'s bill: the PAYMENT entry names the invoice and the balance falls', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    await topUp(member, 50_000);
    const { checkout } = await ok(shop.cashier, CHECKOUT, { input: checkoutInput(shop, [treatmentLine(shop.facial)], [svPay(FACIAL)], forMember(member)) });
    expect(checkout).toMatchObject({ totalCents: FACIAL, changeCents: 0 });
    expect(await balance(member)).toBe(50_000 - FACIAL);
    const entries = await ds.getRepository(StoredValueEntry).findBy({ memberId: member.id, kind: StoredValueEntryKind.PAYMENT });
    expect(entries).toEqual([expect.objectContaining({ amountCents: -FACIAL, invoiceId: Number(checkout.id), branchId: shop.branch.id, staffId: shop.cashier.id, balanceAfterCents: 50_000 - FACIAL })]);
  });

  it('refuses what the balance does not cover, naming the payment\'s amount, and gives no change', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    await topUp(member, 10_000);
    const before = await ds.getRepository(Invoice).count();
    const short = await call(shop.cashier, CHECKOUT, { input: checkoutInput(shop, [treatmentLine(shop.facial)], [svPay(FACIAL)], forMember(member)) });
    expect(errorOf(short)).toMatchObject({ code: 'INSUFFICIENT_STORED_VALUE', field: 'payments.0.amountCents', message: expect.stringContaining('100.00') });
    const over = await call(shop.cashier, CHECKOUT, { input: checkoutInput(shop, [productLine(shop.mask)], [svPay(MASK + 100)], forMember(member)) });
    expect(errorOf(over)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'payments.0.amountCents' });
    expect(await ds.getRepository(Invoice).count()).toBe(before);
    expect(await balance(member)).toBe(10_000);
  });

  it('is only for a member\'s bill', async () => {
    const result = await call(shop.cashier, CHECKOUT, { input: checkoutInput(shop, [productLine(shop.mask)], [pay(sv, 2_000)]) });
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'payments.0.tenderTypeId' });
  });

  it('needs the card\'s PIN when it has one', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    await topUp(member, 10_000);
    await aCard(member, '2468');
    const missing = await call(shop.cashier, CHECKOUT, { input: checkoutInput(shop, [productLine(shop.mask)], [svPay(MASK)], forMember(member)) });
    expect(errorOf(missing)).toMatchObject({ code: 'WRONG_PIN', field: 'payments.0.pin' });
    const wrong = await call(shop.cashier, CHECKOUT, { input: checkoutInput(shop, [productLine(shop.mask)], [svPay(MASK, '1357')], forMember(member)) });
    expect(errorOf(wrong)).toMatchObject({ code: 'WRONG_PIN', field: 'payments.0.pin' });
    await ok(shop.cashier, CHECKOUT, { input: checkoutInput(shop, [productLine(shop.mask)], [svPay(MASK, '2468')], forMember(member)) });
    expect(await balance(member)).toBe(10_000 - MASK);
  });

  it('debits once when the same checkout is retried', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    await topUp(member, 10_000);
    const input = checkoutInput(shop, [productLine(shop.mask)], [svPay(MASK)], forMember(member));
    const [first, second] = await Promise.all([ok(shop.cashier, CHECKOUT, { input }), ok(shop.cashier, CHECKOUT, { input })]);
    const third = await ok(shop.cashier, CHECKOUT, { input });
    expect(second.checkout.id).toBe(first.checkout.id);
    expect(third.checkout.id).toBe(first.checkout.id);
    expect(await ds.getRepository(StoredValueEntry).countBy({ memberId: member.id, kind: StoredValueEntryKind.PAYMENT })).toBe(1);
    expect(await balance(member)).toBe(10_000 - MASK);
  });
});

describe('a locked card', () => {
  it('refuses every prepaid payment at once, naming each one, and nothing moves', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    await topUp(member, 100_000);
    const card = await aCard(member, '1111');
    const value = await aPackage(member, PackageKind.VALUE, { valueCents: 400_000, treatmentIds: null });
    const sessions = await aPackage(member, PackageKind.SESSIONS, { sessions: 5, treatmentIds: [shop.facial.id] });
    await ds.getRepository(MemberCard).update({ id: card.id }, { status: MemberCardStatus.LOCKED, lockedAt: new Date() });

    const bySv = await call(shop.cashier, CHECKOUT, { input: checkoutInput(shop, [productLine(shop.mask)], [svPay(MASK, '1111')], forMember(member)) });
    expect(errorOf(bySv)).toMatchObject({ code: 'CARD_LOCKED', field: 'payments.0.tenderTypeId' });
    const byPackage = await call(shop.cashier, CHECKOUT, { input: checkoutInput(shop, [treatmentLine(shop.facial)], [pkgPay(value, FACIAL)], forMember(member)) });
    expect(errorOf(byPackage)).toMatchObject({ code: 'CARD_LOCKED', field: 'payments.0.tenderTypeId' });
    const bySession = await call(shop.cashier, CHECKOUT, { input: checkoutInput(shop, [sessionLine(shop.facial, sessions, 1)], [], forMember(member)) });
    expect(errorOf(bySession)).toMatchObject({ code: 'CARD_LOCKED', field: 'lines.0.memberPackageId' });

    expect(await balance(member)).toBe(100_000);
    expect(await fresh(value.id)).toMatchObject({ remainingCents: 400_000 });
    expect(await fresh(sessions.id)).toMatchObject({ sessionsRemaining: 5 });
    const { prepaidAtCheckout } = await ok(shop.cashier, PREPAID, { memberId: String(member.id) });
    expect(prepaidAtCheckout).toMatchObject({ storedValueCents: 100_000, cardLocked: true, cardHasPin: true });
    // The same bill paid by card still goes through: only prepaid balances are stopped.
    await ok(shop.cashier, CHECKOUT, { input: checkoutInput(shop, [productLine(shop.mask)], [pay(shop.card, MASK)], forMember(member)) });
  });
});

describe('a discount package', () => {
  it('pays only the treatments it covers, at most what they come to', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const value = await aPackage(member, PackageKind.VALUE, { valueCents: 400_000, treatmentIds: [shop.facial.id] });
    const lines = [treatmentLine(shop.facial), treatmentLine(massage), productLine(shop.mask)];
    const over = await call(shop.cashier, CHECKOUT, { input: checkoutInput(shop, lines, [pkgPay(value, FACIAL + 1), pay(shop.cash, 50_000)], forMember(member)) });
    expect(errorOf(over)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'payments.0.amountCents', message: expect.stringContaining('432.00') });
    const missing = await call(shop.cashier, CHECKOUT, { input: checkoutInput(shop, lines, [pay(pkg, FACIAL), pay(shop.cash, 50_000)], forMember(member)) });
    expect(errorOf(missing)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'payments.0.memberPackageId' });

    const { checkout } = await ok(shop.cashier, CHECKOUT, { input: checkoutInput(shop, lines, [pkgPay(value, FACIAL), pay(shop.cash, 27_000 + MASK)], forMember(member)) });
    expect(await fresh(value.id)).toMatchObject({ remainingCents: 400_000 - FACIAL });
    const use = await ds.getRepository(PackageEntry).findOneByOrFail({ memberPackageId: value.id, kind: PackageEntryKind.USE });
    expect(use).toMatchObject({ valueCents: -FACIAL, invoiceId: Number(checkout.id) });
  });

  it('is refused for a session package or another member\'s', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const sessions = await aPackage(member, PackageKind.SESSIONS, { sessions: 5, treatmentIds: null });
    const others = await aPackage(await aMember(ds, shop.branch, shop.vip), PackageKind.VALUE, { valueCents: 100_000, treatmentIds: null });
    for (const p of [sessions, others]) {
      const result = await call(shop.cashier, CHECKOUT, { input: checkoutInput(shop, [treatmentLine(shop.facial)], [pkgPay(p, FACIAL)], forMember(member)) });
      expect(errorOf(result)).toMatchObject({ code: 'PACKAGE_NOT_USABLE', field: 'payments.0.memberPackageId' });
    }
  });
});

describe('a session package', () => {
  it('prices its line at 0 in the quote and at checkout and uses one session per unit', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const sessions = await aPackage(member, PackageKind.SESSIONS, { sessions: 2, treatmentIds: [shop.facial.id] });
    const line = sessionLine(shop.facial, sessions, 1);
    const { quoteBill } = await ok(shop.cashier, QUOTE_PACKAGE, { input: { branchId: String(shop.branch.id), memberId: String(member.id), lines: [line, productLine(shop.mask)] } });
    expect(quoteBill).toEqual({ totalCents: MASK, lines: [{ unitPriceCents: 0, totalCents: 0, memberPackageId: String(sessions.id) }, { unitPriceCents: 2_000, totalCents: MASK, memberPackageId: null }] });

    const { checkout } = await ok(shop.cashier, CHECKOUT, { input: checkoutInput(shop, [line], [], forMember(member)) });
    expect(checkout.totalCents).toBe(0);
    expect(await fresh(sessions.id)).toMatchObject({ sessionsRemaining: 1 });
    expect(await ds.getRepository(PackageEntry).findOneByOrFail({ memberPackageId: sessions.id, kind: PackageEntryKind.USE })).toMatchObject({ sessions: -1, treatmentId: shop.facial.id, invoiceId: Number(checkout.id) });

    const twice = await call(shop.cashier, CHECKOUT, { input: checkoutInput(shop, [sessionLine(shop.facial, sessions, 2)], [], forMember(member)) });
    expect(errorOf(twice)).toMatchObject({ code: 'PACKAGE_NOT_USABLE', field: 'lines.0.memberPackageId' });
    expect(await fresh(sessions.id)).toMatchObject({ sessionsRemaining: 1 });
  });

  it('covers only its treatments and treatment lines', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const sessions = await aPackage(member, PackageKind.SESSIONS, { sessions: 2, treatmentIds: [shop.facial.id] });
    const draft = (lines: unknown[]) => ({ input: { branchId: String(shop.branch.id), memberId: String(member.id), lines } });
    const otherTreatment = await call(shop.cashier, QUOTE, draft([sessionLine(massage, sessions, 1)]));
    expect(errorOf(otherTreatment)).toMatchObject({ code: 'PACKAGE_NOT_USABLE', field: 'lines.0.memberPackageId' });
    const product = await call(shop.cashier, QUOTE, draft([{ ...productLine(shop.mask), memberPackageId: String(sessions.id) }]));
    expect(errorOf(product)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines.0.memberPackageId' });
    const expired = await aPackage(member, PackageKind.SESSIONS, { sessions: 2, treatmentIds: null, validTo: '2000-01-01' });
    const old = await call(shop.cashier, QUOTE, draft([sessionLine(massage, expired, 1)]));
    expect(errorOf(old)).toMatchObject({ code: 'PACKAGE_NOT_USABLE', field: 'lines.0.memberPackageId' });
  });
});

describe('the way back', () => {
  it('a void gives back the sessions, the package value and the stored value', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    await topUp(member, 10_000);
    const sessions = await aPackage(member, PackageKind.SESSIONS, { sessions: 3, treatmentIds: [shop.facial.id] });
    const value = await aPackage(member, PackageKind.VALUE, { valueCents: 100_000, treatmentIds: null });
    const lines = [sessionLine(shop.facial, sessions, 1), treatmentLine(massage), productLine(shop.mask)];
    const { checkout } = await ok(shop.cashier, CHECKOUT, { input: checkoutInput(shop, lines, [pkgPay(value, 27_000), svPay(MASK)], forMember(member)) });
    expect(await balance(member)).toBe(10_000 - MASK);
    expect(await fresh(value.id)).toMatchObject({ remainingCents: 100_000 - 27_000 });

    await ok(shop.manager, VOID, { id: checkout.id, reason: 'wrong member' });
    expect(await balance(member)).toBe(10_000);
    expect(await fresh(value.id)).toMatchObject({ remainingCents: 100_000, deferredCents: 100_000 });
    expect(await fresh(sessions.id)).toMatchObject({ sessionsRemaining: 3, deferredCents: 100_000 });
    const reversed = await ds.getRepository(StoredValueEntry).findBy({ memberId: member.id, kind: StoredValueEntryKind.REVERSE });
    expect(reversed).toEqual([expect.objectContaining({ amountCents: MASK, invoiceId: Number(checkout.id), reason: 'wrong member' })]);
    expect(await ds.getRepository(PackageEntry).countBy({ invoiceId: Number(checkout.id), kind: PackageEntryKind.REVERSE })).toBe(2);
  });

  it('a return refunded by stored value credits her stored value; a package is no refund tender', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const { checkout } = await ok(shop.cashier, CHECKOUT, { input: checkoutInput(shop, [productLine(shop.mask, 2)], [pay(shop.card, 2 * MASK)], forMember(member)) });
    const line = await ds.getRepository(InvoiceLine).findBy({ invoiceId: Number(checkout.id) });
    const input = (tender: TenderType, key: string) => ({ input: { idempotencyKey: key, invoiceId: checkout.id, lines: [{ invoiceLineId: String(line[0].id), quantity: 1 }], refundTenderTypeId: String(tender.id), reason: 'too dry' } });
    const byPackage = await call(shop.manager, RETURN, input(pkg, `ret-pkg-${member.id}`));
    expect(errorOf(byPackage)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'refundTenderTypeId' });

    const { returnSale } = await ok(shop.manager, RETURN, input(sv, `ret-sv-${member.id}`));
    expect(returnSale.totalCents).toBe(MASK);
    expect(await balance(member)).toBe(MASK);
    expect(await ds.getRepository(StoredValueEntry).findBy({ memberId: member.id })).toEqual([
      expect.objectContaining({ kind: StoredValueEntryKind.REVERSE, amountCents: MASK, salesReturnId: Number(returnSale.id), balanceAfterCents: MASK }),
    ]);
  });
});

describe('prepaidAtCheckout', () => {
  it('shows her stored value, card and the packages usable today', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    await topUp(member, 12_345);
    await aCard(member);
    const sessions = await aPackage(member, PackageKind.SESSIONS, { sessions: 4, treatmentIds: [shop.facial.id, massage.id], validTo: '2998-01-01' });
    const value = await aPackage(member, PackageKind.VALUE, { valueCents: 50_000, treatmentIds: null });
    await aPackage(member, PackageKind.VALUE, { valueCents: 50_000, treatmentIds: null, validTo: '2000-01-01' });
    const { prepaidAtCheckout } = await ok(shop.cashier, PREPAID, { memberId: String(member.id) });
    expect(prepaidAtCheckout).toEqual({
      memberId: String(member.id),
      storedValueCents: 12_345,
      cardLocked: false,
      cardHasPin: false,
      packages: [
        { id: String(sessions.id), name: 'Facial ×10', kind: 'SESSIONS', sessionsRemaining: 4, remainingCents: 0, validTo: '2998-01-01', treatmentIds: [String(shop.facial.id), String(massage.id)] },
        { id: String(value.id), name: 'Value 4,000', kind: 'VALUE', sessionsRemaining: 0, remainingCents: 50_000, validTo: '2999-12-31', treatmentIds: null },
      ],
    });
  });

  it('only for members the viewer may see, and only with sales.checkout', async () => {
    const hidden = await call(shop.cashier, PREPAID, { memberId: String(shop.otherMember.id) });
    expect(errorOf(hidden)).toMatchObject({ code: 'NOT_FOUND' });
    const denied = await call(shop.salesperson, PREPAID, { memberId: String(shop.member.id) });
    expect(errorOf(denied).code).toBe('FORBIDDEN');
  });
});
