/**
 * The package expiry pass on SQLite and (with TEST_DATABASE_URL) MariaDB: packages past their last
 * day in their branch's calendar with something left are closed with one EXPIRE entry booking the
 * deferred revenue (breakage); used-up, refunded and still-valid ones are left alone; batches;
 * two passes at once book each package once.
 */
import type { DataSource } from 'typeorm';
import { inReadCommittedTransaction } from '../../db/transaction';
import { MemberPackage, PackageEntry, PrepaidSale, type Branch, type Member } from '../../entities';
import { PackageEntryKind } from '../../entities/package-entry.entity';
import { PackageKind } from '../../entities/package-type.entity';
import { PrepaidSaleKind } from '../../entities/prepaid-sale.entity';
import { expireDuePackages, packageExpiryDue } from '../../services/prepaid/package-expiry-pass.service';
import { closePackage, openPackage, usePackage as spendFromPackage } from '../../services/prepaid/package-ledger.service';
import { aBranch, aMember } from '../helpers/fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { aShop, type Shop } from './sales-checkout.fixtures';

let db: TestDatabase;
let ds: DataSource;
let shop: Shop;
let member: Member;
let la: Branch;
let saleNo = 0;

const SOLD = new Date('2026-01-10T02:00:00Z');

async function aPackage(branch: Branch, validTo: string, p: { kind: PackageKind; sessions?: number; valueCents?: number; priceCents: number }) {
  return inReadCommittedTransaction(ds, async (manager) => {
    const sale = await manager.save(manager.create(PrepaidSale, { number: `EX-${(saleNo += 1)}`, kind: PrepaidSaleKind.PACKAGE, memberId: member.id, branchId: branch.id, amountCents: p.priceCents, bonusCents: 0, instalmentCount: 1, staffId: null, note: null, createdAt: SOLD }));
    return openPackage(manager, {
      memberId: member.id, typeId: null, prepaidSaleId: sale.id, name: `P${saleNo}`, kind: p.kind, treatmentIds: null, sessions: p.sessions ?? 0, valueCents: p.valueCents ?? 0,
      priceCents: p.priceCents, branchId: branch.id, validTo, at: SOLD,
    });
  });
}

const use = (pkg: MemberPackage, amount: { sessions?: number; valueCents?: number }) =>
  inReadCommittedTransaction(ds, (manager) => spendFromPackage(manager, { memberPackageId: pkg.id, memberId: member.id, treatmentId: null, today: '2026-02-01', field: 'x', at: new Date('2026-02-01T03:00:00Z'), branchId: pkg.branchId, ...amount }));

const expiries = async (id: number) => ds.getRepository(PackageEntry).findBy({ memberPackageId: id, kind: PackageEntryKind.EXPIRE });

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  shop = await aShop(ds);
  member = await aMember(ds, shop.branch, shop.vip);
  la = await aBranch(ds, { code: 'LAX', name: 'Los Angeles', timeZone: 'America/Los_Angeles' });
});

afterAll(async () => {
  await db.drop();
});

