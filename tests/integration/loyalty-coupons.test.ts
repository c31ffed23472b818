/**
 * E-coupons through GraphQL against a real database (SQLite, and MariaDB with TEST_DATABASE_URL):
 * types, issuing to one member and to a member search result (resumable job), the discount at the
 * cashier, the guarded take under concurrent checkouts, void giving it back, held bills keeping
 * the code, voiding a coupon and the expiry pass.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { AuditLog, BulkJob, Coupon, CouponType, HeldBill, Invoice, InvoiceLine } from '../../entities';
import { BulkJobStatus } from '../../entities/bulk-job.entity';
import { CouponStatus } from '../../entities/coupon.entity';
import { loadViewer } from '../../services/auth/load-viewer.service';
import { jobWorker } from '../../services/jobs/job-worker';
import { runCouponIssue, startCouponIssue } from '../../services/loyalty/coupon-issue-job.service';
import { expireCoupons } from '../../services/loyalty/coupon.service';
import { COUPON_CODE_ALPHABET, COUPON_CODE_LENGTH } from '../../services/loyalty/coupon-rules';
import { memberScopeFor, scopeAllowsBranch } from '../../services/visibility/member-visibility';
import { saveMemberSelection } from '../../services/selections/member-selection.service';
import { aMember, aMemberGroup } from '../helpers/fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { call, errorOf } from './appointment-booking.fixtures';
import { aShop, CHECKOUT, checkoutInput, HOLD, pay, productLine, treatmentLine, VOID, type Shop } from './sales-checkout.fixtures';

let db: TestDatabase;
let ds: DataSource;
let shop: Shop;

const N = 10;

const CREATE_TYPE = `mutation ($input: CouponTypeInput!) { createCouponType(input: $input) { id code discountKind amountCents percentBasisPoints minSpendCents validDays treatmentIds } }`;
const ISSUE = `mutation ($memberId: ID!, $typeId: ID!, $key: String!) { issueCoupon(memberId: $memberId, typeId: $typeId, idempotencyKey: $key) { id code status validFrom validTo type { code } member { id } } }`;
const VOID_COUPON = `mutation ($id: ID!, $reason: String!, $key: String!) { voidCoupon(id: $id, reason: $reason, idempotencyKey: $key) { id status voidReason } }`;
const QUOTE = `query ($input: BillDraftInput!) { quoteBill(input: $input) { totalCents discountCents couponDiscountCents couponCode lines { totalCents couponDiscountCents memberDiscountCents } } }`;
const MEMBER_COUPONS = `query ($memberId: ID!) { memberCoupons(memberId: $memberId, first: 10) { totalCount nodes { code status } } }`;
const REPORT = `query ($from: DateTimeISO!, $before: DateTimeISO!) { couponReport(from: $from, before: $before) { type { code } issued redeemed expired voided discountCents } }`;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  shop = await aShop(ds);
});

afterAll(async () => {
  await db.drop();
});

let typeNo = 0;
async function aType(input: Record<string, unknown> = {}): Promise<string> {
  const res = await call(shop.manager, CREATE_TYPE, { input: { code: `T${++typeNo}`, name: 'HK$50 off', discountKind: 'AMOUNT', amountCents: 5_000, validDays: 30, ...input } });
  expect(res.errors).toBeUndefined();
  return res.data!.createCouponType.id as string;
}

async function issue(memberId: number, typeId: string): Promise<{ id: string; code: string; validFrom: string; validTo: string }> {
  const res = await call(shop.manager, ISSUE, { memberId: String(memberId), typeId, key: crypto.randomUUID() });
  expect(res.errors).toBeUndefined();
  return res.data!.issueCoupon;
}

const facialBill = (memberId: number, couponCode: string | null, payCents: number) =>
  checkoutInput(shop, [treatmentLine(shop.facial)], [pay(shop.card, payCents)], { memberId: String(memberId), couponCode });

describe('coupon types', () => {
  it('creates a type with its figures and refuses a percent type without its percentage, naming the field', async () => {
    const res = await call(shop.manager, CREATE_TYPE, { input: { code: 'pct', name: 'Ten percent', discountKind: 'PERCENT', validDays: 10 } });
    expect(errorOf(res)).toMatchObject({ field: 'percentBasisPoints' });
    const made = await call(shop.manager, CREATE_TYPE, { input: { code: 'pct', name: 'Ten percent', discountKind: 'PERCENT', percentBasisPoints: 1_000, amountCents: 99, validDays: 10, treatmentIds: [String(shop.facial.id)] } });
    expect(made.data!.createCouponType).toMatchObject({ code: 'PCT', percentBasisPoints: 1_000, amountCents: null, treatmentIds: [String(shop.facial.id)] });
    const again = await call(shop.manager, CREATE_TYPE, { input: { code: 'PCT', name: 'x', discountKind: 'PERCENT', percentBasisPoints: 1, validDays: 1 } });
    expect(errorOf(again)).toMatchObject({ code: 'ALREADY_USED', field: 'code' });
  });

  it('is refused to a salesperson', async () => {
    const res = await call(shop.salesperson, CREATE_TYPE, { input: { code: 'NOPE', name: 'x', discountKind: 'AMOUNT', amountCents: 1, validDays: 1 } });
    expect(errorOf(res).code).toBe('FORBIDDEN');
  });
});

describe('issuing and redeeming', () => {
  it('issues a coupon with a unique code valid for the type\'s days; a retry with the same key returns the same coupon', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const typeId = await aType({ validDays: 30 });
    const key = crypto.randomUUID();
    const first = await call(shop.manager, ISSUE, { memberId: String(member.id), typeId, key });
    const retry = await call(shop.manager, ISSUE, { memberId: String(member.id), typeId, key });
    expect(retry.data!.issueCoupon.id).toBe(first.data!.issueCoupon.id);
    const coupon = first.data!.issueCoupon;
    expect(coupon.code).toHaveLength(COUPON_CODE_LENGTH);
    expect([...coupon.code].every((c: string) => COUPON_CODE_ALPHABET.includes(c))).toBe(true);
    expect(coupon).toMatchObject({ status: 'ISSUED', member: { id: String(member.id) } });
    expect((Date.parse(coupon.validTo) - Date.parse(coupon.validFrom)) / 86_400_000).toBe(29);
    expect(await ds.getRepository(Coupon).countBy({ memberId: member.id })).toBe(1);
    expect(await ds.getRepository(AuditLog).countBy({ entityType: 'coupon', entityId: Number(coupon.id), action: 'create' })).toBe(1);
  });

  it('takes the coupon off after the level discount, stores it on the invoice and its lines, and a void gives it back', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const typeId = await aType({ amountCents: 5_000, minSpendCents: 40_000, treatmentIds: [String(shop.facial.id)] });
    const coupon = await issue(member.id, typeId);
    // Facial 480.00 less the VIP level's 10 % = 432.00 ≥ 400.00 minimum; the mask (20.00 → 18.00) is not covered.
    const draft = { branchId: String(shop.branch.id), memberId: String(member.id), lines: [treatmentLine(shop.facial), productLine(shop.mask)], couponCode: coupon.code.toLowerCase() };
    const quoted = await call(shop.cashier, QUOTE, { input: draft });
    expect(quoted.errors).toBeUndefined();
    expect(quoted.data!.quoteBill).toMatchObject({
      couponDiscountCents: 5_000,
      totalCents: 43_200 + 1_800 - 5_000,
      couponCode: coupon.code,
      lines: [{ couponDiscountCents: 5_000, memberDiscountCents: 4_800, totalCents: 38_200 }, { couponDiscountCents: 0, totalCents: 1_800 }],
    });
    const sold = await call(shop.cashier, CHECKOUT, { input: checkoutInput(shop, draft.lines, [pay(shop.card, 40_000)], { memberId: String(member.id), couponCode: coupon.code }) });
    expect(sold.errors).toBeUndefined();
    const invoiceId = Number(sold.data!.checkout.id);
    expect(await ds.getRepository(Invoice).findOneByOrFail({ id: invoiceId })).toMatchObject({ couponId: Number(coupon.id), couponDiscountCents: 5_000, totalCents: 40_000 });
    expect((await ds.getRepository(InvoiceLine).findBy({ invoiceId })).map((l) => l.couponDiscountCents).sort()).toEqual([0, 5_000]);
    expect(await ds.getRepository(Coupon).findOneByOrFail({ id: Number(coupon.id) })).toMatchObject({ status: CouponStatus.REDEEMED, invoiceId, discountCents: 5_000, redeemedBranchId: shop.branch.id });

    const twice = await call(shop.cashier, QUOTE, { input: draft });
    expect(errorOf(twice)).toMatchObject({ code: 'COUPON_NOT_APPLICABLE', field: 'couponCode' });
    expect(errorOf(twice).message).toContain(coupon.code);

    const voided = await call(shop.manager, VOID, { id: String(invoiceId), reason: 'wrong member' });
    expect(voided.errors).toBeUndefined();
    expect(await ds.getRepository(Coupon).findOneByOrFail({ id: Number(coupon.id) })).toMatchObject({ status: CouponStatus.ISSUED, invoiceId: null, discountCents: 0 });
    expect((await call(shop.cashier, QUOTE, { input: draft })).data!.quoteBill.couponDiscountCents).toBe(5_000);
  });

  it('spreads a capped percentage over the covered lines so the shares add up', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const typeId = await aType({ discountKind: 'PERCENT', percentBasisPoints: 3_333, maxDiscountCents: 100_000 });
    const coupon = await issue(member.id, typeId);
    const res = await call(shop.cashier, QUOTE, { input: { branchId: String(shop.branch.id), memberId: String(member.id), lines: [treatmentLine(shop.facial), productLine(shop.mask, 3)], couponCode: coupon.code } });
    const quote = res.data!.quoteBill;
    // 43,200 + 5,400 = 48,600 × 33.33 % = 16,198.38 → 16,198.
    expect(quote.couponDiscountCents).toBe(16_198);
    expect(quote.lines.reduce((acc: number, l: { couponDiscountCents: number }) => acc + l.couponDiscountCents, 0)).toBe(16_198);
  });

  it('refuses another member\'s coupon, one under its minimum spend and one covering no line, naming why', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const other = await aMember(ds, shop.branch, shop.vip);
    const theirs = await issue(other.id, await aType());
    const minSpend = await issue(member.id, await aType({ minSpendCents: 100_000 }));
    const productsOnly = await issue(member.id, await aType({ productIds: [String(shop.serum.id)] }));
    const quote = (code: string) => call(shop.cashier, QUOTE, { input: { branchId: String(shop.branch.id), memberId: String(member.id), lines: [treatmentLine(shop.facial)], couponCode: code } });
    for (const [code, words] of [
      [theirs.code, 'another member'],
      [minSpend.code, '1000.00'],
      [productsOnly.code, 'none of the items'],
      ['NOSUCHCODE', 'No coupon'],
    ] as const) {
      const res = await quote(code);
      expect(errorOf(res)).toMatchObject({ code: 'COUPON_NOT_APPLICABLE', field: 'couponCode' });
      expect(errorOf(res).message).toContain(words);
    }
    const walkIn = await call(shop.cashier, QUOTE, { input: { branchId: String(shop.branch.id), lines: [treatmentLine(shop.facial)], couponCode: theirs.code } });
    expect(errorOf(walkIn)).toMatchObject({ code: 'COUPON_NOT_APPLICABLE', field: 'couponCode' });
  });

  it(`lets exactly one of ${N} concurrent checkouts use one coupon`, async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const coupon = await issue(member.id, await aType({ amountCents: 2_000 }));
    const results = await Promise.all(Array.from({ length: N }, () => call(shop.cashier, CHECKOUT, { input: facialBill(member.id, coupon.code, 43_200 - 2_000) })));
    const winners = results.filter((r) => !r.errors && r.data?.checkout);
    expect(winners).toHaveLength(1);
    for (const loser of results.filter((r) => r.errors)) expect(errorOf(loser)).toMatchObject({ code: 'COUPON_NOT_APPLICABLE', field: 'couponCode' });
    expect(await ds.getRepository(Invoice).countBy({ couponId: Number(coupon.id) })).toBe(1);
    expect(await ds.getRepository(Invoice).countBy({ memberId: member.id })).toBe(1);
    expect(await ds.getRepository(Coupon).findOneByOrFail({ id: Number(coupon.id) })).toMatchObject({ status: CouponStatus.REDEEMED, invoiceId: Number(winners[0].data!.checkout.id) });
  }, 60_000);

  it('keeps the code on a held bill without using the coupon', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const coupon = await issue(member.id, await aType());
    const held = await call(shop.cashier, HOLD.replace('member { id }', 'member { id } couponCode'), {
      input: { branchId: String(shop.branch.id), memberId: String(member.id), lines: [treatmentLine(shop.facial)], couponCode: coupon.code },
    });
    expect(held.errors).toBeUndefined();
    expect(held.data!.holdBill.couponCode).toBe(coupon.code);
    expect(held.data!.holdBill.totalCents).toBe(43_200 - 5_000);
    expect(JSON.parse((await ds.getRepository(HeldBill).findOneByOrFail({ id: Number(held.data!.holdBill.id) })).draft).couponCode).toBe(coupon.code);
    expect((await ds.getRepository(Coupon).findOneByOrFail({ id: Number(coupon.id) })).status).toBe(CouponStatus.ISSUED);
  });
});

describe('void, expiry, list and report', () => {
  it('voids an issued coupon once, with its reason; it can no longer be used', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const coupon = await issue(member.id, await aType());
    const key = crypto.randomUUID();
    const voided = await call(shop.manager, VOID_COUPON, { id: coupon.id, reason: 'sent by mistake', key });
    expect(voided.data!.voidCoupon).toMatchObject({ status: 'VOIDED', voidReason: 'sent by mistake' });
    expect((await call(shop.manager, VOID_COUPON, { id: coupon.id, reason: 'sent by mistake', key })).errors).toBeUndefined();
    expect(errorOf(await call(shop.manager, VOID_COUPON, { id: coupon.id, reason: 'again', key: crypto.randomUUID() })).code).toBe('CONFLICT');
    expect(errorOf(await call(shop.salesperson, VOID_COUPON, { id: coupon.id, reason: 'x', key: crypto.randomUUID() })).code).toBe('FORBIDDEN');
    const res = await call(shop.cashier, CHECKOUT, { input: facialBill(member.id, coupon.code, 43_200) });
    expect(errorOf(res)).toMatchObject({ code: 'COUPON_NOT_APPLICABLE', field: 'couponCode' });
  });

  it('expires issued coupons past their last day, once however many passes run at the same time', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const type = await ds.getRepository(CouponType).findOneByOrFail({ id: Number(await aType()) });
    const repo = ds.getRepository(Coupon);
    const base = { typeId: type.id, memberId: member.id, issuedAt: new Date('2026-01-01T00:00:00Z'), issuedById: null, issueJobId: null, validFrom: '2026-01-01' };
    const old = await repo.save({ ...base, code: 'OLDONE1', validTo: '2026-01-31' });
    const used = await repo.save({ ...base, code: 'OLDUSED', validTo: '2026-01-31', status: CouponStatus.REDEEMED });
    const current = await repo.save({ ...base, code: 'CURRENT', validTo: '2026-03-01' });
    const now = new Date('2026-02-01T12:00:00Z');
    const counts = await Promise.all([expireCoupons(ds, now), expireCoupons(ds, now), expireCoupons(ds, now)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    expect((await repo.findOneByOrFail({ id: old.id })).status).toBe(CouponStatus.EXPIRED);
    expect((await repo.findOneByOrFail({ id: used.id })).status).toBe(CouponStatus.REDEEMED);
    expect((await repo.findOneByOrFail({ id: current.id })).status).toBe(CouponStatus.ISSUED);
    expect(await expireCoupons(ds, now)).toBe(0);
  });

  it('lists a member\'s coupons and counts the report within the viewer\'s member scope', async () => {
    const group = await aMemberGroup(ds);
    const mine = await aMember(ds, shop.branch, group);
    const elsewhere = await aMember(ds, shop.otherBranch, group);
    const typeId = await aType({ code: 'REPORT1' });
    const from = new Date(Date.now() - 60_000).toISOString();
    await issue(mine.id, typeId);
    await issue(elsewhere.id, typeId);
    const listed = await call(shop.manager, MEMBER_COUPONS, { memberId: String(mine.id) });
    expect(listed.data!.memberCoupons.totalCount).toBe(1);
    const before = new Date(Date.now() + 60_000).toISOString();
    const report = await call(shop.manager, REPORT, { from, before });
    expect(report.errors).toBeUndefined();
    const row = report.data!.couponReport.find((r: { type: { code: string } }) => r.type.code === 'REPORT1');
    const seesOtherBranch = scopeAllowsBranch(memberScopeFor((await loadViewer(ds, shop.manager.id, 'session'))!), shop.otherBranch.id);
    expect(row).toMatchObject({ issued: seesOtherBranch ? 2 : 1, redeemed: 0, expired: 0, voided: 0 });
    const other = await call(shop.salesperson, MEMBER_COUPONS, { memberId: String(elsewhere.id) });
    expect(errorOf(other).code).toBe('NOT_FOUND');
  });
});

describe('issuing to a member search result', () => {
  it('gives every member of the selection one coupon with its own code, also when the job is handed back and resumed', async () => {
    const group = await aMemberGroup(ds);
    const members = await Promise.all(Array.from({ length: 7 }, () => aMember(ds, shop.branch, group)));
    const viewer = (await loadViewer(ds, shop.manager.id, 'session'))!;
    const selection = await saveMemberSelection(ds, viewer, { filter: { groupIds: [group.id] } });
    const typeId = Number(await aType({ code: 'BULK1' }));
    const job = await startCouponIssue(ds, viewer, { selectionId: selection.id, typeId }, { batchSize: 3, queue: false });
    const shutdown = new AbortController();
    const first = jobWorker({ instanceId: 'coupon-A', signal: shutdown.signal });
    const committed = ds.transaction.bind(ds);
    let transactions = 0;
    const spy = jest.spyOn(ds, 'transaction').mockImplementation(((...args: Parameters<DataSource['transaction']>) => {
      if (++transactions === 2) shutdown.abort();
      return committed(...args);
    }) as DataSource['transaction']);
    try {
      await runCouponIssue(ds, job.id, first);
    } finally {
      spy.mockRestore();
    }
    expect(await ds.getRepository(BulkJob).findOneByOrFail({ id: job.id })).toMatchObject({ status: BulkJobStatus.PENDING, processed: 3 });
    expect(await runCouponIssue(ds, job.id, jobWorker({ instanceId: 'coupon-B' }))).toMatchObject({ status: BulkJobStatus.DONE, processed: 7 });
    const coupons = await ds.getRepository(Coupon).findBy({ issueJobId: job.id });
    expect(coupons.map((c) => c.memberId).sort((a, b) => a - b)).toEqual(members.map((m) => m.id).sort((a, b) => a - b));
    expect(new Set(coupons.map((c) => c.code)).size).toBe(7);
  });
});
