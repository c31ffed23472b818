/**
 * 預付 報告 through the real GraphQL route and Excel download, on SQLite and (with
 * TEST_DATABASE_URL) MariaDB, from ledgers written by the foundation's postStoredValue and
 * openPackage / usePackage and the package expiry pass: the liability per branch now, as of past
 * days and for one member, equal to the ledgers to the cent; the money and revenue per month and
 * branch (Hong Kong midnight deciding the month, breakage booked by the pass); the viewer's member
 * scope, and who may ask.
 */
import ExcelJS from 'exceljs';
import { NextRequest } from 'next/server';
import type { DataSource } from 'typeorm';
import { GET as prepaidExport } from '../../app/api/reports/prepaid/export/route';
import { useDataSource } from '../../db/data-source';
import { inReadCommittedTransaction } from '../../db/transaction';
import { Member, MemberPackage, PrepaidPayment, PrepaidSale, StoredValueAccount, StoredValueEntry, type Branch, type Staff } from '../../entities';
import { PackageKind } from '../../entities/package-type.entity';
import { PrepaidSaleKind } from '../../entities/prepaid-sale.entity';
import { StoredValueEntryKind } from '../../entities/stored-value-entry.entity';
import { expireDuePackages } from '../../services/prepaid/package-expiry-pass.service';
import { openPackage, usePackage as spendFromPackage } from '../../services/prepaid/package-ledger.service';
import { postStoredValue } from '../../services/prepaid/stored-value-ledger.service';
import { StaffRole } from '../../services/staff/staff-role';
import { MemberReach } from '../../services/visibility/member-visibility';
import { aMember, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { aShop, type Shop } from './sales-checkout.fixtures';

let db: TestDatabase;
let ds: DataSource;
let shop: Shop;
let everyone: Staff;
/** A manager who sees her own branch's (TKO) members only. */
let tkoManager: Staff;
let a: Member;
let b: Member;
let saleNo = 0;

/** A Hong Kong wall-clock time as an instant. */
const hk = (day: string, hour: number, minute = 0) => new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), hour - 8, minute));

async function sale(kind: PrepaidSaleKind, member: Member, branch: Branch, amountCents: number, at: Date, payments: Array<[number, Branch, Date]>, bonusCents = 0) {
  return inReadCommittedTransaction(ds, async (manager) => {
    const row = await manager.save(manager.create(PrepaidSale, { number: `PR-${(saleNo += 1)}`, kind, memberId: member.id, branchId: branch.id, amountCents, bonusCents, instalmentCount: payments.length || 1, staffId: null, note: null, createdAt: at }));
    for (const [cents, where, when] of payments) {
      await manager.save(manager.create(PrepaidPayment, { prepaidSaleId: row.id, instalmentId: null, tenderTypeId: shop.cash.id, amountCents: cents, reference: null, branchId: where.id, staffId: null, createdAt: when }));
    }
    return row;
  });
}

const post = (member: Member, kind: StoredValueEntryKind, amountCents: number, at: Date, branch: Branch, extra: { paidCents?: number; bonusCents?: number; prepaidSaleId?: number } = {}) =>
  inReadCommittedTransaction(ds, (manager) => postStoredValue(manager, { memberId: member.id, kind, amountCents, at, branchId: branch.id, ...extra }));

async function sellPackage(member: Member, branch: Branch, at: Date, p: { kind: PackageKind; sessions?: number; valueCents?: number; priceCents: number; validTo: string }, payments: Array<[number, Branch, Date]>) {
  const doc = await sale(PrepaidSaleKind.PACKAGE, member, branch, p.priceCents, at, payments);
  return inReadCommittedTransaction(ds, (manager) => openPackage(manager, {
    memberId: member.id, typeId: null, prepaidSaleId: doc.id, name: p.kind === PackageKind.VALUE ? 'Value 4000' : 'Sessions', kind: p.kind, treatmentIds: null,
    sessions: p.sessions ?? 0, valueCents: p.valueCents ?? 0, priceCents: p.priceCents, branchId: branch.id, validTo: p.validTo, at,
  }));
}

