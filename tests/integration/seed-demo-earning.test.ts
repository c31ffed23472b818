/**
 * The demo's points: its rules, a referred member, and every issued member invoice's points booked
 * through the earning function and the ledger — so the stored figures are what earning computes
 * now, the ledger sums to the balances, and the referrer holds his share.
 */
import { IsNull, Not, type DataSource } from 'typeorm';
import { Invoice, InvoiceLine, LoyaltySettings, Member, MemberPoints, PointsEntry, PointsLot, PointsRule } from '../../entities';
import { InvoiceStatus } from '../../entities/invoice.entity';
import { PointsEntryKind } from '../../entities/points-entry.entity';
import { earningForSale } from '../../services/loyalty/points-earning.service';
import { seedDemoData } from '../../services/seed/seed-demo.service';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  await seedDemoData(ds);
  // The whole demo, sales and their points included, takes a while on MariaDB.
}, 180_000);

afterAll(() => db.drop());

it('has the birthday double for every branch, a promotion week, and 12-month expiry with a 10 % referral share', async () => {
  expect(await ds.getRepository(PointsRule).findOneByOrFail({ code: 'BDAY2' })).toMatchObject({ effect: 'MULTIPLY', multiplierBasisPoints: 20000, birthdayMonthOnly: true, branchIds: null, active: true });
  expect(await ds.getRepository(PointsRule).findOneByOrFail({ code: 'XMAS15' })).toMatchObject({ multiplierBasisPoints: 15000, validFrom: '2026-12-19', validTo: '2026-12-25' });
  expect(await ds.getRepository(LoyaltySettings).findOneByOrFail({ id: 1 })).toMatchObject({ pointsExpiryMonths: 12, referralShareBasisPoints: 1000, referralMonths: 12 });
});

it('books every issued member invoice\'s points as earning computes them, lines summing to the invoice and the ledger to the balances', async () => {
  const invoices = await ds.getRepository(Invoice).find({ where: { status: InvoiceStatus.ISSUED }, order: { id: 'ASC' } });
  const earned = invoices.filter((i) => i.pointsEarned > 0);
  expect(earned.length).toBeGreaterThan(100);
  const members = new Map((await ds.getRepository(Member).find()).map((m) => [m.id, m]));
  for (const invoice of earned.slice(0, 60)) {
    const lines = await ds.getRepository(InvoiceLine).find({ where: { invoiceId: invoice.id }, order: { position: 'ASC' } });
    const earning = await earningForSale(ds.manager, {
      branchId: invoice.branchId,
      localDate: invoice.businessDate,
      member: members.get(invoice.memberId!)!,
      lines: lines.map((l) => ({ kind: l.kind, itemId: (l.productId ?? l.treatmentId)!, code: l.code, description: l.description, departmentId: l.departmentId, totalCents: l.totalCents })),
    });
    expect(lines.map((l) => l.pointsEarned)).toEqual(earning!.linePoints);
    expect(invoice.pointsEarned).toBe(earning!.points);
    const entry = await ds.getRepository(PointsEntry).findOneByOrFail({ invoiceId: invoice.id, kind: PointsEntryKind.EARN });
    expect(entry).toMatchObject({ memberId: invoice.memberId, points: invoice.pointsEarned, createdAt: invoice.issuedAt });
  }
  const entrySum = Number((await ds.getRepository(PointsEntry).sum('points')) ?? 0);
  expect(entrySum).toBe(Number(await ds.getRepository(MemberPoints).sum('balance')));
  expect(entrySum).toBe(Number(await ds.getRepository(PointsLot).sum('remaining')));
});

it('has a referred member whose referrer holds 10 % of her points', async () => {
  const referred = await ds.getRepository(Member).findOneByOrFail({ referrerId: Not(IsNull()) });
  const hers = await ds.getRepository(PointsEntry).findBy({ memberId: referred.id, kind: PointsEntryKind.EARN });
  const his = await ds.getRepository(PointsEntry).findBy({ memberId: referred.referrerId!, kind: PointsEntryKind.REFERRAL });
  expect(his.length).toBeGreaterThan(0);
  expect(his.every((e) => e.referredMemberId === referred.id)).toBe(true);
  expect(his.map((e) => e.points)).toEqual(hers.filter((e) => Math.floor(e.points / 10) > 0).map((e) => Math.floor(e.points / 10)));
});
