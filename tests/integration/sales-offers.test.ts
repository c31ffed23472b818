/**
 * Offers (優惠) end to end through GraphQL on a real database: the whole offer form with its
 * refusals, every condition refused at the cashier by name, the offer's price replacing the member
 * level's discount on the lines it covers and stored on the invoice, the per-member limit with a
 * void giving the use back, held bills keeping the offer, and the picker listing why not.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { Department, Invoice, InvoiceLine, InterestGroup, MemberInterest, OfferMemberUse, Treatment, type Member } from '../../entities';
import { localDateIn } from '../../services/appointments/arrival-day';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { aMember, aMemberGroup } from '../helpers/fixtures';
import { call, errorOf, ok } from './appointment-booking.fixtures';
import { aShop, CHECKOUT, checkoutInput, HOLD, pay, productLine, QUOTE, RESUME, treatmentLine, VOID, type Shop } from './sales-checkout.fixtures';

let db: TestDatabase;
let ds: DataSource;
let shop: Shop;
let facialDept: Department;
let retailDept: Department;
let skin: InterestGroup;
let birthdayGirl: Member;

const today = localDateIn(new Date(), 'Asia/Hong_Kong');
const month = Number(today.slice(5, 7));
const monthsFromNow = (n: number) => `1990-${String(((month - 1 + n + 12) % 12) + 1).padStart(2, '0')}-15`;
const day = (offset: number) => localDateIn(new Date(Date.now() + offset * 86_400_000), 'Asia/Hong_Kong');

const OFFER_FIELDS = `id code name altCode analysisCode isMarketing active branchIds memberGroupIds interestGroupIds departmentIds
  birthdayMonthsBefore birthdayMonthsAfter validFrom validTo perMemberLimit discountType discountBasisPoints fixedPriceCents prepaidExpiryMonths`;
const CREATE = `mutation ($input: OfferInput!) { createOffer(input: $input) { ${OFFER_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: OfferInput!) { updateOffer(id: $id, input: $input) { ${OFFER_FIELDS} } }`;
const BILL_OFFERS = `query ($input: BillDraftInput!, $first: Int) { billOffers(input: $input, first: $first) {
  nodes { applies failedConditions offer { code altCode discountType discountBasisPoints departmentIds } } pageInfo { hasNextPage } } }`;
const INVOICE = `query ($id: ID!) { invoice(id: $id) { id analysisCode offerDiscountCents discountCents totalCents offer { code name }
  lines { offerDiscountCents memberDiscountCents totalCents } } }`;
const HELD = `mutation ($input: HoldBillInput!) { holdBill(input: $input) { id offerCode totalCents } }`;

let offerNo = 0;
async function anOffer(input: Record<string, unknown> = {}): Promise<Record<string, any>> {
  offerNo += 1;
  return (await ok(shop.manager, CREATE, { input: { code: `OF${offerNo}`, name: `Offer ${offerNo}`, discountType: 'INVOICE_PERCENT', discountBasisPoints: 2000, ...input } })).createOffer;
}

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  shop = await aShop(ds);
  facialDept = await ds.getRepository(Department).save({ code: 'FAC', name: 'Facial', active: true });
  retailDept = await ds.getRepository(Department).save({ code: 'RET', name: 'Retail', active: true });
  await ds.getRepository(Treatment).update({ id: shop.facial.id }, { departmentId: facialDept.id });
  await ds.getRepository('Product').update({ id: shop.serum.id }, { departmentId: retailDept.id });
  skin = await ds.getRepository(InterestGroup).save({ code: 'SKIN', name: 'Skin care' });
  birthdayGirl = await aMember(ds, shop.branch, shop.vip, { birthday: monthsFromNow(0), birthMonth: month });
  await ds.getRepository(MemberInterest).save({ memberId: birthdayGirl.id, interestGroupId: skin.id });
});

afterAll(async () => {
  await db.drop();
});

const facialBill = (memberId: number | null, offerCode: string, extra: Record<string, unknown> = {}) => ({
  branchId: String(shop.branch.id),
  memberId: memberId === null ? null : String(memberId),
  lines: [treatmentLine(shop.facial)],
  offerCode,
  ...extra,
});

describe('the offer form', () => {
  it('stores every field and gives them back; empty lists mean all', async () => {
    const offer = await anOffer({
      altCode: 'B1', analysisCode: 'K11', isMarketing: true, active: true, branchIds: [String(shop.branch.id)], memberGroupIds: [String(shop.vip.id)],
      interestGroupIds: [String(skin.id)], departmentIds: [String(facialDept.id)], birthdayMonthsBefore: 0, birthdayMonthsAfter: 1,
      validFrom: '2026-01-01', validTo: '2030-12-31', perMemberLimit: 2, discountType: 'ITEM_PERCENT', discountBasisPoints: 1500, prepaidExpiryMonths: 12,
    });
    expect(offer).toMatchObject({
      altCode: 'B1', analysisCode: 'K11', branchIds: [String(shop.branch.id)], memberGroupIds: [String(shop.vip.id)], interestGroupIds: [String(skin.id)],
      departmentIds: [String(facialDept.id)], birthdayMonthsBefore: 0, birthdayMonthsAfter: 1, validFrom: '2026-01-01', validTo: '2030-12-31',
      perMemberLimit: 2, discountType: 'ITEM_PERCENT', discountBasisPoints: 1500, fixedPriceCents: null, prepaidExpiryMonths: 12,
    });
    const changed = (await ok(shop.manager, UPDATE, { id: offer.id, input: { code: offer.code, name: 'Fixed', discountType: 'FIXED_PRICE', fixedPriceCents: 30_000, discountBasisPoints: 900, branchIds: [] } })).updateOffer;
    expect(changed).toMatchObject({ name: 'Fixed', discountType: 'FIXED_PRICE', fixedPriceCents: 30_000, discountBasisPoints: 0, branchIds: null, altCode: null, active: true });
  });

  it.each([
    [{ altCode: 'ABCD' }, 'altCode', 'BAD_USER_INPUT'],
    [{ altCode: 'A B' }, 'altCode', 'BAD_USER_INPUT'],
    [{ validFrom: '2026-05-02', validTo: '2026-05-01' }, 'validTo', 'BAD_USER_INPUT'],
    [{ validFrom: '2026-02-30' }, 'validFrom', 'BAD_USER_INPUT'],
    [{ birthdayMonthsBefore: 12 }, 'birthdayMonthsBefore', 'BAD_USER_INPUT'],
    [{ perMemberLimit: 0 }, 'perMemberLimit', 'BAD_USER_INPUT'],
    [{ discountBasisPoints: 10_001 }, 'discountBasisPoints', 'BAD_USER_INPUT'],
    [{ discountType: 'FIXED_PRICE', fixedPriceCents: null }, 'fixedPriceCents', 'BAD_USER_INPUT'],
    [{ departmentIds: ['999999'] }, 'departmentIds', 'BAD_USER_INPUT'],
    [{ memberGroupIds: ['999999'] }, 'memberGroupIds', 'BAD_USER_INPUT'],
  ])('refuses %j naming %s', async (input, field, code) => {
    const body = await call(shop.manager, CREATE, { input: { code: 'BAD', name: 'Bad', ...input } });
    expect(errorOf(body)).toMatchObject({ code, field });
  });

  it('keeps codes and alternative codes apart, since the cashier types either', async () => {
    const first = await anOffer({ altCode: 'Z1' });
    expect(errorOf(await call(shop.manager, CREATE, { input: { code: 'NEW1', name: 'x', altCode: first.code } }))).toMatchObject({ code: 'ALREADY_USED', field: 'altCode' });
    expect(errorOf(await call(shop.manager, CREATE, { input: { code: 'NEW2', name: 'x', altCode: 'Z1' } }))).toMatchObject({ code: 'ALREADY_USED', field: 'altCode' });
    expect(errorOf(await call(shop.manager, CREATE, { input: { code: 'Z1', name: 'x' } }))).toMatchObject({ code: 'ALREADY_USED', field: 'code' });
  });

  it('is for managers: a cashier may not create offers', async () => {
    expect(errorOf(await call(shop.cashier, CREATE, { input: { code: 'NOPE', name: 'x' } })).code).toBe('FORBIDDEN');
  });
});

describe('every condition at the cashier', () => {
  const refusal = async (offerInput: Record<string, unknown>, memberId: number | null, extra: Record<string, unknown> = {}) => {
    const offer = await anOffer(offerInput);
    const body = await call(shop.cashier, QUOTE, { input: facialBill(memberId, offer.code, extra) });
    const error = errorOf(body);
    expect(error.field).toBe('offerCode');
    expect(error.message).toContain(offer.code);
    return error;
  };

  it.each([
    ['INACTIVE', { active: false }, 'offerInactive', /switched off/],
    ['PERIOD (ended yesterday)', { validTo: day(-1) }, 'offerPeriod', /offer period/],
    ['PERIOD (starts tomorrow)', { validFrom: day(1) }, 'offerPeriod', /offer period/],
    ['BRANCH', { branchIds: ['__other__'] }, 'offerBranch', /branch/],
    ['MEMBER_GROUP', { memberGroupIds: ['__group__'] }, 'offerMemberGroup', /group/],
    ['INTEREST_GROUP', { interestGroupIds: ['__interest__'] }, 'offerInterestGroup', /interest/],
    ['BIRTHDAY', { birthdayMonthsBefore: 1, birthdayMonthsAfter: 0 }, 'offerBirthday', /birthday/],
    ['DEPARTMENT', { departmentIds: ['__retail__'] }, 'offerDepartment', /departments/],
  ])('%s: refused with OFFER_NOT_APPLICABLE naming it', async (_name, rules, _key, words) => {
    const otherGroup = await aMemberGroup(ds, { discountPercent: 0 });
    const otherInterest = await ds.getRepository(InterestGroup).save({ code: `I${offerNo}`, name: 'Nails' });
    const resolved = JSON.parse(
      JSON.stringify(rules)
        .replace('__other__', String(shop.otherBranch.id))
        .replace('__group__', String(otherGroup.id))
        .replace('__interest__', String(otherInterest.id))
        .replace('__retail__', String(retailDept.id)),
    );
    // The birthday window 1 before / 0 after misses a birthday two months on.
    const member = 'birthdayMonthsBefore' in rules ? await aMember(ds, shop.branch, shop.vip, { birthday: monthsFromNow(2), birthMonth: null }) : birthdayGirl;
    const error = await refusal(resolved, member.id);
    expect(error.code).toBe('OFFER_NOT_APPLICABLE');
    expect(error.message).toMatch(words);
  });

  it('MEMBER_REQUIRED: a walk-in cannot use an offer with member conditions or a limit', async () => {
    for (const rules of [{ memberGroupIds: [String(shop.vip.id)] }, { perMemberLimit: 3 }, { birthdayMonthsBefore: 0, birthdayMonthsAfter: 0 }]) {
      const error = await refusal(rules, null);
      expect(error).toMatchObject({ code: 'OFFER_NOT_APPLICABLE' });
      expect(error.message).toMatch(/members only/);
    }
  });

  it('BIRTHDAY: a member without a birthday is refused; one in her birth month passes', async () => {
    const unknown = await aMember(ds, shop.branch, shop.vip, { birthday: null, birthMonth: null });
    expect((await refusal({ birthdayMonthsBefore: 0, birthdayMonthsAfter: 0 }, unknown.id)).message).toMatch(/birthday/);
    const offer = await anOffer({ birthdayMonthsBefore: 0, birthdayMonthsAfter: 0, memberGroupIds: [String(shop.vip.id)], interestGroupIds: [String(skin.id)], departmentIds: [String(facialDept.id)], branchIds: [String(shop.branch.id)], validFrom: day(0), validTo: day(0) });
    const quote = (await ok(shop.cashier, QUOTE, { input: facialBill(birthdayGirl.id, offer.code) })).quoteBill;
    expect(quote.discountCents).toBe(9_600);
  });

  it('an unknown code is NOT_FOUND naming the offer field; the alternative code works like the code', async () => {
    expect(errorOf(await call(shop.cashier, QUOTE, { input: facialBill(birthdayGirl.id, 'NOSUCH') }))).toMatchObject({ code: 'NOT_FOUND', field: 'offerCode' });
    await anOffer({ altCode: 'Q7', discountBasisPoints: 5000 });
    expect((await ok(shop.cashier, QUOTE, { input: facialBill(birthdayGirl.id, 'Q7') })).quoteBill.totalCents).toBe(24_000);
  });

  it('says the refusal in the cashier\'s language', async () => {
    const offer = await anOffer({ active: false });
    const body = await call(shop.cashier, QUOTE, { input: facialBill(birthdayGirl.id, offer.code) }, 'zh-HK');
    expect(body.errors![0].message).toContain('已停用');
  });
});

describe('pricing and the invoice', () => {
  it('replaces the member level\'s discount on the covered lines only, and stores the offer, its analysis code and each line\'s share', async () => {
    const offer = await anOffer({ discountType: 'ITEM_PERCENT', discountBasisPoints: 2000, departmentIds: [String(facialDept.id)], analysisCode: 'K11', altCode: 'K1' });
    // Facial 480.00: 20% offer (96.00), no member discount. Serum 107.00: the member's 10% (10.70).
    const input = checkoutInput(shop, [treatmentLine(shop.facial), productLine(shop.serum)], [pay(shop.card, 38_400 + 9_630)], { memberId: String(birthdayGirl.id), offerCode: 'K1' });
    const invoice = (await ok(shop.cashier, CHECKOUT, { input })).checkout;
    expect(invoice).toMatchObject({ discountCents: 9_600 + 1_070, totalCents: 48_030 });
    const detail = (await ok(shop.manager, INVOICE, { id: invoice.id })).invoice;
    expect(detail).toMatchObject({ analysisCode: 'K11', offerDiscountCents: 9_600, offer: { code: offer.code } });
    expect(detail.lines).toEqual([
      { offerDiscountCents: 9_600, memberDiscountCents: 0, totalCents: 38_400 },
      { offerDiscountCents: 0, memberDiscountCents: 1_070, totalCents: 9_630 },
    ]);
    const stored = await ds.getRepository(Invoice).findOneByOrFail({ id: Number(invoice.id) });
    expect(stored).toMatchObject({ offerId: Number(offer.id), analysisCode: 'K11', offerDiscountCents: 9_600 });
    expect((await ds.getRepository(InvoiceLine).findBy({ invoiceId: stored.id })).map((l) => l.offerDiscountCents).sort()).toEqual([0, 9_600]);
  });

  it('a fixed price charges that much per unit of the covered lines', async () => {
    const offer = await anOffer({ discountType: 'FIXED_PRICE', fixedPriceCents: 30_000, departmentIds: [String(facialDept.id)] });
    const quote = (await ok(shop.cashier, QUOTE, { input: { ...facialBill(birthdayGirl.id, offer.code), lines: [treatmentLine(shop.facial, 2)] } })).quoteBill;
    expect(quote).toMatchObject({ totalCents: 60_000, discountCents: 36_000 });
    expect(quote.lines[0]).toMatchObject({ memberDiscountCents: 0, totalCents: 60_000 });
  });
});

describe('uses per member', () => {
  it('refuses a use over the limit, and a void gives it back', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const offer = await anOffer({ perMemberLimit: 1 });
    const sell = () => call(shop.cashier, CHECKOUT, { input: checkoutInput(shop, [treatmentLine(shop.facial)], [pay(shop.card, 38_400)], { memberId: String(member.id), offerCode: offer.code }) });
    const first = await sell();
    expect(first.errors).toBeUndefined();
    const uses = () => ds.getRepository(OfferMemberUse).findOneBy({ offerId: Number(offer.id), memberId: member.id });
    expect((await uses())?.uses).toBe(1);
    const second = errorOf(await sell());
    expect(second).toMatchObject({ code: 'OFFER_NOT_APPLICABLE', field: 'offerCode' });
    expect(second.message).toMatch(/as often as it allows/);
    await ok(shop.manager, VOID, { id: first.data!.checkout.id, reason: 'Wrong member' });
    expect((await uses())?.uses).toBe(0);
    expect((await sell()).errors).toBeUndefined();
    expect((await uses())?.uses).toBe(1);
  });

  it('counts uses of an unlimited offer too, without refusing', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const offer = await anOffer();
    for (let i = 0; i < 2; i += 1) await ok(shop.cashier, CHECKOUT, { input: checkoutInput(shop, [treatmentLine(shop.facial)], [pay(shop.card, 38_400)], { memberId: String(member.id), offerCode: offer.code }) });
    expect((await ds.getRepository(OfferMemberUse).findOneBy({ offerId: Number(offer.id), memberId: member.id }))?.uses).toBe(2);
  });
});

describe('held bills and the picker', () => {
  it('a held bill keeps its offer and is priced with it; taken up it brings the code back', async () => {
    const offer = await anOffer({ discountBasisPoints: 5000 });
    const held = (await ok(shop.cashier, HELD, { input: { ...facialBill(birthdayGirl.id, offer.code), label: 'Offer bill' } })).holdBill;
    expect(held).toMatchObject({ offerCode: offer.code, totalCents: 24_000 });
    const resumed = (await ok(shop.cashier, RESUME.replace('lines {', 'offerCode lines {'), { id: held.id })).resumeHeldBill;
    expect(resumed.offerCode).toBe(offer.code);
    expect(HOLD).toContain('holdBill');
  });

  it('lists the active offers for the bill with why not', async () => {
    const walkIn = (await ok(shop.cashier, BILL_OFFERS, { input: { branchId: String(shop.branch.id), lines: [treatmentLine(shop.facial)] }, first: 100 })).billOffers.nodes;
    const byCode = new Map(walkIn.map((n: any) => [n.offer.code, n]));
    const limited = [...byCode.values()].find((n: any) => n.failedConditions.includes('MEMBER_REQUIRED')) as any;
    expect(limited.applies).toBe(false);
    expect(walkIn.some((n: any) => n.applies)).toBe(true);
    expect(walkIn.every((n: any) => !n.failedConditions.includes('INACTIVE'))).toBe(true);
    const retailOnly = await anOffer({ departmentIds: [String(retailDept.id)] });
    const forMember = (await ok(shop.cashier, BILL_OFFERS, { input: { branchId: String(shop.branch.id), memberId: String(birthdayGirl.id), lines: [treatmentLine(shop.facial)] }, first: 100 })).billOffers.nodes;
    expect(forMember.find((n: any) => n.offer.code === retailOnly.code)).toMatchObject({ applies: false, failedConditions: ['DEPARTMENT'], offer: { departmentIds: [String(retailDept.id)] } });
  });

  it('the picker is for cashiers', async () => {
    expect(errorOf(await call(shop.salesperson, BILL_OFFERS, { input: { branchId: String(shop.branch.id), lines: [] } })).code).toBe('FORBIDDEN');
  });
});
