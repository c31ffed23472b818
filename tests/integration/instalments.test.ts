/**
 * Instalments (分期付款) at the counter through GraphQL on a real database: taking a payment (in
 * parts, up to what is outstanding), the overpayment refused naming the payment, two cashiers
 * taking the same instalment at once (one passes), the outstanding and overdue lists, and the
 * viewer's member scope. The schedules are written here directly (the package sale writes them).
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { AuditLog, Instalment, Member, PrepaidPayment, PrepaidSale } from '../../entities';
import { PrepaidSaleKind } from '../../entities/prepaid-sale.entity';
import { localDateIn } from '../../services/appointments/arrival-day';
import { instalmentSchedule } from '../../services/prepaid/prepaid-rules';
import { addDays, format, parseISO } from 'date-fns';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { aMember } from '../helpers/fixtures';
import { call, errorOf, ok } from './appointment-booking.fixtures';
import { aShop, newKey, pay, type Shop } from './sales-checkout.fixtures';

let db: TestDatabase;
let ds: DataSource;
let shop: Shop;
let saleNo = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  shop = await aShop(ds);
});

afterAll(async () => {
  await db.drop();
});

const today = () => localDateIn(new Date(), 'Asia/Hong_Kong');
const dayFrom = (days: number) => format(addDays(parseISO(today()), days), 'yyyy-MM-dd');

/** A package sale of `totalCents` on `count` instalments, the first due `firstDueIn` days from today. */
async function onInstalments(member: Member, totalCents: number, count: number, firstDueIn: number, branchId = shop.branch.id): Promise<Instalment[]> {
  saleNo += 1;
  const sale = await ds.getRepository(PrepaidSale).save({
    number: `T-INST-${saleNo}`, kind: PrepaidSaleKind.PACKAGE, memberId: member.id, branchId, amountCents: totalCents, bonusCents: 0, instalmentCount: count, staffId: null, note: null, createdAt: new Date(),
  });
  const rows = instalmentSchedule(totalCents, count, dayFrom(firstDueIn)).map((s) => ({ ...s, prepaidSaleId: sale.id, memberId: member.id, paidCents: 0, paidAt: null }));
  return ds.getRepository(Instalment).save(rows);
}

const FIELDS = `id sequence dueDate amountCents paidCents paidAt outstandingCents overdue member { id }
  prepaidSale { id number kind payments { amountCents instalmentId: id tenderType { code } } }`;
const PAY = `mutation ($input: PayInstalmentInput!) { payInstalment(input: $input) { ${FIELDS} } }`;
const LIST = `query ($status: InstalmentStatusFilter, $branchId: ID, $memberId: ID, $first: Int, $after: String) {
  instalments(status: $status, branchId: $branchId, memberId: $memberId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { ${FIELDS} } } }`;

const payInput = (instalment: Instalment, payments: Array<ReturnType<typeof pay>>, key = newKey()) => ({
  input: { instalmentId: String(instalment.id), branchId: String(shop.branch.id), payments, idempotencyKey: key },
});

