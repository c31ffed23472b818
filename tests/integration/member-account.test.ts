/**
 * The member's account (我的戶口) through GraphQL on a real database, built straight on the
 * foundation's ledgers: stored value with its paid and bonus parts and its ledger newest first,
 * packages with what remains (and only the usable ones when asked), instalments outstanding,
 * points and coupons; a member outside the viewer's member scope is NOT_FOUND.
 */
import { addDays, format, parseISO } from 'date-fns';
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { inReadCommittedTransaction } from '../../db/transaction';
import { Instalment, PrepaidSale, type Member } from '../../entities';
import { PackageKind } from '../../entities/package-type.entity';
import { PointsEntryKind } from '../../entities/points-entry.entity';
import { PrepaidSaleKind } from '../../entities/prepaid-sale.entity';
import { StoredValueEntryKind } from '../../entities/stored-value-entry.entity';
import { localDateIn } from '../../services/appointments/arrival-day';
import { postPoints } from '../../services/loyalty/points-ledger.service';
import { openPackage, usePackage as spendPackage } from '../../services/prepaid/package-ledger.service';
import { postStoredValue } from '../../services/prepaid/stored-value-ledger.service';
import { allocateDocumentNumber } from '../../services/sales/document-number.service';
import { aMember } from '../helpers/fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { call, errorOf, ok } from './appointment-booking.fixtures';
import { aShop, type Shop } from './sales-checkout.fixtures';

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

const ACCOUNT = `query ($id: ID!, $first: Int, $after: String, $activeOnly: Boolean, $all: Boolean) { memberAccount(memberId: $id) {
  memberId today
  storedValue { balanceCents paidInCents bonusInCents }
  storedValueEntries(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id kind amountCents paidCents bonusCents balanceAfterCents } }
  packages(first: 20, activeOnly: $activeOnly) { totalCount nodes { id name kind sessionsTotal sessionsRemaining valueCents remainingCents validTo status } }
  instalmentsOutstandingCents
  instalments(all: $all) { id sequence dueDate amountCents paidCents }
  points { balance }
  coupons(first: 5) { totalCount }
} }`;

const HK = 'Asia/Hong_Kong';
const today = () => localDateIn(new Date(), HK);
const dayFrom = (days: number) => format(addDays(parseISO(today()), days), 'yyyy-MM-dd');

const aPrepaidSale = (member: Member, kind: PrepaidSaleKind, amountCents: number, extra: Partial<PrepaidSale> = {}) =>
  inReadCommittedTransaction(ds, async (m) => {
    const number = await allocateDocumentNumber(m, member.branchId, 'PREPAID');
    const id = Number((await m.insert(PrepaidSale, { number, kind, memberId: member.id, branchId: member.branchId, amountCents, bonusCents: 0, instalmentCount: 1, staffId: shop.cashier.id, note: null, createdAt: new Date(), ...extra })).identifiers[0].id);
    return m.findOneByOrFail(PrepaidSale, { id });
  });

const aPackage = (member: Member, sale: PrepaidSale, kind: PackageKind, amount: number, validTo: string, name: string) =>
  inReadCommittedTransaction(ds, (m) =>
    openPackage(m, {
      memberId: member.id, typeId: null, prepaidSaleId: sale.id, name, kind, treatmentIds: null,
      sessions: kind === PackageKind.SESSIONS ? amount : 0, valueCents: kind === PackageKind.VALUE ? amount : 0,
      priceCents: sale.amountCents, branchId: member.branchId, validTo, at: new Date(), staffId: shop.cashier.id,
    }),
  );

// The ledger's `usePackage` is no React hook; the alias keeps the hooks lint from taking it for one.
const use = (member: Member, memberPackageId: number, amount: { sessions?: number; valueCents?: number }) =>
  inReadCommittedTransaction(ds, (m) => spendPackage(m, { memberPackageId, memberId: member.id, ...amount, treatmentId: null, today: today(), field: 'package', at: new Date() }));