describe('the package expiry pass', () => {
  it('books each due package once when two passes run at once, in batches, and leaves the rest', async () => {
    // Due at 2026-07-01 13:00 in Hong Kong (05:00 UTC): five packages of the Hong Kong branch that ended on 30 June.
    const due = [
      await aPackage(shop.branch, '2026-06-30', { kind: PackageKind.SESSIONS, sessions: 10, priceCents: 300_000 }),
      await aPackage(shop.branch, '2026-06-30', { kind: PackageKind.SESSIONS, sessions: 3, priceCents: 10_000 }),
      await aPackage(shop.branch, '2026-06-29', { kind: PackageKind.VALUE, valueCents: 400_000, priceCents: 350_000 }),
      await aPackage(shop.otherBranch, '2026-05-31', { kind: PackageKind.VALUE, valueCents: 100_000, priceCents: 90_000 }),
      await aPackage(shop.otherBranch, '2026-06-30', { kind: PackageKind.SESSIONS, sessions: 1, priceCents: 5_000 }),
    ];
    await use(due[0], { sessions: 1 });
    await use(due[2], { valueCents: 48_000 });
    const deferred = new Map((await ds.getRepository(MemberPackage).find()).map((p) => [p.id, p.deferredCents]));
    // Not due: still valid today, used up, refunded, or still 30 June in Los Angeles.
    const valid = await aPackage(shop.branch, '2026-07-01', { kind: PackageKind.SESSIONS, sessions: 2, priceCents: 2_000 });
    const usedUp = await aPackage(shop.branch, '2026-06-30', { kind: PackageKind.SESSIONS, sessions: 1, priceCents: 1_000 });
    await use(usedUp, { sessions: 1 });
    const refunded = await aPackage(shop.branch, '2026-06-30', { kind: PackageKind.SESSIONS, sessions: 2, priceCents: 2_000 });
    await inReadCommittedTransaction(ds, (manager) => closePackage(manager, refunded.id, PackageEntryKind.REFUND, { at: new Date('2026-03-01T00:00:00Z') }));
    const losAngeles = await aPackage(la, '2026-06-30', { kind: PackageKind.SESSIONS, sessions: 2, priceCents: 2_000 });

    const now = new Date('2026-07-01T05:00:00Z');
    const [first, second] = await Promise.all([expireDuePackages(ds, now, 2), expireDuePackages(ds, now, 3)]);
    expect(first.expired + second.expired).toBe(5);
    for (const pkg of due) {
      const entries = await expiries(pkg.id);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ revenueCents: deferred.get(pkg.id), sessionsAfter: 0, remainingAfterCents: 0, branchId: pkg.branchId, staffId: null });
      expect(entries[0].createdAt.toISOString()).toBe(now.toISOString());
      expect(await ds.getRepository(MemberPackage).findOneByOrFail({ id: pkg.id })).toMatchObject({ expiryBooked: true, sessionsRemaining: 0, remainingCents: 0, deferredCents: 0, status: 'ACTIVE' });
    }
    for (const pkg of [valid, usedUp, refunded, losAngeles]) expect(await expiries(pkg.id)).toHaveLength(0);
    expect(await expireDuePackages(ds, now)).toEqual({ expired: 0, batches: 0 });

    // A day later the Hong Kong package valid through 1 July and the Los Angeles one are due: one batch each branch.
    expect(await expireDuePackages(ds, new Date('2026-07-02T08:00:00Z'), 2)).toEqual({ expired: 2, batches: 2 });
    expect(await expiries(valid.id)).toHaveLength(1);
    expect(await expiries(losAngeles.id)).toHaveLength(1);
  });

  it('reads due packages in batches of the given size, each its own transaction', async () => {
    const more = await Promise.all(Array.from({ length: 5 }, () => aPackage(shop.branch, '2026-08-31', { kind: PackageKind.SESSIONS, sessions: 1, priceCents: 1_000 })));
    expect(await expireDuePackages(ds, new Date('2026-09-01T05:00:00Z'), 2)).toEqual({ expired: 5, batches: 3 });
    for (const pkg of more) expect(await expiries(pkg.id)).toHaveLength(1);
  });

  it('knows what is due from the locked row alone', () => {
    const pkg = { status: 'ACTIVE', expiryBooked: false, validTo: '2026-06-30', sessionsRemaining: 1, remainingCents: 0, deferredCents: 100 } as MemberPackage;
    expect(packageExpiryDue(pkg, '2026-07-01')).toBe(true);
    expect(packageExpiryDue(pkg, '2026-06-30')).toBe(false);
    expect(packageExpiryDue({ ...pkg, expiryBooked: true }, '2026-07-01')).toBe(false);
    expect(packageExpiryDue({ ...pkg, status: 'REFUNDED' } as MemberPackage, '2026-07-01')).toBe(false);
    expect(packageExpiryDue({ ...pkg, sessionsRemaining: 0, deferredCents: 0 }, '2026-07-01')).toBe(false);
  });
});