const use = (member: Member, pkg: MemberPackage, at: Date, branch: Branch, amount: { sessions?: number; valueCents?: number }) =>
  inReadCommittedTransaction(ds, (manager) => spendFromPackage(manager, { memberPackageId: pkg.id, memberId: member.id, treatmentId: shop.facial.id, today: '2026-01-01', field: 'x', at, branchId: branch.id, ...amount }));

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  shop = await aShop(ds);
  everyone = await aStaff(ds, shop.branch, [StaffRole.MANAGER], { memberReach: MemberReach.ALL });
  tkoManager = await aStaff(ds, shop.branch, [StaffRole.MANAGER], { memberReach: MemberReach.OWN_BRANCH });
  const tko = shop.branch;
  const tst = shop.otherBranch;
  a = await aMember(ds, tko, shop.vip, { memberNo: 'PP-A' });
  b = await aMember(ds, tst, shop.vip, { memberNo: 'PP-B' });

  // A (TKO) tops up 1,000 and gets 1,100, pays 300 from it.
  const topUp = await sale(PrepaidSaleKind.TOP_UP, a, tko, 100_000, hk('2026-03-02', 10), [[100_000, tko, hk('2026-03-02', 10)]], 10_000);
  await post(a, StoredValueEntryKind.TOP_UP, 110_000, hk('2026-03-02', 10), tko, { paidCents: 100_000, bonusCents: 10_000, prepaidSaleId: topUp.id });
  await post(a, StoredValueEntryKind.PAYMENT, -30_000, hk('2026-03-10', 15), tko);
  // A buys the 4,000-value package for 3,500 and pays two 480 treatments from it (the second just after Hong Kong's midnight into April).
  const value = await sellPackage(a, tko, hk('2026-03-02', 11), { kind: PackageKind.VALUE, valueCents: 400_000, priceCents: 350_000, validTo: '2027-03-01' }, [[350_000, tko, hk('2026-03-02', 11)]]);
  await use(a, value, hk('2026-03-15', 12), tko, { valueCents: 48_000 });
  await use(a, value, hk('2026-04-01', 0, 30), tko, { valueCents: 48_000 });
  // A buys 10 sessions for 3,000 at TST on three instalments, two paid (the second at TKO), one session used.
  const sessions = await sellPackage(a, tst, hk('2026-04-05', 10), { kind: PackageKind.SESSIONS, sessions: 10, priceCents: 300_000, validTo: '2027-04-04' }, [[100_000, tst, hk('2026-04-05', 10)], [100_000, tko, hk('2026-05-05', 10)]]);
  await use(a, sessions, hk('2026-04-20', 16), tst, { sessions: 1 });
  // B (TST): 5 sessions for 500 bought at TKO, one used, the rest expires on 30 June (breakage booked by the pass);
  // tops up 500 at TST and has 50 paid back.
  const expiring = await sellPackage(b, tko, hk('2026-01-10', 10), { kind: PackageKind.SESSIONS, sessions: 5, priceCents: 50_000, validTo: '2026-06-30' }, [[50_000, tko, hk('2026-01-10', 10)]]);
  await use(b, expiring, hk('2026-02-01', 10), tko, { sessions: 1 });
  const bTopUp = await sale(PrepaidSaleKind.TOP_UP, b, tst, 50_000, hk('2026-02-01', 12), [[50_000, tst, hk('2026-02-01', 12)]]);
  await post(b, StoredValueEntryKind.TOP_UP, 50_000, hk('2026-02-01', 12), tst, { paidCents: 50_000, prepaidSaleId: bTopUp.id });
  const refund = await sale(PrepaidSaleKind.SV_REFUND, b, tst, -5_000, hk('2026-05-10', 10), [[-5_000, tst, hk('2026-05-10', 10)]]);
  await post(b, StoredValueEntryKind.REFUND, -5_000, hk('2026-05-10', 10), tst, { prepaidSaleId: refund.id });
  expect(await expireDuePackages(ds, hk('2026-06-30', 23))).toEqual({ expired: 0, batches: 0 });
  expect(await expireDuePackages(ds, hk('2026-07-01', 1))).toEqual({ expired: 1, batches: 1 });
});

afterAll(async () => {
  await db.drop();
});