describe('memberAccount', () => {
  it('gives her stored value with its paid and bonus parts and the ledger newest first', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const topUp = await aPrepaidSale(member, PrepaidSaleKind.TOP_UP, 100_000, { bonusCents: 10_000 });
    await inReadCommittedTransaction(ds, (m) =>
      postStoredValue(m, { memberId: member.id, kind: StoredValueEntryKind.TOP_UP, amountCents: 110_000, paidCents: 100_000, bonusCents: 10_000, prepaidSaleId: topUp.id, branchId: shop.branch.id, staffId: shop.cashier.id, at: new Date() }),
    );
    await inReadCommittedTransaction(ds, (m) => postStoredValue(m, { memberId: member.id, kind: StoredValueEntryKind.PAYMENT, amountCents: -30_000, branchId: shop.branch.id, at: new Date() }));

    const first = (await ok(shop.cashier, ACCOUNT, { id: String(member.id), first: 1 })).memberAccount;
    expect(first).toMatchObject({ memberId: String(member.id), today: today(), storedValue: { balanceCents: 80_000, paidInCents: 100_000, bonusInCents: 10_000 } });
    expect(first.storedValueEntries).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    expect(first.storedValueEntries.nodes).toEqual([expect.objectContaining({ kind: 'PAYMENT', amountCents: -30_000, balanceAfterCents: 80_000 })]);
    const rest = (await ok(shop.cashier, ACCOUNT, { id: String(member.id), first: 1, after: first.storedValueEntries.pageInfo.endCursor })).memberAccount.storedValueEntries;
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(rest.nodes).toEqual([expect.objectContaining({ kind: 'TOP_UP', amountCents: 110_000, paidCents: 100_000, bonusCents: 10_000, balanceAfterCents: 110_000 })]);
  });

  it('holds nothing for a member who never bought anything prepaid', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const account = (await ok(shop.cashier, ACCOUNT, { id: String(member.id) })).memberAccount;
    expect(account).toMatchObject({
      storedValue: { balanceCents: 0, paidInCents: 0, bonusInCents: 0 },
      storedValueEntries: { totalCount: 0, nodes: [] },
      packages: { totalCount: 0, nodes: [] },
      instalmentsOutstandingCents: 0,
      instalments: [],
      points: { balance: 0 },
      coupons: { totalCount: 0 },
    });
  });

  it('lists her packages newest first with what remains, and only the usable ones when asked', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const sale = await aPrepaidSale(member, PrepaidSaleKind.PACKAGE, 350_000);
    const sessions = await aPackage(member, sale, PackageKind.SESSIONS, 10, dayFrom(180), 'Ten facials');
    const value = await aPackage(member, sale, PackageKind.VALUE, 400_000, dayFrom(365), 'Discount 4000');
    const expired = await aPackage(member, sale, PackageKind.SESSIONS, 5, dayFrom(-1), 'Old five');
    const usedUp = await aPackage(member, sale, PackageKind.SESSIONS, 1, dayFrom(30), 'Single');
    await use(member, sessions.id, { sessions: 1 });
    await use(member, value.id, { valueCents: 48_000 });
    await use(member, value.id, { valueCents: 48_000 });
    await use(member, usedUp.id, { sessions: 1 });

    const all = (await ok(shop.cashier, ACCOUNT, { id: String(member.id) })).memberAccount.packages;
    expect(all.totalCount).toBe(4);
    expect(all.nodes.map((p: { id: string }) => p.id)).toEqual([usedUp, expired, value, sessions].map((p) => String(p.id)));
    expect(all.nodes[2]).toMatchObject({ name: 'Discount 4000', kind: 'VALUE', valueCents: 400_000, remainingCents: 304_000, status: 'ACTIVE' });
    expect(all.nodes[3]).toMatchObject({ name: 'Ten facials', kind: 'SESSIONS', sessionsTotal: 10, sessionsRemaining: 9, validTo: dayFrom(180) });

    const active = (await ok(shop.cashier, ACCOUNT, { id: String(member.id), activeOnly: true })).memberAccount.packages;
    expect(active.totalCount).toBe(2);
    expect(active.nodes.map((p: { id: string }) => p.id)).toEqual([value, sessions].map((p) => String(p.id)));
  });

  it('sums what she owes on instalments and lists the unpaid ones by due date, or all of them', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const sale = await aPrepaidSale(member, PrepaidSaleKind.PACKAGE, 300_000, { instalmentCount: 3 });
    const row = (sequence: number, dueDate: string, paidCents: number) => ({ prepaidSaleId: sale.id, memberId: member.id, sequence, dueDate, amountCents: 100_000, paidCents, paidAt: paidCents === 100_000 ? new Date() : null });
    await ds.getRepository(Instalment).insert([row(1, dayFrom(-40), 100_000), row(2, dayFrom(-10), 0), row(3, dayFrom(20), 25_000)]);

    const account = (await ok(shop.cashier, ACCOUNT, { id: String(member.id) })).memberAccount;
    expect(account.instalmentsOutstandingCents).toBe(175_000);
    expect(account.instalments).toEqual([
      expect.objectContaining({ sequence: 2, dueDate: dayFrom(-10), amountCents: 100_000, paidCents: 0 }),
      expect.objectContaining({ sequence: 3, dueDate: dayFrom(20), paidCents: 25_000 }),
    ]);
    const all = (await ok(shop.cashier, ACCOUNT, { id: String(member.id), all: true })).memberAccount.instalments;
    expect(all.map((i: { sequence: number }) => i.sequence)).toEqual([1, 2, 3]);
  });

  it('gives her points from the points ledger', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    await inReadCommittedTransaction(ds, (m) => postPoints(m, { memberId: member.id, kind: PointsEntryKind.ADJUST, points: 321, at: new Date(), expiresAt: null }));
    expect((await ok(shop.cashier, ACCOUNT, { id: String(member.id) })).memberAccount.points.balance).toBe(321);
  });

  it('refuses a member outside the viewer\'s member scope as not found, for the front desk and a salesperson alike', async () => {
    const other = shop.otherMember;
    await inReadCommittedTransaction(ds, (m) => postStoredValue(m, { memberId: other.id, kind: StoredValueEntryKind.TOP_UP, amountCents: 5_000, paidCents: 5_000, at: new Date() }));
    for (const staff of [shop.cashier, shop.salesperson]) {
      const body = await call(staff, ACCOUNT, { id: String(other.id) });
      expect(errorOf(body)).toMatchObject({ code: 'NOT_FOUND', field: 'memberId' });
      expect(body.data?.memberAccount ?? null).toBeNull();
    }
    // The salesperson reads a member of her own branch; the manager (every branch) the other one.
    expect((await ok(shop.salesperson, ACCOUNT, { id: String(shop.member.id) })).memberAccount.memberId).toBe(String(shop.member.id));
    expect((await ok(shop.manager, ACCOUNT, { id: String(other.id) })).memberAccount.storedValue.balanceCents).toBe(5_000);
  });

  it('refuses an id that is not one, naming memberId', async () => {
    expect(errorOf(await call(shop.cashier, ACCOUNT, { id: 'x' }))).toMatchObject({ field: 'memberId' });
  });
});