describe('payInstalment', () => {
  it('takes what is due, in parts, and marks it paid when paid in full', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const [first] = await onInstalments(member, 300_000, 3, 0);
    const part = (await ok(shop.cashier, PAY, payInput(first, [pay(shop.card, 60_000, 'slip 1')]))).payInstalment;
    expect(part).toMatchObject({ paidCents: 60_000, outstandingCents: 40_000, paidAt: null, overdue: false, member: { id: String(member.id) } });
    const full = (await ok(shop.cashier, PAY, payInput(first, [pay(shop.card, 30_000), pay(shop.cash, 10_000)]))).payInstalment;
    expect(full).toMatchObject({ paidCents: 100_000, outstandingCents: 0 });
    expect(full.paidAt).not.toBeNull();
    const payments = await ds.getRepository(PrepaidPayment).find({ where: { instalmentId: first.id }, order: { id: 'ASC' } });
    expect(payments.map((p) => [p.amountCents, p.branchId, p.staffId, p.prepaidSaleId])).toEqual([
      [60_000, shop.branch.id, shop.cashier.id, first.prepaidSaleId],
      [30_000, shop.branch.id, shop.cashier.id, first.prepaidSaleId],
      [10_000, shop.branch.id, shop.cashier.id, first.prepaidSaleId],
    ]);
    expect(await ds.getRepository(AuditLog).countBy({ entityType: 'instalment', entityId: first.id, action: 'pay' })).toBe(2);
  });

  it('refuses more than is outstanding, naming the payment that goes over', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const [first] = await onInstalments(member, 90_000, 3, 10);
    const over = errorOf(await call(shop.cashier, PAY, payInput(first, [pay(shop.card, 20_000), pay(shop.cash, 10_001)])));
    expect(over).toMatchObject({ code: 'BAD_USER_INPUT', field: 'payments.1.amountCents' });
    expect(over.message).toContain('300.00');
    expect(errorOf(await call(shop.cashier, PAY, payInput(first, [pay(shop.card, 0)])))).toMatchObject({ field: 'payments.0.amountCents' });
    expect(await ds.getRepository(Instalment).findOneByOrFail({ id: first.id })).toMatchObject({ paidCents: 0 });
    expect(await ds.getRepository(PrepaidPayment).countBy({ instalmentId: first.id })).toBe(0);
  });

  it('lets only one of two cashiers take the same instalment at once', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const [first] = await onInstalments(member, 50_000, 2, 0);
    const results = await Promise.all([call(shop.cashier, PAY, payInput(first, [pay(shop.cash, 25_000)])), call(shop.manager, PAY, payInput(first, [pay(shop.card, 25_000)]))]);
    const passed = results.filter((r) => !r.errors?.length);
    expect(passed).toHaveLength(1);
    const refused = results.find((r) => r.errors?.length)!;
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'payments.0.amountCents' });
    expect(await ds.getRepository(Instalment).findOneByOrFail({ id: first.id })).toMatchObject({ paidCents: 25_000 });
    expect(await ds.getRepository(PrepaidPayment).countBy({ instalmentId: first.id })).toBe(1);
  });

  it('applies a retry with the same key once', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    const [first] = await onInstalments(member, 60_000, 3, 0);
    const vars = payInput(first, [pay(shop.cash, 5_000)]);
    await ok(shop.cashier, PAY, vars);
    expect((await ok(shop.cashier, PAY, vars)).payInstalment.paidCents).toBe(5_000);
  });

  it('refuses an instalment of a member outside the viewer\'s scope', async () => {
    const [first] = await onInstalments(shop.otherMember, 30_000, 1, 0, shop.otherBranch.id);
    expect(errorOf(await call(shop.cashier, PAY, payInput(first, [pay(shop.cash, 1_000)])))).toMatchObject({ code: 'NOT_FOUND', field: 'instalmentId' });
    expect(await ds.getRepository(Instalment).findOneByOrFail({ id: first.id })).toMatchObject({ paidCents: 0 });
  });
});

describe('instalments', () => {
  it('lists outstanding and overdue instalments of members in scope, the latest due first', async () => {
    const member = await aMember(ds, shop.branch, shop.vip);
    // Due 40 days ago, 10 days ago (paid), in 20 days.
    const schedule = await onInstalments(member, 90_000, 3, -40);
    await ds.getRepository(Instalment).update({ id: schedule[0].id }, { dueDate: dayFrom(-40) });
    await ds.getRepository(Instalment).update({ id: schedule[1].id }, { dueDate: dayFrom(-10), paidCents: schedule[1].amountCents, paidAt: new Date() });
    await ds.getRepository(Instalment).update({ id: schedule[2].id }, { dueDate: dayFrom(20) });
    await onInstalments(shop.otherMember, 10_000, 1, -5, shop.otherBranch.id);

    const outstanding = (await ok(shop.cashier, LIST, { memberId: String(member.id) })).instalments;
    expect(outstanding.nodes.map((n: { id: string; overdue: boolean }) => [n.id, n.overdue])).toEqual([[String(schedule[2].id), false], [String(schedule[0].id), true]]);
    expect(outstanding.totalCount).toBe(2);

    const overdue = (await ok(shop.cashier, LIST, { status: 'OVERDUE', branchId: String(shop.branch.id) })).instalments;
    expect(overdue.nodes.map((n: { id: string }) => n.id)).toContain(String(schedule[0].id));
    expect(overdue.nodes.every((n: { overdue: boolean; member: { id: string } }) => n.overdue && n.member.id !== String(shop.otherMember.id))).toBe(true);

    // The cashier sees only her branch's members; the manager sees every branch.
    const cashierAll = (await ok(shop.cashier, LIST, { status: 'OVERDUE' })).instalments.nodes.map((n: { member: { id: string } }) => n.member.id);
    expect(cashierAll).not.toContain(String(shop.otherMember.id));
    const managerAll = (await ok(shop.manager, LIST, { status: 'OVERDUE' })).instalments.nodes.map((n: { member: { id: string } }) => n.member.id);
    expect(managerAll).toContain(String(shop.otherMember.id));
    expect((await ok(shop.manager, LIST, { status: 'OVERDUE', branchId: String(shop.branch.id) })).instalments.nodes.map((n: { member: { id: string } }) => n.member.id)).not.toContain(String(shop.otherMember.id));

    const page1 = (await ok(shop.cashier, LIST, { memberId: String(member.id), first: 1 })).instalments;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await ok(shop.cashier, LIST, { memberId: String(member.id), first: 1, after: page1.pageInfo.endCursor })).instalments;
    expect(page2.nodes.map((n: { id: string }) => n.id)).toEqual([String(schedule[0].id)]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });
});