async function ask<T = Record<string, any>>(staff: Staff, query: string, variables: Record<string, unknown> = {}) {
  const res = await gql(query, variables, { cookie: await sessionCookieFor(staff), locale: 'en' });
  return res.body as { data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

const LIABILITY_FIGURES = 'storedValueCents storedValueMembers packages sessionsRemaining valueRemainingCents deferredCents totalCents';
const LIABILITY = `query($filter: PrepaidLiabilityFilter) { prepaidLiability(filter: $filter) {
  asOf memberId totals { ${LIABILITY_FIGURES} } rows(first: 10) { nodes { branch { code } ${LIABILITY_FIGURES} } totalCount }
} }`;
const REVENUE_FIGURES = 'topUpPaidCents topUpBonusCents storedValueSpentCents storedValueRefundedCents packageSalesCents packageRecognisedCents breakageCents packageRefundsCents recognisedTotalCents';
const REVENUE = `query($filter: PrepaidRevenueFilter) { prepaidRevenue(filter: $filter) {
  from to period totals { ${REVENUE_FIGURES} } rows(first: 100) { nodes { period from to branch { code } ${REVENUE_FIGURES} } totalCount }
} }`;

type Liability = Record<'storedValueCents' | 'storedValueMembers' | 'packages' | 'sessionsRemaining' | 'valueRemainingCents' | 'deferredCents' | 'totalCents', number>;
const owe = (f: Partial<Liability>): Liability => {
  const out = { storedValueCents: 0, storedValueMembers: 0, packages: 0, sessionsRemaining: 0, valueRemainingCents: 0, deferredCents: 0, ...f, totalCents: 0 };
  return { ...out, totalCents: out.storedValueCents + out.deferredCents };
};
type Revenue = Record<'topUpPaidCents' | 'topUpBonusCents' | 'storedValueSpentCents' | 'storedValueRefundedCents' | 'packageSalesCents' | 'packageRecognisedCents' | 'breakageCents' | 'packageRefundsCents' | 'recognisedTotalCents', number>;
const rev = (f: Partial<Revenue>): Revenue => {
  const out = { topUpPaidCents: 0, topUpBonusCents: 0, storedValueSpentCents: 0, storedValueRefundedCents: 0, packageSalesCents: 0, packageRecognisedCents: 0, breakageCents: 0, packageRefundsCents: 0, ...f };
  return { ...out, recognisedTotalCents: out.packageRecognisedCents + out.breakageCents };
};

async function liability(staff: Staff, filter: Record<string, unknown> = {}) {
  const body = await ask(staff, LIABILITY, { filter });
  expect(body.errors).toBeUndefined();
  const report = body.data!.prepaidLiability;
  return { ...report, rows: Object.fromEntries(report.rows.nodes.map(({ branch, ...figures }: any) => [branch.code, figures])) };
}

describe('prepaid liability', () => {
  it('is what the ledgers leave now, per branch: stored value by the member\'s branch, packages by the selling one, the expired package out', async () => {
    const report = await liability(everyone);
    expect(report.rows).toEqual({
      TKO: owe({ storedValueCents: 80_000, storedValueMembers: 1, packages: 1, valueRemainingCents: 304_000, deferredCents: 266_000 }),
      TST: owe({ storedValueCents: 45_000, storedValueMembers: 1, packages: 1, sessionsRemaining: 9, deferredCents: 270_000 }),
    });
    expect(report.totals).toEqual(owe({ storedValueCents: 125_000, storedValueMembers: 2, packages: 2, sessionsRemaining: 9, valueRemainingCents: 304_000, deferredCents: 536_000 }));
    // To the cent: the stored-value entries, the balances and the packages' deferred revenue.
    const entries = await ds.getRepository(StoredValueEntry).find();
    expect(report.totals.storedValueCents).toBe(entries.reduce((s, e) => s + e.amountCents, 0));
    expect(report.totals.storedValueCents).toBe((await ds.getRepository(StoredValueAccount).find()).reduce((s, x) => s + x.balanceCents, 0));
    const packages = await ds.getRepository(MemberPackage).find();
    expect(report.totals.deferredCents).toBe(packages.reduce((s, p) => s + p.deferredCents, 0));
    expect(report.totals.sessionsRemaining).toBe(packages.reduce((s, p) => s + p.sessionsRemaining, 0));
  });

  it('reads a past day from the entries made by its end, the package not yet expired then counted', async () => {
    const june = await liability(everyone, { asOf: '2026-06-30' });
    expect(june.rows.TKO).toEqual(owe({ storedValueCents: 80_000, storedValueMembers: 1, packages: 2, sessionsRemaining: 4, valueRemainingCents: 304_000, deferredCents: 306_000 }));
    expect(new Date(june.asOf).toISOString()).toBe(hk('2026-07-01', 0).toISOString());
    const march = await liability(everyone, { asOf: '2026-03-31' });
    expect(march.rows).toEqual({
      TKO: owe({ storedValueCents: 80_000, storedValueMembers: 1, packages: 2, sessionsRemaining: 4, valueRemainingCents: 352_000, deferredCents: 348_000 }),
      TST: owe({ storedValueCents: 50_000, storedValueMembers: 1 }),
    });
  });

  it('limits to one member, equal to her account', async () => {
    const report = await liability(everyone, { memberId: String(a.id) });
    expect(report.memberId).toBe(String(a.id));
    const account = await ds.getRepository(StoredValueAccount).findOneByOrFail({ memberId: a.id });
    const packages = await ds.getRepository(MemberPackage).findBy({ memberId: a.id });
    expect(report.totals.storedValueCents).toBe(account.balanceCents);
    expect(report.totals.deferredCents).toBe(packages.reduce((s, p) => s + p.deferredCents, 0));
    expect(report.totals).toEqual(owe({ storedValueCents: 80_000, storedValueMembers: 1, packages: 2, sessionsRemaining: 9, valueRemainingCents: 304_000, deferredCents: 536_000 }));
    expect(report.rows.TST).toEqual(owe({ packages: 1, sessionsRemaining: 9, deferredCents: 270_000 }));
  });

  it('shows a branch-scoped manager her branch\'s members only, and refuses a member outside her scope naming the field', async () => {
    const own = await liability(tkoManager);
    expect(own.totals).toEqual(owe({ storedValueCents: 80_000, storedValueMembers: 1, packages: 2, sessionsRemaining: 9, valueRemainingCents: 304_000, deferredCents: 536_000 }));
    const body = await ask(tkoManager, LIABILITY, { filter: { memberId: String(b.id) } });
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'filter.memberId' });
  });

  it('is refused to a viewer without reports.prepaid', async () => {
    for (const query of [LIABILITY, REVENUE]) {
      const body = await ask(shop.cashier, query);
      expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('prepaid revenue', () => {
  it('sums money and revenue per month and branch, Hong Kong\'s midnight deciding the month, breakage in the month the pass booked it', async () => {
    const body = await ask(everyone, REVENUE, { filter: { from: '2026-01-01', to: '2026-07-31', period: 'MONTH' } });
    expect(body.errors).toBeUndefined();
    const report = body.data!.prepaidRevenue;
    const rows = report.rows.nodes.map((r: any) => [`${r.period} ${r.branch.code}`, Object.fromEntries(REVENUE_FIGURES.split(' ').map((k) => [k, r[k]]))]);
    expect(report.rows.nodes[1]).toMatchObject({ period: '2026-02', from: '2026-02-01', to: '2026-02-28' });
    expect(rows).toEqual([
      ['2026-01 TKO', rev({ packageSalesCents: 50_000 })],
      ['2026-02 TKO', rev({ packageRecognisedCents: 10_000 })],
      ['2026-02 TST', rev({ topUpPaidCents: 50_000 })],
      ['2026-03 TKO', rev({ topUpPaidCents: 100_000, topUpBonusCents: 10_000, storedValueSpentCents: 30_000, packageSalesCents: 350_000, packageRecognisedCents: 42_000 })],
      ['2026-04 TKO', rev({ packageRecognisedCents: 42_000 })],
      ['2026-04 TST', rev({ packageSalesCents: 100_000, packageRecognisedCents: 30_000 })],
      ['2026-05 TKO', rev({ packageSalesCents: 100_000 })],
      ['2026-05 TST', rev({ storedValueRefundedCents: 5_000 })],
      ['2026-07 TKO', rev({ breakageCents: 40_000 })],
    ]);
    expect(report.totals).toEqual(rev({ topUpPaidCents: 150_000, topUpBonusCents: 10_000, storedValueSpentCents: 30_000, storedValueRefundedCents: 5_000, packageSalesCents: 600_000, packageRecognisedCents: 124_000, breakageCents: 40_000 }));
    // Recognised revenue plus what is still deferred is what the packages were sold for.
    const packages = await ds.getRepository(MemberPackage).find();
    expect(report.totals.recognisedTotalCents + packages.reduce((s, p) => s + p.deferredCents, 0)).toBe(packages.reduce((s, p) => s + p.priceCents, 0));
  });

  it('buckets by salon day and limits to a branch', async () => {
    const body = await ask(everyone, REVENUE, { filter: { from: '2026-03-31', to: '2026-04-01', period: 'DAY', branchIds: [String(shop.branch.id)] } });
    expect(body.data!.prepaidRevenue.rows.nodes.map((r: any) => [r.period, r.branch.code, r.packageRecognisedCents])).toEqual([['2026-04-01', 'TKO', 42_000]]);
  });

  it('refuses a reversed period naming the field', async () => {
    const body = await ask(everyone, REVENUE, { filter: { from: '2026-05-01', to: '2026-04-01' } });
    expect(body.errors?.[0].extensions).toMatchObject({ field: 'filter.to' });
  });
});

describe('the Excel downloads', () => {
  async function download(query: Record<string, string | string[]>, staff: Staff = everyone) {
    const url = new URL('http://localhost/api/reports/prepaid/export');
    for (const [key, value] of Object.entries(query)) for (const v of [value].flat()) url.searchParams.append(key, v);
    return prepaidExport(new NextRequest(url, { headers: { cookie: await sessionCookieFor(staff) } }));
  }
  async function sheetsOf(response: Response) {
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    return workbook.worksheets.map((sheet) => Array.from(sheet.getSheetValues().slice(1), (row) => (Array.isArray(row) ? Array.from(row.slice(1), (v) => v ?? null) : [])));
  }
  const after = (rows: unknown[][], header: unknown) => rows.slice(rows.findIndex((r) => r[0] === header) + 1);

  it('writes the liability by branch with its totals row, money in dollars', async () => {
    const [rows] = await sheetsOf(await download({ report: 'liability', locale: 'en' }));
    expect(rows[0]).toEqual(['Prepaid liability']);
    expect(after(rows, 'Branch').map((r) => [String(r[0]).split(' ')[0], ...r.slice(1)])).toEqual([
      ['TKO', 800, 1, 1, 0, 3040, 2660, 3460],
      ['TST', 450, 1, 1, 9, 0, 2700, 3150],
      ['Total', 1250, 2, 2, 9, 3040, 5360, 6610],
    ]);
  });

  it('writes the revenue per period with the totals row the query gives', async () => {
    const [rows] = await sheetsOf(await download({ report: 'revenue', from: '2026-01-01', to: '2026-07-31', period: 'MONTH', locale: 'zh-HK' }));
    const data = after(rows, '期間');
    expect(data.map((r) => [r[0], r.at(-1)])).toEqual([
      ['2026-01', 0], ['2026-02', 100], ['2026-02', 0], ['2026-03', 420], ['2026-04', 420], ['2026-04', 300], ['2026-05', 0], ['2026-05', 0], ['2026-07', 400], ['合計', 1640],
    ]);
    expect(data.at(-1)!.slice(2)).toEqual([1500, 100, 300, 50, 6000, 1240, 400, 0, 1640]);
  });

  it('refuses an unknown report, a member outside the scope, and a caller without reports.prepaid', async () => {
    const bad = await download({ report: 'points', locale: 'en' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({ field: 'report' });
    const hidden = await download({ report: 'liability', member: String(b.id), locale: 'en' }, tkoManager);
    expect((await hidden.json()).error).toMatchObject({ field: 'member' });
    expect((await download({ report: 'liability' }, shop.cashier)).status).toBe(403);
  });
});
